extension AtlasClient {
    /// One project's integrations for the fleet matrix, in one request
    /// (`itemsPerPage` far above the ten kinds), with what Atlas said about
    /// the rate budget.
    ///
    /// A `429` is thrown at once rather than waited out here: the matrix's
    /// loader (`FleetLoader`) paces every project's request and waits a
    /// `Retry-After` out for all of them together, on its own clock.
    public func fleetRead(projectID: String) async throws(AtlasError) -> FleetRead {
        try AtlasID.check(projectID, field: "projectID", noun: "project")
        let response = try await send(
            .get, ["groups", projectID, "integrations"], query: [("itemsPerPage", "100")], waitsOutRateLimit: false)
        let page = try ResponseDecoder.decode(Page<Integration>.self, from: response)
        return FleetRead(integrations: page.results, rateLimit: RateLimitReading(response))
    }
}

/// What one project's read gave the fleet matrix.
public struct FleetRead: Sendable, Hashable {
    public var integrations: [Integration]
    public var rateLimit: RateLimitReading

    public init(integrations: [Integration], rateLimit: RateLimitReading = RateLimitReading()) {
        self.integrations = integrations
        self.rateLimit = rateLimit
    }
}
