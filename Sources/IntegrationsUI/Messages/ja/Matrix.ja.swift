extension UIJapanese {
    static let matrix = #"""
    # セルと列
    matrix.cell.unread = 未読み込み
    matrix.cell.missing = 未設定
    matrix.cell.configured = 設定済み
    matrix.summary.variants.other = {0} 種類
    matrix.head.project = プロジェクト
    matrix.head.organization = 組織
    matrix.head.configured = 設定済み
    matrix.head.variants = 種類

    # matrix コマンドの表
    matrix.table.project = プロジェクト
    matrix.table.organization = 組織
    matrix.table.legend = {0} 列で最も多い値と異なる、{1} 未設定、{2} なし (ここでは作成不可)、{3} 設定済み (ここでは作成・変更不可)
    matrix.table.notread = 読み込めなかったプロジェクト:

    # フィルターと並び順
    matrix.filter.missing = {0} 未設定
    matrix.filter.differs = {0} が異なる
    matrix.sort.name = 名前
    matrix.sort.organization = 組織
    matrix.sort.missing = 未設定の多い順
    matrix.filter.placeholder = / でフィルター
    matrix.filter.label = " フィルター: "
    matrix.filter.count.other = "  {0} 件のプロジェクト"
    matrix.filter.countof.other = "  {1}/{0} 件のプロジェクト"
    matrix.filter.marked = {0} 件マーク
    matrix.filter.sort = 並び順: {0}
    matrix.empty.query = 「{0}」を含むプロジェクト名はありません。/ と Esc でフィルターを消去します。
    matrix.empty.sofar = これまでに読み込んだプロジェクトに「{0}」のものはありません。
    matrix.empty.filter = 「{0}」のプロジェクトはありません。{1} ですべて表示します。

    # 進捗と経過時間
    matrix.progress.read = 統合を読み込んだプロジェクト {0}/{1}
    matrix.progress.failed = {0} 件失敗
    matrix.progress.oldest = 最も古い読み込み {0}
    matrix.progress.retry = r で失敗分を再試行
    matrix.progress.wait = Atlas の要求で {0} 秒待機中 (レート制限)
    matrix.progress.rereading = 再読み込み中
    matrix.progress.rereadall = R ですべて再読み込み
    matrix.age.read = {0}に読み込み
    matrix.age.justnow = たった今読み込み
    matrix.age.minutes = {0} 分前
    matrix.age.hours = {0} 時間前
    matrix.age.days = {0} 日前

    # フォーカス中のセル
    matrix.detail.frommenu = プロジェクトのメニューから更新
    matrix.detail.differs = 最も多い値と異なる ({0} プロジェクトが同じ値)
    matrix.detail.common = 最も多い値
    matrix.info.common = 最多 {0} ({1})
    matrix.cell.unreadable = 「{0}」を読み込めませんでした。
    matrix.cell.unreadable.hint = r で再読み込みします。統合を読み込めないとフォームは開きません。
    matrix.cell.notyet = 「{0}」はまだ読み込まれていません。
    matrix.cell.notyet.detail = Atlas の応答に合わせてセルが埋まります。

    # 行の範囲 (「マトリクス」の後)
    matrix.scope.project = プロジェクト「{0}」
    matrix.scope.organization = 組織「{0}」
    matrix.scope.all = すべてのプロジェクト
    matrix.scope.filter = フィルター「{0}」

    # キー
    matrix.key.open = 開く
    matrix.key.column = 列
    matrix.key.filter = フィルター
    matrix.key.missing = 未設定
    matrix.key.differs = 相違
    matrix.key.all = すべて
    matrix.key.sort = 並べ替え
    matrix.key.rereadrow = 行と失敗分を再読み込み
    matrix.key.rereadall = すべて再読み込み
    matrix.key.back = 戻る
    matrix.key.leavefilter = マトリクスへ
    matrix.key.clearfilter = フィルターを消去
    matrix.key.help = ヘルプ
    matrix.key.mark = マーク
    matrix.key.markall = 表示中をすべてマーク
    matrix.key.export = エクスポート
    matrix.key.exportmarked = {0} 件をエクスポート
    matrix.key.apply = 適用
    matrix.key.applyrow = 行に適用
    matrix.key.applymarked = {0} 件に適用
    matrix.key.applyfrom = この行の設定から適用
    matrix.key.noproject = 表示中のプロジェクトなし

    # ヘルプ
    matrix.help.title = ヘルプ: マトリクス
    matrix.help.section = マトリクス
    matrix.help.cells = 1 行が 1 プロジェクト、1 列が 1 種類の統合です。セルには Atlas がマスクするキーや URL の末尾 4 文字 (広い端末ではリージョンも) を表示します。- は未設定、n/a は未設定でここでは作成できないもの、値の前の {0} は設定済みでもここでは作成・変更できないもの (理由は詳細行に表示)、… は未読み込み、401/403 はプロジェクトを読み込めなかったことを示します。
    matrix.help.differs = {0} は列で最も多い値と異なるセルの印です。Atlas が返すマスク済みの末尾、リージョン、その他のフィールドを比較します。列の下には、設定済みのプロジェクト数と値の種類の数を表示します。
    matrix.help.filters = m はフォーカス中の列の種類が未設定のプロジェクトだけを、d はその値が異なるプロジェクトだけを表示します (もう一度押すとすべて表示)。/ で名前をフィルター、s で名前、組織、未設定の多い順に並べ替えます。
    matrix.help.reads = 行はプロジェクトごとに 1 リクエストで、表示中の行から順に、Atlas のレート制限が許す速さで読み込みます。429 の場合は指定の時間待ちます。Esc で離れても読み込みは止まらず、セッション中は保持されます。r でフォーカス中の行と失敗したすべての行を、R ですべてを再読み込みします。
    """#
}
