import Foundation

extension AtlasClient {
    /// Every third-party integration of a project (at most one per type).
    public func listIntegrations(projectID: String) async throws(AtlasError) -> [Integration] {
        try AtlasID.check(projectID, field: "projectID", noun: "project")
        let page = try await get(Page<Integration>.self, ["groups", projectID, "integrations"])
        return page.results
    }

    /// The project's integration of `type`, or `nil` when none is configured
    /// (Atlas's `404 INTEGRATION_NOT_CONFIGURED`).
    public func integration(_ type: IntegrationType, projectID: String) async throws(AtlasError) -> Integration? {
        try await integration(type, projectID: projectID, freshConnection: false)
    }

    /// The same read, to find out what became of a write whose answer was
    /// lost (a timeout, a dropped connection, a cut-short body). It goes
    /// out on a connection of its own from its first attempt: the pooled
    /// ones may be stuck behind whatever lost that answer, and a read-back
    /// queued there would time out in turn, leaving the outcome unknown
    /// when Atlas could have told.
    public func readBack(_ type: IntegrationType, projectID: String) async throws(AtlasError) -> Integration? {
        try await integration(type, projectID: projectID, freshConnection: true)
    }

    private func integration(
        _ type: IntegrationType, projectID: String, freshConnection: Bool
    ) async throws(AtlasError) -> Integration? {
        try AtlasID.check(projectID, field: "projectID", noun: "project")
        try AtlasID.check(type)
        do {
            return try await get(Integration.self, ["groups", projectID, "integrations", type.rawValue],
                                 freshConnection: freshConnection)
        } catch {
            if error.status == 404, error.errorCode == "INTEGRATION_NOT_CONFIGURED" { return nil }
            throw error
        }
    }

    /// Creates the integration (`POST`); Atlas answers `409
    /// INTEGRATION_ALREADY_CONFIGURED` when the type exists already.
    ///
    /// Atlas returns the project's whole list, not the new object; the
    /// element of the same type is returned.
    public func create(_ settings: IntegrationSettings, projectID: String) async throws(AtlasError) -> Integration {
        try await write(.post, settings, projectID: projectID)
    }

    /// Replaces the integration's settings (`PUT`). Every field Atlas hides
    /// must be sent again: a read returns no value of it to keep.
    public func update(_ settings: IntegrationSettings, projectID: String) async throws(AtlasError) -> Integration {
        try await write(.put, settings, projectID: projectID)
    }

    /// Removes the project's integration of `type`.
    public func delete(_ type: IntegrationType, projectID: String) async throws(AtlasError) {
        try AtlasID.check(projectID, field: "projectID", noun: "project")
        try AtlasID.check(type)
        _ = try await send(.delete, ["groups", projectID, "integrations", type.rawValue])
    }

    /// The checked ids and the JSON body of a create or update: what every
    /// write of one integration sends.
    static func writeBody(_ settings: IntegrationSettings, projectID: String) throws(AtlasError) -> Data {
        try AtlasID.check(projectID, field: "projectID", noun: "project")
        try AtlasID.check(settings.type)
        do {
            return try settings.jsonBody()
        } catch {
            throw .invalidInput(field: nil, message: tr("failures.input.encoding"))
        }
    }

    private func write(
        _ method: HTTPMethod, _ settings: IntegrationSettings, projectID: String
    ) async throws(AtlasError) -> Integration {
        let body = try Self.writeBody(settings, projectID: projectID)
        // Atlas echoes values such as a refused URL: keep every hidden one out.
        let secrets = settings.hiddenValues
        let path = ["groups", projectID, "integrations", settings.type.rawValue]
        let response = try await send(method, path, body: body, secrets: secrets)
        let page = try ResponseDecoder.decode(Page<Integration>.self, from: response)
        if let written = page.results.first(where: { $0.type == settings.type }) {
            return written
        }
        // Not in the first page of the answer (never seen): read it back.
        if let written = try await integration(settings.type, projectID: projectID) {
            return written
        }
        throw .transport(TransportFailure(
            kind: .malformedBody, status: response.status,
            detailKey: "failures.detail.notReturned", settings.type.displayName))
    }
}
