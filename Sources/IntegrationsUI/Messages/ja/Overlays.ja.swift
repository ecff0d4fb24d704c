extension UIJapanese {
    static let overlays = #"""
    overlays.key.cancel = キャンセル
    overlays.key.scroll = スクロール
    overlays.key.close = 閉じる

    # エクスポート
    overlays.export.title.one = 「{0}」をエクスポート
    overlays.export.title.many = {0} 件のプロジェクトをエクスポート
    overlays.export.title.unread = " (未読み込みの {0} 件は除外)"
    overlays.export.nothing = エクスポートできるものはまだありません。
    overlays.export.nothing.detail = マークしたプロジェクトの統合はまだ読み込まれていません。
    overlays.export.format.terraform = Terraform
    overlays.export.format.kubernetes = Kubernetes オペレーター
    overlays.export.format.atlasapi = atlas api JSON
    overlays.export.integrations.other = 統合 {0} 件
    overlays.export.leftout = "、表現できないもの {0} 件"
    overlays.export.note = ファイルは ./atlas-integrations-{0}-<形式> に、本人だけが読める権限で書き込みます。シークレットとマスク済みの値は書き込まず、変数か REPLACE-ME プレースホルダーにします。
    overlays.export.what = {0} のエクスポート
    overlays.scrape.what = Prometheus のスクレイプ設定
    overlays.written.other = {1}を {2} に書き込みました ({0} ファイル)。
    overlays.written.scrape = 本人だけが読める権限です。prometheus.yml の scrape_configs に追加してください。
    overlays.written.export = 本人だけが読める権限です。Atlas が隠す値は REPLACE-ME プレースホルダーか変数になっています。使う前に値を入れてください。

    # Prometheus のスクレイプ設定
    overlays.scrape.title = Prometheus のスクレイプ設定
    overlays.scrape.key.write = ファイルに書き込み
    overlays.scrape.key.show = パスワードを表示
    overlays.scrape.key.hide = パスワードを隠す
    overlays.scrape.key.nothing = 書き込むものなし
    overlays.scrape.write = w で {0} に書き込みます (0600)。
    overlays.scrape.write.password = w でこのセッションで入力したパスワードを含めて {0} に書き込みます (0600)。
    overlays.scrape.government = Atlas for Government は Prometheus 統合に対応していないため、書き込むスクレイプ設定はありません。
    overlays.scrape.notconfigured = このプロジェクトには Prometheus 統合がありません。

    # 削除の確認と、止まるアラート
    overlays.delete.title = {0} を削除しますか?
    overlays.delete.message = プロジェクト「{1}」({2}) から {0} 統合を削除しますか? Atlas はすぐに送信を止めます。キーは読み戻せないため、元に戻すことはできません。
    overlays.delete.confirm = 削除
    overlays.delete.keep = 残す
    overlays.alerts.reading = {0} を通じて通知するアラート設定を読み込み中…
    overlays.alerts.failed = アラート設定を読み込めませんでした ({0})。このキーからは見えない可能性があります。{1}。削除はできます。
    overlays.alerts.failed.refused = {0} を通じて通知するものがあれば、Atlas は削除を拒否します
    overlays.alerts.failed.stop = {0} を通じて通知するアラートは止まります
    overlays.alerts.nodestination = {0} はアラートの通知先ではありません。これを通じて通知するアラート設定はありません。
    overlays.alerts.none = {0} を通じて通知するアラート設定はありません。
    overlays.alerts.count.other = {0} 件のアラート設定が {1} を通じて通知します (有効 {2} 件):
    overlays.alerts.enabled = 有効
    overlays.alerts.disabled = 無効
    overlays.alerts.more = ほか {0} 件
    overlays.alerts.refused = これらが {0} を通じて通知している間、Atlas は削除を拒否します。先にアラート設定を変更してください。
    overlays.alerts.silenced = 削除すると、これらの通知が知らないうちに止まることがあります。この統合のキーや URL を使う通知は何も送られなくなります。

    # テスト送信
    overlays.test.what = {0} の URL
    overlays.test.what.secret = {0} の URL (と{1})
    overlays.test.again = {0} をもう一度入力し、Ctrl-T でテストを送信してください。
    overlays.test.type = {0} を入力し、Ctrl-T でテストを送信してください。
    overlays.test.masked.one = Atlas はマスクして返すため、テストには実際の値が必要です。保存しない限り何も保存されません。
    overlays.test.masked.both = Atlas はマスクして返すため、テストには実際の値が必要です。保存しない限り何も保存されません。
    overlays.test.notsaved = 保存しない限り何も保存されません。
    overlays.test.nourl = テストの送信先の {0} を入力してください。
    overlays.test.nourl.masked = テストの送信先の {0} をもう一度入力してください。Atlas はマスクして返します。
    overlays.test.title = テスト送信
    overlays.test.key.again = 再送信
    overlays.test.key.sending = 送信中
    overlays.test.to = 送信先 {0} ({1}、プロジェクト「{2}」)
    overlays.test.sent.unsigned = サンプル アラート (alert.open)、署名なし: シークレットが入力されていません。
    overlays.test.sent.signed = サンプル アラート (alert.open)、入力したシークレットで署名。
    overlays.test.sent.card = テストであることを示すメッセージ カード。
    overlays.test.templates = 入力したテンプレートはこのテストには適用されません。Atlas 既定の本文とヘッダーで送ります。
    overlays.test.origin = Atlas からではなく、このマシンから送信します。Atlas のアドレスだけを許可する受信側は、Atlas には異なる応答をする可能性があります。
    overlays.test.sending = 送信中…
    overlays.test.time = 時間: {0}
    overlays.test.nosignature = 送信なし (シークレット未入力)
    overlays.test.nobody = 応答に本文はありませんでした。
    overlays.test.body = 応答の冒頭:

    # このセッションの書き込み
    overlays.writes.title = このセッションの書き込み ({0})
    overlays.writes.empty = このセッションではまだ保存も削除もしていません。
    overlays.writes.audit = すべての書き込みは監査ログにも記録されます (atlas-integrations audit)。
    overlays.writes.project = 「{0}」
    overlays.writes.action.save = 保存
    overlays.writes.action.delete = 削除
    overlays.writes.saved = 保存済み
    overlays.writes.deleted = 削除済み
    overlays.writes.confirmed = 適用済み (読み戻しで確認)
    overlays.writes.notapplied = 未適用 (読み戻しで確認)
    overlays.writes.readbackfailed = 不明: 読み戻しも失敗
    overlays.writes.noanswer = 不明: 応答なし (読み戻しで確定します)
    overlays.writes.refused = 拒否: {0}
    overlays.writes.notsent = 未送信: {0}

    # 前回のセッションで応答のなかった書き込み
    overlays.unfinished.title.other = 未完了の書き込み
    overlays.unfinished.title.unsure = 未完了の書き込み?
    overlays.unfinished.intro.other = 前回のセッションは、Atlas が {0} 件の書き込みに応答する前に終了しました。それぞれ適用されたかどうかはわかりません:
    overlays.unfinished.write = {0} の{1} ({2})、プロジェクト「{3}」({4})、{5} に {6} へ送信
    overlays.unfinished.checking = Atlas の内容を確認中…
    overlays.unfinished.applied = 適用されていました (今回の起動時に読み戻して確認、Atlas に反映済み)。
    overlays.unfinished.notapplied = 適用されていませんでした (今回の起動時に読み戻して確認)。
    overlays.unfinished.unknown = 確認できませんでした: {0}
    overlays.unfinished.settled = 読み戻しでそれぞれ確定しました。手で確認する必要はありません。
    overlays.unfinished.check = やり直す前に、プロジェクトを開いて統合を確認してください。
    overlays.unfinished.more = ほか {0} 行
    overlays.unfinished.dismiss = Enter で閉じます (閉じるとこの通知は消去されます)
    overlays.unfinished.key.dismiss = 閉じる
    """#
}
