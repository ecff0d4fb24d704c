import AtlasAdmin
import Foundation
import Testing
@testable import IntegrationsUI

/// F3 lists this session's saves and deletes with how each ended: saved,
/// refused with Atlas's code, or found out by reading back after a lost
/// answer.
@Suite struct SessionWritesTests {
    static func pagerDutyForm() -> AppDriver {
        var driver = AppDriver()
        driver.openProject(integrations: [])
        driver.openForm(.pagerDuty)
        driver.type(Fixtures.hexKey)
        return driver
    }

    @Test func eachWriteIsListedWithHowItEnded() throws {
        var driver = Self.pagerDutyForm()
        driver.send(.clock(Date(timeIntervalSince1970: 1_796_637_600))) // 10:00:00 UTC
        driver.press(.control("s"))
        let refused = try #require(driver.lastSave)
        driver.send(.failed(refused.id, Fixtures.apiError(400, "INVALID_ATTRIBUTE", "Invalid attribute serviceKey specified.")))
        driver.press(.control("s"))
        let lost = try #require(driver.lastSave)
        driver.send(.failed(lost.id, .transport(TransportFailure(kind: .reset, detail: ""))))
        let read = try #require(driver.lastReadBack)
        driver.press(.function(3))
        #expect(driver.text.contains("Writes this session (2)"))
        #expect(driver.text.contains("refused: 400 INVALID_ATTRIBUTE"))
        #expect(driver.text.contains("unknown: no answer"))
        driver.press(.escape)
        #expect(driver.state.overlay == nil)
        let held = Integration(type: .pagerDuty, id: "p", fields: [
            "serviceKey": .masked(MaskedSecret(masked: "****************************" + Fixtures.hexKey.suffix(4))),
            "region": .text("US"),
        ])
        driver.send(.integrationRead(read.id, held))
        driver.press(.function(3))
        let rows = driver.rows().filter { $0.contains("  save  PagerDuty") }
        #expect(rows.count == 2)
        #expect(rows.last?.contains("applied (confirmed by reading it back)") == true)
        #expect(rows.first?.contains("10:00:00  save  PagerDuty") == true)
    }

    @Test func aDeleteIsListedAndTheFooterOffersF3OnceThereIsOne() throws {
        var driver = AppDriver(width: 100, height: 30)
        driver.openProject()
        #expect(!driver.text.contains("f3 writes"))
        driver.press(.character("d"))
        driver.press(.character("y"))
        let delete = try #require(driver.lastDelete)
        driver.send(.deleted(delete.id))
        #expect(driver.text.contains("f3 writes"))
        driver.press(.function(3))
        #expect(driver.text.contains("delete  PagerDuty"))
        #expect(driver.text.contains("deleted"))
    }
}
