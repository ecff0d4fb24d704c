import AtlasAdmin
import Testing
@testable import IntegrationsUI

@Suite struct StartScreenTests {
    func driver() -> AppDriver {
        AppDriver(Fixtures.configuration(credentialsProblem: "no API key, service account or profile was found."))
    }

    @Test func explainsExactlyHowToConfigureCredentials() {
        let driver = driver()
        #expect(driver.state.route == .start)
        #expect(driver.effects.isEmpty)
        let text = driver.text
        for needle in ["MONGODB_ATLAS_PUBLIC_API_KEY", "MONGODB_ATLAS_PRIVATE_API_KEY", "MONGODB_ATLAS_CLIENT_ID",
                       "MONGODB_ATLAS_CLIENT_SECRET", "~/.config/atlascli/config.toml", "--profile",
                       "no API key, service account or profile was found", "Press d to try the demo"] {
            #expect(text.contains(needle), "missing \(needle)")
        }
    }

    @Test func demoKeyStartsTheSandboxAndThenLoadsOrganizations() throws {
        var driver = driver()
        driver.press(.character("d"))
        let id = try #require(driver.last { if case .startDemo(let id) = $0 { id } else { nil } })
        #expect(driver.text.contains("Starting the demo sandbox"))
        driver.send(.demoStarted(id, targetLabel: "http://127.0.0.1:51234", authKind: "API key (demo)"))
        #expect(driver.state.route == .picker)
        #expect(driver.organizationsRequest != nil)
        #expect(driver.rows()[0].contains("DEMO"))
        #expect(driver.rows()[0].contains("http://127.0.0.1:51234"))
    }

    @Test func demoFailureIsExplainedNotFatal() throws {
        var driver = driver()
        driver.press(.character("d"))
        let id = try #require(driver.last { if case .startDemo(let id) = $0 { id } else { nil } })
        driver.send(.failed(id, .transport(TransportFailure(kind: .refused, detail: "no free port"))))
        #expect(driver.state.route == .start)
        #expect(driver.text.contains("Could not connect to Atlas: no free port"))
        #expect(driver.text.contains("Press d to try the demo"))
    }

    @Test func qQuits() {
        var driver = driver()
        driver.press(.character("q"))
        #expect(driver.quitRequested)
    }
}
