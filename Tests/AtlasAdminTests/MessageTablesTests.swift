import AtlasAdmin
import TestSupport
import Testing

@Suite struct AdminMessageTablesTests {
    /// Both languages have every message, with the same arguments, and
    /// every message is used by some code, and every one code asks for exists.
    @Test func bothLanguagesHaveEveryMessageAndNoneIsUnused() {
        #expect(MessageAudit.problems(AdminMessageTables.messages, targets: ["AtlasAdmin"], dynamicPrefixes: ["code."]) == [])
    }
}
