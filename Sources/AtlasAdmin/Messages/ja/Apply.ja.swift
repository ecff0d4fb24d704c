extension AdminJapanese {
    static let apply = #"""
    # プロジェクトに書き込まない理由
    apply.refusal.readonly = 読み取り専用: このキーまたはセッションでは統合を書き込めません。
    apply.refusal.notread = プロジェクトの統合を読み込んでいません。
    apply.refusal.notwritable = {0} はここからは書き込めません。

    # 停止した実行、確認できない書き込み
    apply.run.othersettings = この計画を作成したときの設定ではありません。何も送信していません。
    apply.run.nocheckpoint.start = 開始していません: {0} チェックポイントがないと適用を再開できないためです。何も送信していません。
    apply.run.nocheckpoint = 停止: {0} チェックポイントがないと適用を再開できないためです。残りは計画のまま残ります。
    apply.run.noaudit = 停止: すべての書き込みは監査ログに記録しますが、監査ログに書き込めません ({0})。記録なしで送信した書き込みはありません。残りは計画のまま残ります。
    apply.run.unauthorized = 停止: Atlas がこのキーでの統合の書き込みを許可しなくなりました ({0})。書き込まれていないものは計画のまま残ります。
    apply.run.notconfirmed = 未確認: {0}
    apply.run.noanswer = まだ応答なし: {0}
    apply.run.endedunconfirmed = 書き込みを確認する前に実行が終了しました。

    # チェックポイント: 再開と、使えないファイル
    apply.checkpoint.othertype = この適用は {0} のものですが、入力された設定は {1} のものです。
    apply.checkpoint.othertail = 入力した{0}の末尾が、この適用の計画時の「{1}」と一致しません。再開するには同じ{0}を入力してください。
    apply.checkpoint.othervalue = {0}がこの適用の計画時と異なります。再開するには同じ設定を入力するか、新しく適用を始めてください。
    apply.checkpoint.encode = 適用のチェックポイントをエンコードできませんでした。
    apply.checkpoint.mkdir = 適用のチェックポイント用に {0} を作成できません。
    apply.checkpoint.write = 適用のチェックポイント {0} に書き込めません: {1}。
    apply.checkpoint.unreadable = 適用のチェックポイント {0} を読み込めません。
    apply.checkpoint.damaged = 適用のチェックポイント {0} が破損しています (記録が不完全)。マトリクスでプロジェクトの統合を確認し、もう一度適用してください。
    apply.checkpoint.older = 適用のチェックポイント {0} は古いバージョン (形式 {1}) で書かれたため再開できません。プロジェクトの統合を確認し、もう一度適用してください。
    apply.checkpoint.newer = 適用のチェックポイント {0} は新しいバージョン (形式 {1}) で書かれています。そのバージョンで再開してください。
    apply.checkpoint.otherurl = 適用のチェックポイント {0} は {1} 用で、{2} 用ではありません。再開するには、その Atlas に対してプログラムを起動してください。
    apply.checkpoint.notwritten = 書き込んでいません。
    """#
}
