/// `GET /api/atlas/v2`: a cheap "are my credentials good" call.
enum SystemRoutes {
    @Sendable
    static func status(_ context: RequestContext, _ core: SandboxCore) throws(ApiFailure) -> SandboxResponse {
        var members: [String: JSONValue] = [
            "appName": .string("MongoDB Atlas (sandbox)"),
            "build": .string("atlas-sandbox"),
            "links": PageBody.selfLinks("\(context.baseURL)/api/atlas/v2"),
            "throttling": .bool(core.rateLimiter != nil),
        ]
        if let principal = context.principal, principal.kind == .digest {
            let role = principal.readOnly ? "GROUP_READ_ONLY" : "GROUP_OWNER"
            members["apiKey"] = .object([
                "accessList": .array([]),
                "id": .string(principal.name),
                "publicKey": .string(principal.name),
                "roles": .array([.object(["roleName": .string(role)])]),
            ])
        }
        return .api(.object(members))
    }
}
