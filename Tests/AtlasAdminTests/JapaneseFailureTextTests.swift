import Foundation
import Localization
import TestSupport
import Testing
@testable import AtlasAdmin

/// What the service layer hands to screens in the operator's language,
/// while what records keep stays English: an apply's failure, a plan's
/// unreadable project, a damaged journal, refusals made before sending.
@Suite struct JapaneseFailureTextTests {
    static let timeout = AtlasError.transport(
        TransportFailure(kind: .timeout, detailKey: "failures.detail.noAnswerWithin", "30 s"))

    @Test func anApplyFailureKeepsEnglishAndShowsJapanese() {
        Wording.inLanguage(.japanese) {
            let failure = ApplyFailure(Self.timeout)
            #expect(failure.message == "Atlas did not answer in time: no answer within 30 s")
            #expect(failure.localizedMessage == "Atlas から時間内に応答がありませんでした: 30 s 以内に応答なし")
            #expect(failure == ApplyFailure(message: failure.message), "the same words are the same failure")
            #expect(ApplyFailure(message: "500 UNEXPECTED_ERROR").localizedMessage == "500 UNEXPECTED_ERROR")
        }
    }

    @Test func aPlansUnreadableProjectSaysWhyInJapanese() throws {
        let settings = try IntegrationSettings(.pagerDuty, ["serviceKey": .secret(SecretValue(String(repeating: "a", count: 32)))])
        let project = ApplyProject(id: "5f0000000000000000000001", name: "east")
        let plan = Wording.inLanguage(.japanese) {
            ApplyPlan(settings: settings, projects: [project], reads: [project.id: .failure(Self.timeout)])
        }
        guard case .cannot(let refusal) = try #require(plan.items.first).action else {
            Issue.record("the project cannot be written")
            return
        }
        #expect(refusal.message == "Atlas から時間内に応答がありませんでした: 30 s 以内に応答なし")
    }

    @Test func aDamagedJournalIsReportedInJapanese() throws {
        let home = try TemporaryDirectory()
        let journal = WriteJournalTests.journal(home)
        let good = try journal.record(WriteJournalTests.write())
        let broken = journal.directory.appendingPathComponent("write-in-flight-\(WriteJournalTests.deadProcess)-broken.json")
        let whole = try Data(contentsOf: good.file)
        try whole.prefix(whole.count / 2).write(to: broken)
        let reading = Wording.inLanguage(.japanese) { journal.leftovers { _ in false } }
        let problem = try #require(reading.problems.first)
        #expect(problem.contains("未完了の書き込みの記録 \(broken.path) を読み込めませんでした（記録が不完全です）"), "\(problem)")
        #expect(problem.contains("プロジェクトの統合を確認してください。"))
    }

    @Test func refusalsBeforeSendingAreInJapanese() {
        Wording.inLanguage(.japanese) {
            #expect(throws: AtlasError.invalidInput(field: "type", message: "「bad type」は統合の種類ではありません。")) {
                try AtlasID.check(IntegrationType(rawValue: "bad type"))
            }
            #expect(throws: AtlasError.invalidInput(field: "name", message: "プロジェクト名は 1 ～ 64 文字です。")) {
                try AtlasID.check(projectName: "")
            }
            #expect(SettingsRefusal(type: .pagerDuty, field: "serviceKey", reason: .notWritable).description
                    == "サービス キー はここからは設定できません。")
        }
        Wording.inLanguage(.english) {
            #expect(SettingsRefusal(type: .pagerDuty, field: "serviceKey", reason: .wrongKind).description
                    == "Service key has a value of the wrong kind.")
        }
    }
}
