extension AdminJapanese {
    static let checks = #"""
    # 送信前の値のチェック（Validator、HTTPURLCheck）
    checks.required = 必須です。
    checks.hex.badCharacter = 16 進数 {0} 桁で入力してください。{1} 文字目が 16 進数ではありません。
    checks.hex.digits = 16 進数 {0} 桁（0-9、a-f）で入力してください。
    checks.hex.length = 16 進数 {0} 桁で入力してください。入力は {1} 桁です。
    checks.url.whitespace = URL に空白は使えません。
    checks.url.notHTTP = https://（または http://）で始めてください。
    checks.url.noHost = URL にホスト名がありません。
    checks.maxLength = {0} 文字以内で入力してください。入力は {1} 文字です。
    checks.minLength = {0} 文字以上で入力してください。
    checks.maxBytes = {0} 以内にしてください（超えた分は Atlas が無視します）。現在 {1} です。
    checks.size.kilobytes = {0} KB
    checks.size.bytes = {0} バイト
    checks.masked.refusal = これは Atlas が表示するマスク済みのコピーで、{0}ではありません。実際の値を入力するか貼り付けてください。
    # 設定を作れない理由（SettingsRefusal）
    checks.settings.unknownField = {0} に {1} というフィールドはありません。
    checks.settings.notWritable = {0} はここからは設定できません。
    checks.settings.wrongKind = {0} の値の種類が正しくありません。
    checks.settings.repeated = {0} が 2 回指定されています。
    """#
}
