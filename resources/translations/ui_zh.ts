<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DoubleCheckDialog</name>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="29" />
        <source>Independent double check</source>
        <translation>独立双人核对</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="32" />
        <source>Record {0} v{1} · patient {2} ({3}) · prepared by {4}. Enter the source figures yourself; the first results stay hidden until you compare.</source>
        <translation>记录 {0} v{1} · 患者 {2}（{3}）· 配制者 {4}。请根据原始资料自行输入数值；比较之前不显示第一次的结果。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="41" />
        <source>Checker</source>
        <translation>核对者</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="42" />
        <source>Checker (name and initials)</source>
        <translation>核对者（姓名和缩写）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="44" />
        <source>No protocol (app defaults only)</source>
        <translation>无方案（仅程序默认值）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="48" />
        <source>Protocol</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="56" />
        <source>from the source document, with its unit</source>
        <translation>按原始资料填写，带单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="60" />
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="70" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="70" />
        <source>First</source>
        <translation>第一次</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="70" />
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="71" />
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="90" />
        <source>Enter your name and initials.</source>
        <translation>请输入您的姓名和缩写。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="93" />
        <source>{0} prepared this record and cannot verify it; a second person must do the independent check.</source>
        <translation>{0} 是本记录的配制者，不能核对；须由另一人独立核对。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="117" />
        <source>Every result agrees within {0:.0%}. Save to verify the record.</source>
        <translation>所有结果在 {0:.0%} 以内一致。保存以完成核对。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/double_check_dialog.py" line="121" />
        <source>{0} result(s) differ by more than {1:.0%}. Save the check (it is logged as not matching), then resolve the difference with the preparer.</source>
        <translation>{0} 项结果差异超过 {1:.0%}。请保存本次核对（记为不一致），然后与配制者解决差异。</translation>
    </message>
</context>
<context>
    <name>GravimetricDialog</name>
    <message>
        <location filename="../../ui/dialogs/gravimetric_dialog.py" line="18" />
        <source>Gravimetric check</source>
        <translation>称量核对</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/gravimetric_dialog.py" line="20" />
        <source>Planned volume in the container</source>
        <translation>容器内计划体积</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/gravimetric_dialog.py" line="29" />
        <source>{0} (may be tightened)</source>
        <translation>{0}（只可收紧）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/gravimetric_dialog.py" line="31" />
        <source>Tare (empty container)</source>
        <translation>皮重（空容器）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/gravimetric_dialog.py" line="31" />
        <source>Filled</source>
        <translation>装填后</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/gravimetric_dialog.py" line="32" />
        <source>Tolerance</source>
        <translation>允许偏差</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/gravimetric_dialog.py" line="49" />
        <source>Enter the tare and the filled mass.</source>
        <translation>请输入皮重和装填后质量。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/gravimetric_dialog.py" line="57" />
        <source>within tolerance</source>
        <translation>在允许范围内</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/gravimetric_dialog.py" line="58" />
        <source>Measured {0} ({1}): {2}</source>
        <translation>实测 {0}（{1}）：{2}</translation>
    </message>
</context>
<context>
    <name>HemocytometerGrid</name>
    <message>
        <location filename="../../ui/hemocytometer.py" line="25" />
        <source>Square</source>
        <translation>方格</translation>
    </message>
    <message>
        <location filename="../../ui/hemocytometer.py" line="26" />
        <source>Unstained</source>
        <translation>未染色</translation>
    </message>
    <message>
        <location filename="../../ui/hemocytometer.py" line="27" />
        <source>Stained</source>
        <translation>染色</translation>
    </message>
    <message>
        <location filename="../../ui/hemocytometer.py" line="30" />
        <source>unstained</source>
        <translation>未染色细胞</translation>
    </message>
    <message>
        <location filename="../../ui/hemocytometer.py" line="30" />
        <source>stained</source>
        <translation>染色细胞</translation>
    </message>
    <message>
        <location filename="../../ui/hemocytometer.py" line="35" />
        <source>Square {0} {1} count</source>
        <translation>方格 {0} 的{1}数</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="22" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="27" />
        <location filename="../../ui/dialogs/history_dialog.py" line="40" />
        <source>Patient ID</source>
        <translation>患者 ID</translation>
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
        <translation>操作者</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="28" />
        <source>From (YYYY-MM-DD)</source>
        <translation>起始日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="29" />
        <source>To (YYYY-MM-DD)</source>
        <translation>截止日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="39" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="39" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="39" />
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="40" />
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="41" />
        <source>Protocol</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="41" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="49" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="49" />
        <source>Reopen</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="50" />
        <source>Reprint…</source>
        <translation>重印…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="51" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="67" />
        <source>BLOCKED</source>
        <translation>已阻止</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="68" />
        <source>verified by {0}</source>
        <translation>由 {0} 核对</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="69" />
        <source>not verified</source>
        <translation>未核对</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="73" />
        <source>{0} record(s)</source>
        <translation>{0} 条记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="96" />
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="102" />
        <source>Could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
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
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="41" />
        <source>Cell count</source>
        <translation>细胞计数</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="42" />
        <source>Dose and release</source>
        <translation>剂量与放行</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="43" />
        <source>Dilution</source>
        <translation>稀释</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="44" />
        <source>Infusion</source>
        <translation>输注</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="45" />
        <source>DMSO</source>
        <translation>DMSO</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47" />
        <source>Treatment course</source>
        <translation>疗程</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="48" />
        <source>Blinded trial</source>
        <translation>盲法试验</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75" />
        <source>mscprep - MSC infusion preparation</source>
        <translation>mscprep - MSC 输注配制</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <location filename="../../ui/main_window.py" line="128" />
        <source>Protocol</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129" />
        <source>No protocol (app defaults only)</source>
        <translation>无方案（仅程序默认值）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>Not loaded: {0}: {1}</source>
        <translation>未加载：{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165" />
        <source>Count method</source>
        <translation>计数方法</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166" />
        <source>Counter read-out</source>
        <translation>细胞计数仪读数</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167" />
        <source>Label (cells in volume)</source>
        <translation>标签（细胞数与体积）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>Hemocytometer squares</source>
        <translation>血细胞计数板方格</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206" />
        <source>Weight unit</source>
        <translation>体重单位</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211" />
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213" />
        <source>Fill in the current date and time</source>
        <translation>填入当前日期和时间</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250" />
        <source>{0}  (protocol default)</source>
        <translation>{0}  （方案默认值）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256" />
        <source>(protocol: {0})</source>
        <translation>（方案：{0}）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257" />
        <source>(default: {0})</source>
        <translation>（默认：{0}）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299" />
        <location filename="../../ui/main_window.py" line="359" />
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302" />
        <location filename="../../ui/main_window.py" line="365" />
        <source>Print label…</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305" />
        <location filename="../../ui/main_window.py" line="362" />
        <source>Save sheet as PDF…</source>
        <translation>将配制单保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324" />
        <source>Complete the form first</source>
        <translation>请先填写完整</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373" />
        <source>&amp;Records</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376" />
        <source>Save record</source>
        <translation>保存记录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377" />
        <source>Independent double check…</source>
        <translation>独立双人核对…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378" />
        <source>Gravimetric check…</source>
        <translation>称量核对…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379" />
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380" />
        <source>Verify audit trail</source>
        <translation>校验审计追踪</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388" />
        <source>Operator…</source>
        <translation>操作者…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391" />
        <source>Language (restart)</source>
        <translation>语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396" />
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="401" />
        <source>Log level</source>
        <translation>日志级别</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406" />
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="411" />
        <source>About mscprep</source>
        <translation>关于 mscprep</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432" />
        <source>Operator</source>
        <translation>操作者</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432" />
        <source>Your name and initials:</source>
        <translation>您的姓名和缩写：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442" />
        <source>The language changes at the next start.</source>
        <translation>语言将在下次启动时更改。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="485" />
        <source>Restored the unsaved entries of {0} after an unexpected end. Check the patient and every figure before use.</source>
        <translation>程序意外结束后，已恢复 {0} 未保存的输入。使用前请核对患者及所有数值。</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="11" />
        <source>Who is working?</source>
        <translation>当前操作者是谁？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="13" />
        <source>Every saved record, check, weighing and print is logged with this name.</source>
        <translation>所有保存、核对、称量和打印都将以此姓名记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="16" />
        <location filename="../../ui/dialogs/operator_dialog.py" line="18" />
        <source>Name and initials</source>
        <translation>姓名和缩写</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="17" />
        <source>e.g. Kenji Tanaka (KT)</source>
        <translation>例如：王小明（WXM）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="29" />
        <source>Enter your name and initials.</source>
        <translation>请输入您的姓名和缩写。</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../ui/print_actions.py" line="26" />
        <source>The sheet cannot be printed: {0}</source>
        <translation>无法打印配制单：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="34" />
        <source>Save sheet as PDF</source>
        <translation>将配制单保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="41" />
        <source>The sheet could not be saved to {0}: {1}</source>
        <translation>配制单无法保存到 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="59" />
        <source>There is no label to print: the plan is blocked or a reason is missing.</source>
        <translation>没有可打印的标签：计划已阻止或缺少理由。</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="70" />
        <source>No printer is installed on this computer. Save the sheet as PDF and print it elsewhere, or ask IT to install the clean-room printer.</source>
        <translation>本机未安装打印机。请保存为 PDF 后在其他地方打印，或请信息部门安装洁净室打印机。</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../ui/record_actions.py" line="67" />
        <source>This record is saved and unchanged.</source>
        <translation>本记录已保存且未更改。</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="71" />
        <source>Change to a saved record</source>
        <translation>更改已保存的记录</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="72" />
        <source>Reason for the change (it is logged):</source>
        <translation>更改理由（将被记录）：</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="84" />
        <source>Saved as record {0} version {1}</source>
        <translation>已保存为记录 {0} 第 {1} 版</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="103" />
        <source>Verified by {0}</source>
        <translation>已由 {0} 核对</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="104" />
        <source>Double check did not match; resolve the differences</source>
        <translation>双人核对不一致；请解决差异</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="121" />
        <source>Weighing saved</source>
        <translation>称量结果已保存</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="152" />
        <source>Audit trail intact: {0} entries</source>
        <translation>审计追踪完整：{0} 条</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="155" />
        <source>AUDIT TRAIL CHECK FAILED - records may have been altered: {0}</source>
        <translation>审计追踪校验失败 - 记录可能被篡改：{0}</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../ui/results_panel.py" line="31" />
        <source>Plan status</source>
        <translation>计划状态</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="37" />
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="34" />
        <source>Findings</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="71" />
        <source>Incomplete: {0} field(s) to complete or correct</source>
        <translation>未完成：{0} 项需填写或更正</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="73" />
        <source>BLOCKED - NOT FOR ADMINISTRATION</source>
        <translation>已阻止 - 禁止给药</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="75" />
        <source>NEEDS A REASON for {0} soft finding(s)</source>
        <translation>{0} 条警示提示需要理由</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="76" />
        <source>OK - no hard finding</source>
        <translation>正常 - 无禁止提示</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="89" />
        <source>(complete the form to see the findings)</source>
        <translation>（填写完整后显示提示）</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="92" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="116" />
        <source>Reason for {0}</source>
        <translation>{0} 的理由</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="117" />
        <source>Type the reason to proceed (at least 3 characters), then Enter</source>
        <translation>输入理由（至少 3 个字符）后按 Enter 继续</translation>
    </message>
</context>
<context>
    <name>TimelinePlot</name>
    <message>
        <location filename="../../ui/timeline.py" line="20" />
        <source>Infusion timeline</source>
        <translation>输注时间线</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="25" />
        <source>Infusion from {0} to {1}</source>
        <translation>输注 {0} 至 {1}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="38" />
        <source>(no plan)</source>
        <translation>（无计划）</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="50" />
        <source>start {0}</source>
        <translation>开始 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="51" />
        <source>end {0}</source>
        <translation>结束 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="52" />
        <source>latest start {0}</source>
        <translation>最晚开始 {0}</translation>
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
        <translation>发生意外错误：{0}
您的输入已保留。请报告此问题；详情见日志文件。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="98" />
        <source>Records are not available: {0} You can still calculate and print drafts.</source>
        <translation>记录不可用：{0} 仍可计算并打印草稿。</translation>
    </message>
</context>
</TS>