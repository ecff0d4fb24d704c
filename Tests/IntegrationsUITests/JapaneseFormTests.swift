import AtlasAdmin
import Localization
import Testing
@testable import IntegrationsUI

/// The ten integration forms in Japanese, at 80×24 and 100×30: labels in
/// display cells that fit their column, inline errors in Japanese beside
/// their field, Atlas's own words shown as sent with a known error code
/// explained beside them, secrets masked, every frame safe.
@Suite struct JapaneseFormTests {
    static let sizes = [(80, 24), (100, 30)]

    /// What the project holds, so the three kinds this product cannot
    /// create open (shown only) like the seven it can.
    static let existing: [Integration] = [
        Fixtures.slack,
        Integration(type: .newRelic, id: "6a0000000000000000000005", fields: [
            "accountId": .text("0123456789abcdef0123456789abcdef01234567"),
            "licenseKey": .masked(MaskedSecret(masked: "************************************4567")),
        ]),
        Integration(type: .hipChat, id: "6a0000000000000000000006", fields: ["roomName": .text("ops")]),
    ]

    /// A Japanese driver with the form of `type` open.
    static func openForm(_ type: IntegrationType, width: Int, height: Int) -> AppDriver {
        var driver = AppDriver(width: width, height: height)
        driver.openProject(integrations: existing)
        driver.openForm(type)
        return driver
    }

    /// The row holding `label` and the rows after it up to the next field's label.
    static func rows(ofField key: String, in driver: AppDriver) -> [String] {
        guard let form = driver.state.form?.form, let index = form.fields.firstIndex(where: { $0.key == key }) else { return [] }
        let rows = driver.rows()
        guard let start = rows.firstIndex(where: { $0.contains(form.fields[index].spec.label) }) else { return [] }
        let nextLabels = form.fields.dropFirst(index + 1).map(\.spec.label)
        let end = rows[(start + 1)...].firstIndex { row in nextLabels.contains { row.contains($0) } } ?? rows.count
        return Array(rows[start..<end])
    }

    @Test(arguments: IntegrationType.known)
    func everyFormOpensInJapaneseWithItsLabelsWhole(type: IntegrationType) {
        Wording.inLanguage(.japanese) {
            for (width, height) in Self.sizes {
                var driver = Self.openForm(type, width: width, height: height)
                let context = "\(type) \(width)×\(height)"
                guard let screen = driver.state.form else {
                    Issue.record("\(context): no form")
                    continue
                }
                JapaneseFrame.expectSafe(driver.frame, context)
                let entry = IntegrationCatalog.entry(for: type)
                if entry.isCreatable {
                    #expect(driver.text.contains("新しい \(entry.displayName) 統合"), "\(context)")
                } else {
                    let reason = entry.limitation?.reason ?? ""
                    let translated = !reason.allSatisfy { $0.isASCII }
                    #expect(translated)
                    #expect(driver.text.contains(String(reason.prefix(12))), "\(context): \(driver.text)")
                }
                // The label column is measured in display cells: every label
                // with its marks (required, an error's cross; the space before
                // them goes first) fits it, nothing cut.
                let form = screen.form
                for field in form.fields {
                    let marks = field.isRequired ? 3 : 1
                    #expect(DisplayWidth.of(field.spec.label) + marks <= form.labelColumnWidth - 4,
                            "\(context): \(field.spec.label) does not fit \(form.labelColumnWidth)")
                    driver.state.form?.form.setError("エラー", forField: field.key)
                    #expect(field.spec.label != field.spec.englishLabel || field.spec.label.allSatisfy { $0.isASCII },
                            "\(context): \(field.key) is not translated")
                }
                if focusableCount(form) == 0 {
                    for field in form.fields { #expect(driver.text.contains(field.spec.label), "\(context): \(field.key)") }
                }
                // Walk the fields (each in error): each focused one is on
                // screen with its label and its error, the label whole.
                let focusable = form.fields.filter(\.widget.isFocusable).count
                for _ in 0..<max(focusable, 1) {
                    guard let focused = driver.state.form?.form.focusedField else { break }
                    #expect(driver.text.contains(focused.spec.label), "\(context): \(focused.key) not on screen")
                    #expect(!driver.text.contains(focused.spec.label.prefix(2) + "…"), "\(context): label cut")
                    let rows = Self.rows(ofField: focused.key, in: driver)
                    let labelRow = rows.first ?? ""
                    #expect(labelRow.contains(focused.spec.label) && labelRow.contains("*") == focused.isRequired,
                            "\(context): \(rows)")
                    #expect(rows.contains { $0.contains("✘ エラー") }, "\(context): \(focused.key)'s error not beside it: \(rows)")
                    JapaneseFrame.expectSafe(driver.frame, "\(context) at \(focused.key)")
                    driver.press(.tab)
                }
                if !entry.isCreatable {
                    // Nothing is saved from a view: said in Japanese.
                    driver.press(.control("s"))
                    #expect(driver.text.contains("この表示からは何も保存されません"), "\(context)")
                    JapaneseFrame.expectSafe(driver.frame, "\(context) after Ctrl-S")
                }
            }
        }
    }

    func focusableCount(_ form: Form) -> Int { form.fields.filter(\.widget.isFocusable).count }

    @Test func typingIntoAFieldShowsItAndTheSecretStaysMasked() {
        Wording.inLanguage(.japanese) {
            for (width, height) in Self.sizes {
                var driver = Self.openForm(.pagerDuty, width: width, height: height)
                #expect(driver.text.contains("サービス キー"))
                #expect(driver.text.contains("16 進数 32 桁"), "the placeholder, in Japanese")
                driver.type(Fixtures.hexKey)
                #expect(!driver.text.contains(Fixtures.hexKey), "the key is masked")
                #expect(!driver.text.contains("0022"))
                driver.press(.tab)
                #expect(driver.text.contains("32 文字"), "the count, in Japanese")
                #expect(driver.state.form?.form.field("serviceKey")?.text == Fixtures.hexKey)
                JapaneseFrame.expectSafe(driver.frame, "typed \(width)×\(height)")

                // A text field shows what is typed, Japanese included.
                var prometheus = Self.openForm(.prometheus, width: width, height: height)
                prometheus.type("監視ユーザー")
                #expect(prometheus.text.contains("監視ユーザー"))
                #expect(prometheus.text.contains("ユーザー名"))
                JapaneseFrame.expectSafe(prometheus.frame, "prometheus typed \(width)×\(height)")
            }
        }
    }

    @Test func theChoiceFieldShowsItsOptionsAndMoves() {
        Wording.inLanguage(.japanese) {
            for (width, height) in Self.sizes {
                var driver = Self.openForm(.datadog, width: width, height: height)
                driver.press(.tab)
                #expect(driver.state.form?.form.focusedField?.key == "region")
                let region = Self.rows(ofField: "region", in: driver).joined()
                #expect(region.contains("リージョン"))
                for value in ["US", "EU", "US3", "US5", "AP1", "US1_FED"] { #expect(region.contains(value), "\(value) listed") }
                let helps = driver.state.form?.form.bindings.map(\.help) ?? []
                #expect(helps.contains("次の選択肢"))
                #expect(driver.text.contains("アカウントの Datadog サイト"), "the field's help, in Japanese")
                driver.press(.right)
                #expect(driver.state.form?.form.field("region")?.text == "EU")
                JapaneseFrame.expectSafe(driver.frame, "choice \(width)×\(height)")
            }
        }
    }

    @Test func aRequiredFieldLeftEmptyIsSaidBesideItInJapanese() {
        Wording.inLanguage(.japanese) {
            for (width, height) in Self.sizes {
                var driver = Self.openForm(.pagerDuty, width: width, height: height)
                driver.press(.control("s"))
                #expect(driver.lastSave == nil)
                #expect(driver.state.form?.form.focusedField?.key == "serviceKey")
                let rows = Self.rows(ofField: "serviceKey", in: driver)
                #expect(rows.first?.contains("サービス キー *") == true, "\(rows)")
                #expect(rows.contains { $0.contains("必須です。") }, "the error is under its field: \(rows)")
                #expect(driver.text.contains("保存前に修正: サービス キー"))
                JapaneseFrame.expectSafe(driver.frame, "required \(width)×\(height)")
            }
        }
    }

    @Test func aBadValueIsSaidBesideItsFieldInJapaneseAndTheFieldStaysInView() {
        Wording.inLanguage(.japanese) {
            for (width, height) in Self.sizes {
                var datadog = Self.openForm(.datadog, width: width, height: height)
                datadog.type("not-hex")
                datadog.press(.control("s"))
                #expect(datadog.lastSave == nil)
                #expect(datadog.state.form?.form.focusedField?.key == "apiKey")
                let rows = Self.rows(ofField: "apiKey", in: datadog)
                #expect(rows.joined().contains("16 進数 32 桁で入力してください。"), "\(rows)")
                JapaneseFrame.expectSafe(datadog.frame, "datadog bad \(width)×\(height)")

                // The webhook's URL is the first of four fields, two of them
                // multi-line: its error stays in view with it.
                var webhook = Self.openForm(.webhook, width: width, height: height)
                webhook.type("example.com/hook")
                webhook.press(.control("s"))
                #expect(webhook.state.form?.form.focusedField?.key == "url")
                #expect(webhook.text.contains("https://（または http://）で始めてください。"), "\(webhook.text)")
                JapaneseFrame.expectSafe(webhook.frame, "webhook bad \(width)×\(height)")

                // The last field with a bad value: scrolled into view with its error.
                webhook.press(.backTab)
                #expect(webhook.state.form?.form.focusedField?.key == "headersTemplate")
                webhook.paste(String(repeating: "あ", count: 1_400))
                webhook.press(.control("s"))
                #expect(webhook.state.form?.form.focusedField?.key == "url", "the first field in error")
                webhook.press(.backTab)
                #expect(webhook.state.form?.form.focusedField?.key == "headersTemplate")
                #expect(webhook.text.contains("ヘッダー テンプレート"))
                #expect(webhook.text.contains("4 KB 以内にしてください"), "\(webhook.text)")
                JapaneseFrame.expectSafe(webhook.frame, "webhook template \(width)×\(height)")
            }
        }
    }

    @Test func anAtlasErrorWithAKnownCodeShowsAtlasWordsAndTheJapaneseExplanation() throws {
        try Wording.inLanguage(.japanese) {
            for (width, height) in Self.sizes {
                var driver = Self.openForm(.pagerDuty, width: width, height: height)
                driver.type(Fixtures.hexKey)
                driver.press(.control("s"))
                #expect(driver.text.contains("Atlas に保存しています"))
                let save = try #require(driver.lastSave)
                driver.send(.failed(save.id, Fixtures.apiError(
                    400, "INVALID_PAGER_DUTY_SERVICE_KEY", "Invalid key.",
                    fields: [FieldViolation(field: "serviceKey", description: "Invalid key.")])))
                let error = driver.state.form?.form.field("serviceKey")?.error
                #expect(error == "PagerDuty がサービス キーを受け付けませんでした。（Atlas: Invalid key.）")
                #expect(driver.state.form?.form.focusedField?.key == "serviceKey")
                let rows = Self.rows(ofField: "serviceKey", in: driver).joined()
                #expect(rows.contains("PagerDuty がサービス"), "\(driver.text)")
                #expect(rows.contains("Invalid key."), "Atlas's words as sent")
                #expect(driver.text.contains("400 INVALID_PAGER_DUTY_SERVICE_KEY"))
                #expect(driver.text.contains("保存に失敗しました"))
                #expect(driver.state.form?.form.field("serviceKey")?.text == Fixtures.hexKey, "the input is kept")
                JapaneseFrame.expectSafe(driver.frame, "atlas error \(width)×\(height)")
            }
        }
    }

    @Test func englishShowsAtlasWordsAloneAsBefore() throws {
        try Wording.inLanguage(.english) {
            var driver = Self.openForm(.pagerDuty, width: 80, height: 24)
            driver.type(Fixtures.hexKey)
            driver.press(.control("s"))
            let save = try #require(driver.lastSave)
            driver.send(.failed(save.id, Fixtures.apiError(
                400, "INVALID_PAGER_DUTY_SERVICE_KEY", "Invalid key.",
                fields: [FieldViolation(field: "serviceKey", description: "Invalid key.")])))
            #expect(driver.state.form?.form.field("serviceKey")?.error == "Invalid key.")
            #expect(driver.text.contains("Saving failed: Invalid key."))
        }
    }

    @Test func aTransportFailureAndTheQuitDialogAreInJapanese() throws {
        try Wording.inLanguage(.japanese) {
            for (width, height) in Self.sizes {
                var driver = Self.openForm(.opsGenie, width: width, height: height)
                driver.type("key")
                driver.press(.control("s"))
                let save = try #require(driver.lastSave)
                driver.send(.failed(save.id, .transport(TransportFailure(kind: .tls, detail: "certificate or handshake rejected"))))
                #expect(driver.text.contains("Atlas との TLS 接続に失敗しました"), "\(driver.text)")
                #expect(driver.text.contains("保存が完了しませんでした"))
                JapaneseFrame.expectSafe(driver.frame, "transport \(width)×\(height)")
                driver.press(.escape)
                #expect(driver.text.contains("入力を破棄しますか?"), "\(driver.text)")
                JapaneseFrame.expectSafe(driver.frame, "discard \(width)×\(height)")
            }
        }
    }
}
