import AtlasAdmin
import Testing
@testable import IntegrationsUI

/// F10 quits from every screen, and from a dialog too: through the same
/// quit path, so it asks when a write is unanswered or typed input would
/// be lost, and the dialog's footer says so.
@Suite struct DialogQuitTests {
    /// The menu of production-east with the delete question open.
    static func deleteQuestion() -> AppDriver {
        var driver = AppDriver()
        driver.openProject()
        driver.selectRow(.pagerDuty)
        driver.press(.character("d"))
        return driver
    }

    @Test func theConfirmDialogsFooterShowsF10AndF10Quits() {
        var driver = Self.deleteQuestion()
        #expect(driver.text.contains("Delete PagerDuty?"))
        #expect(driver.footer.contains("f10 quit"), "footer: \(driver.footer)")
        driver.press(.function(10))
        #expect(driver.quitRequested, "nothing is typed and nothing is being written: F10 quits at once")
        #expect(driver.lastDelete == nil, "quitting never confirms the delete")
    }

    @Test func theExportDialogsFooterShowsF10AndF10Quits() {
        var driver = AppDriver()
        driver.openProject()
        driver.press(.character("x"))
        #expect(driver.text.contains("Export “production-east”"))
        #expect(driver.footer.contains("f10 quit"), "footer: \(driver.footer)")
        driver.press(.function(10))
        #expect(driver.quitRequested)
        #expect(driver.writeCount == 0, "quitting writes no export")
    }

    /// From the "Discard input?" question, F10 would lose the typed form:
    /// it asks, as F10 does on the form itself, and the answer is kept.
    @Test func f10FromADialogAsksWhenTypedInputWouldBeLost() {
        var driver = AppDriver()
        driver.openProject(integrations: [])
        driver.openForm(.victorOps)
        driver.type("a-key")
        driver.press(.escape)
        #expect(driver.text.contains("Discard input?"))
        #expect(driver.footer.contains("f10 quit"))
        driver.press(.function(10))
        #expect(!driver.quitRequested)
        #expect(driver.text.contains("Quit and throw away what you typed"))
        driver.press(.character("n"))
        #expect(!driver.quitRequested)
        #expect(driver.state.form?.form.field("apiKey")?.text == "a-key")
        driver.press(.escape)
        driver.press(.function(10))
        driver.press(.character("y"))
        #expect(driver.quitRequested)
    }

    /// A save is still unanswered (the operator stopped waiting): F10 from
    /// a dialog names it and asks; F10 on that question answers it, like a
    /// second Ctrl-C.
    @Test func f10FromADialogAsksWhileAWriteIsUnanswered() throws {
        var driver = AppDriver()
        driver.openProject(integrations: [])
        driver.openForm(.victorOps)
        driver.type("a-key")
        driver.press(.control("s"))
        _ = try #require(driver.lastSave)
        driver.press(.escape) // stop waiting: the save goes on
        driver.press(.escape) // the discard question
        #expect(driver.text.contains("Discard input?"))
        driver.press(.function(10))
        #expect(!driver.quitRequested)
        #expect(driver.text.contains("Quit during a save?"))
        #expect(driver.footer.contains("f10 quit"))
        driver.press(.function(10))
        #expect(driver.quitRequested)
    }
}
