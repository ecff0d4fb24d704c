@testable import AtlasAdmin
import Foundation
import Localization
import Testing
@testable import IntegrationsUI

/// Why something failed, in Japanese where the screen used to fall back to
/// the English line logs keep: a matrix cell whose read timed out, a delete
/// confirmation whose alert read failed, a plan's unreadable project, an
/// apply's failure, a field's name inside a sentence, and the refusals of
/// settings and ids made before anything is sent.
@Suite struct JapaneseFailureTextTests {
    static let sizes = [(width: 80, height: 24), (width: 100, height: 30)]

    /// A read with no answer in time, as the transport reports it.
    static let timeout = AtlasError.transport(
        TransportFailure(kind: .timeout, detailKey: "failures.detail.noAnswerWithin", "30 s"))
    static let timeoutJapanese = "Atlas から時間内に応答がありませんでした: 30 s 以内に応答なし"
    static let timeoutEnglish = "Atlas did not answer in time: no answer within 30 s"

    static func reads(failing error: AtlasError) -> [String: Result<[Integration], AtlasError>] {
        var reads = MatrixFixtures.reads
        reads[MatrixFixtures.id("analytics")] = .failure(error)
        return reads
    }

    static func matrix(width: Int, height: Int, failing error: AtlasError = timeout) -> AppDriver {
        var driver = AppDriver(width: width, height: height)
        driver.loadMatrixPicker()
        driver.press(.control("t"))
        driver.answerMatrix(reads(failing: error))
        // Down to the project whose read failed.
        for _ in 0..<MatrixFixtures.projects.count where driver.state.matrix?.selected?.name != "analytics" {
            driver.press(.down)
        }
        return driver
    }

    // MARK: - The matrix

    @Test func aCellWhoseReadTimedOutSaysWhyInJapanese() throws {
        for size in Self.sizes {
            try Wording.inLanguage(.japanese) {
                var driver = Self.matrix(width: size.width, height: size.height)
                let context = "matrix \(size.width)×\(size.height)"
                #expect(driver.state.matrix?.selected?.name == "analytics", "\(context): on the failed row")
                JapaneseFrame.expectSafe(driver.frame, context)
                // The detail lines under the grid: the focused cell in words.
                #expect(driver.text.contains("Atlas から時間内に応答"), "\(context): the reason in Japanese:\n\(driver.text)")
                #expect(!driver.text.contains("did not answer"), "\(context): English left:\n\(driver.text)")
                // Enter on it: the banner says why it cannot open.
                driver.press(.enter)
                let banner = try #require(driver.state.matrix?.banner, "\(context): a banner")
                #expect(banner.detail == Self.timeoutJapanese)
                JapaneseFrame.expectSafe(driver.frame, context + " banner")
                #expect(driver.text.contains("「analytics」を読み込めませんでした。"))
                #expect(driver.text.contains("Atlas から時間内に応答"))
            }
        }
    }

    @Test func theMatrixTableForPeopleSaysWhyInTheirLanguageAndCSVAndJSONInEnglish() {
        let reads = Self.reads(failing: Self.timeout)
        Wording.inLanguage(.japanese) {
            var matrix = FleetMatrix(projects: MatrixFixtures.projects, organizationNames: MatrixFixtures.organizations)
            for (id, outcome) in reads { matrix.setRead(id, MatrixRead(outcome, readAt: MatrixFixtures.readAt)) }
            #expect(MatrixExport.table(matrix).contains("analytics (東京チーム): " + Self.timeoutJapanese))
            #expect(MatrixExport.csv(matrix).contains(Self.timeoutEnglish), "CSV is for scripts: English")
            #expect(MatrixExport.json(matrix).contains(Self.timeoutEnglish), "JSON is for scripts: English")
            #expect(!MatrixExport.csv(matrix).contains("応答"))
        }
        Wording.inLanguage(.english) {
            var matrix = FleetMatrix(projects: MatrixFixtures.projects, organizationNames: MatrixFixtures.organizations)
            for (id, outcome) in reads { matrix.setRead(id, MatrixRead(outcome, readAt: MatrixFixtures.readAt)) }
            #expect(MatrixExport.table(matrix).contains("analytics (東京チーム): " + Self.timeoutEnglish))
        }
    }

    // MARK: - The delete confirmation

    @Test func aDeleteConfirmationWhoseAlertReadTimedOutSaysWhyInJapanese() {
        for size in Self.sizes {
            Wording.inLanguage(.japanese) {
                var driver = AppDriver(width: size.width, height: size.height)
                driver.openProject()
                driver.press(.character("d"))
                driver.failAlertUsage(Self.timeout)
                let context = "delete \(size.width)×\(size.height)"
                let note = AlertsTests.notes(driver).first ?? ""
                #expect(note.hasPrefix("アラート設定を読み込めませんでした (" + Self.timeoutJapanese + ")"), "\(context): \(note)")
                #expect(!note.contains("did not answer"))
                JapaneseMatrixTests.expectInBox(driver, ["アラート設定を読み込めませんでした", "Atlas から時間内に応答がありませんでした",
                                                         "削除はできます。"], context)
            }
        }
    }

    // MARK: - Apply

    @Test func aPlanWithAProjectThatCouldNotBeReadSaysWhyInJapanese() throws {
        for size in Self.sizes {
            try Wording.inLanguage(.japanese) {
                var driver = AppDriver(width: size.width, height: size.height)
                driver.loadMatrixPicker()
                driver.press(.control("t"))
                driver.answerMatrix(MatrixFixtures.reads)
                driver.press(.character("/"))
                driver.type("prod")
                driver.press(.enter)
                driver.press(.character("*"))
                driver.press(.character("a"))
                driver.type(Fixtures.hexKey)
                driver.press(.control("s"))
                let asked = try #require(driver.lastPlanApply)
                let east = MatrixFixtures.id("prod-east"), west = MatrixFixtures.id("prod-west")
                let plan = ApplyPlan(settings: asked.settings, projects: asked.projects,
                                     reads: [east: .success([]), west: .failure(Self.timeout)])
                driver.send(.applyPlanned(asked.id, plan))
                let context = "plan \(size.width)×\(size.height)"
                JapaneseFrame.expectSafe(driver.frame, context)
                #expect(driver.text.contains("不可: Atlas から時間内に応答"), "\(context):\n\(driver.text)")
                #expect(!driver.text.contains("did not answer"))
            }
        }
    }

    @Test func anApplysFailureIsShownInJapanese() throws {
        for size in Self.sizes {
            try Wording.inLanguage(.japanese) {
                var (driver, plan) = try ApplyScreenTests.planned()
                driver.resize(size.width, size.height)
                driver.type("2")
                driver.press(.enter)
                let run = try #require(driver.lastRunApply)
                let west = try #require(plan.items.first { $0.project.name == "prod-west" }).project
                let failure = ApplyFailure(Self.timeout)
                #expect(failure.message == Self.timeoutEnglish, "the checkpoint keeps English")
                driver.send(.applyUpdate(run.id, .project(west, .failed(failure.localizedMessage))))
                let context = "apply \(size.width)×\(size.height)"
                JapaneseFrame.expectSafe(driver.frame, context)
                #expect(driver.text.contains("失敗: Atlas から時間内"), "\(context):\n\(driver.text)")
            }
        }
    }

    // MARK: - A field's name inside a sentence

    @Test func aMaskedFieldIsNamedByItsNounNotItsLabelLowercased() throws {
        func startFromDatadog(_ driver: inout AppDriver) {
            driver.press(.character("/"))
            driver.type("prod")
            driver.press(.enter)
            driver.press(.right)
            driver.press(.character("A"))
        }
        try Wording.inLanguage(.japanese) {
            var driver = MatrixScreenTests.openedMatrix()
            startFromDatadog(&driver)
            let detail = try #require(driver.state.form?.banner?.detail)
            #expect(detail.contains("API キー は Atlas がマスクして返す"), "\(detail)")
            #expect(!detail.contains("api キー"))
            JapaneseFrame.expectSafe(driver.frame, "apply from a row")
        }
        try Wording.inLanguage(.english) {
            var driver = MatrixScreenTests.openedMatrix()
            startFromDatadog(&driver)
            let detail = try #require(driver.state.form?.banner?.detail)
            #expect(detail.contains("type the API key again"), "\(detail)")
        }
    }

    // MARK: - Refusals made before anything is sent

    @Test func refusedSettingsAreExplainedInJapanese() {
        Wording.inLanguage(.japanese) {
            #expect(SettingsRefusal(type: .datadog, field: "apiKey", reason: .repeated).description == "API キー が 2 回指定されています。")
            #expect(SettingsRefusal(type: .datadog, field: "nope", reason: .unknownField).description
                    == "Datadog に nope というフィールドはありません。")
            #expect(SettingsRefusal(type: .datadog, field: "region", reason: .wrongKind).description
                    .hasSuffix("の値の種類が正しくありません。"))
        }
        Wording.inLanguage(.english) {
            #expect(SettingsRefusal(type: .datadog, field: "apiKey", reason: .repeated).description == "API key is given twice.")
            #expect(SettingsRefusal(type: .datadog, field: "nope", reason: .unknownField).description == "Datadog has no field nope.")
            #expect(SettingsRefusal(type: .datadog, field: "region", reason: .notWritable).description
                    == "Region cannot be set from here.")
        }
    }

    @Test func aMalformedProjectIDIsRefusedInJapanese() {
        Wording.inLanguage(.japanese) {
            do throws(AtlasError) {
                try AtlasID.check("nope", field: "projectID", noun: "project")
                Issue.record("accepted")
            } catch {
                #expect(error.localizedMessage == "「nope」はプロジェクト ID として正しくありません（小文字の 16 進数 24 桁）。")
                let banner = ErrorPresentation.banner(for: error, doing: "プロジェクトの読み込み")
                #expect(banner.title == "未送信")
            }
        }
        Wording.inLanguage(.english) {
            #expect(throws: AtlasError.invalidInput(
                field: "projectID", message: "\"nope\" is not a valid project id (24 lower-case hex digits).")) {
                try AtlasID.check("nope", field: "projectID", noun: "project")
            }
        }
    }
}
