extension UIJapanese {
    static let common = #"""
    # タイトル行のパンくず
    common.crumb.matrix = マトリクス
    common.crumb.matrix.scope = "（{0}）"
    common.crumb.apply = {0} を適用
    # {0} 統合の種類、{1} フォームのモード
    common.crumb.form = {0}（{1}）
    common.crumb.form.new = 新規
    common.crumb.form.edit = 編集
    common.crumb.form.view = 表示

    # ステータス行
    common.status.working = {0} 処理中
    common.status.demo = デモ
    common.status.readonly = 読み取り専用
    common.status.sandbox = サンドボックス {0}
    common.status.profile = プロファイル {0}
    common.status.auth.apikey = API キー (Digest)
    common.status.auth.serviceaccount = サービス アカウント
    common.status.auth.none = 認証なし

    # フッターの上の情報行
    common.info.form.banner = 入力内容は保持されています。Tab でフィールドに戻ります。
    common.info.apply = 各プロジェクトは書き込む前に読み直します。応答が失われた書き込みは読み直して確認し、確認せずに二重に送信することはありません。

    # 最小サイズ未満: {1} は × 記号
    common.toosmall = ウィンドウを大きくしてください。{0}{1}{2} 以上が必要です（現在 {3}{1}{4}）。
    common.toosmall.follow = 何も失われません。Ctrl-C で終了します。

    # 文中の列挙
    common.list.separator = 、
    common.list.last = {0}、{1}

    # どの画面でも使えるキー
    common.key.quitnow = すぐに終了
    common.key.help = ヘルプ
    common.key.quit = 終了
    common.key.back = 戻る
    common.key.writes = 書き込み

    # 一覧の移動
    common.list.key.move = 移動
    common.list.key.down = 下へ移動
    common.list.key.pageup = 前のページ
    common.list.key.pagedown = 次のページ
    common.list.key.first = 先頭へ
    common.list.key.last = 末尾へ

    # 1 行のテキスト入力
    common.input.key.left = 左へ移動
    common.input.key.right = 右へ移動
    common.input.key.home = 行頭へ
    common.input.key.end = 行末へ
    common.input.key.wordleft = 前の単語へ
    common.input.key.wordright = 次の単語へ
    common.input.key.backspace = カーソルの前を削除
    common.input.key.delete = カーソル位置を削除
    common.input.key.deleteword = 前の単語を削除
    common.input.key.deletestart = 行頭まで削除
    common.input.key.deleteend = 行末まで削除
    # {0} 破棄した行数、{1} 貼り付けた行数
    common.input.pasted.other = {1} 行を 1 行のフィールドに貼り付けました。最初の行を残し、残りの {0} 行は破棄しました。
    common.input.limit = 上限は {0} 文字です。{1} 文字は入力されませんでした。

    # 確認ダイアログ
    common.dialog.yes = はい
    common.dialog.cancel = キャンセル
    common.dialog.key.yes = はい
    common.dialog.key.no = いいえ
    common.dialog.key.switch = ボタンを切り替え
    common.dialog.key.press = ボタンを押す

    # 応答待ちの書き込みがあるときの終了: {1} は書き込みの名前
    common.quit.title.save = 保存の途中で終了しますか?
    common.quit.title.delete = 削除の途中で終了しますか?
    common.quit.message.one = {1} について、Atlas からの応答がまだありません。終了しますか? 完了まで数秒待ちます。完了しなかった場合は、次回の起動時に確認するよう表示されます。もう一度 Ctrl-C を押すと終了します。
    common.quit.message.other = {0} 件の書き込み（{1}）について、Atlas からの応答がまだありません。終了しますか? 完了まで数秒待ちます。完了しなかった場合は、次回の起動時に確認するよう表示されます。もう一度 Ctrl-C を押すと終了します。
    common.quit.confirm = 終了
    common.quit.wait = 待つ
    # {0} 統合の種類、{1} プロジェクト
    common.write.save = 「{1}」での {0} の保存
    common.write.delete = 「{1}」での {0} の削除
    common.write.apply = {1} 件のプロジェクトへの {0} の適用
    common.write.integration = 統合
    common.write.request = リクエスト

    # ヘルプ
    common.help.everywhere = 全画面共通
    common.help.key.close = ヘルプを閉じる
    common.help.key.scroll = スクロール
    common.help.off = "（無効: {0}）"
    common.help.off.unavailable = この画面では使えません
    # {0} 矢印、{1} 区切り、{2}–{3} 表示中の行、{4} 全行数
    common.help.scrolling = {0} スクロール {1} Esc 閉じる  ({2}–{3}/{4})
    common.help.closes = Esc、? または Enter で閉じる
    common.help.apply.title = ヘルプ: 適用
    common.help.apply.section = 適用
    common.help.apply.note = 各プロジェクトを最初に読み込みます。計画には、プロジェクトごとに、作成、更新（Atlas で確認できる範囲での差分）、Atlas で確認できる範囲で同じ（シークレット自体は比較できません。再度書き込むかどうかは Ctrl-A で選びます）、または書き込めない理由が表示されます。書き込み件数を入力して Enter を押すと送信されます。送信は Atlas のレート制限に合わせて行われます。Esc で新しい書き込みの開始を止めます。実行中の書き込みは完了し、結果が報告されます。応答が失われた書き込みは読み直して確認し、確認せずに再送信することはありません。r で失敗したものを再試行します（それぞれ先に読み直します）。すべての書き込みは監査ログに記録されます。
    common.help.form.title = ヘルプ: フォーム
    common.help.form.field = このフィールド
    common.help.form.section = フォーム
    common.help.form.note = テキスト フィールドの中では q と ? は文字として入力されます。戻るには Esc、ヘルプは F1、終了は F10 または Ctrl-C を使ってください。シークレットは入力中もマスクされます。フィールドにフォーカスがある間は ctrl+r で表示できます。貼り付けたテキストはそのまま入力されます。複数行を 1 行のフィールドに貼り付けると、最初の行だけが残り、その旨が表示されます。
    common.help.form.type = {0}: {1}
    # {1} Atlas が平文では返さないフィールド
    common.help.form.hidden.other = Atlas は {1} を平文では返しません。編集時にもう一度入力してください。マスク済みの値（****）は受け付けられません。
    common.help.form.test.card = Ctrl-T で、入力した URL にテスト カードを送信します。送信は Atlas からではなくこのマシンから行われ、何も保存されません。
    common.help.form.test.alert = Ctrl-T で、入力した URL にサンプル アラートを送信します（シークレットを入力した場合は X-MMS-Signature で署名されます）。送信は Atlas からではなくこのマシンから行われ、何も保存されません。
    """#
}
