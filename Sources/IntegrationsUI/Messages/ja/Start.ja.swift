extension UIJapanese {
    static let start = #"""
    start.title = ようこそ
    start.info = 認証情報は起動時に読み込まれます。この画面は何も保存しません。
    # {0} 認証情報を使えなかった理由（起動処理から）
    start.problem = 認証情報がありません: {0}
    start.demo.starting = デモ用のサンドボックスを起動中…
    # キー d の前後
    start.offer.before = ""
    start.offer.after = " を押すとデモを試せます（サンプル プロジェクト入りのローカル環境）。"
    start.intro = atlas-integrations には、変更するプロジェクトに対してプロジェクト オーナー（または組織オーナー）のロールを持つ Atlas の API キーまたはサービス アカウントが必要です。次のいずれかを用意してください。
    start.option.apikey = 1. API キーを環境変数で指定:
    start.option.serviceaccount = 2. サービス アカウントを環境変数で指定:
    start.option.profile = 3. ~/.config/atlascli/config.toml の Atlas CLI プロファイル
    start.option.profile.how = atlas config init か atlas auth login で作成し、--profile NAME で選択。
    start.placeholder.publickey = <公開キー>
    start.placeholder.privatekey = <秘密キー>
    start.placeholder.clientid = <クライアント ID>
    start.placeholder.clientsecret = <クライアント シークレット>
    start.baseurl = Atlas for Government と Ops Manager では MONGODB_ATLAS_BASE_URL も設定します。
    start.again = その後、atlas-integrations をもう一度実行してください。
    start.key.demo = デモを開始
    start.reason.starting = 起動中
    start.help.title = ヘルプ: 開始
    start.help.section = 開始
    """#
}
