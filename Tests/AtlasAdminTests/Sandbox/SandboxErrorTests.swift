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
                (PagerDutySettings(serviceKey: SecretValue("not-hex")).integrationSettings, "serviceKey"),
                (DatadogSettings(apiKey: SecretValue("xyz")).integrationSettings, "apiKey"),
                (WebhookSettings(url: SecretValue("not a url")).integrationSettings, "url"),
                (DatadogSettings(apiKey: SecretValue("0123456789abcdef0123456789abcdef"),
                                 region: DatadogRegion(rawValue: "MARS")).integrationSettings, "region"),
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
                    WebhookSettings(url: SecretValue(secretURL)), projectID: DemoSeed.emptyProjectID)
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

    @Test func hipChatAndSlackCreationAreRefusedByAtlasRules() async throws {
        try await SandboxHarness.with { sandbox in
            let client = sandbox.client(.digest)
            do {
                _ = try await client.create(
                    HipChatSettings(notificationToken: SecretValue("0123456789"), roomName: "ops"),
                    projectID: DemoSeed.emptyProjectID)
                Issue.record("HipChat was created")
            } catch let error as AtlasError {
                #expect(error.errorCode == "HIPCHAT_NOT_SUPPORTED")
            }
            do {
                _ = try await client.create(
                    SlackSettings(apiToken: SecretValue("xoxb-1-2-3"), channelName: "alerts"),
                    projectID: DemoSeed.emptyProjectID)
                Issue.record("Slack was created through the API")
            } catch let error as AtlasError {
                #expect(error.status == 400)
                #expect(error.field == "apiToken")
            }
        }
    }
}
