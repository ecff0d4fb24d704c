extension RuntimeJapanese {
    static let runtime = #"""
    runtime.nocredentials = Atlas の認証情報が設定されていません。
    runtime.nocredentials.found = 環境変数にも {0} にも Atlas の認証情報が見つかりませんでした。
    runtime.auth.apikey = API キー (Digest)
    runtime.auth.serviceaccount = サービス アカウント
    runtime.demo.failed = デモ用サンドボックスを起動できませんでした: {0}
    runtime.type.unknown = {0} には {1} のいずれかを指定してください (指定値: {2})
    runtime.type.none = {0} に種類が指定されていません
    runtime.log.cannotopen = ログ ファイル {0} を開けません: {1}
    runtime.org.unknown = この認証情報から見える組織に、ID または名前が {0} のものはありません。
    runtime.org.ambiguous = {1} という名前の組織が {0} 件あります ({2}): ID を指定してください。
    runtime.audit.refusal = 送信していません: 書き込みはすべて監査ログに記録しますが、監査ログに書き込めません ({0})。Atlas には何も送っていません。入力内容はそのまま残っています。
    runtime.exit.waiting = {1} の完了を最大 {0} 秒待っています…
    runtime.exit.reminder = " 次回の起動時に確認を促します。"
    runtime.exit.finished = {0} が完了しました: {1}。
    runtime.exit.ended = {0} は「{1}」で終わりました。適用されたかどうかはわかりません。{2}
    runtime.exit.noanswer = {0} は {1} 秒以内に応答がありませんでした。適用されたかどうかはわかりません。{2}
    runtime.outcome.saved = 保存しました
    runtime.outcome.deleted = 削除しました
    runtime.outcome.refused = Atlas が拒否したため ({0})、適用されていません
    runtime.outcome.noanswer = 応答なし ({0})
    runtime.outcome.done = 完了
    """#
}
