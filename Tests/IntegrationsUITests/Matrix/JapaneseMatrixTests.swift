@testable import AtlasAdmin
import Foundation
import Localization
import Testing
@testable import IntegrationsUI

/// The fleet matrix, apply-to-many, exports, test deliveries, the delete
/// confirmation's alerts and the session's writes, in Japanese: every
/// frame exactly its width with nothing cut mid-character, at 80×24 and
/// 100×30, the Japanese words visible, and the focused row on screen.
@Suite struct JapaneseMatrixTests {
    static let sizes = [(width: 80, height: 24), (width: 100, height: 30)]

    /// `text` is on screen; the frame is safe.
    static func expectShown(_ driver: AppDriver, _ texts: [String], _ context: String,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        JapaneseFrame.expectSafe(driver.frame, context, sourceLocation: sourceLocation)
        let screen = driver.text
        for text in texts {
            #expect(screen.contains(text), "\(context): “\(text)” not on screen:\n\(screen)", sourceLocation: sourceLocation)
        }
    }

    /// The text inside the box drawn over the screen, its lines joined
    /// and every space dropped: what a dialog says, however it wrapped.
    static func boxText(_ driver: AppDriver) -> String {
        driver.rows().compactMap { row -> String? in
            guard let first = row.firstIndex(of: "│"), let last = row.lastIndex(of: "│"), first < last else { return nil }
            return String(row[row.index(after: first)..<last])
        }.joined().filter { $0 != " " }
    }

    /// Each of `texts` is said in the box (spaces and line breaks aside); the frame is safe.
    static func expectInBox(_ driver: AppDriver, _ texts: [String], _ context: String,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        JapaneseFrame.expectSafe(driver.frame, context, sourceLocation: sourceLocation)
        let box = boxText(driver)
        for text in texts {
            #expect(box.contains(text.filter { $0 != " " }), "\(context): “\(text)” not in the box:\n\(driver.text)",
                    sourceLocation: sourceLocation)
        }
    }

    /// The row the cursor is on (the list pointer at its start).
    static func focusedRow(_ driver: AppDriver) -> String? {
        driver.rows().first { $0.hasPrefix("› ") }
    }

    // MARK: - The matrix

    @Test func theMatrixWithCJKNamesInJapanese() throws {
        for size in Self.sizes {
            try Wording.inLanguage(.japanese) {
                var driver = MatrixScreenTests.openedMatrix(width: size.width, height: size.height)
                let context = "matrix \(size.width)×\(size.height)"
                Self.expectShown(driver, [" フィルター: ", "6 件のプロジェクト", "並び順: 名前", "統合を読み込んだプロジェクト 6/6",
                                          "1 件失敗", "日前", "プロジェクト", "設定済み", "種類"], context)
                if size.width >= 100 { Self.expectShown(driver, ["r で失敗分を再試行"], context) }
                #expect(!driver.text.contains("integrations of"), "\(context): English left")
                // Down to the CJK project: its row and the detail lines name it, cells aligned.
                while Self.focusedRow(driver)?.contains("決済-本番") != true, driver.state.matrix?.selected != nil {
                    let before = driver.state.matrix?.selected?.id
                    driver.press(.down)
                    if driver.state.matrix?.selected?.id == before { break }
                }
                let focused = try #require(Self.focusedRow(driver), "\(context): the focused row is visible")
                #expect(focused.contains("決済-本番"))
                #expect(DisplayWidth.of(focused) == size.width)
                #expect(driver.text.contains("決済-本番 (東京チーム)"), "\(context): the detail line names the focused project")
                #expect(driver.text.contains("3 分前に読み込み") || driver.text.contains("に読み込み")
                        || driver.text.contains("たった今読み込み"), "\(context): the read's age in Japanese")
                // m: only the projects missing the focused column's type.
                driver.press(.character("m"))
                Self.expectShown(driver, ["PagerDuty 未設定"], context + " missing")
                driver.press(.character("m"))
                // The help overlay.
                driver.press(.function(1))
                Self.expectShown(driver, ["ヘルプ: マトリクス"], context + " help")
            }
        }
    }

    @Test func theMatrixFilterThatMatchesNothingSaysSoInJapanese() {
        Wording.inLanguage(.japanese) {
            var driver = MatrixScreenTests.openedMatrix()
            driver.press(.character("/"))
            driver.type("zzz")
            Self.expectShown(driver, ["「zzz」を含むプロジェクト名はありません。"], "empty filter")
        }
    }

    @Test func columnSummariesAndProgressAreJapanese() {
        Wording.inLanguage(.japanese) {
            let matrix = MatrixFixtures.matrix()
            let column = MatrixFixtures.column(.datadog)
            #expect(matrix.summary(column).text() == "Datadog 4/5 · 2 種類")
            #expect(MatrixProgress(total: 3_000, read: 2_500, failed: 3).text() == "統合を読み込んだプロジェクト 2,503/3,000 · 3 件失敗")
            #expect(MatrixFilter.differs(.datadog).label == "Datadog が異なる")
            #expect(MatrixCellText.full(.unread) == "未読み込み")
        }
        // English stays as it was.
        Wording.inLanguage(.english) {
            #expect(MatrixFixtures.matrix().summary(MatrixFixtures.column(.datadog)).text() == "Datadog 4/5 · 2 variants")
        }
    }

    // MARK: - Apply to many

    @Test func anApplyPlanItsRunAndItsResultInJapanese() throws {
        for size in Self.sizes {
            try Wording.inLanguage(.japanese) {
                let context = "apply \(size.width)×\(size.height)"
                var driver = ApplyScreenTests.prodRowsMarked()
                driver.resize(size.width, size.height)
                driver.press(.character("a"))
                #expect(driver.state.form?.banner?.title == "2 件のプロジェクトに PagerDuty を適用: フォームを一度入力します。")
                driver.type(Fixtures.hexKey)
                driver.press(.control("s"))
                Self.expectShown(driver, ["計画のため 2 件のプロジェクトの統合を読み込み中"], context + " reading")
                let asked = try #require(driver.lastPlanApply)
                let east = MatrixFixtures.id("prod-east"), west = MatrixFixtures.id("prod-west")
                let plan = ApplyPlan(settings: asked.settings, projects: asked.projects,
                                     reads: [east: .success([]), west: .success([Fixtures.pagerDuty])])
                driver.send(.applyPlanned(asked.id, plan))
                Self.expectShown(driver, ["PagerDuty の適用計画 (2 件のプロジェクト): 作成 1 · 更新 1 · 同じ 0 · 不可 0",
                                          "2 と入力し Enter で 2 件を書き込み:", "作成", "更新: "], context + " plan")
                let focused = try #require(Self.focusedRow(driver), "\(context): the focused project is visible")
                #expect(focused.contains("prod-"))
                driver.type("3")
                driver.press(.enter)
                Self.expectShown(driver, ["書き込み件数 2 を入力してから Enter を押してください。"], context + " wrong count")
                driver.press(.backspace)
                driver.type("2")
                driver.press(.enter)
                let run = try #require(driver.lastRunApply)
                let eastProject = try #require(plan.items.first { $0.project.id == east }).project
                let westProject = try #require(plan.items.first { $0.project.id == west }).project
                driver.send(.applyUpdate(run.id, .project(eastProject, .sending("POST"))))
                Self.expectShown(driver, ["PagerDuty を適用中: 完了 0/2", "送信中 (POST)"], context + " running")
                driver.send(.applyUpdate(run.id, .project(eastProject, .applied)))
                driver.send(.applyUpdate(run.id, .project(westProject, .failed("500 UNEXPECTED_ERROR"))))
                driver.send(.applyUpdate(run.id, .finished(ApplySummary(
                    applied: [eastProject], failed: [westProject], unknown: [], pending: []))))
                Self.expectShown(driver, ["PagerDuty の適用終了: 完了 1/2 · 失敗 1", "r で失敗分を再試行します",
                                          "完了", "失敗: 500"], context + " result")
                #expect(!driver.text.contains("Applied"), "\(context): English left")
            }
        }
    }

    @Test func theResumeNoticeIsJapanese() throws {
        for size in Self.sizes {
            try Wording.inLanguage(.japanese) {
                let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ja-checkpoint-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: directory) }
                let file = directory.appendingPathComponent("apply-x.json")
                try Data(#"{"formatVersion": 9}"#.utf8).write(to: file)
                var problem = ""
                do {
                    _ = try ApplyCheckpointStore(directory: directory).load(file, baseURL: UnfinishedWritesTests.atlas)
                } catch let error as ApplyCheckpointError {
                    problem = error.description
                } catch {
                    Issue.record("unexpected \(error)")
                }
                #expect(problem.contains("新しいバージョン (形式 9)"))
                var driver = try ResumeApplyTests.driver(problems: [problem])
                driver.resize(size.width, size.height)
                let context = "resume \(size.width)×\(size.height)"
                Self.expectShown(driver, ["未完了の適用"], context)
                Self.expectInBox(driver, ["PagerDuty の適用が、終了前に中断されました", "完了 1 件、未完了 1 件", "r で再開",
                                          "新しいバージョン (形式 9) で書かれています"], context)
            }
        }
    }

    // MARK: - Export

    @Test func theExportDialogFromTheMatrixInJapanese() throws {
        for size in Self.sizes {
            try Wording.inLanguage(.japanese) {
                let context = "export \(size.width)×\(size.height)"
                var driver = ApplyScreenTests.prodRowsMarked()
                driver.resize(size.width, size.height)
                driver.press(.character("x"))
                Self.expectShown(driver, ["2 件のプロジェクトをエクスポート", "Terraform · 統合 ",
                                          "Kubernetes オペレーター · 統合 ", "atlas api JSON · 統合 "], context)
                Self.expectInBox(driver, ["本人だけが読める権限で書き込みます", "REPLACE-ME プレースホルダーにします"], context)
                driver.press(.character("k"))
                let write = try #require(driver.lastWriteFiles)
                #expect(write.files.allSatisfy { !$0.contents.contains("エクスポート") }, "the files are not translated")
                driver.send(.filesWritten(write.id, directory: "/home/op/\(write.directory)", count: 3))
                FrameSafety.expectSafe(driver.frame, context + " written")
                #expect(driver.state.matrix?.banner?.title == "Kubernetes オペレーター のエクスポートを /home/op/\(write.directory) に書き込みました (3 ファイル)。")
            }
        }
    }

    // MARK: - Alerts and test deliveries

    @Test func theDeleteConfirmationNamesTheAlertsInJapanese() {
        for size in Self.sizes {
            Wording.inLanguage(.japanese) {
                let context = "delete \(size.width)×\(size.height)"
                var driver = AppDriver(width: size.width, height: size.height)
                driver.openProject()
                driver.press(.character("d"))
                Self.expectShown(driver, ["PagerDuty を削除しますか?"], context + " reading")
                Self.expectInBox(driver, ["PagerDuty を通じて通知するアラート設定を読み込み中"], context + " reading")
                driver.answerAlertUsage(.notifying([AlertsTests.hostDown, AlertsTests.lag]))
                #expect(AlertsTests.notes(driver).first == "2 件のアラート設定が PagerDuty を通じて通知します (有効 1 件):")
                Self.expectShown(driver, ["• HOST_DOWN (有効)", "• REPLICATION_OPLOG_WINDOW_RUNNING_OUT (無効)",
                                          "[ 削除 (y) ]", "[ 残す (n) ]"], context)
                Self.expectInBox(driver, ["2 件のアラート設定が PagerDuty を通じて通知します (有効 1 件):",
                                          "この統合のキーや URL を使う通知は何も送られなくなります"], context)
                driver.press(.character("y"))
                #expect(driver.lastDelete?.type == .pagerDuty)
            }
        }
    }

    @Test func aTestDeliveryThatTimesOutInJapanese() throws {
        for size in Self.sizes {
            try Wording.inLanguage(.japanese) {
                let context = "test delivery \(size.width)×\(size.height)"
                var driver = AlertsTests.webhookForm()
                driver.resize(size.width, size.height)
                driver.press(.control("t"))
                #expect(driver.state.form?.form.field("url")?.error == "テストの送信先の URL をもう一度入力してください。Atlas はマスクして返します。")
                driver.paste("https://hooks.example.com/atlas/1234")
                driver.press(.control("t"))
                let sent = try #require(driver.lastTestDelivery)
                Self.expectShown(driver, ["テスト送信"], context + " sending")
                Self.expectInBox(driver, ["送信中…", "Atlas からではなく、このマシンから送信します",
                                          "送信先 https://hooks.example.com (Webhook、プロジェクト「production-east」)"], context + " sending")
                let line = TestDeliverySender.line(
                    for: .transport(TransportFailure(kind: .timeout, detail: "")), request: sent.request, timeout: .seconds(10))
                #expect(line.contains("以内に応答がありません。"))
                driver.answerTestDelivery(TestDeliveryReport(
                    destination: sent.request.destination, event: "alert.open", signature: nil, elapsed: .seconds(10),
                    outcome: .failed(.timeout, line)))
                Self.expectShown(driver, ["X-MMS-Event: alert.open", "X-MMS-Signature: 送信なし (シークレット未入力)"], context)
                Self.expectInBox(driver, ["以内に応答がありません。受信側は接続を受け付けましたが、応答しませんでした。",
                                          "時間: "], context)
            }
        }
    }

    @Test func deliveryReportsAndRefusalsAreJapanese() throws {
        try Wording.inLanguage(.japanese) {
            let request = try TestDeliveryRequest(type: .webhook, url: "https://hooks.example.com/x", secret: nil,
                                                  projectID: "p", projectName: "決済-本番")
            let failure = { (kind: TransportFailure.Kind) in
                TestDeliverySender.line(for: .transport(TransportFailure(kind: kind, detail: "")), request: request, timeout: .seconds(10))
            }
            #expect(failure(.tls).hasPrefix("https://hooks.example.com との TLS ハンドシェイクに失敗しました。"))
            #expect(failure(.refused).hasPrefix("接続が拒否されました。"))
            #expect(failure(.dns) == "このマシンから https://hooks.example.com のホスト名を解決できませんでした。")
            let redirect = TestDeliveryReport(destination: "https://hooks.example.com", event: nil, signature: nil,
                                              elapsed: .zero, outcome: .redirected(status: 301, location: "https://other.example.com"))
            #expect(redirect.headline.hasPrefix("リダイレクト (HTTP 301、https://other.example.com へ)"))
            #expect(ApplyPlan.Refusal.readOnly.message.hasPrefix("読み取り専用"))
            #expect(throws: AtlasError.self) {
                try TestDeliveryRequest(type: .webhook, url: "ftp://x", secret: nil, projectID: "p", projectName: "n")
            }
        }
    }

    @Test func thePrometheusScrapeConfigurationBoxInJapanese() throws {
        for size in Self.sizes {
            Wording.inLanguage(.japanese) {
                let project = ExportedProject(id: "5f1a00000000000000000001", name: "決済-本番", integrations: [ExportUITests.prometheus])
                let url = URL(string: "https://cloud.mongodb.com") ?? URL(fileURLWithPath: "/")
                let scrape = ScrapeConfigOverlay(project: project, baseURL: url, password: nil)
                let lines = scrape.view(width: size.width, height: size.height, glyphs: .unicode)
                let text = lines.map(\.text).joined(separator: "\n")
                #expect(lines.allSatisfy { $0.width == lines[0].width }, "every row of the box is as wide as the box")
                #expect(lines[0].text.contains("Prometheus のスクレイプ設定"))
                #expect(text.contains("scrape_configs:"), "the configuration itself is not translated")
                let compact = text.filter { $0 != " " && $0 != "│" && $0 != "\n" }
                #expect(compact.contains("wで./atlas-integrations-"), "\(text)")
                #expect(compact.contains("に書き込みます(0600)。"), "\(text)")
                #expect(scrape.bindings().map(\.help).contains("ファイルに書き込み"))
                let none = ScrapeConfigOverlay(project: ExportedProject(id: project.id, name: project.name, integrations: []),
                                               baseURL: url, password: nil)
                #expect(none.shownText == "このプロジェクトには Prometheus 統合がありません。")
            }
        }
    }

    // MARK: - The session's writes

    @Test func theSessionWritesOverlayInJapanese() throws {
        for size in Self.sizes {
            try Wording.inLanguage(.japanese) {
                let context = "writes \(size.width)×\(size.height)"
                var driver = SessionWritesTests.pagerDutyForm()
                driver.resize(size.width, size.height)
                driver.send(.clock(Date(timeIntervalSince1970: 1_796_637_600)))
                driver.press(.control("s"))
                let refused = try #require(driver.lastSave)
                driver.send(.failed(refused.id, Fixtures.apiError(400, "INVALID_ATTRIBUTE", "Invalid attribute serviceKey specified.")))
                driver.press(.function(3))
                Self.expectShown(driver, ["このセッションの書き込み (1)", "10:00:00  保存  PagerDuty  拒否: 400 INVALID_ATTRIBUTE",
                                          "監査ログ"], context)
            }
        }
    }

    @Test func theUnfinishedWritesNoticeInJapanese() {
        for size in Self.sizes {
            Wording.inLanguage(.japanese) {
                var driver = UnfinishedWritesTests.driver(writes: [UnfinishedWritesTests.staging], height: size.height)
                driver.resize(size.width, size.height)
                let context = "unfinished \(size.width)×\(size.height)"
                Self.expectShown(driver, ["未完了の書き込み", "Enter で閉じます"], context)
                Self.expectInBox(driver, ["前回のセッションは、Atlas が 1 件の書き込みに応答する前に終了しました。",
                                          "PagerDuty の保存 (POST)、プロジェクト「staging」(5f1a00000000000000000002)"], context)
            }
        }
    }
}
