extension AdminJapanese {
    static let delivery = #"""
    # テスト送信の結果
    delivery.accepted = 受理: HTTP {0}
    delivery.refused = 受信側が拒否: HTTP {0}
    delivery.redirected = リダイレクト (HTTP {0}): 追従していません。Atlas には最終的な URL を設定してください。
    delivery.redirected.to = リダイレクト (HTTP {0}、{1} へ): 追従していません。Atlas には最終的な URL を設定してください。
    delivery.notaurl = このマシンから送信できる URL ではありません。
    delivery.timeout = {0} 以内に応答がありません。受信側は接続を受け付けましたが、応答しませんでした。
    delivery.connrefused = 接続が拒否されました。このマシンから見て {0} で待ち受けているものがありません。
    delivery.dns = このマシンから {0} のホスト名を解決できませんでした。
    delivery.tls = {0} との TLS ハンドシェイクに失敗しました。証明書がここでは信頼されていません (期限切れ、自己署名、または別のホストのもの)。
    delivery.reset = 受信側が応答せずに接続を閉じました。
    delivery.cutoff = 受信側の応答が途中で切れました。
    delivery.other = リクエストを送信できませんでした ({0})。

    # テスト送信に必要なもの
    delivery.nodestination = {0} にはテストの送信先がありません。
    delivery.nourl = テストの送信先の {0} を入力してください。
    delivery.nothttp = http(s) の URL ではありません。テストには https://host/path のような URL が必要です。
    delivery.typedurl = 入力した URL
    # エクスポートのファイル (書き込めないとき)
    delivery.export.notempty = {0} にはすでにファイルがあります。別のディレクトリを選んでください (または --replace)。
    delivery.export.cannotwrite = {0} に書き込めませんでした: {1}。
    delivery.export.isfile = ディレクトリではなくファイルです
    delivery.export.nomkdir = ディレクトリを作成できませんでした
    """#
}
