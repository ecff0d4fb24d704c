import AtlasAdmin
import Testing
@testable import IntegrationsUI
import TestSupport

/// Whatever the operator's terminal sends, input lands in the field it was
/// meant for, up to the field's limit, and nothing in it acts as a command.
@Suite struct HardeningOperatorInputTests {
    /// Characters that are commands on some screen (`q` quits, `/` filters,
    /// `?` opens help, `d` deletes, `r` retries) mixed with wide text.
    static let commandish: [Character] = Array("q/?drxs 0123456789abcdefABCDEF-_.:語é👍")

    static func pasteText(_ count: Int, seed: UInt64, newlines: Bool = false) -> String {
        var random = SplitMix64(seed: seed)
        var characters: [Character] = []
        characters.reserveCapacity(count)
        while characters.count < count {
            if newlines && Int.random(in: 0..<50, using: &random) == 0 {
                characters.append(Bool.random(using: &random) ? "\n" : "\r\n")
            } else {
                characters.append(commandish[Int.random(in: 0..<commandish.count, using: &random)])
            }
        }
        return String(characters)
    }

    /// A new VictorOps form: a secret field (8,192) then a text field (256).
    static func victorOpsForm() -> AppDriver {
        var driver = AppDriver()
        driver.openProject(integrations: [])
        driver.openForm(.victorOps)
        return driver
    }

    struct Paste: Sendable, CustomTestStringConvertible {
        let field: String
        let tabs: Int
        let size: Int
        let limit: Int
        var testDescription: String { "\(size / 1024) KB into \(field)" }
    }

    static let pastes: [Paste] = [
        Paste(field: "apiKey", tabs: 0, size: 4_096, limit: 8_192),
        Paste(field: "apiKey", tabs: 0, size: 65_536, limit: 8_192),
        Paste(field: "routingKey", tabs: 1, size: 4_096, limit: 256),
        Paste(field: "routingKey", tabs: 1, size: 65_536, limit: 256),
    ]

    @Test(arguments: pastes)
    func bigPastesArriveUpToTheLimitAndRunNoCommand(paste: Paste) throws {
        var driver = Self.victorOpsForm()
        driver.press(.tab, times: paste.tabs)
        let before = driver.effects.count
        let text = Self.pasteText(paste.size, seed: UInt64(paste.size + paste.tabs))
        driver.paste(text)
        let value = try #require(driver.state.form?.form.field(paste.field)?.text)
        #expect(value == String(text.prefix(paste.limit)))
        #expect(value.count == min(paste.size, paste.limit))
        #expect(driver.state.route == .form)
        #expect(driver.state.overlay == nil)
        #expect(driver.effects.count == before, "a paste produced \(driver.effects.suffix(from: before))")
        #expect(!driver.quitRequested)
        FrameSafety.expectSafe(driver.frame, "after paste")
        if paste.size > paste.limit {
            #expect(driver.text.contains("Limit is \(paste.limit) characters"))
        }
    }

    @Test func aPasteWithLineBreaksIntoAOneLineFieldKeepsItsFirstLineAndSaysSo() throws {
        var driver = Self.victorOpsForm()
        driver.press(.tab)
        let text = Self.pasteText(200, seed: 7, newlines: true)
        driver.paste(text)
        let value = try #require(driver.state.form?.form.field("routingKey")?.text)
        #expect(!value.contains("\n") && !value.contains("\r"))
        let lines = text.split(whereSeparator: \.isNewline)
        #expect(lines.count > 1)
        #expect(value == String(TextInput.singleLine(String(lines[0])).prefix(256)), "the first line, never the lines joined")
        #expect(driver.text.contains("into a one-line field: kept the first"))
        #expect(driver.state.route == .form)
        FrameSafety.expectSafe(driver.frame, "after multi-line paste")
    }

    @Test func controlCharactersTypedOrPastedIntoFieldsAreIgnored() throws {
        var driver = Self.victorOpsForm()
        let controls = (0x00...0x1F).compactMap(Unicode.Scalar.init).map(Character.init)
            + ["\u{7F}", "\u{9B}", "\u{85}"].map(Character.init)
        for field in [("apiKey", 0), ("routingKey", 1)] {
            driver.press(.home)
            driver.press(.tab, times: field.1)
            driver.type("ab")
            for control in controls { driver.press(.character(control)) }
            driver.paste("c\u{1B}[31md\u{0}e\u{7}\u{9B}2Jf")
            let value = try #require(driver.state.form?.form.field(field.0)?.text)
            #expect(value.unicodeScalars.allSatisfy { !FrameSafety.isForbidden($0) }, "\(value.debugDescription)")
            #expect(value.hasPrefix("ab") && value.contains("c") && value.hasSuffix("f"), "\(value.debugDescription)")
            #expect(driver.state.route == .form)
            FrameSafety.expectSafe(driver.frame, "controls in \(field.0)")
            driver.press(.tab, times: 2 - field.1)
        }
    }

    @Test func bidiAndInvisibleCharactersPastedIntoAFieldAreNotDrawnAsControls() throws {
        var driver = Self.victorOpsForm()
        driver.press(.tab)
        driver.paste("route\u{202E}evil\u{2066}x\u{2069}\u{200B}end")
        FrameSafety.expectSafe(driver.frame, "bidi paste")
        let value = try #require(driver.state.form?.form.field("routingKey")?.text)
        #expect(value.hasPrefix("route") && value.hasSuffix("end"))
    }

    @Test func wideCharactersKeepTheFormAligned() throws {
        var driver = Self.victorOpsForm()
        driver.press(.tab)
        let wide = String(repeating: "語👍é", count: 60)
        driver.type(wide)
        #expect(driver.state.form?.form.field("routingKey")?.text == wide)
        FrameSafety.expectSafe(driver.frame, "wide characters")
        for _ in 0..<70 { driver.press(.left) }
        FrameSafety.expectSafe(driver.frame, "wide characters, cursor moved")
        let cursor = try #require(driver.frame.cursor)
        #expect(cursor.column < driver.frame.width)
    }

    /// Keys an impatient operator might hit while a save is on its way,
    /// without Esc (which cancels) or Ctrl-C and F10 (which quit) among them.
    static let mashKeys: [Key] = [
        .character("q"), .character("x"), .character("/"), .character("?"), .character("d"), .character("語"),
        .enter, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown,
        .control("s"), .control("r"), .control("u"), .control("k"), .function(1), .function(2), .function(9),
    ]

    /// A new PagerDuty form with a valid key, saved: the save now in flight.
    static func startSave(_ driver: inout AppDriver) throws -> RequestID {
        driver.openProject(integrations: [])
        driver.openForm(.pagerDuty)
        driver.type(Fixtures.hexKey)
        driver.press(.control("s"))
        return try #require(driver.lastSave).id
    }

    /// 200 keys from `mashKeys`, chosen by `seed`.
    static func mash(_ driver: inout AppDriver, seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for _ in 0..<200 {
            driver.press(mashKeys[Int.random(in: 0..<mashKeys.count, using: &random)])
        }
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func keysMashedDuringASaveNeitherRepeatItNorTouchTheForm(seed: UInt64) throws {
        var driver = AppDriver()
        let saveID = try Self.startSave(&driver)
        let savesBefore = driver.effects.filter { if case .save = $0 { true } else { false } }.count
        #expect(savesBefore == 1)

        Self.mash(&driver, seed: seed)
        let saves = driver.effects.filter { if case .save = $0 { true } else { false } }.count
        #expect(saves == 1, "a second save was sent while the first was in flight")
        #expect(!driver.quitRequested)
        #expect(driver.state.route == .form)
        #expect(driver.state.form?.form.field("serviceKey")?.text == Fixtures.hexKey)
        FrameSafety.expectSafe(driver.frame, "mashed")

        let saved = Integration(type: .pagerDuty, id: "n", fields: [
            "serviceKey": .masked(MaskedSecret(masked: "****************************0022")), "region": .text("US"),
        ])
        driver.send(.saved(saveID, [saved]))
        #expect(driver.state.route == .menu)
        #expect(driver.text.contains("PagerDuty"))
        // Ctrl-R among the mashed keys may have asked for a reload (a read,
        // which the operator did ask for); answering it leaves nothing pending.
        if let reload = driver.lastIntegrationsRequest { driver.send(.integrationsLoaded(reload.id, [saved])) }
        #expect(!driver.state.wantsTicks, "still pending after the save: \(driver.state.requests)")
        #expect(driver.state.route == .menu)
        FrameSafety.expectSafe(driver.frame, "after save")
        #expect(driver.effects.filter { if case .save = $0 { true } else { false } }.count == 1)
    }

    @Test(arguments: [UInt64(11), 12, 13])
    func keysMashedDuringAFailingSaveKeepTheInputForARetry(seed: UInt64) throws {
        var driver = AppDriver()
        let saveID = try Self.startSave(&driver)
        Self.mash(&driver, seed: seed)
        driver.send(.failed(saveID, Fixtures.apiError(429, "RATE_LIMITED", "Try later.")))
        #expect(driver.state.route == .form)
        #expect(driver.state.form?.form.field("serviceKey")?.text == Fixtures.hexKey)
        #expect(driver.text.contains("429"))
        FrameSafety.expectSafe(driver.frame, "failed save")
        // Asking again sends exactly one more save.
        driver.press(.control("s"))
        #expect(driver.effects.filter { if case .save = $0 { true } else { false } }.count == 2)
    }
}
