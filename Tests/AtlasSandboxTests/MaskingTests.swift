@testable import AtlasSandbox
import Foundation
import Testing
import TestSupport

/// Reproduces the Atlas CLI end-to-end run recorded in the reference
/// (§1.5): the same five integrations created from the same inputs must
/// read back byte for byte as Atlas answered, ids aside.
@Suite struct MaskingTests {
    /// The inputs of the recorded run (`integrations_test.go` with its
    /// remembered random numbers 0, 1, 2, 1 and 101).
    static let inputs: [(type: String, body: String)] = [
        ("DATADOG", #"{"type":"DATADOG","apiKey":"00000000000000000000000000000000","region":"US"}"#),
        ("OPS_GENIE", #"{"type":"OPS_GENIE","apiKey":"00000000-aaaa-2222-bbbb-333333333311","region":"US"}"#),
        ("PAGER_DUTY", #"{"type":"PAGER_DUTY","serviceKey":"00000000000000000000000000000022"}"#),
        ("VICTOR_OPS", #"{"type":"VICTOR_OPS","apiKey":"fa07bbc8-eab2-4085-81af-daed47dc1c11","routingKey":"test"}"#),
        ("WEBHOOK", #"{"type":"WEBHOOK","url":"https://example.com/51c0ef87e9951c3e147accf0e12101","secret":"51c0ef87e9951c3e147accf0e12101"}"#),
    ]

    /// `results` of the recorded `POST …/integrations/WEBHOOK`, ids replaced by `ID`.
    static var recordedResults: String {
        get throws { try results(of: withoutIDs(RecordedBodies.oneLine(RecordedBodies.createWebhookPage))) }
    }

    /// The recorded `GET …/integrations/WEBHOOK` body, id replaced.
    static let recordedWebhook = withoutIDs(RecordedBodies.getWebhook)

    /// The `results` array of a page of five, as text.
    static func results(of page: String) throws -> String {
        let start = try #require(page.range(of: #""results":"#)?.upperBound)
        let end = try #require(page.range(of: #","totalCount":5}"#, options: .backwards)?.lowerBound)
        return String(page[start..<end])
    }

    static func withoutIDs(_ text: String) -> String {
        text.replacingOccurrences(of: #""id":"[0-9a-f]{24}""#, with: #""id":"ID""#, options: .regularExpression)
    }

    @Test func createResponsesMatchTheRecordedAtlasBodies() async throws {
        try await withSandbox { (_, client) async throws in
            let project = DemoSeed.emptyProjectID
            var last = TestResponse(status: 0, headers: [:], body: Data())
            for input in Self.inputs {
                last = try await client.send("POST", Paths.integration(project, input.type), body: input.body)
                #expect(last.status == 200, "\(input.type): \(last.text)")
            }
            #expect(try Self.results(of: Self.withoutIDs(last.text)) == Self.recordedResults)

            let webhook = try await client.send("GET", Paths.integration(project, "WEBHOOK"))
            #expect(Self.withoutIDs(webhook.text) == Self.recordedWebhook)
        }
    }

    @Test func maskingRulesMatchTheRecordedExamples() {
        #expect(Masking.tail("00000000000000000000000000000022") == "****************************0022")
        #expect(Masking.tail("00000000-aaaa-2222-bbbb-333333333311") == "********************************3311")
        #expect(Masking.url("https://example.com/51c0ef87e9951c3e147accf0e12101") == "https://example.com/****2101")
        #expect(Masking.tail("abc") == "abc")
    }

    @Test func teamsURLAndWebhookTemplatesAreRedacted() async throws {
        try await withSandbox { (_, client) async throws in
            let project = DemoSeed.emptyProjectID
            let teams = #"{"type":"MICROSOFT_TEAMS","microsoftTeamsWebhookUrl":"https://contoso.webhook.office.com/webhookb2/abcd/IncomingWebhook/9876"}"#
            #expect(try await client.send("POST", Paths.integration(project, "MICROSOFT_TEAMS"), body: teams).status == 200)
            let read = try await client.send("GET", Paths.integration(project, "MICROSOFT_TEAMS"))
            #expect(read.json["microsoftTeamsWebhookUrl"]?.stringValue == "https://contoso.webhook.office.com/****9876")
        }
    }
}
