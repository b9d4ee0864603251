<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
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
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="33" />
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="34" />
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="35" />
        <source>Cell count</source>
        <translation>細胞数</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="36" />
        <source>Dose and release</source>
        <translation>投与量と出荷判定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="37" />
        <source>Dilution</source>
        <translation>希釈</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="38" />
        <source>Infusion</source>
        <translation>投与</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="39" />
        <source>DMSO</source>
        <translation>DMSO</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="40" />
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67" />
        <source>mscprep - MSC infusion preparation</source>
        <translation>mscprep - MSC 投与調製</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <location filename="../../ui/main_window.py" line="100" />
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101" />
        <source>No protocol (app defaults only)</source>
        <translation>プロトコルなし（アプリ既定値のみ）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111" />
        <source>Not loaded: {0}: {1}</source>
        <translation>読み込めません：{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137" />
        <source>Count method</source>
        <translation>計数方法</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>Counter read-out</source>
        <translation>セルカウンター値</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>Label (cells in volume)</source>
        <translation>表示（細胞数と液量）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140" />
        <source>Hemocytometer squares</source>
        <translation>血球計算盤の区画</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143" />
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>Weight unit</source>
        <translation>体重の単位</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183" />
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <source>Fill in the current date and time</source>
        <translation>現在の日時を入力</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221" />
        <source>{0}  (protocol default)</source>
        <translation>{0}  （プロトコルの既定値）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225" />
        <source>(protocol: {0})</source>
        <translation>（プロトコル：{0}）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226" />
        <source>(default: {0})</source>
        <translation>（既定値：{0}）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267" />
        <location filename="../../ui/main_window.py" line="310" />
        <source>Print preview…</source>
        <translation>印刷プレビュー…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270" />
        <location filename="../../ui/main_window.py" line="313" />
        <source>Save sheet as PDF…</source>
        <translation>記録を PDF で保存…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287" />
        <source>Complete the form first</source>
        <translation>先に入力を完了してください</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316" />
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321" />
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322" />
        <source>Operator…</source>
        <translation>作業者…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325" />
        <source>Language (restart)</source>
        <translation>言語（再起動後）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330" />
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336" />
        <source>About mscprep</source>
        <translation>mscprep について</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="348" />
        <source>Operator</source>
        <translation>作業者</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="348" />
        <source>Your name and initials:</source>
        <translation>氏名とイニシャル：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358" />
        <source>The language changes at the next start.</source>
        <translation>言語は次回起動時に変更されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371" />
        <source>Save sheet as PDF</source>
        <translation>記録を PDF で保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378" />
        <source>The sheet could not be saved to {0}: {1}</source>
        <translation>記録を {0} に保存できませんでした：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="398" />
        <source>No printer is installed on this computer. Save the sheet as PDF and print it elsewhere, or ask IT to install the clean-room printer.</source>
        <translation>このコンピューターにプリンターがありません。PDF として保存して別の場所で印刷するか、クリーンルームのプリンターの設定を依頼してください。</translation>
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
        <location filename="../../ui/results_panel.py" line="33" />
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="39" />
        <source>Findings</source>
        <translation>所見</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="66" />
        <source>Incomplete: {0} field(s) to complete or correct</source>
        <translation>未入力：{0} 項目の入力または修正が必要</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="68" />
        <source>BLOCKED - NOT FOR ADMINISTRATION</source>
        <translation>停止 - 投与禁止</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="70" />
        <source>NEEDS A REASON for {0} soft finding(s)</source>
        <translation>警告所見 {0} 件に理由が必要</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="71" />
        <source>OK - no hard finding</source>
        <translation>OK - 禁止所見なし</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="84" />
        <source>(complete the form to see the findings)</source>
        <translation>（入力を完了すると所見が表示されます）</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="87" />
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="110" />
        <source>Reason for {0}</source>
        <translation>{0} の理由</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="111" />
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
</TS>