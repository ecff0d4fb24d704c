import Localization

/// The catalog's per-type texts in Japanese: summaries, field labels, help,
/// placeholders, the words of an on/off summary and why a type cannot be
/// changed from here. The English stays inline in the catalog entries;
/// this table is keyed by the type's raw name and the field's JSON key
/// (`PAGER_DUTY.serviceKey.label`, `PAGER_DUTY.summary`,
/// `SLACK.limitation.reason`). `unknown.…` are the texts of a type this
/// version does not know, `{0}` being its raw name.
///
/// Product names, key names and Atlas's own values (`US`, `EU`, `http`)
/// stay as they are. Labels are kept within 15 columns (a required field's
/// `*` and an error's mark beside them fit the form's label column).
public enum CatalogJapanese {
    public static let table = MessageTable(#"""
    # PagerDuty
    PAGER_DUTY.summary = Atlas のアラートを PagerDuty のサービスに送信します。
    PAGER_DUTY.serviceKey.label = サービス キー
    PAGER_DUTY.serviceKey.help = PagerDuty サービスの統合キー（16 進数 32 桁、Events API v2）。
    PAGER_DUTY.serviceKey.placeholder = 16 進数 32 桁
    PAGER_DUTY.region.label = リージョン
    PAGER_DUTY.region.help = PagerDuty アカウントのサービス リージョン。

    # Datadog
    DATADOG.summary = メトリクスとアラートを Datadog に送信します（M10 以上のクラスター）。
    DATADOG.apiKey.label = API キー
    DATADOG.apiKey.help = Datadog の API キー: 16 進数 32 桁（Organization Settings › API Keys）。
    DATADOG.apiKey.placeholder = 16 進数 32 桁
    DATADOG.region.label = リージョン
    DATADOG.region.help = アカウントの Datadog サイト: US (US1)、EU、US3、US5、AP1、US1_FED のいずれか。
    DATADOG.sendCollectionLatencyMetrics.label = コレクション遅延
    DATADOG.sendCollectionLatencyMetrics.help = コレクションのレイテンシ メトリクスを送信します。
    DATADOG.sendDatabaseMetrics.label = DB メトリクス
    DATADOG.sendDatabaseMetrics.help = データベースのメトリクスを送信します。
    DATADOG.sendQueryStatsMetrics.label = クエリ統計
    DATADOG.sendQueryStatsMetrics.help = クエリ統計のメトリクスを送信します。
    DATADOG.sendUserProvidedResourceTags.label = リソース タグ
    DATADOG.sendUserProvidedResourceTags.help = クラスターに設定したリソース タグを送信します。

    # Opsgenie
    OPS_GENIE.summary = Atlas のアラートを Opsgenie に送信します。
    OPS_GENIE.apiKey.label = API キー
    OPS_GENIE.apiKey.help = Opsgenie の API 統合の API キー（UUID）。
    OPS_GENIE.region.label = リージョン
    OPS_GENIE.region.help = Opsgenie アカウントのリージョン。

    # VictorOps (Splunk On-Call)
    VICTOR_OPS.summary = Atlas のアラートを Splunk On-Call（VictorOps）に送信します。
    VICTOR_OPS.apiKey.label = API キー
    VICTOR_OPS.apiKey.help = Splunk On-Call の REST エンドポイントの API キー。
    VICTOR_OPS.routingKey.label = ルーティング キー
    VICTOR_OPS.routingKey.help = 任意のルーティング キー。設定したときだけ Atlas は統合を確実に一覧に出します。

    # Webhook
    WEBHOOK.summary = Atlas のアラートを JSON で HTTPS エンドポイントに POST します。
    WEBHOOK.url.label = URL
    WEBHOOK.url.help = Atlas がアラートを POST するエンドポイント（https:// を推奨）。
    WEBHOOK.url.placeholder = 例: https://example.com/atlas-alerts
    WEBHOOK.secret.label = シークレット
    WEBHOOK.secret.help = 任意。Atlas は各リクエストに X-MMS-Signature（本文の HMAC-SHA1）で署名します。
    WEBHOOK.bodyTemplate.label = 本文テンプレート
    WEBHOOK.bodyTemplate.help = 任意の FreeMarker テンプレート。JSON を出力し、16 KB 以内。Ctrl-E で $EDITOR を開きます。
    WEBHOOK.headersTemplate.label = ヘッダー テンプレート
    WEBHOOK.headersTemplate.help = 任意。ヘッダーの JSON オブジェクトを出力するテンプレート、4 KB 以内。Ctrl-E で $EDITOR を開きます。

    # Microsoft Teams
    MICROSOFT_TEAMS.summary = Atlas のアラートを Microsoft Teams のチャンネルに投稿します。
    MICROSOFT_TEAMS.microsoftTeamsWebhookUrl.label = Webhook URL
    MICROSOFT_TEAMS.microsoftTeamsWebhookUrl.help = チャンネルの受信 Webhook の URL。投稿を許可するため、シークレットとして扱います。

    # Prometheus
    PROMETHEUS.summary = Prometheus がクラスターのメトリクスを収集できるようにします（M10 以上のクラスター）。
    PROMETHEUS.username.label = ユーザー名
    PROMETHEUS.username.help = Prometheus が認証に使うユーザー名（HTTP Basic 認証）。
    PROMETHEUS.password.label = パスワード
    PROMETHEUS.password.help = Atlas は返しません。Prometheus の設定用に控えておいてください。
    PROMETHEUS.serviceDiscovery.label = サービス検出
    PROMETHEUS.serviceDiscovery.help = http: Prometheus が Atlas にターゲットを問い合わせます。file: ターゲット ファイルを自分で管理します。
    PROMETHEUS.enabled.label = 有効
    PROMETHEUS.enabled.help = 統合を有効にするかどうか。
    PROMETHEUS.enabled.on = 有効
    PROMETHEUS.enabled.off = 無効
    PROMETHEUS.sendUserProvidedResourceTagsEnabled.label = リソース タグ
    PROMETHEUS.sendUserProvidedResourceTagsEnabled.help = クラスターに設定したリソース タグをラベルとして含めます。

    # Slack
    SLACK.summary = Atlas のアラートを Slack のチャンネルに送信します。設定と変更は Atlas UI で行います（OAuth2）。
    SLACK.limitation.whenMissing = 作成は Atlas UI のみ（OAuth2）
    SLACK.limitation.whenConfigured = ここでは変更不可: Atlas UI のみ
    SLACK.limitation.reason = Atlas は変更のたびに Slack の API トークンを必要とします。トークンは Atlas UI で Slack にサインインして設定され、返されることはないため、Slack の設定と変更は Atlas UI（Project Settings › Integrations）で行います。
    SLACK.apiToken.label = API トークン
    SLACK.apiToken.help = Atlas UI で Slack にサインインすると設定されます。Atlas は返しません。
    SLACK.channelName.label = チャンネル名
    SLACK.channelName.help = アラートの送信先チャンネル（# は付けません）。
    SLACK.teamName.label = チーム
    SLACK.teamName.help = Slack のワークスペース。Atlas UI で OAuth2 により設定されます。

    # New Relic
    NEW_RELIC.summary = 非推奨: New Relic は 2021 年にプラグイン統合を終了しました。
    NEW_RELIC.limitation.whenMissing = 非推奨: 作成できません
    NEW_RELIC.limitation.configuredTag = （非推奨）
    NEW_RELIC.limitation.whenConfigured = 非推奨: ここでは変更不可
    NEW_RELIC.limitation.reason = New Relic は 2021 年 6 月にプラグイン統合を終了し、Atlas は新規作成を受け付けません。既存のものは削除できます。
    NEW_RELIC.accountId.label = アカウント ID
    NEW_RELIC.accountId.help = New Relic のアカウント ID。
    NEW_RELIC.licenseKey.label = ライセンス キー
    NEW_RELIC.licenseKey.help = New Relic のライセンス キー。
    NEW_RELIC.readToken.label = 読み取りトークン
    NEW_RELIC.readToken.help = Insights のクエリ キー。
    NEW_RELIC.writeToken.label = 書き込みトークン
    NEW_RELIC.writeToken.help = Insights の挿入キー。

    # HipChat
    HIP_CHAT.summary = 非対応: Atlas は HipChat を Ops Manager のプロジェクトでのみ受け付けます。
    HIP_CHAT.limitation.whenMissing = 非対応（Ops Manager のみ）
    HIP_CHAT.limitation.configuredTag = （非対応）
    HIP_CHAT.limitation.whenConfigured = 非対応: ここでは変更不可
    HIP_CHAT.limitation.reason = Atlas は Atlas プロジェクトでの HipChat を受け付けません（Ops Manager でのみ対応）。既存のものは削除できます。
    HIP_CHAT.notificationToken.label = 通知トークン
    HIP_CHAT.notificationToken.help = HipChat のトークン。
    HIP_CHAT.roomName.label = ルーム
    HIP_CHAT.roomName.help = HipChat のルーム。

    # A type this version does not know ({0}: its raw name)
    unknown.summary = {0}: このバージョンが知らない種類です。
    unknown.limitation.whenMissing = 不明な種類
    unknown.limitation.configuredTag = （不明な種類）
    unknown.limitation.whenConfigured = 不明な種類: ここでは変更不可
    unknown.limitation.reason = このバージョンはこの種類のフィールドを知りません。削除はできます。
    """#)

    private static let messages = Messages(english: MessageTable(), japanese: table)

    /// A field's text (`label`, `help`, `placeholder`, `on`, `off`) in
    /// Japanese when that is the language, else nil (the English stands).
    static func text(_ field: CatalogField, _ name: String) -> String? {
        text(type: field.typeName, "\(field.key).\(name)")
    }

    /// A type's text (`summary`, `limitation.reason`…) in Japanese when
    /// that is the language, else nil. A type the catalog does not know
    /// gets the `unknown.` text naming it.
    static func text(type: String, _ name: String) -> String? {
        guard Wording.language == .japanese, !type.isEmpty else { return nil }
        if let text = table["\(type).\(name)"] { return text }
        guard table["unknown.\(name)"] != nil, !IntegrationType(rawValue: type).isKnown else { return nil }
        return messages.text("unknown.\(name)", [type])
    }

    /// Every key the catalog's entries would look up for an English text,
    /// for the test that holds the two together.
    public static func keysCatalogUses() -> [String] {
        var keys: [String] = []
        for entry in IntegrationCatalog.entries {
            let type = entry.type.rawValue
            keys.append("\(type).summary")
            if let limitation = entry.limitation {
                keys += ["whenMissing", "whenConfigured", "reason"].map { "\(type).limitation.\($0)" }
                if !limitation.englishConfiguredTag.isEmpty { keys.append("\(type).limitation.configuredTag") }
            }
            for field in entry.fields {
                let base = "\(type).\(field.key)"
                keys += ["\(base).label", "\(base).help"]
                if !field.englishPlaceholder.isEmpty { keys.append("\(base).placeholder") }
                if case .onOff = field.englishSummary { keys += ["\(base).on", "\(base).off"] }
            }
        }
        keys += ["summary", "limitation.whenMissing", "limitation.configuredTag", "limitation.whenConfigured",
                 "limitation.reason"].map { "unknown.\($0)" }
        return keys
    }
}
