<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
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
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="33" />
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="34" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="35" />
        <source>Cell count</source>
        <translation>细胞计数</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="36" />
        <source>Dose and release</source>
        <translation>剂量与放行</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="37" />
        <source>Dilution</source>
        <translation>稀释</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="38" />
        <source>Infusion</source>
        <translation>输注</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="39" />
        <source>DMSO</source>
        <translation>DMSO</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="40" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67" />
        <source>mscprep - MSC infusion preparation</source>
        <translation>mscprep - MSC 输注配制</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <location filename="../../ui/main_window.py" line="100" />
        <source>Protocol</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101" />
        <source>No protocol (app defaults only)</source>
        <translation>无方案（仅程序默认值）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111" />
        <source>Not loaded: {0}: {1}</source>
        <translation>未加载：{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137" />
        <source>Count method</source>
        <translation>计数方法</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>Counter read-out</source>
        <translation>细胞计数仪读数</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>Label (cells in volume)</source>
        <translation>标签（细胞数与体积）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140" />
        <source>Hemocytometer squares</source>
        <translation>血细胞计数板方格</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143" />
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>Weight unit</source>
        <translation>体重单位</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183" />
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <source>Fill in the current date and time</source>
        <translation>填入当前日期和时间</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221" />
        <source>{0}  (protocol default)</source>
        <translation>{0}  （方案默认值）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225" />
        <source>(protocol: {0})</source>
        <translation>（方案：{0}）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226" />
        <source>(default: {0})</source>
        <translation>（默认：{0}）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267" />
        <location filename="../../ui/main_window.py" line="310" />
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270" />
        <location filename="../../ui/main_window.py" line="313" />
        <source>Save sheet as PDF…</source>
        <translation>将配制单保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287" />
        <source>Complete the form first</source>
        <translation>请先填写完整</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322" />
        <source>Operator…</source>
        <translation>操作者…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325" />
        <source>Language (restart)</source>
        <translation>语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330" />
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336" />
        <source>About mscprep</source>
        <translation>关于 mscprep</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="348" />
        <source>Operator</source>
        <translation>操作者</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="348" />
        <source>Your name and initials:</source>
        <translation>您的姓名和缩写：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358" />
        <source>The language changes at the next start.</source>
        <translation>语言将在下次启动时更改。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371" />
        <source>Save sheet as PDF</source>
        <translation>将配制单保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378" />
        <source>The sheet could not be saved to {0}: {1}</source>
        <translation>配制单无法保存到 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="398" />
        <source>No printer is installed on this computer. Save the sheet as PDF and print it elsewhere, or ask IT to install the clean-room printer.</source>
        <translation>本机未安装打印机。请保存为 PDF 后在其他地方打印，或请信息部门安装洁净室打印机。</translation>
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
        <location filename="../../ui/results_panel.py" line="33" />
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="39" />
        <source>Findings</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="66" />
        <source>Incomplete: {0} field(s) to complete or correct</source>
        <translation>未完成：{0} 项需填写或更正</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="68" />
        <source>BLOCKED - NOT FOR ADMINISTRATION</source>
        <translation>已阻止 - 禁止给药</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="70" />
        <source>NEEDS A REASON for {0} soft finding(s)</source>
        <translation>{0} 条警示提示需要理由</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="71" />
        <source>OK - no hard finding</source>
        <translation>正常 - 无禁止提示</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="84" />
        <source>(complete the form to see the findings)</source>
        <translation>（填写完整后显示提示）</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="87" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="110" />
        <source>Reason for {0}</source>
        <translation>{0} 的理由</translation>
    </message>
    <message>
        <location filename="../../ui/results_panel.py" line="111" />
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
</TS>