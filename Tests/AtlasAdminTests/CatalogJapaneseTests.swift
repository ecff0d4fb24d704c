import Localization
import Testing
@testable import AtlasAdmin

/// The catalog's Japanese table against the catalog: every English text a
/// screen reads has its Japanese, the table holds nothing the catalog does
/// not look up, and the screens read the Japanese in Japanese only.
@Suite struct CatalogJapaneseTests {
    @Test func everyCatalogTextHasItsJapaneseAndTheTableNothingElse() {
        #expect(CatalogJapanese.table.problems == [])
        let used = Set(CatalogJapanese.keysCatalogUses())
        let table = Set(CatalogJapanese.table.entries.keys)
        #expect(used.subtracting(table).sorted() == [], "English texts without Japanese")
        #expect(table.subtracting(used).sorted() == [], "Japanese the catalog never looks up")
        for (key, value) in CatalogJapanese.table.entries {
            #expect(!value.isEmpty, "\(key)")
        }
    }

    @Test func textsFollowTheLanguageAndTheEnglishStaysAsWritten() throws {
        let field = try #require(IntegrationCatalog.pagerDuty.field("serviceKey"))
        Wording.inLanguage(.english) {
            #expect(field.label == "Service key")
            #expect(field.noun == "service key")
            #expect(field.placeholder == "32 hexadecimal digits")
            #expect(IntegrationCatalog.pagerDuty.summary == "Sends Atlas alerts to a PagerDuty service.")
            #expect(IntegrationCatalog.slack.limitation?.whenConfigured == "cannot be changed here: Atlas UI only")
        }
        Wording.inLanguage(.japanese) {
            #expect(field.label == "サービス キー")
            #expect(field.noun == "サービス キー", "in Japanese the noun is the label")
            #expect(field.help.contains("16 進数 32 桁"))
            #expect(field.englishLabel == "Service key")
            #expect(IntegrationCatalog.pagerDuty.summary == "Atlas のアラートを PagerDuty のサービスに送信します。")
            #expect(IntegrationCatalog.pagerDuty.displayName == "PagerDuty", "product names stay")
            #expect(IntegrationCatalog.datadog.field("region")?.options.map(\.label) == ["US", "EU", "US3", "US5", "AP1", "US1_FED"])
            #expect(IntegrationCatalog.newRelic.limitation?.configuredTag == "（非推奨）")
            #expect(IntegrationCatalog.newRelic.limitation?.englishReason.hasPrefix("New Relic ended") == true)
            if case .onOff(let on, let off)? = IntegrationCatalog.prometheus.field("enabled")?.summary {
                #expect((on, off) == ("有効", "無効"))
            } else {
                Issue.record("Prometheus's enabled lost its on/off summary")
            }
            let unknown = IntegrationCatalog.entry(for: IntegrationType(rawValue: "NEW_THING"))
            #expect(unknown.summary == "NEW_THING: このバージョンが知らない種類です。")
            #expect(unknown.limitation?.whenMissing == "不明な種類")
        }
    }

    /// The form's label column holds 18 cells beside the pointer: a label
    /// the operator must fill in, with its `*` and an error's mark, fits in
    /// it (a longer optional label widens the column).
    @Test func japaneseLabelsAreShortEnoughForTheFormsColumn() {
        Wording.inLanguage(.japanese) {
            for entry in IntegrationCatalog.entries {
                for field in entry.fields {
                    let cells = field.label.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
                    #expect(cells <= (field.isRequiredToCreate && field.isWritable ? 15 : 22), "\(entry.type).\(field.key): \(field.label)")
                }
            }
        }
    }

    @Test func maskedRefusalNamesTheFieldInTheLanguage() throws {
        let field = try #require(IntegrationCatalog.datadog.field("apiKey"))
        Wording.inLanguage(.english) {
            #expect(field.problem(with: "****a23c") == "This is the masked copy Atlas shows, not the API key: type or paste the real value.")
        }
        Wording.inLanguage(.japanese) {
            #expect(field.problem(with: "****a23c") == "これは Atlas が表示するマスク済みのコピーで、API キーではありません。実際の値を入力するか貼り付けてください。")
        }
    }
}
