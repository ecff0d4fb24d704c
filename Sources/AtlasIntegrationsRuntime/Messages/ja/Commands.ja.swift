extension RuntimeJapanese {
    static let commands = #"""
    # atlas-integrations
    cli.abstract = MongoDB Atlas プロジェクトのサードパーティ サービス統合 (PagerDuty、Datadog など) を設定します。
    cli.discussion = 認証情報は Atlas CLI と同じ順で解決します: --profile、次に環境変数 (MONGODB_ATLAS_CLIENT_ID/_CLIENT_SECRET または MONGODB_ATLAS_PUBLIC_API_KEY/_PRIVATE_API_KEY、MONGODB_ATLAS_OPS_MANAGER_URL または MONGODB_ATLAS_BASE_URL)、次に $XDG_CONFIG_HOME/atlascli/config.toml (なければ $HOME/.config/…) のデフォルト プロファイル。--base-url と --project はそれらの値を置き換えます。シークレットをコマンドラインから受け取ることはありません。\nAtlas なしで試すには: atlas-integrations --demo
    cli.project.help = このプロジェクト (24 桁の 16 進 ID) を直接開きます。
    cli.readonly.help = 書き込みをすべて拒否し、閲覧のみにします。
    cli.project.invalid = --project には 24 文字の 16 進数のプロジェクト ID を指定してください (指定値: {0})
    cli.warning = 警告: {0}
    # connection options
    cli.demo.help = デモ データ入りの組み込みローカル Atlas サンドボックスで実行します (認証情報は不要)。
    cli.profile.help = config.toml のこの Atlas CLI プロファイルを使います。
    cli.baseurl.help = Atlas のベース URL (デフォルト https://cloud.mongodb.com)。
    cli.log.help = リクエストのログ (シークレットは含みません) をこのファイルに書き込みます。
    cli.lang.help = 表示言語: en または ja (デフォルト: LC_ALL、LC_MESSAGES、LANG から)。
    cli.lang.invalid = --lang には en または ja を指定してください (指定値: {0})
    cli.nocredentials = Atlas の認証情報がありません
    # matrix
    matrix.abstract = すべてのプロジェクトの統合を並べて表示し、どこが異なるかを示します。
    matrix.discussion = プロジェクトごとに 1 行、統合の種類ごとに 1 列: 各キーや URL のマスクされた末尾 (シークレットは出しません)、リージョン、その列で最も多い値と異なるかどうか。認証情報とオプションは TUI と同じです。標準エラーが端末のときは進捗行を出します。\n終了ステータス: 0。--missing か --differs に一致したプロジェクトがあれば 1 (cron ジョブや CI チェックでの通知用)。読み込めなかったものがあれば 2 (読めた分は出力します)。
    matrix.org.help = この組織 (ID または正確な名前) のみ。
    matrix.filter.help = 名前にこの文字列を含むプロジェクトのみ (大文字小文字とアクセントは区別しません)。
    matrix.missing.help = この種類の統合がないプロジェクトのみ (PAGER_DUTY、DATADOG など)。
    matrix.differs.help = この種類の統合が最も多い設定と異なるプロジェクトのみ。
    matrix.format.help = table、csv または json。
    matrix.sort.help = name、organization または missing (未設定の多い順)。
    matrix.both = --missing と --differs はどちらか一方だけを指定してください
    matrix.format.invalid = --format には table、csv または json を指定してください (指定値: {0})
    matrix.sort.invalid = --sort には name、organization または missing を指定してください (指定値: {0})
    # export
    export.abstract = プロジェクトの統合を Terraform、Kubernetes オペレーター、atlas api 用のファイルに書き出します。
    export.discussion = terraform: 統合ごとに mongodbatlas_third_party_integration リソースと import ブロック、Atlas が隠す値ごとに sensitive 変数を持つ main.tf。kubernetes: 統合ごとの AtlasThirdPartyIntegration マニフェストとその Secret (Atlas が隠す値はプレースホルダー)、および kustomization.yaml。atlas-api: 統合ごとの JSON ボディと apply.sh (REPLACE-ME のプレースホルダーをすべて埋めると `atlas api thirdPartyIntegrations updateGroupIntegration` で送信します)。シークレットもマスクされた値も書き出しません。ツールで表せない種類は、理由とともにメイン ファイルの先頭に記します。\nファイルは専用ディレクトリ (0700) に 0600 で書き込みます。認証情報とオプションは TUI と同じです。\n終了ステータス: 0。ファイルを書き込めなかったときは 1 (--replace なしで出力先ディレクトリに既にファイルがある場合を含む。何も書き込まないので、古いエクスポートと混ざりません)。読み込めないプロジェクトがあったとき (読めた分は書き込みます)、認証情報がない、組織が不明、Atlas から応答がないときは 2。オプションの誤りは 64。
    export.project.help = このプロジェクト (24 桁の 16 進 ID)。
    export.org.help = この組織 (ID または正確な名前) のすべてのプロジェクト。
    export.types.help = これらの種類のみ、カンマ区切り (PAGER_DUTY,DATADOG または PagerDuty,…)。
    export.format.help = terraform、kubernetes または atlas-api。
    export.output.help = 書き込むディレクトリ (デフォルト: ここに atlas-integrations-<format>)。
    export.replace.help = ディレクトリに既にファイルがあっても書き込みます (置き換えます)。
    export.one = --project か --org のどちらか一方を指定してください
    export.format.invalid = --format には terraform、kubernetes または atlas-api を指定してください (指定値: {0})
    export.wrote = {1} に {0} 個のファイルを書き込みました: {3} 件のプロジェクトの {2} 件の統合
    export.leftout = 。ツールで表せない {0} 件は先頭に記しました
    export.notread = 読み込めませんでした
    export.notexported = エクスポートしませんでした: プロジェクト {0} ({1}): {2}
    # audit
    audit.abstract = ここから行った書き込みを、状態ディレクトリの audit.jsonl の記録どおりに表示します。
    audit.discussion = 書き込みごとに 1 行、古い順: 時刻、操作、結果 (Atlas のステータスとエラーコード)、種類、プロジェクト、実行者 (公開 API キーまたはクライアント ID)、送信先の Atlas、送ったシークレットそれぞれの末尾 4 文字。シークレットそのものは出しません。ログは $XDG_STATE_HOME/atlas-integrations/audit.jsonl (なければ ~/.local/state/…)、モード 0600。デモでの書き込みは記録しません。終了ステータス: 0。ログを読めないときは 2。オプションの誤りは 64。
    audit.since.help = この日または時刻以降の書き込みのみ (2026-12-07、2026-12-07T10:00:00Z)。
    audit.project.help = このプロジェクト (24 桁の 16 進 ID) への書き込みのみ。
    audit.json.help = テキストではなくログの JSON 行をそのまま表示します。
    audit.since.invalid = --since には日付 (2026-12-07) か ISO 8601 の時刻を指定してください (指定値: {0})
    audit.project.invalid = --project には 24 桁の 16 進数のプロジェクト ID を指定してください (指定値: {0})
    audit.unreadable = {1} の {0} 行を読み込めなかったため、読み飛ばしました
    """#
}
