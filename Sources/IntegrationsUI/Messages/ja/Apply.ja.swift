extension UIJapanese {
    static let apply = #"""
    # マトリクスからの適用開始
    apply.projects.other = {0} 件のプロジェクト
    apply.start.notwritable = {0} はここからは適用できません。
    apply.start.readonly = 読み取り専用モード
    apply.start.readonly.detail = 適用は無効です (--read-only で起動)。
    apply.start.fill = {1}に {0} を適用: フォームを一度入力します。
    apply.start.fill.detail = Ctrl-S ですべてのプロジェクトを読み込み、計画を表示します。確認するまで何も送信しません。シークレットはこの適用のためにメモリ内にのみ保持します。
    apply.start.from = {1}に {0} を適用 (「{2}」の設定から)。
    apply.start.from.clear = 平文の値を入力済みです。Ctrl-S ですべてのプロジェクトを読み込み、計画を表示します。
    apply.start.from.masked = 平文の値を入力済みです。{0} は Atlas がマスクして返すため、もう一度入力してください。Ctrl-S ですべてのプロジェクトを読み込み、計画を表示します。
    apply.list.and = と
    apply.list.separator = 、
    apply.doing.plan = 計画のためのプロジェクトの読み込み
    apply.doing.run = 適用
    apply.write.applied = 適用済み

    # 画面
    apply.key.confirm = 適用 (先に件数を入力)
    apply.key.confirmcount = {0} 件を適用 (先に {0} を入力)
    apply.key.nothing = 書き込みなし
    apply.key.rewritesame = 同じものも書き込む
    apply.key.skipsame = 同じものは省く
    apply.key.stop = 新しい書き込みを停止
    apply.key.stopping = 停止中…
    apply.key.back = 戻る
    apply.key.retry = 失敗分を再試行
    apply.key.nothingfailed = 失敗なし
    apply.confirm.placeholder = 件数
    apply.confirm.prompt.other = " {0} と入力し Enter で {0} 件を書き込み: "
    apply.confirm.needed = 書き込み件数 {0} を入力してから Enter を押してください。
    apply.confirm.needed.detail = それまでは何も送信しません。
    apply.wait = Atlas の要求で {0} 秒待機中 (429): その間は何も開始しません
    apply.halted = 適用が停止しました。
    apply.halted.hint = 書き込まれていないものは計画のまま残ります。二重に送信したものはありません。
    apply.head.reading = 計画のため {0} 件のプロジェクトの統合を読み込み中… (まだ何も送信していません)
    apply.head.plan = {0} の適用計画 ({1} 件のプロジェクト): {2}
    apply.count.create = 作成 {0}
    apply.count.update = 更新 {0}
    apply.count.same = 同じ {0}
    apply.count.cannot = 不可 {0}
    apply.head.applying = {0} を適用中: 完了 {1}/{2} {3} 失敗 {4}
    apply.head.stopping = {0} を停止中: 完了 {1}/{2} {3} 失敗 {4}
    apply.head.applied = {0} の適用終了: 完了 {1}/{2} {3} 失敗 {4}
    apply.elapsed = 経過 {0}
    apply.left = 残り約 {0}
    apply.reading = 読み込み中…
    apply.result.halted = 停止: {0}
    apply.result.stopped = Esc で停止: {0} 件は未開始のまま計画に残っています。
    apply.result.done = すべての書き込みが完了しました。
    apply.result.retry = r で失敗分を再試行します (それぞれ先に読み込みます)。

    # プロジェクトごとの計画と状態
    apply.action.create = 作成
    apply.action.update = 更新: {0}
    apply.action.same = Atlas の表示上は同じ
    apply.action.cannot = 不可: {0}
    apply.value.none = なし
    apply.value.on = オン
    apply.value.off = オフ
    apply.state.waiting = 待機中
    apply.state.checking = 読み戻し中
    apply.state.sending = 送信中 ({0})
    apply.state.done = 完了
    apply.state.failed = 失敗: {0}
    apply.state.unknown = 不明: {0}
    apply.state.notstarted = 未開始 (停止)
    apply.state.beforeresume = 再開前に失敗

    # 中断された適用の再開
    apply.resume.key.resume = 再開
    apply.resume.key.forget = 破棄
    apply.resume.key.later = 後で
    apply.resume.cutoff = {1} 件のプロジェクトへの {0} の適用が、終了前に中断されました:
    apply.resume.counts = 完了 {0} 件、未完了 {1} 件 (未送信、または応答のないまま送信済み)。
    apply.resume.how = r で再開: 設定をもう一度入力します (シークレットの末尾は前回と同じである必要があります)。未完了のプロジェクトはすべて先に読み込み、必要なものだけに書き込みます。
    apply.resume.title = 未完了の適用
    apply.resume.title.problems = 適用のチェックポイント
    apply.resume.form = {1}への {0} の適用を再開: シークレットをもう一度入力してください。
    apply.resume.form.tails = 末尾が前回と同じである必要があります ({0})。
    apply.resume.form.detail = Ctrl-S で未完了のプロジェクトをすべて読み込みます。適用済みのものには再度書き込みません。
    """#
}
