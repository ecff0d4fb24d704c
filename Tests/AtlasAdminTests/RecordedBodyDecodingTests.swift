import Foundation
import Testing
@testable import AtlasAdmin
import TestSupport

/// Every body recorded from real Atlas decodes into what the UI shows.
@Suite struct RecordedBodyDecodingTests {
    private func decode<Value: Decodable>(_ type: Value.Type, _ body: String) throws -> Value {
        try JSONDecoder().decode(Value.self, from: Data(body.utf8))
    }

    @Test func createAnswerListsEveryIntegrationOfTheProject() throws {
        let page = try decode(Page<Integration>.self, RecordedBodies.createWebhookPage)
        #expect(page.totalCount == 5)
        #expect(page.results.map(\.type) == [.pagerDuty, .datadog, .opsGenie, .victorOps, .webhook])
        #expect(page.links.first?.rel == "self")
        #expect(page.nextLink == nil)
    }

    @Test func everyRecordedFieldReadsAsTheCatalogSays() throws {
        let page = try decode(Page<Integration>.self, RecordedBodies.createWebhookPage)
        #expect(page.results.map(\.type) == [.pagerDuty, .datadog, .opsGenie, .victorOps, .webhook])
        let byType = Dictionary(uniqueKeysWithValues: page.results.map { ($0.type, $0) })

        let pagerDuty = try #require(byType[.pagerDuty])
        #expect(pagerDuty.id == "6a79405d2c88faeba59bf382")
        #expect(pagerDuty.masked("serviceKey")?.masked == "****************************0022")
        #expect(pagerDuty.masked("serviceKey")?.visibleTail == "0022")
        #expect(pagerDuty.text("region") == "US")

        let datadog = try #require(byType[.datadog])
        #expect(datadog.masked("apiKey")?.short == "****0000")
        #expect(datadog.text("region") == "US")
        #expect(datadog.bool("sendCollectionLatencyMetrics") == false && datadog.bool("sendQueryStatsMetrics") == false)
        #expect(datadog.fields["customEndpoint"] == .null)

        #expect(byType[.opsGenie]?.masked("apiKey")?.visibleTail == "3311")
        #expect(byType[.victorOps]?.masked("apiKey")?.visibleTail == "1c11")
        #expect(byType[.victorOps]?.text("routingKey") == "test")

        let webhook = try #require(byType[.webhook])
        #expect(webhook.masked("url")?.masked == "https://example.com/****2101")
        #expect(webhook.masked("secret")?.visibleTail == "2101")
        #expect(webhook.fields["bodyTemplate"] == .null)
        #expect(webhook.fields["headersTemplate"] == .null)
    }

    @Test func nullFieldsAreKeptAsNullNotDropped() throws {
        let webhook = try decode(Integration.self, RecordedBodies.getWebhook)
        #expect(webhook.type == .webhook)
        #expect(webhook.id == "6a7940642c88faeba59bf3da")
        #expect(webhook.fields["bodyTemplate"] == .null)
        #expect(webhook.fields["url"] == .masked(MaskedSecret(masked: "https://example.com/****2101")))
    }

    @Test func projectsPageDecodes() throws {
        let page = try decode(Page<Project>.self, RecordedBodies.listProjectsPage)
        #expect(page.totalCount == 37)
        let project = try #require(page.results.first)
        #expect(project.id == "b0123456789abcdef012345b")
        #expect(project.name == "Atlas CLI E2E")
        #expect(project.orgID == "a0123456789abcdef012345a")
        #expect(project.clusterCount == 5)
        #expect(project.createdDay == "2020-07-02")
    }

    @Test func organizationsPageDecodes() throws {
        let page = try decode(Page<Organization>.self, RecordedBodies.listOrganizationsPage)
        #expect(page.results == [Organization(id: "a0123456789abcdef012345a", name: "Atlas CLI E2E")])
    }

    @Test func nextLinkIsFound() throws {
        let page = try decode(Page<Project>.self, RecordedBodies.pageWithNextLink)
        #expect(page.nextLink?.hasSuffix("pageNum=2") == true)
        #expect(page.results.isEmpty)
    }

    @Test func rateLimitBodyKeepsNumbersAsParametersAndReadsHeaders() {
        let response = HTTPResponse(
            status: 429, headers: ["Retry-After": "55", "RateLimit-Remaining": "0"],
            body: Data(RecordedBodies.rateLimited.utf8))
        guard case .api(let detail) = ResponseDecoder.error(from: response) else {
            Issue.record("not an API error")
            return
        }
        #expect(detail.errorCode == "RATE_LIMITED_TOKEN_BUCKET")
        #expect(detail.reason == "Too Many Requests")
        #expect(detail.parameters == ["api/atlas/v2/orgs", "55", "10", "5", "60"])
        #expect(detail.retryAfter == 55)
        #expect(detail.rateLimitRemaining == 0)
        #expect(AtlasError.api(detail).isRetryable)
    }

    @Test func maskedKeyRejectionPointsAtTheApiKeyField() {
        let response = HTTPResponse(status: 400, body: Data(RecordedBodies.maskedKeyRejected.utf8))
        let error = ResponseDecoder.error(from: response)
        #expect(error.status == 400)
        #expect(error.errorCode == "INVALID_INTEGRATION_SETTINGS")
        #expect(error.field == "apiKey")
        #expect(error.message.hasPrefix("400 INVALID_INTEGRATION_SETTINGS: The provided settings"))
    }
}
