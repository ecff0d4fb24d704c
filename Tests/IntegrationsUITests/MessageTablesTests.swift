import IntegrationsUI
import TestSupport
import Testing

@Suite struct UIMessageTablesTests {
    /// Both languages have every message, with the same arguments, and
    /// every message is used by some code, and every one code asks for exists.
    @Test func bothLanguagesHaveEveryMessageAndNoneIsUnused() {
        #expect(MessageAudit.problems(UIMessageTables.messages, targets: ["IntegrationsUI"], dynamicPrefixes: ["code."]) == [])
    }
}
