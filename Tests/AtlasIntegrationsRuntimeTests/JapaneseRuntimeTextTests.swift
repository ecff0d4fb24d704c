@testable import AtlasAdmin
@testable import AtlasIntegrationsRuntime
import IntegrationsUI
import Localization
import Testing

/// What the runtime hands to the screen as text is in the operator's
/// language: an apply's failure reason comes as the operator reads it.
@Suite struct JapaneseRuntimeTextTests {
    static let timeout = AtlasError.transport(
        TransportFailure(kind: .timeout, detailKey: "failures.detail.noAnswerWithin", "30 s"))

    @Test func anApplyFailureReachesTheScreenInTheOperatorsLanguage() {
        let project = ApplyProject(id: "5f0000000000000000000001", name: "east")
        let failure = ApplyFailure(Self.timeout)
        Wording.inLanguage(.japanese) {
            #expect(ApplyRuns.update(.project(project, .failed(failure)))
                    == .project(project, .failed("Atlas から時間内に応答がありませんでした: 30 s 以内に応答なし")))
        }
        Wording.inLanguage(.english) {
            #expect(ApplyRuns.update(.project(project, .failed(failure)))
                    == .project(project, .failed("Atlas did not answer in time: no answer within 30 s")))
        }
    }
}
