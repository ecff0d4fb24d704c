import Foundation

/// Checks a POST or PUT body against its type's schema, the way Atlas does,
/// and produces the properties to store.
///
/// Order of checks: JSON syntax, `type`, type-level refusals (HipChat,
/// New Relic, Slack), unknown properties, missing required properties, then
/// each property's value. The first failure is reported, with
/// `badRequestDetail.fields` naming the property.
struct IntegrationValidator: Sendable {
    let type: IntegrationType
    /// The integration already configured for this type, if any.
    let existing: StoredIntegration?
    /// POST (true) or PUT (false).
    let isCreate: Bool

    /// The properties to store for a valid `body`.
    func validate(_ body: Data) throws(ApiFailure) -> [String: JSONValue] {
        let members = try parseObject(body)
        try checkTypeProperty(members["type"])
        switch type {
        case .hipChat: throw .hipChatNotSupported
        case .newRelic:
            throw .validationError("the NEW_RELIC integration is deprecated and can no longer be created or changed")
        case .slack: return try validateSlack(members)
        default: break
        }
        let schema = IntegrationSchema.fields(for: type)
        try checkUnknownProperties(members, schema: schema)
        try checkRequiredProperties(members, schema: schema)
        var stored: [String: JSONValue] = [:]
        for field in schema {
            if let value = try checkedValue(for: field, in: members) {
                stored[field.name] = value
            }
        }
        return stored
    }

    // MARK: Steps

    private func parseObject(_ body: Data) throws(ApiFailure) -> [String: JSONValue] {
        let parsed: JSONValue
        do {
            parsed = try JSONDecoder().decode(JSONValue.self, from: body)
        } catch {
            throw .malformedJSON
        }
        guard let members = parsed.objectValue else { throw .invalidJSON }
        return members
    }

    private func checkTypeProperty(_ value: JSONValue?) throws(ApiFailure) {
        guard let value, value != .null else { return }
        guard let text = value.stringValue else {
            throw .invalidJSONAttribute("type", expected: "a string")
        }
        guard let sent = IntegrationType(rawValue: text) else {
            throw .invalidEnumValue(text, field: "type", allowed: IntegrationType.allCases.map(\.rawValue))
        }
        guard sent == type else {
            throw .invalidAttribute("type", reason: "must match the integration type in the path (\(type.rawValue))")
        }
    }

    private func checkUnknownProperties(_ members: [String: JSONValue], schema: [IntegrationField]) throws(ApiFailure) {
        let known = Set(schema.map(\.name)).union(["id", "type"])
        if let unknown = members.keys.filter({ !known.contains($0) }).sorted().first {
            throw .invalidAttribute(unknown)
        }
    }

    private func checkRequiredProperties(_ members: [String: JSONValue], schema: [IntegrationField]) throws(ApiFailure) {
        var missing = schema.filter { $0.required && isAbsent(members[$0.name], nullable: $0.nullable) }.map(\.name)
        // The Prometheus password is write-only: required to create, kept when a PUT leaves it out.
        if type == .prometheus, isAbsent(members["password"], nullable: false), existing?.fields["password"] == nil {
            missing.append("password")
        }
        if !missing.isEmpty { throw .missingAttributes(missing) }
    }

    private func isAbsent(_ value: JSONValue?, nullable: Bool) -> Bool {
        switch value {
        case .none: true
        case .null?: !nullable
        case .string(let text)?: text.isEmpty
        default: false
        }
    }

    /// The value to store for `field`: the validated one sent, a kept
    /// write-only secret, the default, or nil to leave it unset.
    private func checkedValue(for field: IntegrationField, in members: [String: JSONValue]) throws(ApiFailure) -> JSONValue? {
        guard let value = members[field.name], value != .null else {
            if members[field.name] == .null, field.nullable { return .null }
            if field.masking == .writeOnly, let kept = existing?.fields[field.name] { return kept }
            return field.defaultValue
        }
        switch field.kind {
        case .boolean:
            guard value.boolValue != nil else { throw .invalidJSONAttribute(field.name, expected: "a boolean") }
        case .enumeration(let allowed):
            guard let text = value.stringValue else { throw .invalidJSONAttribute(field.name, expected: "a string") }
            guard allowed.contains(text) else { throw .invalidEnumValue(text, field: field.name, allowed: allowed) }
        case .string(let maxLength):
            let text = try string(value, field)
            try rejectRedacted(text, field)
            if let maxLength, text.count > maxLength {
                throw .validationError("\(field.name) must be at most \(maxLength) characters", field: field.name)
            }
        case .template(let maxBytes):
            let text = try string(value, field)
            try rejectRedacted(text, field)
            if text.utf8.count > maxBytes {
                throw .validationError("\(field.name) must be at most \(maxBytes / 1024) KB", field: field.name)
            }
        case .hexKey32(let failure):
            let text = try string(value, field)
            if Masking.looksRedacted(text) {
                throw .invalidIntegrationSettings(type.rawValue, "\(field.name) must be a hexadecimal string", field: field.name)
            }
            guard text.utf8.count == 32, text.allSatisfy(\.isHexDigit) else { throw failure }
        case .hex40:
            let text = try string(value, field)
            guard ObjectId.isLowerHex(text, length: 40) else {
                throw .validationError("\(field.name) must be 40 hexadecimal digits", field: field.name)
            }
        case .url:
            let text = try string(value, field)
            try rejectRedacted(text, field)
            guard Self.isHTTPURL(text) else { throw .invalidURL(text, field: field.name) }
        }
        return value
    }

    private func string(_ value: JSONValue, _ field: IntegrationField) throws(ApiFailure) -> String {
        guard let text = value.stringValue else { throw .invalidJSONAttribute(field.name, expected: "a string") }
        return text
    }

    /// Refuses a secret that is the masked copy a read returned: storing it
    /// would silently break the integration, which is the mistake clients
    /// most need to see.
    private func rejectRedacted(_ text: String, _ field: IntegrationField) throws(ApiFailure) {
        guard field.masking != .clear, Masking.looksRedacted(text) else { return }
        throw .invalidIntegrationSettings(
            type.rawValue, "\(field.name) must not be the redacted value returned by a read", field: field.name
        )
    }

    static func isHTTPURL(_ text: String) -> Bool {
        guard !text.contains(where: \.isWhitespace),
              let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty else { return false }
        return true
    }

    // MARK: Slack

    /// Slack is configured through OAuth2 in the Atlas UI: the API cannot
    /// create it, and an existing one may only change `channelName`.
    private func validateSlack(_ members: [String: JSONValue]) throws(ApiFailure) -> [String: JSONValue] {
        guard !isCreate, let existing else { throw .slackOAuth2NotConfigured }
        let schema = IntegrationSchema.fields(for: .slack)
        try checkUnknownProperties(members, schema: schema)
        // The schema requires the token with every write; only the stored
        // token itself, in clear, is accepted (a masked copy is not it).
        guard let token = members["apiToken"], token != .null else { throw .missingAttributes(["apiToken"]) }
        guard let text = token.stringValue else { throw .invalidJSONAttribute("apiToken", expected: "a string") }
        if text != existing.fields["apiToken"]?.stringValue { throw .mustReconfigureSlackOAuth2 }
        if let team = members["teamName"], team != .null, team != existing.fields["teamName"] {
            throw .mustReconfigureSlackOAuth2
        }
        var stored = existing.fields
        guard let channelField = schema.first(where: { $0.name == "channelName" }) else { return stored }
        if isAbsent(members["channelName"], nullable: true) { throw .missingAttributes(["channelName"]) }
        stored["channelName"] = try checkedValue(for: channelField, in: members) ?? .null
        return stored
    }
}
