extension AdminJapanese {
    static let failures = #"""
    failures.cancelled = キャンセルしました。

    failures.transport.timeout = Atlas から時間内に応答がありませんでした
    failures.transport.refused = Atlas に接続できませんでした
    failures.transport.reset = Atlas との接続が切れました
    failures.transport.tls = Atlas との TLS 接続に失敗しました
    failures.transport.dns = Atlas のホスト名を解決できませんでした
    failures.transport.malformedStatus = Atlas から読み取れない応答が返りました（HTTP {0}）
    failures.transport.malformed = Atlas から読み取れない応答が返りました
    failures.transport.other = Atlas へのリクエストに失敗しました
    failures.transport.line = {0}。
    failures.transport.lineDetail = {0}: {1}

    failures.detail.unexpected = 予期しないエラー
    failures.detail.noAnswerWithin = {0} 以内に応答なし
    failures.detail.connectionRefused = 接続が拒否されました
    failures.detail.bodyEndedEarly = 本文が途中で終わりました
    failures.detail.closedBeforeAnswer = 応答の前に接続が閉じられました
    failures.detail.certificateRejected = 証明書またはハンドシェイクが拒否されました
    failures.detail.unknownHost = 不明なホスト
    failures.detail.noNetwork = ネットワークに接続されていません
    failures.detail.connectionReset = 接続がリセットされました
    failures.detail.urlError = URL エラー {0}
    failures.detail.noToken = トークンの応答にトークンがありませんでした
    failures.detail.htmlInsteadOfAnswer = Atlas の JSON 応答ではなく HTML ページが返りました（プロキシやゲートウェイが間にある可能性があります）
    failures.detail.htmlInsteadOfErrorBody = Atlas のエラー本文ではなく HTML ページが返りました（プロキシやゲートウェイが間にある可能性があります）
    failures.detail.tooDeep = Atlas の応答にはない深さまでネストした JSON
    failures.detail.incompleteJSON = 不完全な JSON（本文が途中で切れています）
    failures.detail.jsonNotAnswer = Atlas の JSON 応答ではない JSON
    failures.detail.jsonNotErrorBody = Atlas のエラー本文ではない JSON
    failures.detail.notJSON = JSON ではない {0} バイト
    failures.detail.notHTTP = HTTP の応答ではありません
    failures.detail.notReturned = Atlas は {0} の設定を受け付けましたが、設定を返しませんでした

    # 送信前に拒否したリクエスト（AtlasError.invalidInput）
    failures.input.projectID = 「{0}」はプロジェクト ID として正しくありません（小文字の 16 進数 24 桁）。
    failures.input.organizationID = 「{0}」は組織 ID として正しくありません（小文字の 16 進数 24 桁）。
    failures.input.type = 「{0}」は統合の種類ではありません。
    failures.input.projectName = プロジェクト名は 1 ～ 64 文字です。
    failures.input.encoding = 設定を JSON に変換できませんでした。

    failures.config.noProfiles = プロファイルがありません
    failures.config.profiles = あるのは {0}
    failures.config.unknownProfile = {1} にプロファイル "{0}" はありません（{2}）。
    failures.config.missingFile = プロファイル "{0}" が指定されましたが、{1} に Atlas CLI の設定ファイルがありません。
    failures.config.line = " {0} 行目"
    failures.config.column = "、{0} 列目"
    failures.config.unreadable = {0} を読み取れません: {1}。
    failures.config.incomplete = {1} で {0} は設定されていますが、{2} は設定されていません。両方を設定するか、どちらも設定しないでください。
    failures.config.invalidBaseURL = {1} のベース URL "{0}" は、ホストを含む http(s) URL ではありません。
    failures.config.unsupportedAuthType = プロファイル "{0}" の auth_type "{1}" は atlas-integrations では使えません。API キーかサービス アカウントを使ってください。
    failures.config.serviceAccountVariables = MONGODB_ATLAS_CLIENT_ID と MONGODB_ATLAS_CLIENT_SECRET
    failures.config.apiKeyVariables = MONGODB_ATLAS_PUBLIC_API_KEY と MONGODB_ATLAS_PRIVATE_API_KEY
    failures.config.secretsNotInFile = {1} のプロファイル "{0}" はシークレットをシステムのキーリングに保存していますが、atlas-integrations はキーリングを読みません。代わりに {2} を設定してください。

    # 以前のセッションの未完了の書き込みの記録を読めない（WriteJournal）
    failures.journal.unreadable = 未完了の書き込みの記録（{0}）を読み込めませんでした（{1}）。以前のセッションの保存または削除が完了していない可能性があります。プロジェクトの統合を確認してください。
    failures.journal.record = 未完了の書き込みの記録 {0} を読み込めませんでした（{1}）。以前のセッションの保存または削除が完了していない可能性があります。プロジェクトの統合を確認してください。
    failures.journal.incomplete = 記録が不完全です
    failures.journal.permission = アクセス権がありません
    failures.journal.other = 読み込めません

    # Where credentials came from, and warnings at start
    failures.source.environment = 環境変数
    failures.source.profile = {1} のプロファイル「{0}」
    config.profileName = プロファイル「{0}」
    failures.source.key = {1} の {0}
    failures.warning.ignoredVariable = --profile {1} が指定されたため、{0} は無視します。
    failures.warning.both = {2}: サービス アカウント ({0}) と API キー ({1}) の両方が設定されています。サービス アカウントを使います。
    failures.warning.badID = {0} は 24 桁の 16 進 ID ではないため、無視します。
    failures.warning.plainHTTP = {0} は暗号化されていない http です: リクエストとトークンが暗号化されずに送られます。
    failures.warning.readable = {0} は他のユーザーから読めます (モード {1})。chmod 600 {0} を実行してください
    failures.file.directory = ディレクトリです
    failures.file.unreadable = アクセス権がないか、入出力エラーです
    failures.file.notUTF8 = UTF-8 のテキストではありません
    failures.file.notTOML = TOML として正しくありません
    # The journal of writes in flight could not record one
    failures.journal.cannotRecord = {0} に書き込みを記録できません: {1}
    failures.journal.cannotCreate = {0} を作成できません: {1}
    failures.journal.cannotWrite = {0} に書き込めません: {1}
    """#
}
