import AtlasAdmin
import Foundation
import Localization
import Testing
@testable import IntegrationsUI

/// The chrome in Japanese: the project picker, the start screen, the
/// integrations menu, the help overlay and the quit question, at the
/// smallest size and a larger one. Every row is exactly the frame's width
/// (a kanji takes two columns), the Japanese words are on screen, and the
/// selected row shows.
@Suite struct JapaneseChromeTests {
    static let sizes = [(80, 24), (100, 30)]

    /// Two organizations (one with a Japanese name) and 3,000 projects, a
    /// third of them with Japanese names.
    static let organizations = [Organization(id: "acme", name: "Acme Corp"), Organization(id: "tokyo", name: "東京チーム開発本部")]
    static let projects: [Project] = (0..<3_000).map { index in
        let name = index % 3 == 0 ? "東京-本番環境-\(index)" : "service-\(index)"
        return Project(id: String(format: "5f1a%020d", index), name: name, orgID: index % 3 == 0 ? "tokyo" : "acme",
                       clusterCount: index % 7, created: "2025-03-04T10:00:00Z")
    }

    static func picker(width: Int, height: Int) -> AppDriver {
        var driver = AppDriver(width: width, height: height)
        driver.answerOrganizations(organizations)
        for organization in organizations {
            driver.answerProjects(organization.id, projects.filter { $0.orgID == organization.id })
        }
        return driver
    }

    /// The frame's text without box borders and without spaces, so a
    /// sentence wrapped over several rows of a box can be found whole.
    static func flattened(_ driver: AppDriver) -> String { squeezed(driver.text) }

    /// The text inside the box drawn over the screen (between its side
    /// borders), without spaces: a wrapped sentence found whole.
    static func boxText(_ driver: AppDriver) -> String {
        squeezed(driver.rows().compactMap { row -> String? in
            guard let first = row.firstIndex(of: "│"), let last = row.lastIndex(of: "│"), first < last else { return nil }
            return String(row[row.index(after: first)..<last])
        }.joined())
    }

    static func squeezed(_ text: String) -> String {
        let border: Set<Character> = ["│", "─", "┌", "┐", "└", "┘"]
        return String(text.filter { !$0.isWhitespace && !border.contains($0) })
    }

    // MARK: - Picker

    @Test(arguments: sizes) func pickerWithThousandsOfProjectsAndAJapaneseFilter(width: Int, height: Int) throws {
        try Wording.inLanguage(.japanese) {
            var driver = Self.picker(width: width, height: height)
            JapaneseFrame.expectSafe(driver.frame, "picker \(width)x\(height)")
            let text = driver.text
            #expect(text.contains("3,000 件のプロジェクト"), "\(text)")
            #expect(text.contains("フィルター:"))
            #expect(text.contains("入力して絞り込み"), "the placeholder")
            // Every column head whole, in display cells (クラスター is ten columns).
            let header = try #require(driver.rows().first { $0.contains("プロジェクト") && $0.contains("作成日") })
            for head in ["組織", "クラスター", "作成日"] { #expect(header.contains(head), "\(header)") }
            #expect(driver.rows()[1].hasPrefix(" プロジェクト"), "title: \(driver.rows()[1])")

            driver.type("東京-本番")
            JapaneseFrame.expectSafe(driver.frame, "picker filtered \(width)x\(height)")
            #expect(driver.text.contains("1,000 / 3,000 件"), "\(driver.text)")
            let selected = try #require(driver.state.picker.selectedProject)
            let selectedRow = try #require(driver.rows().first { $0.hasPrefix("› ") }, "\(driver.text)")
            #expect(selectedRow.contains(selected.name))
            #expect(selectedRow.contains("東京チーム開発本部"))
            // The match is highlighted inside the Japanese name.
            #expect(driver.frame.rows.flatMap { $0 }.contains { $0.role == .match && $0.text == "東京-本番" })
            // CJK names and ASCII names alike: the cluster count and the
            // creation day start at the same column on every row.
            let dateColumns = Set(driver.rows().filter { $0.contains("2025-03-04") }.map { row in
                DisplayWidth.of(row[..<row.range(of: "2025-03-04")!.lowerBound])
            })
            #expect(dateColumns.count == 1, "\(dateColumns)")
            // The selected row stays on screen while moving a page down.
            driver.press(.pageDown)
            let moved = try #require(driver.state.picker.selectedProject)
            #expect(driver.rows().contains { $0.hasPrefix("› ") && $0.contains(moved.name) }, "\(driver.text)")
            JapaneseFrame.expectSafe(driver.frame, "picker paged \(width)x\(height)")
            // The info line and the footer, in Japanese.
            #expect(driver.text.contains("入力で絞り込み"))
            let footer = driver.rows().last ?? ""
            #expect(footer.contains("プロジェクトを開く"), "\(footer)")
            #expect(footer.contains("ヘルプ") && footer.contains("終了"), "\(footer)")
        }
    }

    @Test func pickerWhileLoadingAndWhenNothingMatches() throws {
        try Wording.inLanguage(.japanese) {
            var driver = AppDriver(width: 80, height: 24)
            #expect(driver.text.contains("組織を読み込み中"))
            driver.answerOrganizations(Self.organizations)
            #expect(driver.text.contains("読み込み中（0 件まで）"), "\(driver.text)")
            driver.answerProjects("acme", [])
            let id = try #require(driver.projectsRequest(for: "tokyo"))
            driver.send(.projectsPageLoaded(id, projects: Array(Self.projects.prefix(500)), loaded: 500, total: 3_000, isComplete: false))
            #expect(driver.text.contains("読み込み中 500 / 3,000 件"), "\(driver.text)")
            driver.type("存在しない名前")
            #expect(driver.text.contains("「存在しない名前」を含むプロジェクト名はありません。"), "\(driver.text)")
            JapaneseFrame.expectSafe(driver.frame, "picker empty")
        }
    }

    // MARK: - Start screen

    @Test(arguments: sizes) func startScreen(width: Int, height: Int) {
        Wording.inLanguage(.japanese) {
            var driver = AppDriver(Fixtures.configuration(credentialsProblem: "no API key, service account or profile was found."),
                                   width: width, height: height)
            JapaneseFrame.expectSafe(driver.frame, "start \(width)x\(height)")
            let text = driver.text
            #expect(driver.rows()[1].hasPrefix(" ようこそ"))
            #expect(text.contains("認証情報がありません: no API key"))
            #expect(text.contains("d を押すとデモを試せます（サンプル プロジェクト入りのローカル環境）。"), "\(text)")
            for command in ["MONGODB_ATLAS_PUBLIC_API_KEY=<公開キー>", "MONGODB_ATLAS_CLIENT_SECRET=<クライアント シークレット>",
                            "~/.config/atlascli/config.toml"] {
                #expect(text.contains(command), "missing \(command)")
            }
            // The long paragraph is wrapped, not cut: all of it is there.
            let all = Self.squeezed(text)
            #expect(all.contains(Self.squeezed(tr("start.intro"))), "\(text)")
            #expect(all.contains(Self.squeezed(tr("start.baseurl"))), "\(text)")
            #expect(all.contains(Self.squeezed(tr("start.again"))), "the last line shows: \(text)")
            #expect(text.contains("認証情報は起動時に読み込まれます"))
            driver.press(.character("d"))
            #expect(driver.text.contains("デモ用のサンドボックスを起動中"))
            JapaneseFrame.expectSafe(driver.frame, "start demo \(width)x\(height)")
        }
    }

    // MARK: - Menu

    @Test(arguments: sizes) func menuOfAJapaneseProject(width: Int, height: Int) throws {
        try Wording.inLanguage(.japanese) {
            var driver = AppDriver(width: width, height: height)
            driver.openProject(named: "日本語")
            JapaneseFrame.expectSafe(driver.frame, "menu \(width)x\(height)")
            let rows = driver.rows()
            #expect(rows[1].contains("プロジェクト") && rows[1].contains("日本語プロジェクト"), "title: \(rows[1])")
            #expect(rows[2].hasPrefix(" プロジェクト 日本語プロジェクト"), "\(rows[2])")
            #expect(rows[2].contains("組織 東京チーム"), "\(rows[2])")
            let header = try #require(rows.first { $0.contains("統合") && $0.contains("状態") })
            // The state column starts where the rows' states do.
            let stateColumn = DisplayWidth.of(header[..<(try #require(header.range(of: "状態"))).lowerBound])
            let configured = try #require(rows.first { $0.contains("設定済み") })
            let check = try #require(configured.range(of: "✔"))
            #expect(DisplayWidth.of(configured[..<check.lowerBound]) == stateColumn)
            #expect(driver.text.contains("未設定"))
            // The selected row is drawn, and the info line says what Enter does.
            driver.selectRow(.datadog)
            #expect(driver.rows().contains { $0.hasPrefix("› ") && $0.contains("Datadog") }, "\(driver.text)")
            #expect(driver.state.menu?.infoText(readOnly: false).hasSuffix("Enter で編集します。") == true)
            let footer = driver.rows().last ?? ""
            #expect(footer.contains("開く") && footer.contains("ヘルプ") && footer.contains("終了"), "\(footer)")
            JapaneseFrame.expectSafe(driver.frame, "menu on datadog \(width)x\(height)")
        }
    }

    @Test func readOnlyMenuSaysSoInJapanese() {
        Wording.inLanguage(.japanese) {
            var driver = AppDriver(Fixtures.configuration(readOnly: true), width: 80, height: 24)
            driver.openProject()
            #expect(driver.rows()[0].contains(" 読み取り専用 "), "\(driver.rows()[0])")
            #expect(driver.text.contains("読み取り専用: 書き込みはできません。"))
            driver.selectRow(.pagerDuty)
            driver.press(.character("d"))
            #expect(driver.text.contains("読み取り専用モード"))
            #expect(driver.text.contains("削除は無効です（--read-only で起動）。"), "\(driver.text)")
            JapaneseFrame.expectSafe(driver.frame, "read-only menu")
        }
    }

    @Test func statusLineOfTheDemoInJapanese() {
        Wording.inLanguage(.japanese) {
            let configuration = AppConfiguration(targetLabel: "http://127.0.0.1:51234", isDemo: true, authKind: "service account",
                                                 profile: "本番")
            let driver = AppDriver(configuration, width: 120, height: 30)
            let status = driver.rows()[0]
            #expect(status.contains(" デモ "), "\(status)")
            #expect(status.contains("サンドボックス http://127.0.0.1:51234"), "\(status)")
            #expect(status.contains("サービス アカウント"), "\(status)")
            #expect(status.contains("プロファイル 本番"), "\(status)")
            JapaneseFrame.expectSafe(driver.frame, "status line")
        }
    }

    // MARK: - Help overlay

    @Test(arguments: sizes) func helpOverlays(width: Int, height: Int) {
        Wording.inLanguage(.japanese) {
            var driver = Self.picker(width: width, height: height)
            driver.press(.function(1))
            JapaneseFrame.expectSafe(driver.frame, "picker help \(width)x\(height)")
            #expect(driver.text.contains("ヘルプ: プロジェクト"))
            #expect(driver.text.contains("フィルターを消去") || driver.text.contains("終了"))
            #expect(driver.text.contains("全画面共通"))
            // Scrolled to the end, the notes are there whole.
            driver.press(.pageDown, times: 3)
            JapaneseFrame.expectSafe(driver.frame, "picker help scrolled \(width)x\(height)")
            #expect(Self.boxText(driver).contains(Self.squeezed(tr("picker.help.matrix"))), "\(driver.text)")
            driver.press(.escape)
            #expect(driver.state.overlay == nil)

            var menu = AppDriver(width: width, height: height)
            menu.openProject(named: "日本語")
            menu.selectRow(.webhook)
            menu.press(.character("?"))
            JapaneseFrame.expectSafe(menu.frame, "menu help \(width)x\(height)")
            let text = menu.text
            #expect(text.contains("ヘルプ: 統合"))
            #expect(text.contains("削除（無効: 未設定）"), "a key that is off says why: \(text)")
            #expect(text.contains("スクロール") || text.contains("Esc、? または Enter で閉じる"), "\(text)")
        }
    }

    // MARK: - Quit question and confirm dialog

    @Test(arguments: sizes) func quitQuestionDuringASave(width: Int, height: Int) throws {
        try Wording.inLanguage(.japanese) {
            var driver = AppDriver(width: width, height: height)
            driver.openProject(named: "日本語", integrations: [])
            driver.openForm(.victorOps)
            driver.type("a-key")
            driver.press(.control("s"))
            _ = try #require(driver.lastSave)
            driver.press(.control("c"))
            #expect(!driver.quitRequested, "a save is unanswered: Ctrl-C asks first")
            JapaneseFrame.expectSafe(driver.frame, "quit question \(width)x\(height)")
            let text = driver.text
            #expect(text.contains("保存の途中で終了しますか?"), "\(text)")
            #expect(text.contains("[ 終了 (y) ]") && text.contains("[ 待つ (n) ]"), "\(text)")
            let flat = Self.boxText(driver)
            #expect(flat.contains("「日本語プロジェクト」での"), "\(text)")
            #expect(flat.contains("Atlasからの応答がまだありません。終了しますか?"), "\(text)")
            #expect(flat.contains("もう一度Ctrl-Cを押すと終了します。"), "\(text)")
            let footer = driver.rows().last ?? ""
            #expect(footer.contains("はい") && footer.contains("いいえ"), "\(footer)")
            driver.press(.character("n"))
            #expect(!driver.quitRequested)
        }
    }

    @Test func tooSmallWindowInJapanese() {
        Wording.inLanguage(.japanese) {
            let driver = AppDriver(width: 60, height: 20)
            JapaneseFrame.expectSafe(driver.frame, "too small")
            #expect(Self.flattened(driver).contains("ウィンドウを大きくしてください。80×24以上が必要です（現在60×20）。"), "\(driver.text)")
        }
    }

    // MARK: - Wrapping Japanese text

    @Test func japaneseTextWrapsBetweenCharactersAndFillsItsLines() {
        TestLocale.ensure()
        let sentence = Wording.inLanguage(.japanese) { tr("common.help.form.test.card") }
        for width in [20, 33, 60] {
            let lines = Wording.inLanguage(.japanese) { WordWrap.lines(sentence, width: width) }
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(lines)")
            // Nothing lost: the lines put together are the sentence.
            #expect(lines.joined(separator: " ").filter { $0 != " " } == sentence.filter { $0 != " " })
            // No line starts with closing punctuation.
            #expect(!lines.contains { ["、", "。", "）"].contains($0.first.map(String.init) ?? "") }, "\(lines)")
            // Lines are filled: only the last may be short by more than a word's worth.
            for line in lines.dropLast() { #expect(DisplayWidth.of(line) >= width - 8, "\(width): \(lines)") }
        }
        // English still wraps at spaces only, and a CJK name in it stays whole.
        Wording.inLanguage(.english) {
            #expect(WordWrap.lines("Ctrl-T sends a test card", width: 12) == ["Ctrl-T sends", "a test card"])
            #expect(WordWrap.lines("Delete it from “本番-決済サービス” now?", width: 24)
                    == ["Delete it from", "“本番-決済サービス” now?"])
        }
    }

    // MARK: - English unchanged

    /// English, asked for explicitly, draws exactly what it drew before the
    /// tables: the recorded snapshots.
    @Test func englishScreensAreUnchanged() {
        Wording.inLanguage(.english) {
            var menu = AppDriver()
            menu.openProject()
            assertSnapshot(menu.frame, named: "menu")
            var picker = AppDriver()
            picker.loadPicker()
            picker.type("e")
            assertSnapshot(picker.frame, named: "picker-filtered")
            let start = AppDriver(Fixtures.configuration(credentialsProblem: "no API key, service account or profile was found."))
            assertSnapshot(start.frame, named: "start")
        }
    }
}
