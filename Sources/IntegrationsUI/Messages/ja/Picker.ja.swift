extension UIJapanese {
    static let picker = #"""
    picker.title = プロジェクト
    picker.filter.label = フィルター:
    picker.filter.placeholder = 入力して絞り込み
    # フィルター後の件数
    picker.count.other = {0} 件のプロジェクト
    # 全 {1} 件中 {0} 件を表示
    picker.count.filtered = {0} / {1} 件
    picker.incomplete = "、一覧は不完全"
    picker.progress.organizations = 組織を読み込み中
    picker.progress.total = 読み込み中 {0} / {1} 件
    picker.progress.sofar = 読み込み中（{0} 件まで）

    # 列見出し
    picker.column.project = プロジェクト
    picker.column.organization = 組織
    picker.column.clusters = クラスター
    picker.column.created = 作成日

    # 空の一覧
    picker.empty.organizations = 組織を読み込み中…
    picker.empty.nomatch = 「{0}」を含むプロジェクト名はありません。Esc でフィルターを消去します。
    picker.empty.projects = プロジェクトを読み込み中…
    picker.empty.noorganizations = この認証情報で参照できる組織はありません。
    picker.empty.none.one = この組織にはプロジェクトがありません。
    picker.empty.none.other = これらの組織にはプロジェクトがありません。

    # 情報行: {0} プロジェクト ID、{1} 区切り、{2} 組織
    picker.info.selected = ID {0} {1} {2}
    picker.info.typing = "  {0} 入力で絞り込み（Tab: 一覧へ）"
    picker.info.empty = 入力するとプロジェクト名で絞り込みます（大文字と小文字、アクセントは区別しません）。

    # キー
    picker.key.open = プロジェクトを開く
    picker.key.clearfilter = フィルターを消去
    picker.key.leavefilter = 一覧を操作
    picker.key.reload = 再読み込み
    picker.key.matrix = マトリクス
    picker.reason.noproject = 表示中のプロジェクトがありません

    # ヘルプ
    picker.help.title = ヘルプ: プロジェクト
    picker.help.filter = 入力した文字は q、?、/ も含めてすべてフィルターに入ります（大文字と小文字、アクセント、全角と半角は区別せず、名前のどこに含まれていても一致します）。Esc でフィルターを消去します。フィルターが空のときは Esc で終了します。F10 と Ctrl-C でも終了します。F1 でヘルプを表示します。プロジェクトはバックグラウンドで読み込まれ続け、件数に進み具合が表示されます。
    picker.help.matrix = Ctrl-T（または F2）で、フィルターで表示中のプロジェクトのマトリクスを開きます。各プロジェクトの統合を並べて表示し、違いがわかります。
    """#
}
