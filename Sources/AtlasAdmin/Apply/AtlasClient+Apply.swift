import Foundation

extension AtlasClient {
    /// Reads the project's integration of `type` for an apply (nil: none
    /// configured), with what Atlas said about the rate budget.
    ///
    /// Like `readBack` it goes out on a connection of its own, since it is
    /// often asked after a write whose answer was lost; unlike it, a `429`
    /// is thrown at once: `ApplyRun` paces every request and waits a
    /// `Retry-After` out for all of them together, on its own clock.
    public func applyRead(
        _ type: IntegrationType, projectID: String
    ) async throws(AtlasError) -> (integration: Integration?, rateLimit: RateLimitReading) {
        try AtlasID.check(projectID, field: "projectID", noun: "project")
        try AtlasID.check(type)
        let response: HTTPResponse
        do {
            response = try await send(
                .get, ["groups", projectID, "integrations", type.rawValue], waitsOutRateLimit: false,
                freshConnection: true)
        } catch {
            if error.status == 404, error.errorCode == "INTEGRATION_NOT_CONFIGURED" { return (nil, RateLimitReading()) }
            throw error
        }
        return (try ResponseDecoder.decode(Integration.self, from: response), RateLimitReading(response))
    }

    /// Sends one create (`POST`) or update (`PUT`) for an apply and returns
    /// the rate budget Atlas reported. A `429` is thrown at once (the
    /// caller waits it out and sends the same write again: Atlas refused it
    /// before doing anything); nothing else is retried here, since a write
    /// whose answer is lost must be read back before it is sent again.
    public func applyWrite(
        _ method: ApplyMethod, _ settings: IntegrationSettings, projectID: String
    ) async throws(AtlasError) -> RateLimitReading {
        let body = try Self.writeBody(settings, projectID: projectID)
        let response = try await send(
            method == .post ? .post : .put, ["groups", projectID, "integrations", settings.type.rawValue],
            body: body, secrets: settings.hiddenValues, waitsOutRateLimit: false)
        return RateLimitReading(response)
    }
}
