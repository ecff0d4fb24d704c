import AtlasAdmin
import Foundation
import TestSupport
import Testing

@Suite struct AdminMessageTablesTests {
    /// Both languages have every message, with the same arguments, and
    /// every message is used by some code, and every one code asks for exists.
    @Test func bothLanguagesHaveEveryMessageAndNoneIsUnused() {
        let sources = MessageAudit.swiftSources(
            under: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../../Sources/AtlasAdmin").standardized.path)
        #expect(!sources.isEmpty)
        let problems = MessageAudit.problems(AdminMessageTables.messages, sources: sources, dynamicPrefixes: ["code."])
        #expect(problems == [])
    }
}
