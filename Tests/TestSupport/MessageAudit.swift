import Foundation
import Localization

/// Checks a part's message tables against each other and against the code
/// that uses them: what a translation could get wrong without any screen
/// test noticing.
public enum MessageAudit {
    /// Every problem found:
    /// - a line of a table that is not `key = value`, a key given twice;
    /// - a key one language has and the other lacks (a language may leave
    ///   out a plural's `.one` form: Japanese has no plural);
    /// - a message whose `{n}` arguments differ between the languages;
    /// - a key no source file names (`dynamicPrefixes` are keys built at run
    ///   time, such as `code.` + an Atlas error code);
    /// - a `tr("…")` or `trPlural("…")` call naming a key the English table lacks.
    public static func problems(
        _ messages: Messages, sources: [String], dynamicPrefixes: [String] = []
    ) -> [String] {
        let english = messages.table(for: .english), japanese = messages.table(for: .japanese)
        var problems = english.problems.map { "en: \($0)" } + japanese.problems.map { "ja: \($0)" }
        for (key, value) in english.entries.sorted(by: { $0.key < $1.key }) {
            guard let translated = japanese[key] else {
                if !key.hasSuffix(".one") { problems.append("ja lacks \(key)") }
                continue
            }
            if Messages.placeholders(value) != Messages.placeholders(translated) {
                problems.append("arguments differ for \(key): en \(value.debugDescription), ja \(translated.debugDescription)")
            }
        }
        for key in japanese.entries.keys.sorted() where english[key] == nil {
            problems.append("en lacks \(key)")
        }

        let literals = stringLiterals(in: sources)
        for key in english.entries.keys.sorted() {
            let base = key.hasSuffix(".one") || key.hasSuffix(".other")
                ? String(key[..<key.lastIndex(of: ".")!]) : key
            let named = literals.contains(key) || literals.contains(base)
            if !named && !dynamicPrefixes.contains(where: { key.hasPrefix($0) }) {
                problems.append("no code uses \(key)")
            }
        }
        for key in calledKeys(in: sources).sorted() {
            if english[key] == nil && english["\(key).other"] == nil {
                problems.append("called but missing: \(key)")
            }
        }
        return problems
    }

    /// `problems` for the sources of `targets` (folders of `Sources/`), the
    /// package found from `testFile` (a test's `#filePath`).
    public static func problems(
        _ messages: Messages, targets: [String], testFile: String = #filePath, dynamicPrefixes: [String] = []
    ) -> [String] {
        let sources = URL(fileURLWithPath: testFile).deletingLastPathComponent()
            .appendingPathComponent("../../Sources").standardized
        let code = targets.flatMap { swiftSources(under: sources.appendingPathComponent($0).path) }
        guard code.count >= targets.count else { return ["no sources found under \(sources.path)"] }
        return problems(messages, sources: code, dynamicPrefixes: dynamicPrefixes)
    }

    /// The text of every `.swift` file under `directory`.
    public static func swiftSources(under directory: String) -> [String] {
        let root = URL(fileURLWithPath: directory)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { item in
            guard let url = item as? URL, url.pathExtension == "swift" else { return nil }
            return try? String(contentsOf: url, encoding: .utf8)
        }
    }

    static func stringLiterals(in sources: [String]) -> Set<String> {
        var found: Set<String> = []
        for source in sources {
            var rest = Substring(source)
            while let open = rest.firstIndex(of: "\"") {
                let start = rest.index(after: open)
                guard let close = rest[start...].firstIndex(where: { $0 == "\"" || $0 == "\n" }) else { break }
                found.insert(String(rest[start..<close]))
                rest = rest[rest.index(after: close)...]
            }
        }
        return found
    }

    static func calledKeys(in sources: [String]) -> Set<String> {
        var found: Set<String> = []
        for source in sources {
            for call in ["tr(\"", "trPlural(\""] {
                var rest = Substring(source)
                while let range = rest.range(of: call) {
                    let after = rest[range.upperBound...]
                    let before = range.lowerBound > rest.startIndex ? rest[rest.index(before: range.lowerBound)] : " "
                    let isCall = !(before.isLetter || before.isNumber || before == "_")
                    if isCall, let close = after.firstIndex(of: "\"") { found.insert(String(after[..<close])) }
                    rest = after
                }
            }
        }
        return found
    }
}
