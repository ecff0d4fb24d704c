import AtlasAdmin
import Foundation
import Localization
import Testing
@testable import IntegrationsUI

/// Every screen the app core draws, in Japanese, at the two sizes operators
/// use: each row exactly the width (nothing cut through a wide character,
/// nothing over the edge), and no English phrase left on a screen (what
/// Atlas or the operator wrote, product names and key names aside).
@Suite struct JapaneseSweepTests {
    static let sizes = [(80, 24), (100, 30)]

    /// Runs `walk` in Japanese at both sizes, checking every frame it shows.
    func sweep(_ walk: (inout AppDriver, (String, AppDriver) -> Void) -> Void) {
        for (width, height) in Self.sizes {
            Wording.inLanguage(.japanese) {
                var driver = AppDriver(width: width, height: height)
                walk(&driver) { name, driver in
                    let context = "\(name) at \(width)×\(height)"
                    FrameSafety.expectSafe(driver.frame, context)
                    let english = EnglishLeftOver.phrases(in: driver.text)
                    #expect(english.isEmpty, "\(context): English left on screen: \(english)\n\(driver.text)")
                }
            }
        }
    }

    @Test func pickerMenuHelpAndQuit() {
        sweep { driver, check in
            check("the picker while loading", driver)
            driver.loadPicker()
            check("the picker", driver)
            driver.type("日本")
            check("the picker filtered", driver)
            driver.press(.function(1))
            check("the picker's help", driver)
            driver.press(.escape)
            driver.press(.escape)
            driver.type("production-east")
            driver.press(.enter)
            check("the menu while loading", driver)
            driver.answerIntegrations()
            check("the menu", driver)
            driver.press(.character("?"))
            check("the menu's help", driver)
            driver.press(.escape)
            driver.press(.character("q"))
            check("the quit question", driver)
        }
    }

    @Test func theMatrixItsHelpFilterAndSort() {
        for (width, height) in Self.sizes {
            Wording.inLanguage(.japanese) {
                var driver = MatrixScreenTests.openedMatrix(width: width, height: height)
                for (name, keys) in [("the matrix", [Key]()), ("the matrix's help", [.character("?")]),
                                     ("the matrix filtered", [.escape, .character("/"), .character("東")]),
                                     ("the matrix sorted", [.enter, .character("s")]),
                                     ("the matrix's missing filter", [.character("m")]),
                                     ("the matrix's writes", [.function(3)])] {
                    for key in keys { driver.press(key) }
                    let context = "\(name) at \(width)×\(height)"
                    FrameSafety.expectSafe(driver.frame, context)
                    let english = EnglishLeftOver.phrases(in: driver.text)
                    #expect(english.isEmpty, "\(context): English left on screen: \(english)\n\(driver.text)")
                }
            }
        }
    }

    @Test func theStartScreenAndTheDeleteQuestion() {
        for (width, height) in Self.sizes {
            Wording.inLanguage(.japanese) {
                var start = AppDriver(Fixtures.configuration(credentialsProblem: "no credentials"), width: width, height: height)
                FrameSafety.expectSafe(start.frame, "the start screen")
                start.press(.function(1))
                #expect(EnglishLeftOver.phrases(in: start.text).isEmpty, "the start screen's help: \(start.text)")
            }
        }
        sweep { driver, check in
            driver.openProject()
            driver.selectRow(.pagerDuty)
            driver.press(.character("d"))
            check("the delete question while reading alerts", driver)
            driver.press(.function(3))
            check("the session's writes", driver)
        }
    }

    @Test func everyFormAndAnError() {
        sweep { driver, check in
            driver.openProject()
            for type in IntegrationType.known {
                driver.selectRow(type)
                driver.press(.enter)
                check("the \(type.displayName) form", driver)
                if driver.state.form != nil {
                    driver.press(.function(1))
                    check("the \(type.displayName) form's help", driver)
                    driver.press(.escape)
                    driver.press(.escape)
                }
                #expect(driver.state.form == nil, "Esc leaves the untouched \(type.displayName) form")
            }
            driver.openForm(.opsGenie)
            driver.press(.control("s"))
            check("the Opsgenie form refusing an empty key", driver)
            driver.type("****")
            check("the Opsgenie form with a masked-looking key", driver)
        }
    }
}

/// A Japanese frame is safe to draw (`FrameSafety`) and leaves no English
/// phrase on screen.
enum JapaneseFrame {
    static func expectSafe(_ frame: Frame, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        FrameSafety.expectSafe(frame, context, sourceLocation: sourceLocation)
        let english = EnglishLeftOver.phrases(in: frame.text)
        #expect(english.isEmpty, "\(context): English left on screen: \(english)\n\(frame.text)",
                sourceLocation: sourceLocation)
    }
}

/// English phrases on a Japanese screen: runs of two or more English words
/// that are not a product, a key name or fixture data.
enum EnglishLeftOver {
    static let allowed: [String] = [
        // Products and Atlas's own names.
        "Microsoft Teams", "New Relic", "Splunk On-Call", "VictorOps (Splunk On-Call)", "MongoDB Atlas",
        "Events API", "Service Discovery", "atlas api", "Ops Manager", "Atlas for Government", "Atlas for", "atlas-integrations audit",
        // Menu names of Atlas's own (English-only) UI, as its Japanese documentation writes them.
        "Organization Settings", "Project Settings",
        // Fixture data: organization and project names, what Atlas said.
        "Acme Corp", "Café Zürich", "no credentials", "Invalid attribute", "Key specified", "Invalid key",
        "service account or profile was found",
        // The system's words for a failed connection, shown as given.
        "certificate or handshake rejected",
        // Commands the start screen tells the operator to run.
        "atlas config init", "atlas auth login", "This resource requires access through an", "access list of",
    ]

    static func phrases(in text: String) -> [String] {
        var cleaned = text
        for phrase in allowed { cleaned = cleaned.replacingOccurrences(of: phrase, with: "·") }
        // The types' names, whole, short (the matrix's column heads) or cut
        // short with an ellipsis: each word on its own.
        let names = IntegrationType.known.flatMap { type in
            let entry = IntegrationCatalog.entry(for: type)
            return [entry.displayName, entry.shortName]
        }
        let words = Set(names.flatMap { $0.split(whereSeparator: { " ()-".contains($0) }).map(String.init) })
        let word = try! NSRegularExpression(pattern: "[A-Za-z]+")
        for match in word.matches(in: cleaned, range: NSRange(cleaned.startIndex..., in: cleaned)).reversed() {
            guard let range = Range(match.range, in: cleaned), words.contains(String(cleaned[range])) else { continue }
            cleaned.replaceSubrange(range, with: "·")
        }
        // Key names keep their names in every language.
        let keys = try! NSRegularExpression(pattern: "\\b(?:ctrl|home|end|backspace|del|esc|enter|tab|shift|pgup|pgdn)\\b",
                                            options: .caseInsensitive)
        cleaned = keys.stringByReplacingMatches(
            in: cleaned, range: NSRange(cleaned.startIndex..., in: cleaned), withTemplate: "·")
        let pattern = try! NSRegularExpression(pattern: "[A-Za-z][a-z]+(?:[ ,'][A-Za-z][a-z]+)+")
        let range = NSRange(cleaned.startIndex..., in: cleaned)
        return pattern.matches(in: cleaned, range: range).compactMap { Range($0.range, in: cleaned).map { String(cleaned[$0]) } }
    }
}
