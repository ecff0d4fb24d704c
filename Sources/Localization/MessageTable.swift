import Synchronization

/// One language's messages of one part of the product, looked up by key.
///
/// Written as text, a message per line, `key = value`:
///
///     picker.title = Projects
///     picker.count.one = {0} project
///     picker.count.other = {0} projects
///
/// `{0}`, `{1}`… are the arguments, in any order the language needs; a
/// line starting with `#` is a comment; `\n` in a value is a line break.
/// Spaces around `=` are dropped; a value that must begin or end with a
/// space is written in double quotes (`tag = " (read-only)"`).
public struct MessageTable: Sendable {
    public let entries: [String: String]
    /// Lines that are not `key = value`, and keys given twice (tests check
    /// there are none).
    public let problems: [String]

    public init(_ sections: String...) {
        var entries: [String: String] = [:]
        var problems: [String] = []
        for line in sections.joined(separator: "\n").split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let equals = trimmed.firstIndex(of: "=") else {
                problems.append("not key = value: \(trimmed)")
                continue
            }
            let key = trimmed[..<equals].trimmingSpaces
            var value = trimmed[trimmed.index(after: equals)...].trimmingSpaces
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            value = value.replacingOccurrences(of: "\\n", with: "\n")
            if key.isEmpty || key.contains(" ") { problems.append("bad key: \(trimmed)") }
            if entries[key] != nil { problems.append("given twice: \(key)") }
            entries[key] = value
        }
        self.entries = entries
        self.problems = problems
    }

    public subscript(key: String) -> String? { entries[key] }
}

/// The tables of one part of the product, one per language.
///
/// A table is read from its text the first time its language is asked
/// for: an English session never holds the Japanese tables, nor a Japanese
/// one more than the English it falls back on.
public struct Messages: Sendable {
    private let english: LazyTable
    private let japanese: LazyTable

    public init(english: @escaping @autoclosure @Sendable () -> MessageTable,
                japanese: @escaping @autoclosure @Sendable () -> MessageTable) {
        self.english = LazyTable(english)
        self.japanese = LazyTable(japanese)
    }

    /// The table of `language`, read now if it was not yet.
    public func table(for language: Language) -> MessageTable {
        switch language {
        case .english: english.table
        case .japanese: japanese.table
        }
    }

    /// `key`'s message in the current language with `arguments` put in
    /// (numbers grouped: `3,000`). A key a language lacks falls back to
    /// English, and a key no table has is shown as itself, so a mistake
    /// is visible rather than blank (tests keep both from happening).
    public func text(_ key: String, _ arguments: [any Sendable] = []) -> String {
        let language = Wording.language
        let template = table(for: language)[key] ?? (language == .english ? nil : english.table[key]) ?? key
        return Self.fill(template, arguments)
    }

    /// The message for `count` of something: `key.one` when `count` is 1
    /// and the language has that form, else `key.other`. `{0}` is the count.
    public func plural(_ key: String, _ count: Int, _ more: [any Sendable] = []) -> String {
        let language = Wording.language
        let form = count == 1 && table(for: language)["\(key).one"] != nil ? "one" : "other"
        return text("\(key).\(form)", [count] + more)
    }

    /// Whether the current language has `key` (for optional messages, such
    /// as the explanation of an Atlas error code).
    public func has(_ key: String) -> Bool {
        table(for: Wording.language)[key] != nil || english.table[key] != nil
    }

    static func fill(_ template: String, _ arguments: [any Sendable]) -> String {
        guard template.contains("{") else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"),
               let index = Int(rest[afterOpen..<close]), arguments.indices.contains(index) {
                result += Self.describe(arguments[index])
                rest = rest[rest.index(after: close)...]
            } else {
                result.append("{")
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }

    static func describe(_ argument: any Sendable) -> String {
        switch argument {
        case let number as Int: grouped(number)
        case let text as String: text
        case let text as Substring: String(text)
        default: String(describing: argument)
        }
    }

    /// `12,345`: the grouping both languages use.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }

    /// The placeholders `{n}` a message uses, for checking translations
    /// take the same arguments.
    public static func placeholders(_ template: String) -> Set<Int> {
        var found: Set<Int> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let index = Int(rest[afterOpen..<close]) {
                found.insert(index)
                rest = rest[rest.index(after: close)...]
            } else {
                rest = rest[afterOpen...]
            }
        }
        return found
    }
}

/// A table made on first use, once, whichever thread asks first.
private final class LazyTable: Sendable {
    private let make: @Sendable () -> MessageTable
    private let made = Mutex<MessageTable?>(nil)

    init(_ make: @escaping @Sendable () -> MessageTable) {
        self.make = make
    }

    var table: MessageTable {
        made.withLock { made in
            if let made { return made }
            let table = make()
            made = table
            return table
        }
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
