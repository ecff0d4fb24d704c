import AtlasAdmin
import AtlasSandbox
import Foundation
import Testing

/// Atlas's error answers reach the caller with status, code and field.
@Suite(.serialized) struct SandboxErrorTests {
    @Test func invalidSettingsNameTheirField() async throws {
        try await SandboxHarness.with { sandbox in
            let client = sandbox.client(.digest)
            let project = DemoSeed.emptyProjectID
            let cases: [(IntegrationSettings, String)] = [
                (try IntegrationSettings(.pagerDuty, ["serviceKey": .secret(SecretValue("not-hex"))]), "serviceKey"),
                (try IntegrationSettings(.datadog, ["apiKey": .secret(SecretValue("xyz"))]), "apiKey"),
                (try IntegrationSettings(.webhook, ["url": .text("not a url")]), "url"),
                (try IntegrationSettings(.datadog, ["apiKey": .secret(SecretValue("0123456789abcdef0123456789abcdef")), "region": .text("MARS")]), "region"),
            ]
            for (settings, field) in cases {
                do {
                    _ = try await client.create(settings, projectID: project)
                    Issue.record("\(settings.type) with a bad \(field) was accepted")
                } catch let error as AtlasError {
                    #expect(error.status == 400)
                    #expect(error.field == field, "\(error.message)")
                    #expect(!error.message.contains("\n"))
                }
            }
        }
    }

    @Test func echoedSecretsDoNotReachTheMessage() async throws {
        try await SandboxHarness.with { sandbox in
            let secretURL = "notaurl-with-token-abc123secret"
            do {
                _ = try await sandbox.client(.digest).create(
                    try IntegrationSettings(.webhook, ["url": .text(secretURL)]), projectID: DemoSeed.emptyProjectID)
                Issue.record("accepted")
            } catch let error as AtlasError {
                #expect(error.status == 400)
                #expect(!error.message.contains("abc123secret"))
            }
        }
    }

    @Test func missingProjectsAndOrganizationsAreErrors() async throws {
        try await SandboxHarness.with { sandbox in
            let client = sandbox.client(.digest)
            let missing = "0123456789abcdef01234567"
            do {
                _ = try await client.project(id: missing)
                Issue.record("found a missing project")
            } catch let error as AtlasError {
                #expect([401, 404].contains(error.status ?? 0))
                #expect(error.errorCode != nil)
            }
            do {
                _ = try await client.organization(id: missing)
                Issue.record("found a missing organization")
            } catch let error as AtlasError {
                #expect([401, 404].contains(error.status ?? 0))
            }
            do {
                _ = try await client.project(named: "no-such-project")
                Issue.record("found a missing project by name")
            } catch let error as AtlasError {
                #expect([401, 404].contains(error.status ?? 0))
            }
        }
    }

    /// Types Atlas does not let the API create never get as far as a request.
    @Test func typesAtlasRefusesCannotBeBuiltIntoARequest() {
        for type in [IntegrationType.slack, .hipChat, .newRelic, IntegrationType(rawValue: "DATADOG_LOGS")] {
            #expect(throws: SettingsRefusal.self, "\(type)") {
                _ = try IntegrationSettings(type: type, fields: [])
            }
        }
    }
}
