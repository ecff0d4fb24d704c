/// Turns a stored integration into the JSON a read returns, with secrets
/// masked exactly as Atlas masks them.
enum IntegrationRenderer {
    static func render(_ integration: StoredIntegration) -> JSONValue {
        var members: [String: JSONValue] = [
            "id": .string(integration.id),
            "type": .string(integration.type.rawValue),
        ]
        for field in IntegrationSchema.fields(for: integration.type) {
            guard let value = integration.fields[field.name] else {
                if field.rendersNullWhenUnset { members[field.name] = .null }
                continue
            }
            switch (field.masking, value) {
            case (.writeOnly, _): continue
            case (.tail, .string(let text)): members[field.name] = .string(Masking.tail(text))
            case (.url, .string(let text)): members[field.name] = .string(Masking.url(text))
            default: members[field.name] = value
            }
        }
        return .object(members)
    }
}
