import AtlasAdmin
import AtlasSandbox
import Foundation
import TestSupport
import Testing

extension EndToEnd {
    /// An operator whose locale is Japanese, on a machine where that locale
    /// was never generated (only C, C.utf8 and POSIX): every screen is in
    /// Japanese, CJK project names line up with the others, a key Atlas
    /// refuses comes back in Japanese at its field with Atlas's own words
    /// beside it and the input kept, and quitting leaves a sane terminal.
    @Test func aJapaneseOperatorPicksAProjectSeesARefusalInJapaneseAndQuits() async throws {
        let journey = try Journey(extraEnvironment: ["LANG": "ja_JP.UTF-8"], reportAfterExit: true)
        defer { journey.finish() }
        let terminal = journey.terminal

        let picker = try await terminal.waitFor("40 件のプロジェクト")
        #expect(picker.containsAll(["フィルター:", "プロジェクト", "組織", "クラスター", "作成日", "f1 ヘルプ"]))
        #expect(!picker.contains("projects"), "nothing left in English")

        // CJK names: drawn as themselves, their organization column where the others' is.
        try terminal.type("サービス")
        let filtered = try await terminal.waitFor("本番-決済サービス")
        #expect(!filtered.contains("??"))
        let rows = filtered.split(separator: "\n").map(String.init)
        let cjk = try #require(rows.first { $0.contains("本番-決済サービス") })
        let header = try #require(rows.first { $0.contains("クラスター") })
        let organizationColumn = try #require(ScreenColumns.column(of: "組織", in: header))
        let cjkOrganization = String(cjk.dropFirst(2).drop { $0 != " " }).drop { $0 == " " }
        #expect(ScreenColumns.column(of: String(cjkOrganization.prefix(4)), in: cjk) == organizationColumn,
                "the CJK row's organization starts under its heading:\n\(filtered)")

        // The menu of a project, then the Opsgenie form, in Japanese.
        try terminal.press("Escape")
        try await terminal.waitFor("入力して絞り込み")
        try terminal.type("staging")
        try await terminal.waitFor("› storefront-staging")
        try terminal.press("Enter")
        let menu = try await terminal.waitFor("プロジェクト storefront-staging")
        _ = try await terminal.waitFor("未設定")
        #expect(menu.contains("統合"))
        try terminal.press("Down", "Down", "Enter")
        try await terminal.waitFor("Opsgenie（新規）")

        // A key with a `*` for a `-`: Atlas takes it for a masked copy and refuses it.
        try terminal.type("3e9f2a1b-7c4d*4e5f-8a6b-1c2d3e4f5a6b")
        try await terminal.waitFor("36 文字")
        try terminal.press("Tab", "Right")
        try await terminal.waitFor("◉ EU")
        try terminal.press("C-s")
        let refused = try await terminal.waitFor("400 INVALID_INTEGRATION_SETTINGS")
        #expect(refused.contains("API キー * ✘"), "the error is at its field")
        #expect(refused.contains("✘ Atlas が統合の設定を拒否しました。"), "the code explained in Japanese")
        #expect(refused.contains("apiKey must not be the redacted"), "Atlas's words as sent")
        #expect(refused.contains("36 文字"), "the typed key is kept")
        #expect(refused.contains("○ US  ◉ EU"), "the chosen region is kept")
        #expect(try journey.sandbox.stored(.opsGenie, in: DemoSeed.emptyProjectID) == nil)

        // Leave the form (it asks first: input would be lost), then quit.
        try terminal.press("Escape")
        try await terminal.waitFor("入力を破棄しますか?")
        try terminal.press("y")
        try await terminal.waitFor("プロジェクト storefront-staging")
        try terminal.press("q")
        try await journey.expectSaneExit(status: 0)
    }

    /// `--help` follows the locale, and `--lang` wins over it.
    @Test func helpIsInJapaneseUnderAJapaneseLocaleAndLangOverridesIt() async throws {
        let directory = try TemporaryDirectory()
        let binary = try BuiltProducts.binary("atlas-integrations")
        func run(_ arguments: [String], _ environment: [String: String]) async throws -> CommandRun {
            try await offThePool { try CommandRun.run(binary, arguments, environment: environment, in: directory) }
        }
        let japanese = try await run(["--help"], ["LANG": "ja_JP.UTF-8"])
        let unbroken = japanese.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        #expect(unbroken.contains("サードパーティ サービス統合"))
        #expect(unbroken.contains("表示言語: en または ja"))
        // Japanese help is broken into lines that fit 80 columns (the
        // parser's own usage line aside, long in English too).
        for command in [[], ["matrix"], ["export"], ["audit"]] {
            let help = command.isEmpty ? japanese : try await run(command + ["--help"], ["LANG": "ja_JP.UTF-8"])
            let long = help.stdout.split(separator: "\n").filter { !$0.hasPrefix("USAGE") && ScreenColumns.width($0) > 80 }
            #expect(long.isEmpty, "\(command): \(long)")
        }
        let english = try await run(["--lang", "en", "matrix", "--help"], ["LANG": "ja_JP.UTF-8"])
        #expect(english.stdout.contains("Print every project's integrations side by side"))
        let refused = try await run(["--lang", "fr"], [:])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--lang must be en or ja, got \"fr\""))
    }
}
