extension UIJapanese {
    static let menu = #"""
    menu.project = プロジェクト
    # {0} 区切り
    menu.organization = {0} 組織
    menu.loading = 統合を読み込み中…
    menu.refreshing = 再読み込み中…
    menu.deleting = 削除中…
    menu.column.integration = 統合
    menu.column.state = 状態
    # {0} チェック マーク、{1} 制限のある種類にカタログが付けるタグ
    menu.state.configured = {0} 設定済み{1}
    menu.state.notconfigured = {0} 未設定

    # 情報行（種類の説明の後）
    menu.info.readonly = "読み取り専用: 書き込みはできません。"
    menu.info.shows = " Enter で表示します。"
    menu.info.edits = " Enter で編集します。"
    menu.info.setsup = " Enter で設定します。"

    # キーと、無効な理由
    menu.key.open = 開く
    menu.key.delete = 削除
    menu.key.refresh = 再読み込み
    menu.key.back = プロジェクト
    menu.key.matrix = マトリクス
    menu.key.export = エクスポート
    menu.key.scrapeconfig = スクレイプ設定
    menu.key.testdelivery = テスト送信
    menu.reason.readonly = 読み取り専用モード
    menu.reason.notconfigured = 未設定
    menu.reason.deleting = 削除中
    menu.reason.loading = 読み込み中
    menu.reason.unreadable = 統合を読み込めませんでした
    menu.reason.nothingconfigured = 設定済みの統合がありません

    # バナー
    menu.readonly.title = 読み取り専用モード
    menu.readonly.delete = 削除は無効です（--read-only で起動）。
    menu.readonly.test = テストにはフォームで送信先を入力する必要がありますが、フォームは無効です（--read-only で起動）。

    # ヘルプ
    menu.help.title = ヘルプ: 統合
    menu.help.section = 統合
    menu.help.one = 各種類の統合はプロジェクトごとに 1 つです。
    # {0} 種類、{1} 制限の理由
    menu.help.limitation = {0}: {1}
    """#
}
