import Foundation
import Synchronization
import Testing
@testable import AtlasAdmin
import TestSupport

/// What the client puts on the wire, checked on a scripted transport.
@Suite struct ClientRequestTests {
    static let projectID = "6a79404f2c88faeba59beea6"

    @Test func malformedIDsAreRefusedBeforeAnyRequest() async {
        let transport = ScriptedTransport(status: 200, body: "{}")
        let client = AtlasClient.scripted(transport)
        let attempts: [(String, @Sendable () async throws(AtlasError) -> Void)] = [
            ("projectID", { () async throws(AtlasError) in _ = try await client.listIntegrations(projectID: "6A79404F2C88FAEBA59BEEA6") }),
            ("projectID", { () async throws(AtlasError) in _ = try await client.project(id: "../orgs") }),
            ("projectID", { () async throws(AtlasError) in _ = try await client.integration(.datadog, projectID: "6a79404f2c88faeba59beea") }),
            ("projectID", { () async throws(AtlasError) in try await client.delete(.webhook, projectID: "") }),
            ("orgID", { () async throws(AtlasError) in _ = try await client.organization(id: "zz79404f2c88faeba59beea6") }),
            ("orgID", { () async throws(AtlasError) in _ = try await client.listProjects(orgID: "x") }),
            ("type", { () async throws(AtlasError) in try await client.delete(IntegrationType(rawValue: "../../orgs"), projectID: Self.projectID) }),
            ("name", { () async throws(AtlasError) in _ = try await client.project(named: "") }),
        ]
        for (field, attempt) in attempts {
            do {
                try await attempt()
                Issue.record("accepted a bad \(field)")
            } catch {
                #expect(error.field == field)
                if case .invalidInput = error {} else { Issue.record("unexpected \(error)") }
            }
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func everyRequestCarriesTheVersionedMediaTypeAndUserAgent() async throws {
        let transport = ScriptedTransport { request throws(AtlasError) in
            switch request.method {
            case .get: HTTPResponse(status: 200, body: Data(#"{"results":[],"totalCount":0}"#.utf8))
            case .delete: HTTPResponse(status: 204)
            default: HTTPResponse(status: 200, body: Data(RecordedBodies.createWebhookPage.utf8))
            }
        }
        let client = AtlasClient.scripted(transport)
        _ = try await client.listIntegrations(projectID: Self.projectID)
        _ = try await client.create(
            try IntegrationSettings(.webhook, ["url": .text("https://example.com/hook")]), projectID: Self.projectID)
        try await client.delete(.webhook, projectID: Self.projectID)

        let requests = transport.requests
        #expect(requests.map(\.method) == [.get, .post, .delete])
        for request in requests {
            #expect(request.headers["Accept"] == "application/vnd.atlas.2023-01-01+json")
            #expect(request.headers["User-Agent"] == UserAgent.default)
        }
        #expect(requests[0].headers["Content-Type"] == nil)
        #expect(requests[1].headers["Content-Type"] == "application/vnd.atlas.2023-01-01+json")
        #expect(requests[1].requestTarget == "/api/atlas/v2/groups/\(Self.projectID)/integrations/WEBHOOK")
        #expect(UserAgent.default.hasPrefix("atlas-integrations/\(AtlasAdminVersion.current) ("))
        #expect(AtlasAdminVersion.current == "0.1.0")
    }

    @Test func pathAndQueryPartsAreEscaped() async throws {
        let transport = ScriptedTransport(
            status: 200, body: #"{"id":"6a79404f2c88faeba59beea6","name":"a b/c","orgId":"a0123456789abcdef012345a"}"#)
        let client = AtlasClient.scripted(transport)
        let project = try await client.project(named: "a b/c?é")
        #expect(project.name == "a b/c")
        #expect(transport.requests.first?.requestTarget == "/api/atlas/v2/groups/byName/a%20b%2Fc%3F%C3%A9")
    }

    @Test func baseURLPathIsKept() {
        let client = AtlasClient(configuration: AtlasClientConfiguration(
            baseURL: URL(string: "https://ops.example.com/prefix/")!, credentials: nil))
        #expect(client.url(["groups"], query: [("name", "a&b")]).absoluteString
            == "https://ops.example.com/prefix/api/atlas/v2/groups?name=a%26b")
    }

    @Test func createReturnsTheElementOfTheSameType() async throws {
        let transport = ScriptedTransport(status: 200, body: RecordedBodies.createWebhookPage)
        let client = AtlasClient.scripted(transport)
        let created = try await client.create(
            try IntegrationSettings(.opsGenie, ["apiKey": .secret(SecretValue("00000000-0000-0000-0000-000000003311"))]), projectID: Self.projectID)
        #expect(created.type == .opsGenie)
        #expect(created.id == "6a794059c0eb9e7a1771acc0")
        let updated = try await client.update(
            try IntegrationSettings(.victorOps, ["apiKey": .secret(SecretValue("00000000-0000-0000-0000-000000001c11")), "routingKey": .text("test")]),
            projectID: Self.projectID)
        #expect(updated.type == .victorOps)
        #expect(transport.requests.map(\.method) == [.post, .put])
    }

    @Test func notConfiguredIsNilButOther404sAreErrors() async throws {
        let transport = ScriptedTransport { request throws(AtlasError) in
            let code = request.url.path.hasSuffix("DATADOG") ? "INTEGRATION_NOT_CONFIGURED" : "GROUP_NOT_FOUND"
            return HTTPResponse(status: 404, body: Data(#"{"error":404,"errorCode":"\#(code)","detail":"x"}"#.utf8))
        }
        let client = AtlasClient.scripted(transport)
        #expect(try await client.integration(.datadog, projectID: Self.projectID) == nil)
        await #expect(throws: AtlasError.self) { _ = try await client.integration(.webhook, projectID: Self.projectID) }
    }

    @Test func exchangesAreReportedWithoutHeadersOrBodies() async throws {
        let records = Mutex<[ExchangeRecord]>([])
        let transport = ScriptedTransport(status: 200, body: #"{"results":[]}"#)
        let client = AtlasClient(
            configuration: AtlasClientConfiguration(
                baseURL: URL(string: "http://127.0.0.1:9")!, credentials: nil,
                onExchange: { record in records.withLock { $0.append(record) } }),
            transport: transport)
        _ = try await client.listIntegrations(projectID: Self.projectID)
        let seen = records.withLock { $0 }
        #expect(seen.count == 1)
        #expect(seen.first?.status == 200)
        #expect(seen.first?.target == "/api/atlas/v2/groups/\(Self.projectID)/integrations")
    }
}
