import AtlasAdmin
import Foundation
@testable import IntegrationsUI

/// A small fleet with drift in it: three projects send Datadog to key
/// `a23c` in US3, one to `9999`; PagerDuty is on three; one project could
/// not be read (403) and one has nothing.
enum MatrixFixtures {
    static let organizations = ["org1": "Acme, Corp", "org2": "東京チーム"]

    static let projects = [
        Project(id: "5f1a00000000000000000011", name: "prod-east", orgID: "org1"),
        Project(id: "5f1a00000000000000000012", name: "prod-west", orgID: "org1"),
        Project(id: "5f1a00000000000000000013", name: "staging", orgID: "org1"),
        Project(id: "5f1a00000000000000000014", name: "決済-本番", orgID: "org2"),
        Project(id: "5f1a00000000000000000015", name: "evil\u{1B}[2J\u{1B}]0;pwned\u{07}name", orgID: "org2"),
        Project(id: "5f1a00000000000000000016", name: "analytics", orgID: "org2"),
    ]

    static func id(_ name: String) -> String {
        projects.first { $0.name == name }?.id ?? ""
    }

    static func pagerDuty(_ tail: String, region: String = "EU") -> Integration {
        Integration(type: .pagerDuty, id: "6a00000000000000000000a1", fields: [
            "serviceKey": .masked(MaskedSecret(masked: String(repeating: "*", count: 28) + tail)),
            "region": .text(region),
        ])
    }

    static func datadog(_ tail: String, region: String = "US3") -> Integration {
        Integration(type: .datadog, id: "6a00000000000000000000a2", fields: [
            "apiKey": .masked(MaskedSecret(masked: String(repeating: "*", count: 28) + tail)),
            "region": .text(region),
            "customEndpoint": .null,
        ])
    }

    static let forbidden = AtlasError.api(APIErrorDetail(
        status: 403, errorCode: "RESOURCE_REQUIRES_WHITELIST",
        detail: "This resource requires access through an access list of IP addresses."))

    static let readAt = Date(timeIntervalSince1970: 1_790_000_000)

    /// Every project's read.
    static let reads: [String: Result<[Integration], AtlasError>] = [
        id("prod-east"): .success([pagerDuty("0022"), datadog("a23c")]),
        id("prod-west"): .success([pagerDuty("0022"), datadog("a23c")]),
        id("staging"): .success([datadog("9999")]),
        id("決済-本番"): .success([pagerDuty("0022"), datadog("a23c"), Fixtures.slack]),
        projects[4].id: .success([]),
        id("analytics"): .failure(forbidden),
    ]

    static func matrix(query: String = "") -> FleetMatrix {
        var matrix = FleetMatrix(projects: projects, organizationNames: organizations, query: query)
        for (id, outcome) in reads { matrix.setRead(id, MatrixRead(outcome, readAt: readAt)) }
        return matrix
    }

    static func names(_ matrix: FleetMatrix) -> [String] {
        matrix.visibleRows.map { matrix.projects[$0].name }
    }

    static func column(_ type: IntegrationType) -> Int {
        IntegrationType.known.firstIndex(of: type) ?? 0
    }
}
