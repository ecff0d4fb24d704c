@testable import AtlasSandbox
import Testing

/// Body validation of POST/PUT with Atlas's error codes and field names.
@Suite struct ValidationTests {
    let project = DemoSeed.emptyProjectID

    func post(_ client: TestClient, _ type: String, _ body: String) async throws -> TestResponse {
        try await client.send("POST", Paths.integration(project, type), body: body)
    }

    @Test func missingRequiredAttributeNamesTheField() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await post(client, "PAGER_DUTY", #"{"type":"PAGER_DUTY","region":"US"}"#)
            #expect(response.status == 400)
            #expect(response.errorCode == "MISSING_ATTRIBUTE")
            #expect(response.json["detail"]?.stringValue == "The required attribute serviceKey was not specified.")
            #expect(response.json.violatedFields == ["serviceKey"])
        }
    }

    @Test func severalMissingAttributesAreListed() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await post(client, "PROMETHEUS", #"{"type":"PROMETHEUS"}"#)
            #expect(response.errorCode == "MISSING_ATTRIBUTES")
            #expect(response.json.violatedFields == ["username", "serviceDiscovery", "enabled", "password"])
        }
    }

    @Test func badRegionIsInvalidEnumValue() async throws {
        try await withSandbox { (_, client) async throws in
            let body = #"{"type":"DATADOG","apiKey":"0123456789abcdef0123456789abcdef","region":"MARS"}"#
            let response = try await post(client, "DATADOG", body)
            #expect(response.status == 400)
            #expect(response.errorCode == "INVALID_ENUM_VALUE")
            #expect(response.json["detail"]?.stringValue == "An invalid enumeration value MARS was specified.")
            #expect(response.json.violatedFields == ["region"])
        }
    }

    @Test func unknownPropertyIsInvalidAttribute() async throws {
        try await withSandbox { (_, client) async throws in
            let body = #"{"type":"OPS_GENIE","apiKey":"k-1","region":"US","colour":"blue"}"#
            let response = try await post(client, "OPS_GENIE", body)
            #expect(response.errorCode == "INVALID_ATTRIBUTE")
            #expect(response.json["detail"]?.stringValue == "Invalid attribute colour specified.")
            #expect(response.json.violatedFields == ["colour"])
        }
    }

    @Test func brokenJSONIsMalformedJSON() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await post(client, "OPS_GENIE", #"{"type":"OPS_GENIE","apiKey":"#)
            #expect(response.status == 400)
            #expect(response.errorCode == "MALFORMED_JSON")
            #expect(response.json["detail"]?.stringValue == "Received JSON is malformed.")
        }
    }

    @Test func nonObjectJSONIsInvalidJSON() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await post(client, "OPS_GENIE", "[1,2]")
            #expect(response.errorCode == "INVALID_JSON")
        }
    }

    @Test func wrongValueKindIsInvalidJSONAttribute() async throws {
        try await withSandbox { (_, client) async throws in
            let body = #"{"type":"DATADOG","apiKey":"0123456789abcdef0123456789abcdef","sendDatabaseMetrics":"yes"}"#
            let response = try await post(client, "DATADOG", body)
            #expect(response.errorCode == "INVALID_JSON_ATTRIBUTE")
            #expect(response.json.violatedFields == ["sendDatabaseMetrics"])
        }
    }

    @Test(arguments: ["not a url", "ftp://example.com/x", "https://", "example.com/hook"])
    func badWebhookURLIsInvalidURL(url: String) async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await post(client, "WEBHOOK", #"{"type":"WEBHOOK","url":"\#(url)"}"#)
            #expect(response.status == 400)
            #expect(response.errorCode == "INVALID_URL")
            #expect(response.json["detail"]?.stringValue == "Invalid URL \(url).")
            #expect(response.json.violatedFields == ["url"])
        }
    }

    @Test(arguments: ["0123456789abcdef", "0123456789abcdef0123456789abcdeg", "0123456789abcdef0123456789abcdef0"])
    func datadogKeyMustBe32Hex(key: String) async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await post(client, "DATADOG", #"{"type":"DATADOG","apiKey":"\#(key)","region":"US"}"#)
            #expect(response.errorCode == "INVALID_DATADOG_API_KEY")
            #expect(response.json["detail"]?.stringValue == "Datadog API key must consist of 32 hexadecimal digits.")
        }
    }

    @Test func pagerDutyKeyMustBe32Hex() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await post(client, "PAGER_DUTY", #"{"type":"PAGER_DUTY","serviceKey":"short"}"#)
            #expect(response.errorCode == "INVALID_PAGER_DUTY_SERVICE_KEY")
            #expect(response.json["detail"]?.stringValue == "PagerDuty service key must consist of 32 hexadecimal digits.")
        }
    }

    @Test func maskedDatadogKeySentBackIsInvalidIntegrationSettings() async throws {
        try await withSandbox { (_, client) async throws in
            let path = Paths.integration(DemoSeed.storefrontProjectID, "DATADOG")
            let masked = try #require(try await client.send("GET", path).json["apiKey"]?.stringValue)
            let response = try await client.send("PUT", path, body: #"{"type":"DATADOG","apiKey":"\#(masked)","region":"EU"}"#)
            #expect(response.status == 400)
            #expect(response.errorCode == "INVALID_INTEGRATION_SETTINGS")
            #expect(response.json["detail"]?.stringValue
                == "The provided settings for the DATADOG integration were invalid: apiKey must be a hexadecimal string.")
            #expect(response.json["parameters"] == .array([.string("DATADOG apiKey must be a hexadecimal string")]))
            #expect(response.json.violatedFields == ["apiKey"])
        }
    }

    @Test func maskedWebhookSecretSentBackIsRefused() async throws {
        try await withSandbox { (_, client) async throws in
            let path = Paths.integration(DemoSeed.webhookProjectID, "WEBHOOK")
            let read = try await client.send("GET", path).json
            let url = try #require(read["url"]?.stringValue)
            let response = try await client.send("PUT", path, body: #"{"type":"WEBHOOK","url":"\#(url)"}"#)
            #expect(response.errorCode == "INVALID_INTEGRATION_SETTINGS")
            #expect(response.json.violatedFields == ["url"])
        }
    }

    @Test func slackCannotBeCreatedThroughTheAPI() async throws {
        try await withSandbox { (_, client) async throws in
            let body = #"{"type":"SLACK","apiToken":"xoxb-1","channelName":"alerts","teamName":"t"}"#
            let response = try await post(client, "SLACK", body)
            #expect(response.status == 400)
            #expect(response.errorCode == "SLACK_OAUTH2_NOT_CONFIGURED")
            #expect(response.json["detail"]?.stringValue == "Slack OAuth2 is not yet configured, and must be configured via the UI.")
        }
    }

    @Test func slackTokenOrTeamChangeMustReconfigureOAuth2() async throws {
        try await withSandbox { (_, client) async throws in
            let path = Paths.integration(DemoSeed.slackProjectID, "SLACK")
            for body in [#"{"type":"SLACK","apiToken":"xoxb-new-token","channelName":"c"}"#,
                         #"{"type":"SLACK","apiToken":"\#(DemoSeed.slackAPIToken)","teamName":"Other Team","channelName":"c"}"#] {
                let response = try await client.send("PUT", path, body: body)
                #expect(response.errorCode == "MUST_RECONFIGURE_SLACK_OAUTH2", "\(body)")
            }
        }
    }

    @Test func hipChatIsNotSupported() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await post(client, "HIP_CHAT", #"{"type":"HIP_CHAT"}"#)
            #expect(response.status == 400)
            #expect(response.errorCode == "HIPCHAT_NOT_SUPPORTED")
            #expect(response.json["detail"]?.stringValue == "HipChat integration is only supported for Ops Manager projects.")
        }
    }

    @Test func newRelicCannotBeCreated() async throws {
        try await withSandbox { (_, client) async throws in
            let body = #"{"type":"NEW_RELIC","accountId":"0000000000000000000000000000000000000000","licenseKey":"0000000000000000000000000000000000000000","readToken":"r","writeToken":"w"}"#
            let response = try await post(client, "NEW_RELIC", body)
            #expect(response.status == 400)
            #expect(response.errorCode == "VALIDATION_ERROR")
            #expect(response.json["detail"]?.stringValue?.contains("NEW_RELIC") == true)
        }
    }

    @Test func bodyTypeMustMatchThePathType() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await post(client, "OPS_GENIE", #"{"type":"VICTOR_OPS","apiKey":"k"}"#)
            #expect(response.status == 400)
            #expect(response.errorCode == "INVALID_ATTRIBUTE")
            #expect(response.json.violatedFields == ["type"])
            let unknown = try await post(client, "OPS_GENIE", #"{"type":"CARRIER_PIGEON","apiKey":"k"}"#)
            #expect(unknown.errorCode == "INVALID_ENUM_VALUE")
        }
    }

    @Test func unknownTypeInThePathIsInvalidPathParameter() async throws {
        try await withSandbox { (_, client) async throws in
            let response = try await client.send("GET", Paths.integration(project, "CARRIER_PIGEON"))
            #expect(response.status == 400)
            #expect(response.errorCode == "INVALID_PATH_PARAMETER")
            #expect(response.json["detail"]?.stringValue == "Invalid path parameter integrationType specified.")
        }
    }

    @Test func failedValidationChangesNothing() async throws {
        try await withSandbox { (_, client) async throws in
            _ = try await post(client, "PAGER_DUTY", #"{"type":"PAGER_DUTY","serviceKey":"bad"}"#)
            #expect(try await client.send("GET", Paths.integrations(project)).json["totalCount"]?.intValue == 0)
        }
    }
}
