<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>DoubleCheckDialog</name>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="29" />
        <source>Independent double check</source>
        <translation>独立したダブルチェック</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="32" />
        <source>Record {0} v{1} · patient {2} ({3}) · prepared by {4}. Enter the source figures yourself; the first results stay hidden until you compare.</source>
        <translation>記録 {0} v{1} · 患者 {2}（{3}）· 調製者 {4}。元の資料から数値を自分で入力してください。比較するまで最初の結果は表示されません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="41" />
        <source>Checker</source>
        <translation>確認者</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="42" />
        <source>Checker (name and initials)</source>
        <translation>確認者（氏名とイニシャル）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="44" />
        <source>No protocol (app defaults only)</source>
        <translation>プロトコルなし（アプリ既定値のみ）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="48" />
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="56" />
        <source>from the source document, with its unit</source>
        <translation>元の資料から、単位を付けて</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="60" />
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="70" />
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="70" />
        <source>First</source>
        <translation>1回目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="70" />
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="71" />
        <source>Difference</source>
        <translation>差</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="90" />
        <source>Enter your name and initials.</source>
        <translation>氏名とイニシャルを入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="93" />
        <source>{0} prepared this record and cannot verify it; a second person must do the independent check.</source>
        <translation>{0} はこの記録の調製者のため検証できません。別の人が独立して確認してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="117" />
        <source>Every result agrees within {0:.0%}. Save to verify the record.</source>
        <translation>すべての結果が {0:.0%} 以内で一致しました。保存して記録を検証済みにします。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="121" />
        <source>{0} result(s) differ by more than {1:.0%}. Save the check (it is logged as not matching), then resolve the difference with the preparer.</source>
        <translation>{0} 件の結果が {1:.0%} を超えて異なります。確認を保存し（不一致として記録）、調製者と差異を解消してください。</translation>
    </message>
</context>
<context>
    <name>GravimetricDialog</name>
    <message>
        <location filename="../../ui/dialogs/gravimetric_dialog.py" line="18" />
        <source>Gravimetric check</source>
        <translation>重量確認</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/gravimetric_dialog.py" line="20" />
        <source>Planned volume in the container</source>
        <translation>容器内の計画液量</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/gravimetric_dialog.py" line="29" />
        <source>{0} (may be tightened)</source>
        <translation>{0}（厳しくすることのみ可）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/gravimetric_dialog.py" line="31" />
        <source>Tare (empty container)</source>
        <translation>風袋（空容器）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/gravimetric_dialog.py" line="31" />
        <source>Filled</source>
        <translation>充填後</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/gravimetric_dialog.py" line="32" />
        <source>Tolerance</source>
        <translation>許容差</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/gravimetric_dialog.py" line="49" />
        <source>Enter the tare and the filled mass.</source>
        <translation>風袋と充填後の重量を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/gravimetric_dialog.py" line="57" />
        <source>within tolerance</source>
        <translation>許容範囲内</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/gravimetric_dialog.py" line="58" />
        <source>Measured {0} ({1}): {2}</source>
        <translation>実測 {0}（{1}）：{2}</translation>
    </message>
</context>
<context>
    <name>HemocytometerGrid</name>
    <message>
        <location filename="../../ui/hemocytometer.py" line="25" />
        <source>Square</source>
        <translation>区画</translation>
    </message>
    <message>
        <location filename="../../ui/hemocytometer.py" line="26" />
        <source>Unstained</source>
        <translation>非染色</translation>
    </message>
    <message>
        <location filename="../../ui/hemocytometer.py" line="27" />
        <source>Stained</source>
        <translation>染色</translation>
    </message>
    <message>
        <location filename="../../ui/hemocytometer.py" line="30" />
        <source>unstained</source>
        <translation>非染色細胞</translation>
    </message>
    <message>
        <location filename="../../ui/hemocytometer.py" line="30" />
        <source>stained</source>
        <translation>染色細胞</translation>
    </message>
    <message>
        <location filename="../../ui/hemocytometer.py" line="35" />
        <source>Square {0} {1} count</source>
        <translation>区画 {0} の{1}数</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="22" />
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="27" />
        <location filename="../../ui/dialogs/history_dialog.py" line="40" />
        <source>Patient ID</source>
        <translation>患者ID</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="27" />
        <location filename="../../ui/dialogs/history_dialog.py" line="41" />
        <source>DIN</source>
        <translation>DIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="28" />
        <location filename="../../ui/dialogs/history_dialog.py" line="40" />
        <source>Operator</source>
        <translation>作業者</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="28" />
        <source>From (YYYY-MM-DD)</source>
        <translation>開始日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="29" />
        <source>To (YYYY-MM-DD)</source>
        <translation>終了日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="39" />
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="39" />
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="39" />
        <source>Saved</source>
        <translation>保存日時</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="40" />
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="41" />
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="41" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="49" />
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="49" />
        <source>Reopen</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="50" />
        <source>Reprint…</source>
        <translation>再印刷…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="51" />
        <source>Export CSV…</source>
        <translation>CSV に書き出し…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="67" />
        <source>BLOCKED</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="68" />
        <source>verified by {0}</source>
        <translation>{0} が検証済み</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="69" />
        <source>not verified</source>
        <translation>未検証</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="73" />
        <source>{0} record(s)</source>
        <translation>{0} 件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="96" />
        <source>Export CSV</source>
        <translation>CSV に書き出し</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="102" />
        <source>Could not write {0}: {1}</source>
        <translation>{0} に書き込めません：{1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="39" />
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="40" />
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="41" />
        <source>Cell count</source>
        <translation>細胞数</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="42" />
        <source>Dose and release</source>
        <translation>投与量と出荷判定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="43" />
        <source>Dilution</source>
        <translation>希釈</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="44" />
        <source>Infusion</source>
        <translation>投与</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="45" />
        <source>DMSO</source>
        <translation>DMSO</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46" />
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47" />
        <source>Treatment course</source>
        <translation>投与コース</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="48" />
        <source>Blinded trial</source>
        <translation>盲検試験</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75" />
        <source>mscprep - MSC infusion preparation</source>
        <translation>mscprep - MSC 投与調製</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <location filename="../../ui/main_window.py" line="128" />
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129" />
        <source>No protocol (app defaults only)</source>
        <translation>プロトコルなし（アプリ既定値のみ）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>Not loaded: {0}: {1}</source>
        <translation>読み込めません：{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165" />
        <source>Count method</source>
        <translation>計数方法</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166" />
        <source>Counter read-out</source>
        <translation>セルカウンター値</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167" />
        <source>Label (cells in volume)</source>
        <translation>表示（細胞数と液量）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>Hemocytometer squares</source>
        <translation>血球計算盤の区画</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206" />
        <source>Weight unit</source>
        <translation>体重の単位</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211" />
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213" />
        <source>Fill in the current date and time</source>
        <translation>現在の日時を入力</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250" />
        <source>{0}  (protocol default)</source>
        <translation>{0}  （プロトコルの既定値）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256" />
        <source>(protocol: {0})</source>
        <translation>（プロトコル：{0}）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257" />
        <source>(default: {0})</source>
        <translation>（既定値：{0}）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299" />
        <location filename="../../ui/main_window.py" line="359" />
        <source>Print preview…</source>
        <translation>印刷プレビュー…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302" />
        <location filename="../../ui/main_window.py" line="365" />
        <source>Print label…</source>
        <translation>ラベル印刷…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305" />
        <location filename="../../ui/main_window.py" line="362" />
        <source>Save sheet as PDF…</source>
        <translation>記録を PDF で保存…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324" />
        <source>Complete the form first</source>
        <translation>先に入力を完了してください</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368" />
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373" />
        <source>&amp;Records</source>
        <translation>記録(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376" />
        <source>Save record</source>
        <translation>記録を保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377" />
        <source>Independent double check…</source>
        <translation>独立したダブルチェック…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378" />
        <source>Gravimetric check…</source>
        <translation>重量確認…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379" />
        <source>History…</source>
        <translation>履歴…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380" />
        <source>Verify audit trail</source>
        <translation>監査証跡を検証</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387" />
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388" />
        <source>Operator…</source>
        <translation>作業者…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391" />
        <source>Language (restart)</source>
        <translation>言語（再起動後）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396" />
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="401" />
        <source>Log level</source>
        <translation>ログレベル</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406" />
        <source>High contrast</source>
        <translation>ハイコントラスト</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="411" />
        <source>About mscprep</source>
        <translation>mscprep について</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432" />
        <source>Operator</source>
        <translation>作業者</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432" />
        <source>Your name and initials:</source>
        <translation>氏名とイニシャル：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442" />
        <source>The language changes at the next start.</source>
        <translation>言語は次回起動時に変更されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="485" />
        <source>Restored the unsaved entries of {0} after an unexpected end. Check the patient and every figure before use.</source>
        <translation>予期しない終了の後、{0} の未保存の入力を復元しました。使用前に患者とすべての数値を確認してください。</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="11" />
        <source>Who is working?</source>
        <translation>作業者は誰ですか？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="13" />
        <source>Every saved record, check, weighing and print is logged with this name.</source>
        <translation>保存・確認・秤量・印刷はすべてこの名前で記録されます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="16" />
        <location filename="../../ui/dialogs/operator_dialog.py" line="18" />
        <source>Name and initials</source>
        <translation>氏名とイニシャル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="17" />
        <source>e.g. Kenji Tanaka (KT)</source>
        <translation>例：田中 健（KT）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="29" />
        <source>Enter your name and initials.</source>
        <translation>氏名とイニシャルを入力してください。</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../ui/print_actions.py" line="26" />
        <source>The sheet cannot be printed: {0}</source>
        <translation>記録を印刷できません：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="34" />
        <source>Save sheet as PDF</source>
        <translation>記録を PDF で保存</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="41" />
        <source>The sheet could not be saved to {0}: {1}</source>
        <translation>記録を {0} に保存できませんでした：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="59" />
        <source>There is no label to print: the plan is blocked or a reason is missing.</source>
        <translation>印刷するラベルがありません：計画が停止中か、理由が未入力です。</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="70" />
        <source>No printer is installed on this computer. Save the sheet as PDF and print it elsewhere, or ask IT to install the clean-room printer.</source>
        <translation>このコンピューターにプリンターがありません。PDF として保存して別の場所で印刷するか、クリーンルームのプリンターの設定を依頼してください。</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../ui/record_actions.py" line="67" />
        <source>This record is saved and unchanged.</source>
        <translation>この記録は保存済みで変更されていません。</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="71" />
        <source>Change to a saved record</source>
        <translation>保存済み記録の変更</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="72" />
        <source>Reason for the change (it is logged):</source>
        <translation>変更の理由（記録されます）：</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="84" />
        <source>Saved as record {0} version {1}</source>
        <translation>記録 {0} 版 {1} として保存しました</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="103" />
        <source>Verified by {0}</source>
        <translation>{0} が検証しました</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="104" />
        <source>Double check did not match; resolve the differences</source>
        <translation>ダブルチェックが一致しません。差異を解消してください</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="121" />
        <source>Weighing saved</source>
        <translation>重量確認を保存しました</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="152" />
        <source>Audit trail intact: {0} entries</source>
        <translation>監査証跡は正常：{0} 件</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="155" />
        <source>AUDIT TRAIL CHECK FAILED - records may have been altered: {0}</source>
        <translation>監査証跡の検証に失敗 - 記録が改変された可能性があります：{0}</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../ui/results_panel.py" line="31" />
        <source>Plan status</source>
        <translation>計画の状態</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="37" />
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="34" />
        <source>Findings</source>
        <translation>所見</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="71" />
        <source>Incomplete: {0} field(s) to complete or correct</source>
        <translation>未入力：{0} 項目の入力または修正が必要</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="73" />
        <source>BLOCKED - NOT FOR ADMINISTRATION</source>
        <translation>停止 - 投与禁止</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="75" />
        <source>NEEDS A REASON for {0} soft finding(s)</source>
        <translation>警告所見 {0} 件に理由が必要</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="76" />
        <source>OK - no hard finding</source>
        <translation>OK - 禁止所見なし</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="89" />
        <source>(complete the form to see the findings)</source>
        <translation>（入力を完了すると所見が表示されます）</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="92" />
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="116" />
        <source>Reason for {0}</source>
        <translation>{0} の理由</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="117" />
        <source>Type the reason to proceed (at least 3 characters), then Enter</source>
        <translation>続行するには理由を入力（3文字以上）し Enter</translation>
    </message>
</context>
<context>
    <name>TimelinePlot</name>
    <message>
        <location filename="../../ui/timeline.py" line="20" />
        <source>Infusion timeline</source>
        <translation>投与タイムライン</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="25" />
        <source>Infusion from {0} to {1}</source>
        <translation>投与 {0}〜{1}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="38" />
        <source>(no plan)</source>
        <translation>（計画なし）</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="50" />
        <source>start {0}</source>
        <translation>開始 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="51" />
        <source>end {0}</source>
        <translation>終了 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="52" />
        <source>latest start {0}</source>
        <translation>開始期限 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="53" />
        <source>use by {0}</source>
        <translation>使用期限 {0}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/app.py" line="92" />
        <source>An unexpected error occurred: {0}
Your entries are kept. Please report it; details are in the log file.</source>
        <translation>予期しないエラーが発生しました：{0}
入力内容は保持されています。報告してください。詳細はログファイルにあります。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="98" />
        <source>Records are not available: {0} You can still calculate and print drafts.</source>
        <translation>記録を使用できません：{0} 計算と下書きの印刷は可能です。</translation>
    </message>
</context>
</TS>