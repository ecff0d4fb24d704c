import Foundation
import Testing
@testable import AtlasAdmin
@testable import IntegrationsUI

/// Names and error messages from Atlas are drawn inert and aligned.
///
/// Anyone with access to a project can name it, and a proxy can put anything
/// in an error body: whatever arrives, no span may carry a control or bidi
/// character to the terminal, every row stays exactly the terminal's width,
/// and the readable part of the text is still shown.
@Suite struct HardeningHostileAPIStringTests {
    static let widths = [80, 200]

    /// An organization and its one project, both named with `hostile`.
    static func pickerDriver(_ hostile: HostileText, width: Int) -> AppDriver {
        var driver = AppDriver(width: width, height: 30)
        driver.answerOrganizations([Organization(id: "org-h", name: hostile.text)])
        driver.answerProjects("org-h", [Project(
            id: "5f1a000000000000000000ff", name: hostile.text, orgID: "org-h", clusterCount: 1,
            created: "2025-04-05T10:00:00Z")])
        return driver
    }

    @Test(arguments: HostileText.all, widths)
    func pickerShowsHostileNamesInert(hostile: HostileText, width: Int) {
        let driver = Self.pickerDriver(hostile, width: width)
        FrameSafety.expectSafe(driver.frame, "picker \(hostile.name)")
        #expect(driver.rows().contains { $0.contains("Alpha") }, "\(driver.text)")
    }

    @Test(arguments: HostileText.all, widths)
    func menuHeaderShowsHostileProjectNameInert(hostile: HostileText, width: Int) throws {
        var driver = Self.pickerDriver(hostile, width: width)
        driver.press(.enter)
        #expect(driver.state.route == .menu)
        driver.answerIntegrations([])
        FrameSafety.expectSafe(driver.frame, "menu \(hostile.name)")
        let header = try #require(driver.rows().first { $0.contains(" Project ") })
        #expect(header.contains("Alpha"))
        if hostile.tailVisible && width == 200 {
            #expect(header.contains("Omega"), "\(header)")
        }
    }

    @Test(arguments: HostileText.all, widths)
    func errorBannerShowsHostileDetailInert(hostile: HostileText, width: Int) throws {
        var driver = Self.pickerDriver(HostileText("plain", ""), width: width)
        driver.press(.enter)
        let request = try #require(driver.lastIntegrationsRequest)
        driver.send(.failed(request.id, .api(APIErrorDetail(
            status: 500, errorCode: "UNEXPECTED_ERROR" + hostile.payload, detail: hostile.text,
            reason: hostile.text, parameters: [hostile.text]))))
        FrameSafety.expectSafe(driver.frame, "banner \(hostile.name)")
        #expect(driver.text.contains("UNEXPECTED_ERROR"))
        #expect(driver.text.contains("Alpha"), "\(driver.text)")
        if hostile.tailVisible && width == 200 {
            #expect(driver.text.contains("Omega"), "\(driver.text)")
        }
    }

    /// The same detail through the client's decoder: the bytes Atlas (or a
    /// proxy) sent, as JSON with the escapes written as `\u001b`.
    @Test(arguments: HostileText.all)
    func decodedErrorBodiesReachTheBannerInert(hostile: HostileText) throws {
        let body: [String: Any] = [
            "detail": hostile.text, "error": 503, "errorCode": "SERVICE_UNAVAILABLE", "reason": hostile.text,
            "parameters": [hostile.text],
        ]
        let data = try JSONSerialization.data(withJSONObject: body)
        let error = ResponseDecoder.error(from: HTTPResponse(status: 503, body: data))
        var driver = Self.pickerDriver(HostileText("plain", ""), width: 120)
        let request = try #require(driver.projectsRequest(for: "org-h"))
        driver.send(.failed(request, error))
        FrameSafety.expectSafe(driver.frame, "decoded \(hostile.name)")
        #expect(driver.text.contains("Alpha"), "\(driver.text)")
    }

    @Test func tenThousandCharacterNamesKeepEveryScreenAligned() throws {
        let long = String(repeating: "Ab語", count: 3_400)
        var driver = AppDriver(width: 80, height: 24)
        driver.answerOrganizations([Organization(id: "o", name: long)])
        driver.answerProjects("o", [Project(id: "5f1a000000000000000000fe", name: long, orgID: "o")])
        FrameSafety.expectSafe(driver.frame, "picker")
        driver.press(.enter)
        driver.answerIntegrations(Fixtures.integrations)
        FrameSafety.expectSafe(driver.frame, "menu")
        driver.openForm(.pagerDuty)
        FrameSafety.expectSafe(driver.frame, "form")
        for (width, height) in [(80, 24), (81, 25), (133, 40), (200, 60)] {
            driver.resize(width, height)
            FrameSafety.expectSafe(driver.frame, "form at \(width)x\(height)")
        }
    }
}
