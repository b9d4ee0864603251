<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>BannerStack</name>
        <message>
            <location filename="../../ui/banners.py" line="45" />
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>CaseStrip</name>
        <message>
            <location filename="../../ui/case_strip.py" line="11" />
            <source>Entered</source>
            <translation>已输入</translation>
        </message>
        <message>
            <location filename="../../ui/case_strip.py" line="12" />
            <source>Saved</source>
            <translation>已保存</translation>
        </message>
        <message>
            <location filename="../../ui/case_strip.py" line="13" />
            <source>Verified</source>
            <translation>已核对</translation>
        </message>
        <message>
            <location filename="../../ui/case_strip.py" line="14" />
            <source>Weighed</source>
            <translation>已称重</translation>
        </message>
        <message>
            <location filename="../../ui/case_strip.py" line="15" />
            <source>Labelled</source>
            <translation>已贴标签</translation>
        </message>
        <message>
            <location filename="../../ui/case_strip.py" line="32" />
            <source>then</source>
            <translation>然后</translation>
        </message>
    </context>
    <context>
        <name>CoreTexts</name>
        <message>
            <location filename="../../ui/core_texts.py" line="9" />
            <source>Patient name</source>
            <translation>患者姓名</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="10" />
            <source>Printed on the sheet and label.</source>
            <translation>打印在配制单和标签上。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="11" />
            <source>Patient ID</source>
            <translation>患者 ID</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="12" />
            <source>Hospital number.</source>
            <translation>医院病历号。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="13" />
            <source>Body weight</source>
            <translation>体重</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="14" />
            <source>Any mass unit: 60 kg, 132.3 lb.</source>
            <translation>任何质量单位：60 kg、132.3 lb。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="15" />
            <source>DIN (ISBT 128)</source>
            <translation>DIN（ISBT 128）</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="16" />
            <source>13 characters (check character computed) or 14 (verified).</source>
            <translation>13 个字符（计算校验字符）或 14 个（核对校验字符）。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="17" />
            <source>Product code</source>
            <translation>产品编码</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="18" />
            <source>The facility's own product code.</source>
            <translation>本机构的产品代码。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="19" />
            <source>Source tissue</source>
            <translation>来源组织</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="20" />
            <source>Tissue the MSCs come from.</source>
            <translation>MSC 的来源组织。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="21" />
            <source>Donor</source>
            <translation>供者</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="22" />
            <source>autologous or allogeneic.</source>
            <translation>自体或异体。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="23" />
            <source>Prepared by</source>
            <translation>配制者</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="24" />
            <source>Operator preparing the product.</source>
            <translation>配制产品的操作者。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="25" />
            <source>Total cell concentration</source>
            <translation>总细胞浓度</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="26" />
            <source>Counter read-out: all nucleated cells (viable and dead) per mL.</source>
            <translation>细胞计数仪读数：每 mL 全部有核细胞（活细胞和死细胞）。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="27" />
            <source>Viability</source>
            <translation>活率</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="28" />
            <source>Viable fraction of the product.</source>
            <translation>产品中活细胞的比例。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="29" />
            <source>Cells in product (label)</source>
            <translation>产品细胞数（标签）</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="30" />
            <source>Cells stated on the bag or vial label.</source>
            <translation>袋或小瓶标签上标注的细胞数。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="31" />
            <source>Product volume (label)</source>
            <translation>产品体积（标签）</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="32" />
            <source>Volume stated on the bag or vial label.</source>
            <translation>袋或小瓶标签上标注的体积。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="33" />
            <source>Unstained (viable) counts per square</source>
            <translation>未染色（活）细胞数／方格</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="34" />
            <source>Counts per large square, separated by commas.</source>
            <translation>每个大方格的计数，用逗号分隔。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="35" />
            <source>Stained (dead) counts per square</source>
            <translation>染色（死）细胞数／方格</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="36" />
            <source>Trypan-blue stained counts for the same squares.</source>
            <translation>同一方格中台盼蓝染色的细胞数。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="37" />
            <source>Dilution factor</source>
            <translation>稀释倍数</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="38" />
            <source>Total dilution of the sample in the chamber (1:1 trypan blue = 2).</source>
            <translation>计数池中样本的总稀释倍数（台盼蓝 1:1 = 2）。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="39" />
            <source>Dose</source>
            <translation>剂量</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="40" />
            <source>Per kg (cell/kg) or fixed total (cell).</source>
            <translation>按体重（cell/kg）或固定总数（cell）。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="41" />
            <source>Dose basis</source>
            <translation>剂量基准</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="42" />
            <source>Whether the dose counts viable or all cells.</source>
            <translation>剂量按活细胞还是全部细胞计算。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="43" />
            <source>Dose cap</source>
            <translation>剂量封顶</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="44" />
            <source>Largest total dose; a larger dose is reduced to it.</source>
            <translation>总剂量上限；超过的剂量减至此值。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="45" />
            <source>Maximum dose</source>
            <translation>最大剂量</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="46" />
            <source>Hard maximum, per kg or total.</source>
            <translation>硬性上限（按体重或总数）。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="47" />
            <source>Release viability</source>
            <translation>放行活率</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="48" />
            <source>Release specification.</source>
            <translation>放行标准。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="49" />
            <source>Volume available</source>
            <translation>可抽取体积</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="50" />
            <source>Product volume that can be drawn (dead volume left behind).</source>
            <translation>可抽取的产品体积（死腔体积留在容器内）。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="51" />
            <source>Final concentration</source>
            <translation>终浓度</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="52" />
            <source>Dilution target on the dose basis.</source>
            <translation>按剂量基准的稀释目标。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="53" />
            <source>Final volume</source>
            <translation>终体积</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="54" />
            <source>Dilution target volume.</source>
            <translation>稀释后的目标体积。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="55" />
            <source>Diluent</source>
            <translation>稀释液</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="56" />
            <source>Fluid added to the product.</source>
            <translation>加入产品的液体。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="57" />
            <source>Dilution</source>
            <translation>稀释</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="58" />
            <source>bag: diluted before infusing; in_line: diluent runs with the product.</source>
            <translation>袋内：输注前稀释；在线：稀释液与产品同时输注。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="59" />
            <source>In-line diluent ratio</source>
            <translation>在线稀释比例</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="60" />
            <source>Diluent flow as a multiple of the product flow.</source>
            <translation>稀释液流速为产品流速的倍数。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="61" />
            <source>Largest bag or syringe</source>
            <translation>最大输液袋或注射器</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="62" />
            <source>Larger preparations are split into equal bags.</source>
            <translation>超过此体积的制剂分装成等量的多袋。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="63" />
            <source>Rate</source>
            <translation>输注速度</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="64" />
            <source>Infusion rate; mL/min or mL/h.</source>
            <translation>输注速度（mL/min 或 mL/h）。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="65" />
            <source>Duration</source>
            <translation>输注时间</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="66" />
            <source>Infusion duration.</source>
            <translation>输注时长。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="67" />
            <source>Product flow</source>
            <translation>产品流速</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="68" />
            <source>In-line dilution: flow of the product itself.</source>
            <translation>在线稀释：产品本身的流速。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="69" />
            <source>Maximum rate</source>
            <translation>最大速度</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="70" />
            <source>Rate guide of the label or protocol.</source>
            <translation>说明书或方案的速度参考。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="71" />
            <source>Administration</source>
            <translation>给药方式</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="72" />
            <source>pump, gravity or syringe_push.</source>
            <translation>输液泵、重力滴注或注射器推注。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="73" />
            <source>Drop factor</source>
            <translation>滴系数</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="74" />
            <source>Gravity set drops per mL.</source>
            <translation>重力输液器每 mL 的滴数。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="75" />
            <source>Filter</source>
            <translation>过滤器</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="76" />
            <source>Filter in the line.</source>
            <translation>输液管路中的滤器。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="77" />
            <source>Irradiated</source>
            <translation>辐照</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="78" />
            <source>Whether the product was irradiated.</source>
            <translation>产品是否经过辐照。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="79" />
            <source>DMSO</source>
            <translation>DMSO</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="80" />
            <source>DMSO volume fraction of the product as drawn.</source>
            <translation>所抽取产品中 DMSO 的体积分数。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="81" />
            <source>DMSO limit</source>
            <translation>DMSO 上限</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="82" />
            <source>DMSO per kg body weight per day.</source>
            <translation>每日每 kg 体重的 DMSO 量。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="83" />
            <source>Thawed at</source>
            <translation>解冻时间</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="84" />
            <source>Time of thaw or end of preparation.</source>
            <translation>复苏时间或配制结束时间。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="85" />
            <source>Stability window</source>
            <translation>稳定期</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="86" />
            <source>From thaw to end of infusion.</source>
            <translation>从复苏到输注结束。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="87" />
            <source>Dose number in the course</source>
            <translation>疗程中的剂次</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="88" />
            <source>Which dose of the protocol's course this is.</source>
            <translation>本次为方案疗程中的第几次给药。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="89" />
            <source>Previous dose at</source>
            <translation>上次给药时间</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="90" />
            <source>When the previous dose of the course was given.</source>
            <translation>疗程中上一次给药的时间。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="91" />
            <source>First dose at</source>
            <translation>首剂时间</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="92" />
            <source>Nebulized course: when the first dose is given.</source>
            <translation>雾化疗程：首次给药时间。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="93" />
            <source>Randomisation code</source>
            <translation>随机编码</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="94" />
            <source>Blinded trial: the patient's code.</source>
            <translation>盲法试验：患者的随机编码。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="95" />
            <source>Randomisation list (pharmacy)</source>
            <translation>随机表（药房）</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="96" />
            <source>CSV file with columns code and arm, kept by the unblinded pharmacy.</source>
            <translation>含 code 和 arm 列的 CSV 文件，由非盲药房保管。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="97" />
            <source>dose cap</source>
            <translation>剂量封顶</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="98" />
            <source>maximum dose</source>
            <translation>最大剂量</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="99" />
            <source>maximum dose per kg</source>
            <translation>每公斤最大剂量</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="100" />
            <source>minimum dose</source>
            <translation>最小剂量</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="101" />
            <source>minimum dose per kg</source>
            <translation>每公斤最小剂量</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="102" />
            <source>release viability</source>
            <translation>放行活率</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="103" />
            <source>maximum rate</source>
            <translation>最大输注速度</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="104" />
            <source>minimum rate</source>
            <translation>最小输注速度</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="105" />
            <source>maximum product flow</source>
            <translation>最大产品流速</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="106" />
            <source>minimum product flow</source>
            <translation>最小产品流速</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="107" />
            <source>minimum in-line diluent ratio</source>
            <translation>在线稀释最小比例</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="108" />
            <source>maximum cells per kg per minute</source>
            <translation>每公斤每分钟细胞数上限</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="109" />
            <source>DMSO limit per day</source>
            <translation>每日 DMSO 上限</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="110" />
            <source>stability window</source>
            <translation>稳定期</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="111" />
            <source>largest CV of replicate counts</source>
            <translation>重复计数的最大 CV</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="112" />
            <source>longest time in plain crystalloid</source>
            <translation>在无白蛋白晶体液中的最长时间</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="113" />
            <source>dose calling for an anticoagulation decision</source>
            <translation>需作出抗凝决定的剂量</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="114" />
            <source>gravimetric tolerance</source>
            <translation>称量允许偏差</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="115" />
            <source>largest bag or syringe</source>
            <translation>最大输液袋或注射器</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="18" />
            <source>The facility's own ISBT 128 product code (8 characters, or scanned).</source>
            <translation>本机构的 ISBT 128 产品代码（8 个字符，或扫描）。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="0" />
            <source>End of preparation</source>
            <translation>制备结束时间</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="0" />
            <source>Fresh product: when the preparation was finished; its use-by counts from here (empty: now).</source>
            <translation>新鲜制剂：制备完成的时间；使用期限从此时起算（留空：现在）。</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>身高</translation>
        </message>
        <message>
            <source>For the ideal body weight the protocol doses on.</source>
            <translation>用于方案给药所依据的理想体重。</translation>
        </message>
        <message>
            <source>Sex (ideal body weight)</source>
            <translation>性别（理想体重）</translation>
        </message>
        <message>
            <source>female or male: the ideal body weight formula differs.</source>
            <translation>女性或男性：理想体重公式不同。</translation>
        </message>
        <message>
            <source>lightest patient for this dose</source>
            <translation>此剂量的最低体重</translation>
        </message>
    </context>
    <context>
        <name>DoubleCheckDialog</name>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="31" />
            <source>Dose</source>
            <translation>剂量</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="31" />
            <source>Dose per kg</source>
            <translation>每千克剂量</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="32" />
            <source>Volume to draw</source>
            <translation>抽取体积</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="32" />
            <source>Diluent volume</source>
            <translation>稀释液体积</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="33" />
            <source>Final volume</source>
            <translation>终体积</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="34" />
            <source>Final concentration</source>
            <translation>终浓度</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="34" />
            <source>Rate</source>
            <translation>输注速度</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="35" />
            <source>Duration</source>
            <translation>输注时间</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="35" />
            <source>Cell rate</source>
            <translation>细胞输注速度</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="36" />
            <source>DMSO</source>
            <translation>DMSO</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="36" />
            <source>DIN</source>
            <translation>DIN</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="37" />
            <source>Arm</source>
            <translation>组别</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="37" />
            <source>Aliquots</source>
            <translation>分装</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="38" />
            <source>Blocked</source>
            <translation>已阻止</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="38" />
            <source>Use by</source>
            <translation>使用期限</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="39" />
            <source>Dosing calendar</source>
            <translation>给药日程</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="43" />
            <source>{0} doses, {1} to {2}</source>
            <translation>{0} 次，{1} 至 {2}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="45" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="45" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="46" />
            <source>active</source>
            <translation>活性药</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="47" />
            <source>placebo</source>
            <translation>安慰剂</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="92" />
            <source>Independent double check</source>
            <translation>独立双人核对</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="102" />
            <source>No protocol (app defaults only)</source>
            <translation>无方案（仅程序默认值）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="107" />
            <source>Record {0} version {1} · patient {2} ({3}) · protocol {4} · prepared by {5}</source>
            <translation>记录 {0} 第{1}版 · 患者 {2}（{3}）· 方案 {4} · 制备者 {5}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="115" />
            <source>Type every figure yourself from the source documents (the counter print-out or the product label, the prescription, the patient's chart). Nothing is filled in for you, and the first results stay hidden until you compare.</source>
            <translation>请根据原始资料（计数仪打印单或产品标签、处方、病历）亲自输入每个数值。不会为您预先填写任何内容，首次结果在比对之前保持隐藏。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="130" />
            <source>Required: type each from the source documents</source>
            <translation>必填：逐项根据原始资料输入</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="138" />
            <source>{0}: one of them is enough</source>
            <translation>{0}：填写其中一项即可</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="147" />
            <source>Also on the record: type them if the sources state them</source>
            <translation>记录中也有的项目：原始资料有记载时请输入</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="160" />
            <source>More ({0})</source>
            <translation>更多（{0}）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="171" />
            <source>Comparison</source>
            <translation>比对结果</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="176" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="176" />
            <source>Your check</source>
            <translation>您的核对</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="177" />
            <source>Agrees</source>
            <translation>一致</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="253" />
            <source>from the source document</source>
            <translation>根据原始资料</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="270" />
            <source> or </source>
            <translation>或</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="292" />
            <source>Compare: {0} still to enter</source>
            <translation>比对：还需输入 {0} 项</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="294" />
            <source>To compare, enter from the source documents: {0}</source>
            <translation>如需比对，请根据原始资料输入：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="297" />
            <source>Compare and record the check</source>
            <translation>比对并记录核对</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="299" />
            <source>Every required figure is entered. Comparing records the check under your name.</source>
            <translation>所有必填数值均已输入。比对时将以您的姓名记录本次核对。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="346" />
            <source>The check could not be recorded: {0}</source>
            <translation>无法记录核对：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="358" />
            <source>agrees</source>
            <translation>一致</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="358" />
            <source>differs</source>
            <translation>不一致</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="373" />
            <source>Check recorded</source>
            <translation>核对已记录</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="375" />
            <source>Verified: every result agrees within {0:.0%}. The check is recorded under your name.</source>
            <translation>已核对：所有结果在 {0:.0%} 以内一致。本次核对已以您的姓名记录。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="379" />
            <source>{0} result(s) differ by more than {1:.0%}. The check is recorded as not matching: resolve the difference with the preparer; the record is not verified.</source>
            <translation>{0} 项结果相差超过 {1:.0%}。本次核对已记录为不一致：请与制备者解决差异；该记录未通过核对。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="125" />
            <location filename="../../ui/dialogs/double_check_dialog.py" line="126" />
            <location filename="../../ui/dialogs/double_check_dialog.py" line="285" />
            <location filename="../../ui/dialogs/double_check_dialog.py" line="338" />
            <source>Checker (name and initials)</source>
            <translation>核对者（姓名和缩写）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="254" />
            <source>from the source document, with its unit</source>
            <translation>按原始资料填写，带单位</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="176" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="177" />
            <source>Difference</source>
            <translation>差异</translation>
        </message>
        <message>
            <source>Checker: scan your own badge and type your PIN. Whoever prepared, changed or saved this record cannot sign its check.</source>
            <translation>核对人：请扫描您本人的工牌并输入PIN。配制、修改或保存此记录的人不能签署其核对。</translation>
        </message>
        <message>
            <source>Your badge and PIN</source>
            <translation>您的工牌和PIN</translation>
        </message>
        <message>
            <source>Badge (scan it)</source>
            <translation>工牌（扫描）</translation>
        </message>
        <message>
            <source>scan the badge</source>
            <translation>扫描工牌</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="117" />
            <source>I confirmed the patient name {0} and ID {1} against the prescription</source>
            <translation>我已对照处方确认患者姓名 {0} 和 ID {1}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="301" />
            <source>Patient name and ID confirmed</source>
            <translation>患者姓名和 ID 已确认</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="396" />
            <source>1 result differs by more than {1:.0%}. The check is recorded as not matching: resolve the difference with the preparer; the record is not verified.</source>
            <translation>1 项结果相差超过 {1:.0%}。本次核对已记录为不一致：请与制备者解决差异；该记录未通过核对。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="399" />
            <source>{0} results differ by more than {1:.0%}. The check is recorded as not matching: resolve the difference with the preparer; the record is not verified.</source>
            <translation>{0} 项结果相差超过 {1:.0%}。本次核对已记录为不一致：请与制备者解决差异；该记录未通过核对。</translation>
        </message>
        <message>
            <source>Containers to thaw</source>
            <translation>需解冻的容器</translation>
        </message>
        <message>
            <source>Suspension to draw (as measured)</source>
            <translation>需抽取的悬液（实测）</translation>
        </message>
    </context>
    <context>
        <name>FieldMessages</name>
        <message>
            <location filename="../../ui/messages.py" line="26" />
            <source>is missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="27" />
            <source>is empty</source>
            <translation>为空</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>is too long ({length} characters; at most {most})</source>
            <translation>过长（{length} 个字符；最多 {most} 个）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="29" />
            <source>'{text}' has a comma in the number; write a decimal point and no digit grouping (e.g. 12.5 mL)</source>
            <translation>'{text}' 的数字中有逗号；请使用小数点，不要用千位分隔（例如 12.5 mL）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="30" />
            <source>'{text}' has a comma in the number; write a decimal point and no digit grouping</source>
            <translation>'{text}' 的数字中有逗号；请使用小数点，不要用千位分隔</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="31" />
            <source>'{text}' does not start with a number; write e.g. '{example}'</source>
            <translation>'{text}' 不是以数字开头；请写成例如 '{example}'</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="32" />
            <source>'{text}' does not start with a number</source>
            <translation>'{text}' 不是以数字开头</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="33" />
            <source>'{text}' is too large a number</source>
            <translation>'{text}' 数值过大</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="34" />
            <source>'{unit}' in '{text}' is not a unit</source>
            <translation>'{text}' 中的 '{unit}' 不是单位</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="35" />
            <source>'{unit}' is not a unit this program knows; write e.g. '{example}'</source>
            <translation>'{unit}' 不是本程序认识的单位；请写成例如 '{example}'</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="36" />
            <source>'{unit}' is not a unit this program knows</source>
            <translation>'{unit}' 不是本程序认识的单位</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="37" />
            <source>'{text}' has no unit; write {wanted} with its unit, e.g. '{example}'</source>
            <translation>'{text}' 没有单位；请输入带单位的{wanted}，例如 '{example}'</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="38" />
            <source>'{text}' has no unit; write {wanted} with its unit</source>
            <translation>'{text}' 没有单位；请输入带单位的{wanted}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="39" />
            <source>'{text}' is {dimension}; expected {wanted}, e.g. '{example}'</source>
            <translation>'{text}' 是{dimension}；应为{wanted}，例如 '{example}'</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="40" />
            <source>'{text}' is {dimension}; expected {wanted}</source>
            <translation>'{text}' 是{dimension}；应为{wanted}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="41" />
            <source>'{text}' has no % sign; write a percentage, e.g. '{example}'</source>
            <translation>'{text}' 没有 % 符号；请输入百分比，例如 '{example}'</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="42" />
            <source>'{text}' is outside 0% to 100%</source>
            <translation>'{text}' 超出 0% 至 100%</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="43" />
            <source>'{text}': a % sign stands alone after a percentage (e.g. '90%'), never twice and never in a unit</source>
            <translation>'{text}'：% 号只能单独写在百分数之后（例如 '90%'），不能重复，也不能写在单位中</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="44" />
            <source>'{text}' should be a plain number, e.g. '{example}'</source>
            <translation>'{text}' 应为不带单位的数字，例如 '{example}'</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="45" />
            <source>'{text}' is outside {low} to {high}</source>
            <translation>'{text}' 超出 {low} 至 {high}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="46" />
            <source>has {count} counts; at most {most} squares</source>
            <translation>有 {count} 个计数；最多 {most} 个方格</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="47" />
            <source>'{text}' is not a whole number of cells</source>
            <translation>'{text}' 不是整数细胞数</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="48" />
            <source>{value} cells in one square is more than {most}; dilute further and recount</source>
            <translation>一个方格 {value} 个细胞超过 {most}；请进一步稀释后重新计数</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="49" />
            <source>'{text}' is not one of: {choices}</source>
            <translation>'{text}' 不是以下之一：{choices}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="50" />
            <source>'{text}' is not a date and time; write e.g. '2026-11-23T09:30' (ISO 8601)</source>
            <translation>'{text}' 不是日期时间；请写成例如 '2026-11-23T09:30'（ISO 8601）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="51" />
            <source>'{text}' has no time of day; write e.g. '2026-11-23T09:30' (ISO 8601)</source>
            <translation>'{text}' 没有具体时刻；请写成例如 '2026-11-23T09:30'（ISO 8601）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="52" />
            <source>contains control characters</source>
            <translation>含有控制字符</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="53" />
            <source>enter the name and initials of the person acting</source>
            <translation>请输入操作人员的姓名和缩写</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="53" />
            <source>the name holds an invisible or control character ({code}); type the name again with letters only</source>
            <translation>姓名中含有不可见字符或控制字符 ({code})；请只用字母重新输入</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="53" />
            <source>the name '{text}' mixes {scripts} letters that look alike; type it in one alphabet</source>
            <translation>姓名 '{text}' 混用了外形相似的 {scripts} 字母；请只用一种字母书写</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="53" />
            <source>'{text}' must be a mass per body mass, e.g. '{example}'</source>
            <translation>'{text}' 应为每单位体重的质量，例如 '{example}'</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="54" />
            <source>the reason for {code} is too short; say why</source>
            <translation>{code} 的理由太短；请说明原因</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="55" />
            <source>a reason needs the code of the finding it is for</source>
            <translation>理由需要注明所针对的提示代码</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="56" />
            <source>'{text}' is outside the possible range {low} to {high}; check the number and its unit</source>
            <translation>'{text}' 超出可能范围 {low} 至 {high}；请检查数字及其单位</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="57" />
            <source>'{text}' is outside the possible range {low} to {high}</source>
            <translation>'{text}' 超出可能范围 {low} 至 {high}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="58" />
            <source>'{text}' must be more than zero</source>
            <translation>'{text}' 必须大于零</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="59" />
            <source>'{text}' must be more than 0%</source>
            <translation>'{text}' 必须大于 0%</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="60" />
            <source>'{text}' must be a whole number</source>
            <translation>'{text}' 必须是整数</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="61" />
            <source>'{text}' has {length} characters; a DIN has 13 (or 14 with its check character)</source>
            <translation>'{text}' 有 {length} 个字符；DIN 为 13 个字符（含校验字符为 14 个）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="62" />
            <source>'{text}' is not a DIN: a letter or digit, then 12 digits (facility, year, sequence)</source>
            <translation>'{text}' 不是 DIN：一个字母或数字，后接 12 位数字（机构、年份、序号）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="63" />
            <source>check character '{given_character}' does not match DIN {din} (expected '{expected}'): re-scan or re-type the DIN</source>
            <translation>校验字符 '{given_character}' 与 DIN {din} 不符（应为 '{expected}'）：请重新扫描或重新输入 DIN</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="64" />
            <source>is not an input this program knows</source>
            <translation>不是本程序认识的输入项</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="65" />
            <source>is required (patient body weight, e.g. 60 kg)</source>
            <translation>为必填项（患者体重，例如 60 kg）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="66" />
            <source>is required: per kg (e.g. 2e6 cell/kg) or a fixed total (e.g. 1e8 cell)</source>
            <translation>为必填项：按体重（例如 2e6 cell/kg）或固定总数（例如 1e8 cell）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="67" />
            <source>a cell count is required: a counter read-out (concentration), the label (cells in product and product volume) or hemocytometer counts</source>
            <translation>需要细胞计数：细胞计数仪读数（浓度）、标签（产品细胞数和产品体积）或血细胞计数板计数</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="68" />
            <source>give one cell count, not {methods}</source>
            <translation>只给出一种细胞计数，不要同时给出 {methods}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="69" />
            <source>the unstained (viable) counts per square are required</source>
            <translation>需要每个方格的未染色（活）细胞计数</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="70" />
            <source>is required with hemocytometer counts (e.g. 2 for 1:1 trypan blue)</source>
            <translation>使用血细胞计数板计数时为必填项（例如台盼蓝 1:1 时为 2）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="71" />
            <source>no viable cells counted; the concentration would be zero</source>
            <translation>未计到活细胞；浓度将为零</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="72" />
            <source>has {dead} counts for {viable} squares; count the same squares</source>
            <translation>{viable} 个方格却有 {dead} 个计数；请计数相同的方格</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="73" />
            <source>leave empty: viability comes from the stained and unstained counts</source>
            <translation>请留空：存活率由染色和未染色计数得出</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="74" />
            <source>stained (dead) counts or a viability are needed</source>
            <translation>需要染色（死）细胞计数或存活率</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="75" />
            <source>is required: {why}</source>
            <translation>为必填项：{why}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="76" />
            <source>is required with a label count (cells in a volume)</source>
            <translation>使用标签计数（体积中的细胞数）时为必填项</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="77" />
            <source>give a final concentration or a final volume, not both</source>
            <translation>请给出最终浓度或最终体积，不要同时给出</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="78" />
            <source>does not apply to in-line dilution; the in-line ratio sets the diluent</source>
            <translation>不适用于在线稀释；稀释液由在线比例决定</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="79" />
            <source>is required for in-line dilution (e.g. 3)</source>
            <translation>在线稀释时为必填项（例如 3）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="80" />
            <source>applies to in-line dilution only (dilution: in_line)</source>
            <translation>仅适用于在线稀释（稀释：在线）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="81" />
            <source>give one of rate, duration or product flow, not {given}</source>
            <translation>速度、时长或产品流速只给出一项，不要同时给出 {given}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="82" />
            <source>a rate or a duration is required (e.g. 4 mL/min or 30 min)</source>
            <translation>需要速度或时长（例如 4 mL/min 或 30 min）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="83" />
            <source>applies to protocols with a treatment course only</source>
            <translation>仅适用于有疗程的方案</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="84" />
            <source>is needed to compute the use-by time from the thaw time (the protocol gives no window)</source>
            <translation>需要它才能从复苏时间计算使用期限（方案未给出时限）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="85" />
            <source>cannot read {path}: {reason}</source>
            <translation>无法读取 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="86" />
            <source>{path} is not a CSV text file</source>
            <translation>{path} 不是 CSV 文本文件</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="87" />
            <source>{path} needs the columns code and arm</source>
            <translation>{path} 需要 code 和 arm 两列</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="88" />
            <source>'{code}' is not in the randomisation list</source>
            <translation>'{code}' 不在随机化列表中</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="89" />
            <source>'{code}' is more than once in the randomisation list</source>
            <translation>'{code}' 在随机化列表中出现不止一次</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="90" />
            <source>arm '{arm}' for code {code} is not active or placebo</source>
            <translation>编码 {code} 的组别 '{arm}' 既不是 active 也不是 placebo</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="91" />
            <source>protocol {protocol} is not a blinded trial protocol</source>
            <translation>方案 {protocol} 不是盲法试验方案</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="92" />
            <source>is required with a randomisation list (the patient's code)</source>
            <translation>使用随机化列表时为必填项（患者编码）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="93" />
            <source>is required with a randomisation code (the pharmacy's CSV list)</source>
            <translation>使用随机编码时为必填项（药房的 CSV 列表）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="94" />
            <source>the filled mass {gross} must be more than the tare {tare}</source>
            <translation>装填后的质量 {gross} 必须大于皮重 {tare}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="96" />
            <source>'{text}' does not exist on this computer's clock (the clocks go forward then); check the time</source>
            <translation>“{text}”在本机时钟上不存在（此时时钟拨快）；请检查时间</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="97" />
            <source>'{text}' happens twice on this computer's clock (the clocks go back then); add the offset, {offsets}</source>
            <translation>“{text}”在本机时钟上出现两次（此时时钟拨回）；请加上时差：{offsets}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="98" />
            <source>{when} is later than now ({now}): a thaw cannot be in the future</source>
            <translation>{when} 晚于现在（{now}）：解冻不可能在将来</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="99" />
            <source>{when} is later than now ({now}): a previous dose cannot be in the future</source>
            <translation>{when} 晚于现在（{now}）：上次给药不可能在将来</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="100" />
            <source>does not apply to the nebulized protocol {protocol} (no weight, dose, cell count, rate or line); leave it empty</source>
            <translation>不适用于雾化方案 {protocol}（无体重、剂量、细胞计数、速度或管路）；请留空</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="101" />
            <source>{time} is not a dosing time of this protocol ({times}); enter the first dose at one of them</source>
            <translation>{time} 不是本方案的给药时间（{times}）；请将首剂设在其中之一</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="102" />
            <source>has {count} squares; count at least {least} large squares (too few give an unreliable mean)</source>
            <translation>只有 {count} 个方格；请至少计数 {least} 个大方格（太少则平均值不可靠）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="103" />
            <source>has {count} square; count at least {least} large squares (too few give an unreliable mean)</source>
            <translation>只有 {count} 个方格；请至少计数 {least} 个大方格（太少则平均值不可靠）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="104" />
            <source>needs the product's container (bag, vial or syringe)</source>
            <translation>需要产品的容器（袋、西林瓶或注射器）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="105" />
            <source>is required: the volume in each container (e.g. 10.8 mL)</source>
            <translation>必填：每个容器的体积（例如 10.8 mL）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="106" />
            <source>must be less than the volume per container ({volume})</source>
            <translation>必须小于每个容器的体积（{volume}）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="107" />
            <source>does not apply: the protocol's preparation method sets the dilution</source>
            <translation>不适用：方案的配制方法决定稀释</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="108" />
            <source>in-line dilution does not apply: the protocol's preparation method sets the dilution</source>
            <translation>不适用在线稀释：方案的配制方法决定稀释</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="109" />
            <source>does not apply: the protocol's preparation method fills one container</source>
            <translation>不适用：方案的配制方法只充填一个容器</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="110" />
            <source>gravity cannot run in-line dilution: two streams cannot share one drip count; use pumps for the product and the diluent</source>
            <translation>重力输液不能进行在线稀释：两路液体不能共用一个滴速；请对产品和稀释液使用输液泵</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="111" />
            <source>applies to a gravity set only (administration: gravity)</source>
            <translation>仅适用于重力输液器（给药方式：重力）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="112" />
            <source>'{text}' is not the drop factor of a set in use ({sets} drop/mL)</source>
            <translation>“{text}”不是在用输液器的滴系数（{sets} 滴/mL）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="113" />
            <source>'{text}' must not be negative</source>
            <translation>“{text}”不能为负值</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="115" />
            <source>The record server {location} cannot be reached ({reason}). Nothing was saved; the form is kept as a draft. Check the network cable or ask IT, then save again.</source>
            <translation>无法连接记录服务器 {location}（{reason}）。未保存任何内容；表单已作为草稿保留。请检查网线或联系 IT，然后重新保存。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="116" />
            <source>The connection to the record server {location} was lost ({reason}). The form is kept as a draft; once the server answers again, look the record up in the history before saving again.</source>
            <translation>与记录服务器 {location} 的连接已断开（{reason}）。表单已作为草稿保留；服务器恢复响应后，请先在历史中查找该记录，再重新保存。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="117" />
            <source>The record server {location} refused: {reason}. The application role may only read and append; ask the administrator.</source>
            <translation>记录服务器 {location} 拒绝：{reason}。应用程序角色只能读取和追加；请联系管理员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="118" />
            <source>The record server {location} is busy. Wait a moment and try again.</source>
            <translation>记录服务器 {location} 正忙。请稍候再试。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="119" />
            <source>The record server {location} cannot be used: {reason}</source>
            <translation>无法使用记录服务器 {location}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="120" />
            <source>{path} is not a readable mscprep database (damaged or another file). Nothing was changed; restore it from the backup or ask the system administrator.</source>
            <translation>{path} 不是可读取的 mscprep 数据库（已损坏或是其他文件）。未做任何更改；请从备份恢复或联系系统管理员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="121" />
            <source>The record database {path} is in use by another workstation or program. Wait a moment and try again.</source>
            <translation>记录数据库 {path} 正被其他工作站或程序使用。请稍候再试。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="122" />
            <source>The record database {path} is read-only. Ask the system administrator for write access.</source>
            <translation>记录数据库 {path} 为只读。请向系统管理员申请写入权限。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="123" />
            <source>The disk holding {path} is full. Free space, then save again; nothing was lost.</source>
            <translation>存放 {path} 的磁盘已满。请释放空间后重新保存；未丢失任何内容。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="124" />
            <source>The record database {path} cannot be used: {reason}</source>
            <translation>无法使用记录数据库 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="125" />
            <source>{checker} may be {person}, who prepared, changed or saved this record, and cannot verify it; a second person must do the independent check</source>
            <translation>{checker} 可能就是制备、修改或保存此记录的 {person}，不能进行核对；独立核对必须由第二人完成</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="126" />
            <source>These files were readable by other users of this computer and are now private to you: {names}</source>
            <translation>以下文件此前可被本计算机的其他用户读取，现已设为仅您可访问：{names}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="127" />
            <source>no label: {stamp}</source>
            <translation>无标签：{stamp}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="128" />
            <source>this document has no label</source>
            <translation>此文档没有标签</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="129" />
            <source>The protocol's defaults changed since this record was saved: the record's own figures are shown as entered.</source>
            <translation>此记录保存后方案的默认值已更改：按录入时的原样显示该记录自身的数值。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="130" />
            <source>the thermal printer's font cannot print '{text}'; print the PDF label instead</source>
            <translation>热敏打印机的字体无法打印 '{text}'；请改为打印 PDF 标签</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="131" />
            <source>The label cannot be sent: the CUPS command 'lp' is not installed on this computer.</source>
            <translation>无法发送标签：本计算机未安装 CUPS 命令 'lp'。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="132" />
            <source>The printer queue {queue} did not answer within {seconds} s.</source>
            <translation>打印队列 {queue} 在 {seconds} s 内未响应。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="133" />
            <source>The label could not be sent to {queue}: {reason}</source>
            <translation>无法将标签发送到 {queue}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="163" />
            <source>a mass</source>
            <translation>质量</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="164" />
            <source>a volume</source>
            <translation>体积</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="165" />
            <source>a time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="166" />
            <source>a number of cells</source>
            <translation>细胞数</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="167" />
            <source>a dose per body weight</source>
            <translation>每单位体重剂量</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="168" />
            <source>a cell concentration</source>
            <translation>细胞浓度</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="169" />
            <source>a flow rate</source>
            <translation>流速</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="170" />
            <source>a cell rate per kg</source>
            <translation>每 kg 细胞输注速度</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="171" />
            <source>a drop factor</source>
            <translation>滴系数</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="172" />
            <source>a density</source>
            <translation>密度</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="173" />
            <source>a plain number</source>
            <translation>不带单位的数字</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="174" />
            <source>the dose counts viable cells</source>
            <translation>剂量按活细胞计算</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="175" />
            <source>the release specification needs it</source>
            <translation>放行标准需要它</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="176" />
            <source>counter</source>
            <translation>细胞计数仪</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="177" />
            <source>label</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="178" />
            <source>hemocytometer</source>
            <translation>血细胞计数板</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="179" />
            <source>rate</source>
            <translation>速度</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="180" />
            <source>duration</source>
            <translation>时长</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="181" />
            <source>product_rate</source>
            <translation>产品流速</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="230" />
            <source> or </source>
            <translation>或</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="230" />
            <source> and </source>
            <translation>和</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="135" />
            <source>'{text}' is too large a number in that unit</source>
            <translation>'{text}' 在该单位下数值过大</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="136" />
            <source>'{text}' is too small a number in that unit</source>
            <translation>'{text}' 在该单位下数值过小</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="137" />
            <source>'{text}' is outside the possible dates {low} to {high}</source>
            <translation>'{text}' 超出可能的日期范围 {low} 至 {high}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="138" />
            <source>contains a line break ({char}); type the text without it</source>
            <translation>包含换行符 ({char})；请去掉后输入</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="139" />
            <source>contains a control character ({char}); type the text without it</source>
            <translation>包含控制字符 ({char})；请去掉后输入</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="140" />
            <source>contains an invisible formatting character ({char}); type the text without it</source>
            <translation>包含不可见的格式字符 ({char})；请去掉后输入</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="141" />
            <source>contains '{text}' ({char}), which the printed sheet cannot show; leave it out or write it another way</source>
            <translation>包含无法打印的字符 '{text}' ({char})；请省略或换一种写法</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="142" />
            <source>'{path}' cannot be read ({reason})</source>
            <translation>无法读取 '{path}' ({reason})</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="143" />
            <source>'{path}' is a folder, not a file</source>
            <translation>'{path}' 是文件夹，不是文件</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="144" />
            <source>'{path}' is not a regular file (a device, pipe or socket)</source>
            <translation>'{path}' 不是普通文件 (设备、管道或套接字)</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="145" />
            <source>'{path}' is too large ({size} bytes; at most {most})</source>
            <translation>'{path}' 过大 ({size} 字节；最多 {most})</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="146" />
            <source>'{path}' is too large (more than {most} bytes)</source>
            <translation>'{path}' 过大 (超过 {most} 字节)</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="147" />
            <source>'{path}' is not UTF-8 text</source>
            <translation>'{path}' 不是 UTF-8 文本</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="148" />
            <source>'{path}' is not valid {encoding} text</source>
            <translation>'{path}' 不是有效的 {encoding} 文本</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="149" />
            <source>{name} line {line} holds a control character ({char}); is it a text file?</source>
            <translation>{name} 第 {line} 行含有控制字符 ({char})；这是文本文件吗？</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="150" />
            <source>{name} is empty; it needs one line per code: code and arm</source>
            <translation>{name} 为空；每行需要一个编码：编码和组别</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="151" />
            <source>{name} line {line}: {error}</source>
            <translation>{name} 第 {line} 行：{error}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="152" />
            <source>{name} line {line} has {count} columns; without a header line naming the columns (code, arm) a line holds only a code and an arm</source>
            <translation>{name} 第 {line} 行有 {count} 列；没有列名 (code, arm) 标题行时，每行只能有编码和组别</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="153" />
            <source>{name} line {line} has no code</source>
            <translation>{name} 第 {line} 行没有编码</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="154" />
            <source>{name} line {line}: code '{code}' has no arm (active or placebo)</source>
            <translation>{name} 第 {line} 行：编码 '{code}' 没有组别 (active 或 placebo)</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="155" />
            <source>{name} line {line}: arm '{arm}' for code '{code}' is not active or placebo (a header line must name the columns code and arm)</source>
            <translation>{name} 第 {line} 行：编码 '{code}' 的组别 '{arm}' 不是 active 或 placebo (标题行须写明列名 code 和 arm)</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="156" />
            <source>{name} line {line}: arm '{arm}' for code '{code}' is not active or placebo</source>
            <translation>{name} 第 {line} 行：编码 '{code}' 的组别 '{arm}' 不是 active 或 placebo</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="157" />
            <source>{name}: code '{code}' is on line {first} and line {second}; each code may appear once</source>
            <translation>{name}：编码 '{code}' 出现在第 {first} 行和第 {second} 行；每个编码只能出现一次</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="158" />
            <source>{name} has a header but no codes</source>
            <translation>{name} 只有标题行，没有编码</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="159" />
            <source>'{code}' is not in the randomisation list {name}</source>
            <translation>'{code}' 不在随机化列表 {name} 中</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="66" />
            <source>check character '{given_character}' does not match DIN {din}: re-scan the DIN from the container</source>
            <translation>校验字符 '{given_character}' 与 DIN {din} 不符：请重新扫描容器上的 DIN</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="0" />
            <source>{when} is later than now ({now}): the end of preparation cannot be in the future</source>
            <translation>{when} 晚于现在（{now}）：制备结束不能在未来</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="0" />
            <source>applies to a fresh product; this one is thawed, so its use-by counts from the thaw time (thawed_at)</source>
            <translation>仅适用于新鲜制剂；此制剂为解冻制剂，其使用期限从解冻时间（thawed_at）起算</translation>
        </message>
        <message>
            <source>'{text}' is not a DIN: its first character is A-N, P-Z or 1-9, never O or 0</source>
            <translation>'{text}' 不是 DIN：第一个字符为 A-N、P-Z 或 1-9，绝不是 O 或 0</translation>
        </message>
        <message>
            <source>'{text}' is not a DIN: a letter (not O) or a digit 1-9, then 12 digits (facility, year, sequence)</source>
            <translation>'{text}' 不是 DIN：一个字母（O 除外）或数字 1-9，后跟 12 位数字（机构、年份、序号）</translation>
        </message>
        <message>
            <source>'{text}' is not an ISBT 128 product code: 8 characters (a letter, 4 letters or digits, then 3 characters), {count} found</source>
            <translation>'{text}' 不是 ISBT 128 产品代码：应为 8 个字符（1 个字母、4 个字母或数字，再加 3 个字符），实际 {count} 个</translation>
        </message>
        <message>
            <source>'{text}': a product code starts with a capital letter (S for cellular therapy)</source>
            <translation>'{text}'：产品代码以大写字母开头（细胞治疗产品为 S）</translation>
        </message>
        <message>
            <source>'{text}': characters 2-5 of a product code are capital letters or digits</source>
            <translation>'{text}'：产品代码的第 2～5 个字符为大写字母或数字</translation>
        </message>
        <message>
            <source>'{text}': '{character}' is not an ISBT 128 type of collection (Table 7)</source>
            <translation>'{text}'：'{character}' 不是 ISBT 128 采集类型（表 7）</translation>
        </message>
        <message>
            <source>'{text}': the division code '{code}' is a capital letter or 0, then a small letter or 0 (or 99)</source>
            <translation>'{text}'：分割代码 '{code}' 应为大写字母或 0，再加小写字母或 0（或 99）</translation>
        </message>
        <message>
            <source>'{text}': the last 3 characters of a product code are letters or digits</source>
            <translation>'{text}'：产品代码的最后 3 个字符为字母或数字</translation>
        </message>
        <message>
            <source>this is {what}: scan {wanted}</source>
            <translation>这是{what}：请扫描{wanted}</translation>
        </message>
        <message>
            <source>'{text}': the check flags {flags} do not match DIN {din} (expected {expected}): the scan is misread or the label is wrong; scan again</source>
            <translation>'{text}'：校验标志 {flags} 与 DIN {din} 不符（应为 {expected}）：扫描误读或标签有误；请重新扫描</translation>
        </message>
        <message>
            <source>'{text}' looks typed under a {layout} keyboard layout (the scanner sends US key positions) and does not read as ISBT 128 data either way: set the scanner to the computer's keyboard layout and scan again</source>
            <translation>'{text}' 似乎是在{layout}键盘布局下输入的（扫描枪发送美式键位），两种方式都无法读作 ISBT 128 数据：请将扫描枪设置为计算机的键盘布局后重新扫描</translation>
        </message>
        <message>
            <source>'{text}' could be a scan under a {layout} keyboard layout: set the scanner to the computer's keyboard layout and scan again</source>
            <translation>'{text}' 可能是在{layout}键盘布局下的扫描：请将扫描枪设置为计算机的键盘布局后重新扫描</translation>
        </message>
        <message>
            <source>'{text}' is not an ISBT 128 data structure: those start with '=' or '&amp;'</source>
            <translation>'{text}' 不是 ISBT 128 数据结构：应以 '=' 或 '&amp;' 开头</translation>
        </message>
        <message>
            <source>'{text}' holds {what} and {wanted} read as one: scan one bar code at a time</source>
            <translation>'{text}' 将{what}和{wanted}读成了一个：请一次扫描一个条码</translation>
        </message>
        <message>
            <source>the DIN (Donation Identification Number)</source>
            <translation>DIN（捐献识别号）</translation>
        </message>
        <message>
            <source>the product code</source>
            <translation>产品代码</translation>
        </message>
        <message>
            <source>the expiration date and time</source>
            <translation>有效期（日期和时间）</translation>
        </message>
        <message>
            <source>the expiration date</source>
            <translation>有效期（日期）</translation>
        </message>
        <message>
            <source>a compound message (2-D symbol)</source>
            <translation>复合消息（二维码）</translation>
        </message>
        <message>
            <source>a patient identification number</source>
            <translation>患者识别号</translation>
        </message>
        <message>
            <source>the product divisions code</source>
            <translation>产品分割代码</translation>
        </message>
        <message>
            <source>another ISBT 128 data structure</source>
            <translation>其他 ISBT 128 数据结构</translation>
        </message>
        <message>
            <source>German</source>
            <translation>德语</translation>
        </message>
        <message>
            <source>French</source>
            <translation>法语</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>日语</translation>
        </message>
        <message>
            <source>'{text}' has digits other than 0-9; type the number with the digits 0-9</source>
            <translation>'{text}' 含有 0-9 以外的数字；请用 0-9 输入数字</translation>
        </message>
        <message>
            <source>'{text}': write a percentage with the % sign (e.g. '90%')</source>
            <translation>'{text}'：百分比请用 % 符号书写（例如 '90%'）</translation>
        </message>
        <message>
            <source>'{text}' must be CODE=REASON, e.g. 'rate_above_max=ordered by Dr Sato'</source>
            <translation>'{text}' 必须写成 代码=理由（例如 'rate_above_max=佐藤医生医嘱'）</translation>
        </message>
        <message>
            <source>is required: the protocol doses on {basis} body weight (Devine's formula needs height and sex)</source>
            <translation>为必填：本方案按{basis}体重给药（Devine 公式需要身高和性别）</translation>
        </message>
        <message>
            <source>is required: the protocol doses on {basis} body weight (Devine's formula differs for women and men)</source>
            <translation>为必填：本方案按{basis}体重给药（Devine 公式男女不同）</translation>
        </message>
        <message>
            <source>{height} is below 152.4 cm (5 ft), where Devine's ideal body weight is not defined: the protocol's dosing weight cannot be computed; ask the prescriber</source>
            <translation>{height} 低于 152.4 cm（5 ft），Devine 理想体重无定义：无法计算本方案的给药体重；请询问处方医生</translation>
        </message>
        <message>
            <source>applies only to a protocol that doses on ideal or adjusted body weight</source>
            <translation>仅适用于按理想体重或校正体重给药的方案</translation>
        </message>
        <message>
            <source>ideal</source>
            <translation>理想</translation>
        </message>
        <message>
            <source>adjusted</source>
            <translation>校正</translation>
        </message>
        <message>
            <source>has {count} counts for {squares} squares; count the same squares</source>
            <translation>{squares} 个方格却有 {count} 个计数；请计数相同的方格</translation>
        </message>
        <message>
            <source>is required: {protocol} is a double-blind trial protocol; enter the patient's randomisation code</source>
            <translation>为必填：{protocol} 是双盲试验方案；请输入患者的随机化编码</translation>
        </message>
        <message>
            <source>in-line dilution cannot be used in a blinded trial: the product bag and its diluent line would tell the arms apart; dilute in the bag</source>
            <translation>盲法试验不能使用在线稀释：产品袋及其稀释液管路会暴露分组；请在袋内稀释</translation>
        </message>
        <message>
            <source>'{text}' is a quantity of dimension {dimension}; expected {wanted}</source>
            <translation>'{text}' 是量纲为 {dimension} 的量；应为{wanted}</translation>
        </message>
        <message>
            <source>'{text}' is a quantity of dimension {dimension}; expected {wanted}, e.g. '{example}'</source>
            <translation>'{text}' 是量纲为 {dimension} 的量；应为{wanted}，例如 '{example}'</translation>
        </message>
        <message>
            <source>'{text}' is not a DIN: '=' then 13 characters and 2 flag characters, {count} found</source>
            <translation>'{text}' 不是 DIN：应为 '=' 后接 13 个字符和 2 个标志字符，实际为 {count} 个</translation>
        </message>
        <message>
            <source>'{text}': the flag characters '{flags}' are not ISBT 128 flags</source>
            <translation>'{text}'：标志字符 '{flags}' 不是 ISBT 128 标志</translation>
        </message>
        <message>
            <source>'{text}': the date cyyjjj is 6 digits</source>
            <translation>'{text}'：日期 cyyjjj 为 6 位数字</translation>
        </message>
        <message>
            <source>'{text}': day {day} does not exist in {year} (1 to {days})</source>
            <translation>'{text}'：{year} 年没有第 {day} 天（1 至 {days}）</translation>
        </message>
        <message>
            <source>'{text}': a patient identification number starts with a 2-digit location and 2-digit length</source>
            <translation>'{text}'：患者识别号以 2 位地点码和 2 位长度开头</translation>
        </message>
        <message>
            <source>'{text}': the patient number should have {length} letters or digits</source>
            <translation>'{text}'：患者编号应有 {length} 个字母或数字</translation>
        </message>
        <message>
            <source>'{text}': '{identifier}' is not an ISBT 128 data identifier this program reads</source>
            <translation>'{text}'：'{identifier}' 不是本程序可读取的 ISBT 128 数据标识符</translation>
        </message>
        <message>
            <source>'{text}': {what} has {length} characters after '{identifier}', {count} found</source>
            <translation>'{text}'：{what} 在 '{identifier}' 之后应有 {length} 个字符，实际为 {count} 个</translation>
        </message>
        <message>
            <source>nothing was scanned</source>
            <translation>未扫描到任何内容</translation>
        </message>
        <message>
            <source>'{text}': the time hhmm '{time}' is not a time of day (0000 to 2359)</source>
            <translation>'{text}'：时间 hhmm '{time}' 不是一天中的时刻（0000 至 2359）</translation>
        </message>
        <message>
            <source>'{text}': a product divisions code is 6 capital letters or digits</source>
            <translation>'{text}'：产品分装码为 6 个大写字母或数字</translation>
        </message>
        <message>
            <source>'{text}': a compound message header is =+ and 5 digits</source>
            <translation>'{text}'：复合消息的头部为 =+ 和 5 位数字</translation>
        </message>
        <message>
            <source>'{text}': the compound message announces {announced} data structures and holds {count}: scan again</source>
            <translation>'{text}'：复合消息声明 {announced} 个数据结构，实际含 {count} 个：请重新扫描</translation>
        </message>
        <message>
            <source>'{text}': a compound message cannot hold another compound message</source>
            <translation>'{text}'：复合消息不能包含另一个复合消息</translation>
        </message>
        <message>
            <source>'{text}': {what} is followed by '{rest}', which is not ISBT 128 data</source>
            <translation>'{text}'：{what}之后是 '{rest}'，它不是 ISBT 128 数据</translation>
        </message>
        <message>
            <source> or a </source>
            <translation>或</translation>
        </message>
        <message>
            <source>a length</source>
            <translation>长度</translation>
        </message>
        <message>
            <source>complete the form first; there is nothing to save</source>
            <translation>请先填写完整表单；没有可保存的内容</translation>
        </message>
        <message>
            <source>save the case first; only a saved record can be checked</source>
            <translation>请先保存病例；只有已保存的记录才能核对</translation>
        </message>
        <message>
            <source>save the case first; only a saved record can be weighed</source>
            <translation>请先保存病例；只有已保存的记录才能称重</translation>
        </message>
        <message>
            <source>enter from the source documents: {labels}</source>
            <translation>请根据原始文件输入：{labels}</translation>
        </message>
        <message>
            <source>read both masses from the balance (typing is not allowed here)</source>
            <translation>请从天平读取两个质量（此处不允许手动输入）</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>record {record} was computed with protocol files or a program version that changed since; weigh it where it was saved, or save it again as a new version</source>
            <translation>记录 {record} 是用之后已更改的方案文件或程序版本计算的；请在保存它的地方称重，或将其另存为新版本</translation>
        </message>
        <message>
            <source>record {record} does not exist</source>
            <translation>记录 {record} 不存在</translation>
        </message>
        <message>
            <source>a change to a saved record needs a reason</source>
            <translation>更改已保存的记录需要理由</translation>
        </message>
        <message>
            <source>protocol file {name} is not loaded: {reason}</source>
            <translation>方案文件 {name} 未加载：{reason}</translation>
        </message>
        <message>
            <source>'{text}' is not a known protocol; did you mean {near}?</source>
            <translation>'{text}' 不是已知方案；您是指 {near} 吗？</translation>
        </message>
        <message>
            <source>'{text}' is not a known protocol (known: {known})</source>
            <translation>'{text}' 不是已知方案（已知：{known}）</translation>
        </message>
        <message>
            <source>'{text}': a balance address starts serial:// or tcp://</source>
            <translation>'{text}'：天平地址须以 serial:// 或 tcp:// 开头</translation>
        </message>
        <message>
            <source>'{text}': a network balance is tcp://HOST:PORT?protocol=...</source>
            <translation>'{text}'：网络天平的写法为 tcp://HOST:PORT?protocol=...</translation>
        </message>
        <message>
            <source>'{text}': a serial balance is serial:///dev/ttyUSB0?protocol=... (or serial://COM3?...)</source>
            <translation>'{text}'：串口天平的写法为 serial:///dev/ttyUSB0?protocol=...（或 serial://COM3?...）</translation>
        </message>
        <message>
            <source>'{text}': baud {bauds}, bits 7 or 8, parity N, E or O, stop 1 or 2</source>
            <translation>'{text}'：baud 须为 {bauds}，bits 为 7 或 8，parity 为 N、E 或 O，stop 为 1 或 2</translation>
        </message>
        <message>
            <source>'{text}': baud, bits and stop are whole numbers</source>
            <translation>'{text}'：baud、bits 和 stop 须为整数</translation>
        </message>
        <message>
            <source>'{text}': say which protocol the balance speaks: ?protocol=mt-sics or ?protocol=sbi</source>
            <translation>'{text}'：请指明天平使用的通信协议：?protocol=mt-sics 或 ?protocol=sbi</translation>
        </message>
        <message>
            <source>'{text}': unknown setting {names} (protocol, baud, parity, bits, stop)</source>
            <translation>'{text}'：未知的设置 {names}（可用：protocol, baud, parity, bits, stop）</translation>
        </message>
        <message>
            <source>0% would switch the DMSO check off; leave dmso out when the product holds none</source>
            <translation>0% 会关闭 DMSO 检查；制剂不含 DMSO 时请不要写 dmso</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>整数</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>a table</source>
            <translation>表</translation>
        </message>
        <message>
            <source>true/false</source>
            <translation>true/false</translation>
        </message>
        <message>
            <source>text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>limit</source>
            <translation>限值</translation>
        </message>
        <message>
            <source>field</source>
            <translation>输入项</translation>
        </message>
        <message>
            <source>limit or field</source>
            <translation>限值或输入项</translation>
        </message>
        <message>
            <source>logic error: the balance cannot carry out the command now</source>
            <translation>逻辑错误：天平当前无法执行该命令</translation>
        </message>
        <message>
            <source>syntax error: the balance did not recognise the command</source>
            <translation>语法错误：天平无法识别该命令</translation>
        </message>
        <message>
            <source>transmission error: check the baud rate, parity and cable</source>
            <translation>传输错误：请检查波特率、校验位和线缆</translation>
        </message>
        <message>
            <source>may hold only letters, digits, '-', '_' and '.'</source>
            <translation>只能包含字母、数字、'-'、'_' 和 '.'</translation>
        </message>
        <message>
            <source>[blinding] applies to intravenous protocols only</source>
            <translation>[blinding] 仅适用于静脉给药方案</translation>
        </message>
        <message>
            <source>[blinding] cannot be used with in-line dilution (the arms would differ)</source>
            <translation>[blinding] 不能与在线稀释同时使用（各组会因此可被区分）</translation>
        </message>
        <message>
            <source>[dosing_weight] applies to intravenous protocols only</source>
            <translation>[dosing_weight] 仅适用于静脉给药方案</translation>
        </message>
        <message>
            <source>[method] dilute_each_then_draw needs a [product] (the containers to dilute)</source>
            <translation>[method] dilute_each_then_draw 需要 [product]（待稀释的容器）</translation>
        </message>
        <message>
            <source>an intravenous protocol needs a use-by window: stability (from thaw, or from the end of preparation for a fresh product), with its source in [sources]</source>
            <translation>静脉给药方案必须规定有效使用时限：stability（自解冻起，非冻存制剂自配制结束起），并在 [sources] 中注明出处</translation>
        </message>
        <message>
            <source>basis = "actual" without a cap is the default: leave [dosing_weight] out</source>
            <translation>无上限的 basis = "actual" 即为默认值：请删去 [dosing_weight]</translation>
        </message>
        <message>
            <source>dead_volume must be less than container_volume</source>
            <translation>dead_volume 必须小于 container_volume</translation>
        </message>
        <message>
            <source>folder cannot be read ({reason})</source>
            <translation>无法读取文件夹（{reason}）</translation>
        </message>
        <message>
            <source>has {count} entries; at most {most}</source>
            <translation>有 {count} 项；最多 {most} 项</translation>
        </message>
        <message>
            <source>id '{id}' differs only in capitals from {others}; rename one of the files</source>
            <translation>id '{id}' 与 {others} 仅大小写不同；请将其中一个文件改名</translation>
        </message>
        <message>
            <source>id '{id}' is reserved for planning without a protocol</source>
            <translation>id '{id}' 已保留用于无方案计算</translation>
        </message>
        <message>
            <source>id '{id}' must be the file name without .toml ('{stem}')</source>
            <translation>id '{id}' 必须与去掉 .toml 后的文件名（'{stem}'）相同</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>是文件夹，不是文件</translation>
        </message>
        <message>
            <source>cannot be read ({reason})</source>
            <translation>无法读取（{reason}）</translation>
        </message>
        <message>
            <source>is not a regular file (a device, pipe or socket)</source>
            <translation>不是普通文件（是设备、管道或套接字）</translation>
        </message>
        <message>
            <source>is too large ({size} bytes; at most {most})</source>
            <translation>过大（{size} 字节；最多 {most}）</translation>
        </message>
        <message>
            <source>is too large (more than {most} bytes)</source>
            <translation>过大（超过 {most} 字节）</translation>
        </message>
        <message>
            <source>is not UTF-8 text</source>
            <translation>不是 UTF-8 文本</translation>
        </message>
        <message>
            <source>is not valid {encoding} text</source>
            <translation>不是有效的 {encoding} 文本</translation>
        </message>
        <message>
            <source>is a limit: put it in [limits] as {limit}</source>
            <translation>是限值：请写在 [limits] 中，名为 {limit}</translation>
        </message>
        <message>
            <source>is not a field a protocol can set</source>
            <translation>不是方案可以设定的输入项</translation>
        </message>
        <message>
            <source>is not a known {what} (known: {known})</source>
            <translation>不是已知的{what}（已知：{known}）</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>为必填项</translation>
        </message>
        <message>
            <source>min_interval is longer than interval</source>
            <translation>min_interval 长于 interval</translation>
        </message>
        <message>
            <source>must be a list of 1 to {most} times of day such as "08:00"</source>
            <translation>必须是 1 至 {most} 个时刻（如 "08:00"）组成的列表</translation>
        </message>
        <message>
            <source>must be a list of texts, not {type}</source>
            <translation>必须是文本列表，而不是{type}</translation>
        </message>
        <message>
            <source>must be a table of at most {most} texts</source>
            <translation>必须是最多 {most} 条文本组成的表</translation>
        </message>
        <message>
            <source>must be a table, not {type}</source>
            <translation>必须是表，而不是{type}</translation>
        </message>
        <message>
            <source>must be a whole number from {low} to {high}</source>
            <translation>必须是 {low} 至 {high} 的整数</translation>
        </message>
        <message>
            <source>must be non-empty text</source>
            <translation>必须是非空文本</translation>
        </message>
        <message>
            <source>must be non-empty text, not {type}</source>
            <translation>必须是非空文本，而不是{type}</translation>
        </message>
        <message>
            <source>must be one of {options}, not {text}</source>
            <translation>必须是 {options} 之一，而不是 {text}</translation>
        </message>
        <message>
            <source>must be one of {options}, not {type}</source>
            <translation>必须是 {options} 之一，而不是{type}</translation>
        </message>
        <message>
            <source>must be text as typed in the form (e.g. '{example}'), not {type}</source>
            <translation>必须是与表单中输入方式相同的文本（例如 '{example}'），而不是{type}</translation>
        </message>
        <message>
            <source>must be text with a unit such as '{example}', not {type}</source>
            <translation>必须是带单位的文本，例如 '{example}'，而不是{type}</translation>
        </message>
        <message>
            <source>must be {value}</source>
            <translation>必须为 {value}</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>必须为 true 或 false</translation>
        </message>
        <message>
            <source>names a time of day twice</source>
            <translation>同一时刻出现了两次</translation>
        </message>
        <message>
            <source>needs one time of day per daily dose ({doses}), has {count}</source>
            <translation>需要与每日给药次数（{doses}）相同数目的时刻，现有 {count} 个</translation>
        </message>
        <message>
            <source>not valid TOML (UTF-8): {reason}</source>
            <translation>不是有效的 TOML（UTF-8）：{reason}</translation>
        </message>
        <message>
            <source>not valid TOML: nested too deeply</source>
            <translation>不是有效的 TOML：嵌套层级过深</translation>
        </message>
        <message>
            <source>the balance answered {code} ({meaning})</source>
            <translation>天平应答 {code}（{meaning}）</translation>
        </message>
        <message>
            <source>the balance at {address} cannot be reached ({reason})</source>
            <translation>无法连接 {address} 的天平（{reason}）</translation>
        </message>
        <message>
            <source>the balance at {address} closed the connection</source>
            <translation>{address} 的天平断开了连接</translation>
        </message>
        <message>
            <source>the connection to {address} closed ({reason})</source>
            <translation>与 {address} 的连接已断开（{reason}）</translation>
        </message>
        <message>
            <source>the serial port {port} cannot be opened ({reason})</source>
            <translation>无法打开串口 {port}（{reason}）</translation>
        </message>
        <message>
            <source>the serial port {port} closed ({reason})</source>
            <translation>串口 {port} 已关闭（{reason}）</translation>
        </message>
        <message>
            <source>the balance at {address} did not answer within {seconds} s: check that it is on, the cable, the protocol and the baud rate</source>
            <translation>{address} 的天平在 {seconds} 秒内无应答：请检查电源、线缆、通信协议和波特率</translation>
        </message>
        <message>
            <source>the balance could not give a stable weight (MT-SICS 'S I')</source>
            <translation>天平未能给出稳定读数（MT-SICS 'S I'）</translation>
        </message>
        <message>
            <source>the balance did not settle within {seconds} s (last line {line}): shield it from draughts and vibration, and read again</source>
            <translation>天平在 {seconds} 秒内未稳定（最后一行 {line}）：请避免气流和振动后重新读取</translation>
        </message>
        <message>
            <source>the balance is adjusting (SBI 'C'): wait until it has finished</source>
            <translation>天平正在校准（SBI 'C'）：请等待校准结束</translation>
        </message>
        <message>
            <source>the balance is overloaded (MT-SICS 'S +'): take the load off and weigh within its capacity</source>
            <translation>天平过载（MT-SICS 'S +'）：请取下载荷，在量程内称量</translation>
        </message>
        <message>
            <source>the balance is overloaded (SBI 'H'): take the load off and weigh within its capacity</source>
            <translation>天平过载（SBI 'H'）：请取下载荷，在量程内称量</translation>
        </message>
        <message>
            <source>the balance reads below its zero (MT-SICS 'S -', underload): check the pan and zero it</source>
            <translation>天平读数低于零点（MT-SICS 'S -'，欠载）：请检查秤盘并归零</translation>
        </message>
        <message>
            <source>the balance reads below its zero (SBI 'L', underload): check the pan and zero it</source>
            <translation>天平读数低于零点（SBI 'L'，欠载）：请检查秤盘并归零</translation>
        </message>
        <message>
            <source>the balance reports error {code} (SBI 'Err {code}'): see its manual</source>
            <translation>天平报告错误 {code}（SBI 'Err {code}'）：请查阅天平说明书</translation>
        </message>
        <message>
            <source>the balance sends its reading in {unit}, not a mass unit: set it to weigh in g (line {line})</source>
            <translation>天平读数的单位为 {unit}，不是质量单位：请设为以 g 称量（应答 {line}）</translation>
        </message>
        <message>
            <source>the balance sent bytes that are not text ({bytes}): check the baud rate, parity and protocol</source>
            <translation>天平发送了非文本数据（{bytes}）：请检查波特率、校验位和通信协议</translation>
        </message>
        <message>
            <source>the balance sent {text}, which is not an MT-SICS reply: check that it is set to MT-SICS and the baud rate matches</source>
            <translation>天平发送的 {text} 不是 MT-SICS 应答：请确认天平设为 MT-SICS 且波特率一致</translation>
        </message>
        <message>
            <source>the balance sent {text}, which is not an SBI data line: check that it is set to SBI and the baud rate and parity match</source>
            <translation>天平发送的 {text} 不是 SBI 数据行：请确认天平设为 SBI 且波特率和校验位一致</translation>
        </message>
        <message>
            <source>the balance shows no value (SBI blank or final readout line)</source>
            <translation>天平未显示数值（SBI 空行或结束行）</translation>
        </message>
        <message>
            <source>the balance's print key sent a reading that was not stable: wait for the stability sign and press it again</source>
            <translation>天平打印键发送的读数不稳定：请等稳定标志出现后再按一次</translation>
        </message>
        <message>
            <source>this balance reads in steps of {step}, too coarse for a tolerance of {allowed} ({tolerance} of {mass}): use a balance that reads {allowed} or finer</source>
            <translation>该天平的分度值为 {step}，对 {allowed} 的允差（{mass} 的 {tolerance}）而言过粗：请使用分度值为 {allowed} 或更细的天平</translation>
        </message>
        <message>
            <source>unknown key(s) {keys} (known: {known})</source>
            <translation>未知的键 {keys}（可用的键：{known}）</translation>
        </message>
        <message>
            <source>{keys} does not apply to {kind}</source>
            <translation>{keys} 不适用于 {kind}</translation>
        </message>
        <message>
            <source>{kind} needs {key}</source>
            <translation>{kind} 需要 {key}</translation>
        </message>
        <message>
            <source>{low_key} is above {high_key}: the protocol contradicts itself ({low} &gt; {high})</source>
            <translation>{low_key} 高于 {high_key}：方案自相矛盾（{low} &gt; {high}）</translation>
        </message>
        <message>
            <source>{text} is not a time of day HH:MM</source>
            <translation>{text} 不是 HH:MM 格式的时刻</translation>
        </message>
        <message>
            <source>{type} is not a time of day HH:MM</source>
            <translation>{type} 不是 HH:MM 格式的时刻</translation>
        </message>
        <message>
            <source>{text} is outside the possible range {low} to {high}</source>
            <translation>{text} 超出可能范围 {low} 至 {high}</translation>
        </message>
        <message>
            <source>{text} must be more than zero</source>
            <translation>{text} 必须大于零</translation>
        </message>
        <message>
            <source>{text} must be more than zero or zero</source>
            <translation>{text} 必须大于或等于零</translation>
        </message>
        <message>
            <source>{text} {help}</source>
            <translation>{text} {help}</translation>
        </message>
        <message>
            <source>{text}: {why}</source>
            <translation>{text}：{why}</translation>
        </message>
        <message>
            <source>{where} {what}</source>
            <translation>{where} {what}</translation>
        </message>
        <message>
            <source>{where}: {what}</source>
            <translation>{where}：{what}</translation>
        </message>
        <message>
            <source>the app-wide limit of {limit} (defaults.toml)</source>
            <translation>全局限值 {limit}（defaults.toml）</translation>
        </message>
        <message>
            <source>the app-wide ceiling of {limit} for {tissue} (defaults.toml [ceilings])</source>
            <translation>{tissue} 的全局上限 {limit}（defaults.toml [ceilings]）</translation>
        </message>
        <message>
            <source>{key} = {value} would loosen {loosened}; a protocol can only tighten it</source>
            <translation>{key} = {value} 会放宽{loosened}；方案只能收紧限值</translation>
        </message>
        <message>
            <source>a nebulized protocol needs an [aliquots] table, and only it</source>
            <translation>雾化方案必须有 [aliquots] 表，且只有雾化方案可用</translation>
        </message>
        <message>
            <source>a fixed-dose intravenous protocol (dose in cells per treatment) needs max_dose_per_kg or min_weight, so that a light patient is not given the whole dose</source>
            <translation>固定剂量（每次治疗的细胞数）的静脉给药方案需要 max_dose_per_kg 或 min_weight，以免体重较轻的患者获得全部剂量</translation>
        </message>
        <message>
            <source>{key} needs its source (a published figure, or 'Site value ...')</source>
            <translation>{key} 需要注明出处（已发表的数值，或 'Site value ...'）</translation>
        </message>
        <message>
            <source>{count} doses, {first} to {last}</source>
            <translation>{count} 次，{first} 至 {last}</translation>
        </message>
        <message>
            <source>the site's time zone '{zone}' (defaults.toml [site] time_zone) is not a time zone name such as Europe/Berlin</source>
            <translation>机构时区 '{zone}'（defaults.toml [site] time_zone）不是时区名称（例如 Europe/Berlin）</translation>
        </message>
        <message>
            <source>this computer's time zone has no IANA name (TZ, /etc/localtime and the system settings give none): set the site's time zone in defaults.toml [site] time_zone</source>
            <translation>本机时区没有 IANA 名称（TZ、/etc/localtime 和系统设置均未给出）：请在 defaults.toml [site] time_zone 中设置机构时区</translation>
        </message>
        <message>
            <source>the font {name} cannot be loaded from {folder} ({reason}); reinstall mscprep (the sheet embeds its own fonts)</source>
            <translation>无法从 {folder} 加载字体 {name}（{reason}）：请重新安装 mscprep（配制单需嵌入专用字体）</translation>
        </message>
        <message>
            <source>'{address}' is not a printer address: socket://HOST:9100</source>
            <translation>'{address}' 不是打印机地址：格式为 socket://HOST:9100</translation>
        </message>
        <message>
            <source>The printer {address} did not answer within {seconds} s.</source>
            <translation>打印机 {address} 在 {seconds} 秒内无应答。</translation>
        </message>
        <message>
            <source>the name holds {what} (U+{code}); type the name with letters, spaces and the initials in brackets only</source>
            <translation>姓名中含有{what}（U+{code}）；请只用字母、空格和括号中的姓名缩写输入姓名</translation>
        </message>
        <message>
            <source>an invisible (default-ignorable) character</source>
            <translation>不可见字符（默认可忽略字符）</translation>
        </message>
        <message>
            <source>a control character</source>
            <translation>控制字符</translation>
        </message>
        <message>
            <source>an invisible format character</source>
            <translation>不可见格式字符</translation>
        </message>
        <message>
            <source>a private-use character</source>
            <translation>私用区字符</translation>
        </message>
        <message>
            <source>an unassigned character</source>
            <translation>未分配字符</translation>
        </message>
        <message>
            <source>a line break</source>
            <translation>换行符</translation>
        </message>
        <message>
            <source>a character that is not a letter (symbol, digit or blank pattern)</source>
            <translation>非字母字符（符号、数字或空白图案）</translation>
        </message>
        <message>
            <source>'{text}': write the full name and the initials in brackets, e.g. {example}</source>
            <translation>“{text}”：请输入全名和括号中的姓名缩写，例如 {example}</translation>
        </message>
        <message>
            <source>the full name is too short</source>
            <translation>全名太短</translation>
        </message>
        <message>
            <source>the initials '{text}' must be 1 to 4 letters</source>
            <translation>姓名缩写“{text}”必须为 1 到 4 个字母</translation>
        </message>
        <message>
            <source>the name '{text}' mixes letters of {scripts} that may look alike; type it in one alphabet (Latin may go with Han and Japanese kana)</source>
            <translation>姓名“{text}”混用了可能相似的 {scripts} 字母；请只用一种文字输入（拉丁字母可与汉字和日文假名同用）</translation>
        </message>
        <message>
            <source>'{text}' reads the same as '{person}', who is already enrolled (identical or look-alike letters); each person needs a name that cannot be taken for another's</source>
            <translation>“{text}”与已登记的“{person}”读起来相同（字符相同或相似）；每个人的姓名都不能被误认为他人</translation>
        </message>
        <message>
            <source>the initials ({initials}) are already those of '{person}'; give other initials (e.g. with a middle or second letter)</source>
            <translation>姓名缩写（{initials}）已属于“{person}”；请使用其他缩写（例如加上中间名或第二个字母）</translation>
        </message>
        <message>
            <source>scan or type the badge code</source>
            <translation>请扫描或输入工牌码</translation>
        </message>
        <message>
            <source>this is not an mscprep badge code (scan the badge again)</source>
            <translation>这不是 mscprep 工牌码（请重新扫描工牌）</translation>
        </message>
        <message>
            <source>a PIN is digits only (0-9)</source>
            <translation>PIN 只能是数字（0-9）</translation>
        </message>
        <message>
            <source>a PIN has at least {count} digits</source>
            <translation>PIN 至少 {count} 位</translation>
        </message>
        <message>
            <source>choose a PIN that is not one digit repeated or a run (123456)</source>
            <translation>请选择不是同一数字重复或连续数字（123456）的 PIN</translation>
        </message>
        <message>
            <source>nobody enrolled here is called '{text}'</source>
            <translation>此处没有名为“{text}”的登记人员</translation>
        </message>
        <message>
            <source>an admin of this record store signs this act: scan the admin's badge and give the admin's PIN</source>
            <translation>此操作由本记录库的管理员签名：请扫描管理员工牌并输入管理员 PIN</translation>
        </message>
        <message>
            <source>{name} is not an admin of this record store (role {role}); an admin signs enrolment acts</source>
            <translation>{name} 不是本记录库的管理员（角色：{role}）；登记操作由管理员签名</translation>
        </message>
        <message>
            <source>choose one of {roles}</source>
            <translation>请从 {roles} 中选择</translation>
        </message>
        <message>
            <source>nobody is enrolled yet: the first person enrols without an admin</source>
            <translation>尚无人登记：第一位人员无需管理员即可登记</translation>
        </message>
        <message>
            <source>the first person enrolled in a record store is its admin: choose the role admin</source>
            <translation>第一位登记到记录库的人员是其管理员：请选择角色“管理员”</translation>
        </message>
        <message>
            <source>the two PINs differ; nothing was changed</source>
            <translation>两次输入的 PIN 不一致；未做任何更改</translation>
        </message>
        <message>
            <source>cannot write {path}: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <source>nobody is enrolled in this record store; a badge cannot be used here</source>
            <translation>本记录库中无人登记；此处不能使用工牌</translation>
        </message>
        <message>
            <source>this badge of {name} was replaced; use the new badge</source>
            <translation>{name} 的这张工牌已被更换；请使用新工牌</translation>
        </message>
        <message>
            <source>this badge is not enrolled in this record store</source>
            <translation>这张工牌未在本记录库中登记</translation>
        </message>
        <message>
            <source>the badge of {name} is revoked; an admin gives a new one</source>
            <translation>{name} 的工牌已被吊销；由管理员发放新工牌</translation>
        </message>
        <message>
            <source>the badge of {name} is locked after {count} wrong PINs; an admin must unlock it</source>
            <translation>{name} 的工牌因 {count} 次 PIN 错误已被锁定；必须由管理员解锁</translation>
        </message>
        <message>
            <source>enter your PIN</source>
            <translation>请输入您的 PIN</translation>
        </message>
        <message>
            <source>&apos;{text}&apos;: brackets belong only around the initials at the end, e.g. {example}</source>
            <translation>“{text}”：括号只能用于名字末尾的姓名缩写（例如 {example}）</translation>
        </message>
        <message>
            <source>the badge of {name} was revoked or replaced meanwhile; an admin gives a new one</source>
            <translation>{name} 的工牌在此期间已被吊销或更换；由管理员发放新工牌</translation>
        </message>
        <message>
            <source>wrong PIN for the badge of {name}; the badge is now locked after {count} wrong PINs: an admin must unlock it</source>
            <translation>{name} 的工牌 PIN 错误；已错误 {count} 次，工牌现已锁定：必须由管理员解锁</translation>
        </message>
        <message>
            <source>wrong PIN for the badge of {name} (1 try left before the badge locks)</source>
            <translation>{name} 的工牌 PIN 错误（再错 1 次工牌将被锁定）</translation>
        </message>
        <message>
            <source>wrong PIN for the badge of {name} ({left} tries left before the badge locks)</source>
            <translation>{name} 的工牌 PIN 错误（还剩 {left} 次机会，之后工牌将被锁定）</translation>
        </message>
        <message>
            <source>the badge of {name} is already revoked</source>
            <translation>{name} 的工牌已被吊销</translation>
        </message>
        <message>
            <source>the badge of {name} is not locked</source>
            <translation>{name} 的工牌未被锁定</translation>
        </message>
        <message>
            <source>{name} is already {role}</source>
            <translation>{name} 已经是{role}</translation>
        </message>
        <message>
            <source>an admin does not remove their own admin role; another admin does</source>
            <translation>管理员不能取消自己的管理员角色；须由另一位管理员操作</translation>
        </message>
        <message>
            <source>this is not the current badge of {name}; scan theirs (or replace it)</source>
            <translation>这不是 {name} 当前的工牌；请扫描其本人的工牌（或更换工牌）</translation>
        </message>
        <message>
            <source>{name} signed a version of record {record} and cannot verify it; a second person must do the independent check with their own badge</source>
            <translation>{name} 签署过记录 {record} 的某个版本，不能核对该记录；必须由另一人用其本人的工牌进行独立核对</translation>
        </message>
        <message>
            <source>{name} is enrolled as {role}; a double check is signed by a {roles} (site setting)</source>
            <translation>{name} 登记的角色是{role}；双人核对须由{roles}签名（站点设置）</translation>
        </message>
        <message>
            <source>the record store cannot be reached; a badge is checked against it</source>
            <translation>无法连接记录库；工牌须与记录库核对</translation>
        </message>
        <message>
            <source>this is not the badge of the person signed in</source>
            <translation>这不是当前登录人员的工牌</translation>
        </message>
        <message>
            <source>People are enrolled in this record store: sign with your badge and PIN (a typed name is accepted only in a store nobody is enrolled in). Nothing was recorded.</source>
            <translation>本记录库中已有人员登记：请用工牌和 PIN 签名（仅在无人登记的记录库中才接受输入的姓名）。未记录任何内容。</translation>
        </message>
        <message>
            <source>Nobody is enrolled in this record store; nothing can be signed in it.</source>
            <translation>本记录库中无人登记；无法在其中签名。</translation>
        </message>
        <message>
            <source>technician</source>
            <translation>技术员</translation>
        </message>
        <message>
            <source>pharmacist</source>
            <translation>药师</translation>
        </message>
        <message>
            <source>qa</source>
            <translation>质量保证</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
    </context>
    <context>
        <name>GravimetricDialog</name>
        <message>
            <location filename="../../ui/dialogs/gravimetric_dialog.py" line="22" />
            <source>Gravimetric check</source>
            <translation>称量核对</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/gravimetric_dialog.py" line="26" />
            <source>Planned volume in the container</source>
            <translation>容器内计划体积</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/gravimetric_dialog.py" line="28" />
            <source>{0} g (accepted {1} to {2} g)</source>
            <translation>{0} g（允许 {1} 至 {2} g）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/gravimetric_dialog.py" line="31" />
            <source>Expected net mass</source>
            <translation>预期净质量</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/gravimetric_dialog.py" line="38" />
            <source>{0} (may be tightened)</source>
            <translation>{0}（只可收紧）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/gravimetric_dialog.py" line="40" />
            <source>Tare, empty container (g)</source>
            <translation>皮重（空容器，g）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/gravimetric_dialog.py" line="40" />
            <source>Filled (g)</source>
            <translation>装填后（g）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/gravimetric_dialog.py" line="41" />
            <source>Tolerance</source>
            <translation>允许偏差</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/gravimetric_dialog.py" line="60" />
            <source>Enter the tare and the filled mass.</source>
            <translation>请输入皮重和装填后质量。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/gravimetric_dialog.py" line="69" />
            <source>within tolerance</source>
            <translation>在允许范围内</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/gravimetric_dialog.py" line="71" />
            <source>Measured {0} ({1}): {2}</source>
            <translation>实测 {0}（{1}）：{2}</translation>
        </message>
        <message>
            <source>no DIN</source>
            <translation>无 DIN</translation>
        </message>
        <message>
            <source>Record {0} · {1} ({2}) · DIN {3}
On the balance: {4}</source>
            <translation>记录 {0} · {1}（{2}）· DIN {3}
放在天平上的：{4}</translation>
        </message>
        <message>
            <source>not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>(no patient name)</source>
            <translation>（无患者姓名）</translation>
        </message>
        <message>
            <source>bag</source>
            <translation>输液袋</translation>
        </message>
        <message>
            <source>syringe</source>
            <translation>注射器</translation>
        </message>
        <message>
            <source>aliquot</source>
            <translation>分装</translation>
        </message>
        <message>
            <source>{0} bags (weighed together)</source>
            <translation>{0} 个输液袋（一起称量）</translation>
        </message>
        <message>
            <source>{0} syringes (weighed together)</source>
            <translation>{0} 支注射器（一起称量）</translation>
        </message>
        <message>
            <source>{0} aliquots (weighed together)</source>
            <translation>{0} 份分装（一起称量）</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>天平</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>读取</translation>
        </message>
        <message>
            <source>Tare, empty (g)</source>
            <translation>皮重（空）(g)</translation>
        </message>
        <message>
            <source>Read {0} from the balance</source>
            <translation>从天平读取 {0}</translation>
        </message>
        <message>
            <source>{0}: press Read, or the balance's print key</source>
            <translation>{0}：请按“读取”或天平的打印键</translation>
        </message>
        <message>
            <source>No balance is set (Settings &gt; Balance…): type the masses; the record will say they were typed, not read.</source>
            <translation>未设置天平（设置 &gt; 天平…）：请输入质量；记录将注明为手动输入、非读取。</translation>
        </message>
        <message>
            <source>No balance is set: set it in Settings &gt; Balance…. This site does not allow typing the masses.</source>
            <translation>未设置天平：请在 设置 &gt; 天平… 中设置。本机构不允许手动输入质量。</translation>
        </message>
        <message>
            <source>Reading… (waiting for a stable weight)</source>
            <translation>读取中…（等待稳定读数）</translation>
        </message>
        <message>
            <source>The balance sent {0} g, but both masses are filled: clear one to take it</source>
            <translation>天平发送了 {0} g，但两个质量都已填写：请清除其中一个以接收</translation>
        </message>
        <message>
            <source>Read from {0} s/n {1}: {2}</source>
            <translation>读取自 {0}（序列号 {1}）：{2}</translation>
        </message>
        <message>
            <source>model not stated</source>
            <translation>型号未说明</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>未说明</translation>
        </message>
        <message>
            <source>Nothing was read: {0}</source>
            <translation>未读取：{0}</translation>
        </message>
        <message>
            <source>Read the tare and the filled mass.</source>
            <translation>请读取皮重和充装后的质量。</translation>
        </message>
    </context>
    <context>
        <name>HemocytometerGrid</name>
        <message>
            <location filename="../../ui/hemocytometer.py" line="38" />
            <source>Square</source>
            <translation>方格</translation>
        </message>
        <message>
            <location filename="../../ui/hemocytometer.py" line="39" />
            <source>Unstained</source>
            <translation>未染色</translation>
        </message>
        <message>
            <location filename="../../ui/hemocytometer.py" line="40" />
            <source>Stained</source>
            <translation>染色</translation>
        </message>
        <message>
            <location filename="../../ui/hemocytometer.py" line="43" />
            <source>unstained</source>
            <translation>未染色细胞</translation>
        </message>
        <message>
            <location filename="../../ui/hemocytometer.py" line="43" />
            <source>stained</source>
            <translation>染色细胞</translation>
        </message>
        <message>
            <location filename="../../ui/hemocytometer.py" line="49" />
            <source>Square {0} {1} count</source>
            <translation>方格 {0} 的{1}数</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="27" />
            <source>History</source>
            <translation>历史记录</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="33" />
            <location filename="../../ui/dialogs/history_dialog.py" line="46" />
            <source>Patient ID</source>
            <translation>患者 ID</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="33" />
            <location filename="../../ui/dialogs/history_dialog.py" line="47" />
            <source>DIN</source>
            <translation>DIN</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="34" />
            <location filename="../../ui/dialogs/history_dialog.py" line="46" />
            <source>Operator</source>
            <translation>操作者</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="34" />
            <source>From (YYYY-MM-DD)</source>
            <translation>起始日期（YYYY-MM-DD）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="35" />
            <source>To (YYYY-MM-DD)</source>
            <translation>截止日期（YYYY-MM-DD）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="45" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="45" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="45" />
            <source>Saved</source>
            <translation>保存时间</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="46" />
            <source>Patient</source>
            <translation>患者</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="47" />
            <source>Protocol</source>
            <translation>方案</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="47" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="55" />
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="55" />
            <source>Reopen</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="56" />
            <source>Reprint…</source>
            <translation>重印…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="57" />
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="58" />
            <source>Export FHIR…</source>
            <translation>导出 FHIR…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="74" />
            <source>BLOCKED</source>
            <translation>已阻止</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="75" />
            <source>verified by {0}</source>
            <translation>由 {0} 核对</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="76" />
            <source>check failed - not verified</source>
            <translation>核对不一致 - 未验证</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="76" />
            <source>not verified</source>
            <translation>未核对</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="81" />
            <source>{0} record(s)</source>
            <translation>{0} 条记录</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="110" />
            <source>Export CSV</source>
            <translation>导出 CSV</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="125" />
            <source>Could not write {0}: {1}</source>
            <translation>无法写入 {0}：{1}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="116" />
            <source>{0} record(s) exported to {1}</source>
            <translation>已将 {0} 条记录导出到 {1}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="137" />
            <source>Choose a record in the list first.</source>
            <translation>请先在列表中选择一条记录。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="139" />
            <source>Export FHIR</source>
            <translation>导出 FHIR</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="145" />
            <source>Record {0} version {1} exported as FHIR to {2}</source>
            <translation>已将记录 {0} 第{1}版以 FHIR 格式导出到 {2}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="1" />
            <source>Audit-trail review…</source>
            <translation>审计追踪审查…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="1" />
            <source>Audit-trail review</source>
            <translation>审计追踪审查</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="1" />
            <source>Audit-trail review of {0} written to {1}</source>
            <translation>已将 {0} 的审计追踪审查写入 {1}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="66" />
            <source>Reprint sheet…</source>
            <translation>重新打印配制单…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="67" />
            <source>Reprint label…</source>
            <translation>重新打印标签…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="118" />
            <source>weighed</source>
            <translation>已称量</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="118" />
            <source>weighed: OUT OF TOLERANCE</source>
            <translation>称量：超出允许范围</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="120" />
            <source>labelled</source>
            <translation>已打印标签</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="122" />
            <source>FINAL</source>
            <translation>最终</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="76" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="102" />
            <source>1 record</source>
            <translation>1 条记录</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="102" />
            <source>{0} records</source>
            <translation>{0} 条记录</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="163" />
            <source>1 record exported to {0}</source>
            <translation>已将 1 条记录导出到 {0}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="164" />
            <source>{0} records exported to {1}</source>
            <translation>已将 {0} 条记录导出到 {1}</translation>
        </message>
    </context>
    <context>
        <name>LabelPrinterDialog</name>
        <message>
            <location filename="../../ui/dialogs/label_printer_dialog.py" line="17" />
            <source>Label printer</source>
            <translation>标签打印机</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/label_printer_dialog.py" line="20" />
            <source>A printer through the print dialog (the PDF label)</source>
            <translation>通过打印对话框的打印机（PDF 标签）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/label_printer_dialog.py" line="22" />
            <source>A thermal label printer (ZPL) on a CUPS queue</source>
            <translation>CUPS 队列上的热敏标签打印机（ZPL）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/label_printer_dialog.py" line="36" />
            <location filename="../../ui/dialogs/label_printer_dialog.py" line="37" />
            <source>Printer queue</source>
            <translation>打印队列</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/label_printer_dialog.py" line="40" />
            <location filename="../../ui/dialogs/label_printer_dialog.py" line="44" />
            <source>Printer resolution</source>
            <translation>打印机分辨率</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/label_printer_dialog.py" line="42" />
            <source>{0} dpi</source>
            <translation>{0} dpi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/label_printer_dialog.py" line="46" />
            <source>Queues on this computer: {0}</source>
            <translation>本计算机上的队列：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/label_printer_dialog.py" line="47" />
            <source>No CUPS queue was found on this computer; ask IT to add the label printer as a raw queue, or type the queue's name.</source>
            <translation>本计算机上未找到 CUPS 队列；请让 IT 将标签打印机添加为 raw 队列，或输入队列名称。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/label_printer_dialog.py" line="53" />
            <source>The thermal printer's font has Latin letters only: a label with a Japanese or Chinese name is refused there; print the PDF label instead.</source>
            <translation>热敏打印机的字体只有拉丁字母：含日文或中文姓名的标签会被拒绝；请改为打印 PDF 标签。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/label_printer_dialog.py" line="82" />
            <source>Choose or type the thermal printer's queue.</source>
            <translation>请选择或输入热敏打印机的队列。</translation>
        </message>
        <message>
            <source>A thermal label printer (ZPL): a CUPS queue, or socket://HOST:9100</source>
            <translation>热敏标签打印机（ZPL）：CUPS 队列或 socket://HOST:9100</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="36" />
            <source>Patient</source>
            <translation>患者</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="37" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="38" />
            <source>Cell count</source>
            <translation>细胞计数</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="39" />
            <source>Dose and release</source>
            <translation>剂量与放行</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="40" />
            <source>Dilution</source>
            <translation>稀释</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="41" />
            <source>Infusion</source>
            <translation>输注</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="42" />
            <source>DMSO</source>
            <translation>DMSO</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="43" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="44" />
            <source>Treatment course</source>
            <translation>疗程</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="45" />
            <source>Blinded trial</source>
            <translation>盲法试验</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="48" />
            <source>viable</source>
            <translation>活细胞</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="49" />
            <source>total</source>
            <translation>全部细胞</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="50" />
            <source>autologous</source>
            <translation>自体</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="51" />
            <source>allogeneic</source>
            <translation>异体</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="52" />
            <source>bag</source>
            <translation>袋内</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="53" />
            <source>in line</source>
            <translation>在线</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="54" />
            <source>pump</source>
            <translation>输液泵</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="55" />
            <source>gravity</source>
            <translation>重力滴注</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="56" />
            <source>syringe push</source>
            <translation>注射器推注</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="57" />
            <source>standard blood set</source>
            <translation>标准输血器</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="58" />
            <source>leukocyte reduction</source>
            <translation>白细胞滤除</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="59" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="60" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="64" />
            <source>Debug</source>
            <translation>调试</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="64" />
            <source>Information</source>
            <translation>信息</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="65" />
            <source>Warnings</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="65" />
            <source>Errors</source>
            <translation>错误</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="66" />
            <source>Letter</source>
            <translation>信纸</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="80" />
            <location filename="../../ui/main_window.py" line="909" />
            <source>mscprep - MSC infusion preparation</source>
            <translation>mscprep - MSC 输注配制</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="115" />
            <location filename="../../ui/main_window.py" line="706" />
            <location filename="../../ui/main_window.py" line="729" />
            <source>New preparation</source>
            <translation>新建配制</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="117" />
            <source>Start an empty case (Ctrl+N)</source>
            <translation>开始一个空白病例（Ctrl+N）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="121" />
            <source>Loading the calculator…</source>
            <translation>正在加载计算器…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="197" />
            <location filename="../../ui/main_window.py" line="201" />
            <source>Protocol</source>
            <translation>方案</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="202" />
            <source>No protocol (app defaults only)</source>
            <translation>无方案（仅程序默认值）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="213" />
            <source>Not loaded: {0}: {1}</source>
            <translation>未加载：{0}：{1}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="253" />
            <source>Count method</source>
            <translation>计数方法</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="254" />
            <source>Counter read-out</source>
            <translation>细胞计数仪读数</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="255" />
            <source>Label (cells in volume)</source>
            <translation>标签（细胞数与体积）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="256" />
            <source>Hemocytometer squares</source>
            <translation>血细胞计数板方格</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="259" />
            <source>Method</source>
            <translation>方法</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="326" />
            <source>Now</source>
            <translation>现在</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="328" />
            <source>Fill in the current date and time</source>
            <translation>填入当前日期和时间</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="440" />
            <source>(protocol: {0})</source>
            <translation>（方案：{0}）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="441" />
            <source>(default: {0})</source>
            <translation>（默认：{0}）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="556" />
            <location filename="../../ui/main_window.py" line="732" />
            <source>Print preview…</source>
            <translation>打印预览…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="559" />
            <location filename="../../ui/main_window.py" line="738" />
            <source>Print label…</source>
            <translation>打印标签…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="562" />
            <location filename="../../ui/main_window.py" line="735" />
            <source>Save sheet as PDF…</source>
            <translation>将配制单另存为 PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="597" />
            <source>Complete the form first</source>
            <translation>请先填写完整</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="628" />
            <source>Records cannot be saved now: {0} You can still calculate and print drafts.</source>
            <translation>目前无法保存记录：{0} 您仍可计算并打印草稿。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="728" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="743" />
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="750" />
            <source>&amp;Records</source>
            <translation>记录(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="553" />
            <location filename="../../ui/main_window.py" line="753" />
            <source>Save record</source>
            <translation>保存记录</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="312" />
            <source>Unit of a weight typed without one</source>
            <translation>未带单位输入的体重所用单位</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="313" />
            <source>Used only when the weight is typed without a unit</source>
            <translation>仅在体重未带单位输入时使用</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="447" />
            <source>The operator at this keyboard; to change it, use Settings &gt; Operator…</source>
            <translation>本键盘前的操作者；如需更改，请使用 设置 &gt; 操作者…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="391" />
            <source>Fewer fields</source>
            <translation>收起字段</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="391" />
            <source>More ({0})</source>
            <translation>更多（{0}）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="428" />
            <source>Limits: {0}</source>
            <translation>限值：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="443" />
            <source>Protocol: {0}</source>
            <translation>方案：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="445" />
            <source>e.g. {0}</source>
            <translation>例如 {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="591" />
            <source>Read as {0}</source>
            <translation>读作 {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="627" />
            <source>Records: not reachable</source>
            <translation>记录：无法连接</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="630" />
            <source>Try again</source>
            <translation>重试</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="637" />
            <source>Records: server {0}</source>
            <translation>记录：服务器 {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="640" />
            <source>Records: this computer</source>
            <translation>记录：本计算机</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="646" />
            <source>FINAL</source>
            <translation>最终</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="657" />
            <source>Records cannot be reached now; the form is kept as a draft</source>
            <translation>目前无法连接记录；表单已作为草稿保留</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="696" />
            <source>Unsaved entries</source>
            <translation>未保存的输入</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="697" />
            <source>The entries of this case are not saved as a record. Discard them?</source>
            <translation>此病例的输入尚未保存为记录。要放弃吗？</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="741" />
            <source>Restore kept entries…</source>
            <translation>恢复保留的输入…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="754" />
            <source>Independent double check…</source>
            <translation>独立双人核对…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="755" />
            <source>Gravimetric check…</source>
            <translation>称量核对…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="756" />
            <source>History…</source>
            <translation>历史记录…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="757" />
            <source>Verify audit trail</source>
            <translation>校验审计追踪</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="766" />
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="768" />
            <source>Operator…</source>
            <translation>操作者…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="771" />
            <source>Records database…</source>
            <translation>记录数据库…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="774" />
            <source>Label printer…</source>
            <translation>标签打印机…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="777" />
            <source>Language (restart)</source>
            <translation>语言（重启后生效）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="782" />
            <source>Paper</source>
            <translation>纸张</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="787" />
            <source>Log level</source>
            <translation>日志级别</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="792" />
            <source>High contrast</source>
            <translation>高对比度</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="796" />
            <source>Gloves (large touch targets)</source>
            <translation>手套模式（大触控目标）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="800" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="801" />
            <location filename="../../ui/main_window.py" line="812" />
            <source>About mscprep</source>
            <translation>关于 mscprep</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="888" />
            <source>{0} is working now. The entries {1} had not saved are kept as a draft.</source>
            <translation>现在由 {0} 操作。{1} 未保存的输入已作为草稿保留。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="890" />
            <source>Restore them</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="893" />
            <source>{0} is working now</source>
            <translation>现在由 {0} 操作</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="942" />
            <source>No entries are kept.</source>
            <translation>没有保留的输入。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="947" />
            <source>{0}: {1}, patient {2}</source>
            <translation>{0}：{1}，患者 {2}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="950" />
            <source>Restore kept entries</source>
            <translation>恢复保留的输入</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="950" />
            <source>Entries kept:</source>
            <translation>保留的输入：</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="969" />
            <source>Restored the entries {0} left unsaved at {1}. You prepare them now: check the patient and every figure before use.</source>
            <translation>已恢复 {0} 于 {1} 留下的未保存输入。现在由您制备：使用前请核对患者和每个数值。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="979" />
            <source>The records database changes at the next start.</source>
            <translation>记录数据库将在下次启动时更改。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="991" />
            <source>The language changes at the next start.</source>
            <translation>语言将在下次启动时更改。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1062" />
            <source>Restored the unsaved entries of {0} after an unexpected end. Check the patient and every figure before use.</source>
            <translation>程序意外结束后，已恢复 {0} 未保存的输入。使用前请核对患者及所有数值。</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="1" />
            <source>Quality report…</source>
            <translation>质量报告…</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="1" />
            <source>The quality report is for the qa and pharmacist roles.</source>
            <translation>质量报告仅供 QA 和药师角色使用。</translation>
        </message>
        <message>
            <source>Sign the saved record as prepared</source>
            <translation>以配制人身份签署已保存的记录</translation>
        </message>
        <message>
            <source>Sign the weighing</source>
            <translation>签署称量</translation>
        </message>
        <message>
            <source>Sign the label (released)</source>
            <translation>签署标签（放行）</translation>
        </message>
        <message>
            <source>{0}: your PIN to sign</source>
            <translation>{0}：签名用的PIN</translation>
        </message>
        <message>
            <source>Signed in: {0} ({1})</source>
            <translation>已登录：{0}（{1}）</translation>
        </message>
        <message>
            <source>Working: {0} (typed name; nothing is signed: no enrolled staff)</source>
            <translation>操作人员：{0}（手动输入的姓名；无已登记人员，不签名）</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>无人登录</translation>
        </message>
        <message>
            <source>technician</source>
            <translation>技术员</translation>
        </message>
        <message>
            <source>pharmacist</source>
            <translation>药师</translation>
        </message>
        <message>
            <source>qa</source>
            <translation>质量保证</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="340" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="342" />
            <source>Choose the pharmacy's randomisation list (CSV)</source>
            <translation>选择药房的随机分配表（CSV）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="584" />
            <source>{0} containers are thawed: scan the DIN of each after the first ({1} of {2} scanned).</source>
            <translation>将解冻 {0} 个容器：请扫描第一个之后每个容器的 DIN（已扫描 {1}/{2}）。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="766" />
            <source>The preparation is hidden while the independent double check is open.</source>
            <translation>独立双人核对进行期间，配制内容不显示。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="780" />
            <source>Randomisation list</source>
            <translation>随机分配表</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="781" />
            <source>Randomisation list (*.csv);;All files (*)</source>
            <translation>随机分配表 (*.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1020" />
            <source>Print pharmacy sheet (unblinded)…</source>
            <translation>打印药房配制单（非盲态）…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="726" />
            <location filename="../../ui/main_window.py" line="922" />
            <source>Complete the form first: {0}</source>
            <translation>请先完成表单：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="735" />
            <source>No label while the plan says: {0}</source>
            <translation>计划状态为以下时不能打印标签：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="819" />
            <source>— (enter the code and choose the list)</source>
            <translation>—（请输入编码并选择列表）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="848" />
            <source>Not used by this protocol or count method</source>
            <translation>此方案或计数方法不使用此项</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="851" />
            <source>Clear (Ctrl+Z undoes)</source>
            <translation>清除（Ctrl+Z 可撤销）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="872" />
            <source>{0} cleared: Ctrl+Z in the field brings it back</source>
            <translation>已清除 {0}：在该栏中按 Ctrl+Z 可恢复</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="925" />
            <source>Saved; change a figure to save a new version</source>
            <translation>已保存；修改数值后可保存新版本</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1038" />
            <source>Work lists…</source>
            <translation>工作列表…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="0" />
            <source>Time zone unknown: {0}</source>
            <translation>时区未知：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="0" />
            <source>The site's time zone {0} (UTC{1}) differs from this computer's clock ({2}, UTC{3}): times typed without an offset are read on the site's zone. Correct the computer's clock or the site setting.</source>
            <translation>本机构时区 {0}（UTC{1}）与本机时钟（{2}，UTC{3}）不一致：未带时差的时间按本机构时区读取。请更正本机时钟或机构设置。</translation>
        </message>
        <message>
            <source>female</source>
            <translation>女性</translation>
        </message>
        <message>
            <source>male</source>
            <translation>男性</translation>
        </message>
        <message>
            <source>Balance…</source>
            <translation>天平…</translation>
        </message>
        <message>
            <source>People…</source>
            <translation>人员…</translation>
        </message>
        <message>
            <source>The record store cannot be reached now.</source>
            <translation>目前无法连接记录库。</translation>
        </message>
        <message>
            <source>Nobody is enrolled yet: the first person enrolled is the admin of this record store.</source>
            <translation>尚无人登记：第一位登记的人员将成为本记录库的管理员。</translation>
        </message>
        <message>
            <source>Only an admin signed in with their badge manages people.</source>
            <translation>只有用本人工牌登录的管理员才能管理人员。</translation>
        </message>
        <message>
            <source>Only an admin manages people; {0} is signed in as {1}.</source>
            <translation>只有管理员才能管理人员；{0} 以{1}身份登录。</translation>
        </message>
        <message>
            <source>Enrol people, change roles, revoke, unlock, reset PINs and replace badges.</source>
            <translation>登记人员、更改角色、吊销、解锁、重置 PIN 和更换工牌。</translation>
        </message>
        <message>
            <source>People are enrolled in this record store now: from now on only a badge and PIN sign. Scan your badge.</source>
            <translation>本记录库现已有人员登记：此后只能用工牌和 PIN 签名。请扫描您的工牌。</translation>
        </message>
    </context>
    <context>
        <name>OperatorDialog</name>
        <message>
            <location filename="../../ui/dialogs/operator_dialog.py" line="12" />
            <source>Who is working?</source>
            <translation>当前操作者是谁？</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operator_dialog.py" line="14" />
            <source>Every saved record, check, weighing and print is logged with this name.</source>
            <translation>所有保存、核对、称量和打印都将以此姓名记录。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operator_dialog.py" line="18" />
            <source>{0} is working now. A new name ends their session; entries they have not saved are kept as a draft that can be restored.</source>
            <translation>现在由 {0} 操作。输入新姓名将结束其会话；其未保存的输入将作为可恢复的草稿保留。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operator_dialog.py" line="25" />
            <location filename="../../ui/dialogs/operator_dialog.py" line="28" />
            <source>Name and initials</source>
            <translation>姓名和缩写</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operator_dialog.py" line="26" />
            <source>e.g. Kenji Tanaka (KT)</source>
            <translation>例如：王小明（WXM）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operator_dialog.py" line="42" />
            <source>Enter your name and initials.</source>
            <translation>请输入您的姓名和缩写。</translation>
        </message>
    </context>
    <context>
        <name>RecordsDialog</name>
        <message>
            <location filename="../../ui/dialogs/records_dialog.py" line="26" />
            <location filename="../../ui/dialogs/records_dialog.py" line="39" />
            <location filename="../../ui/dialogs/records_dialog.py" line="45" />
            <location filename="../../ui/dialogs/records_dialog.py" line="73" />
            <source>Records database</source>
            <translation>记录数据库</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/records_dialog.py" line="29" />
            <source>Empty: the records file of this computer ({0}). A file path: another records file. postgresql://USER@SERVER/DATABASE: the site's shared record server (keep the password in ~/.pgpass, not here).</source>
            <translation>留空：本计算机的记录文件（{0}）。文件路径：另一个记录文件。postgresql://USER@SERVER/DATABASE：本机构共享的记录服务器（密码保存在 ~/.pgpass 中，不要填在这里）。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/records_dialog.py" line="41" />
            <source>File…</source>
            <translation>文件…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/records_dialog.py" line="50" />
            <source>{0} is set on this computer and wins over this setting: {1}</source>
            <translation>本计算机已设置 {0}，其优先于此设置：{1}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/records_dialog.py" line="56" />
            <source>Test the connection</source>
            <translation>测试连接</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/records_dialog.py" line="87" />
            <source>Records are kept in the file {0}.</source>
            <translation>记录保存在文件 {0} 中。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/records_dialog.py" line="88" />
            <source>A new records file will be made at {0} at the next start.</source>
            <translation>下次启动时将在 {0} 创建新的记录文件。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/records_dialog.py" line="98" />
            <source>Connected to the record server {0}.</source>
            <translation>已连接到记录服务器 {0}。</translation>
        </message>
    </context>
    <context>
        <name>ResultValues</name>
        <message>
            <location filename="../../ui/values.py" line="18" />
            <source>dose {k} of {n}; next {dates}</source>
            <translation>第 {k}／{n} 剂；下次 {dates}</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="19" />
            <source>dose {k} of {n}</source>
            <translation>第 {k}／{n} 剂</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="21" />
            <source>{count} × {volume} ({cells}, {duration} each)</source>
            <translation>{count} × {volume}（每袋 {cells}，{duration}）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="23" />
            <source>{count} × {volume} ({dose} dose + {overfill} overfill)</source>
            <translation>{count} × {volume}（剂量 {dose} ＋ 超装量 {overfill}）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="25" />
            <source>{per_day} × daily for {days} days at {times}</source>
            <translation>每日 {per_day} 次，共 {days} 天（{times}）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="27" />
            <source>{volume} placebo ({diluent}, no cells)</source>
            <translation>{volume} 安慰剂（{diluent}，无细胞）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="28" />
            <source>{code}: ACTIVE</source>
            <translation>{code}：活性药</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="29" />
            <source>{code}: PLACEBO</source>
            <translation>{code}：安慰剂</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="33" />
            <source>{count} × {kind} of {volume} ({cells} cells each, {figures}; dead volume {dead})</source>
            <translation>{count} 个{kind}，每个 {volume}（每个 {cells} 个细胞，{figures}；死腔 {dead}）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="36" />
            <source>+ {volume} {diluent} ({size} syringe, {marks} marks) → {content} at {concentration}</source>
            <translation>+ {diluent} {volume}（{size} 注射器，刻度 {marks}）→ {content}，{concentration}</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="39" />
            <source>{volume} of {material}: {shares} ({size} syringe, {marks} marks)</source>
            <translation>{material} {volume}：{shares}（{size} 注射器，刻度 {marks}）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="41" />
            <source>{volume} of {material} ({size} syringe, {marks} marks)</source>
            <translation>{material} {volume}（{size} 注射器，刻度 {marks}）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="44" />
            <source>{volume} {diluent}: {shares} ({size} syringe, {marks} marks) → {final}</source>
            <translation>{diluent} {volume}：{shares}（{size} 注射器，刻度 {marks}）→ {final}</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="46" />
            <source>{volume} {diluent} ({size} syringe, {marks} marks) → {final}</source>
            <translation>{diluent} {volume}（{size} 注射器，刻度 {marks}）→ {final}</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="47" />
            <source>{cells} ({change} of the order)</source>
            <translation>{cells}（相对医嘱 {change}）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="49" />
            <source>{volume} = {cells} cells (left in the containers and the syringe hub)</source>
            <translation>{volume} = {cells} 个细胞（留在容器和注射器针座中）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="51" />
            <source>{drops} drops/min ({factor} drops/mL set)</source>
            <translation>{drops} 滴/分（{factor} 滴/mL 输液器）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="53" />
            <source>{count} bags: {volumes} ({cells}, {duration} each)</source>
            <translation>{count} 袋：{volumes}（{cells}，每袋 {duration}）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="54" />
            <source>{volume} {diluent} (in line)</source>
            <translation>{volume} {diluent}（在线）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="55" />
            <source>{volume} (in line)</source>
            <translation>{volume}（在线）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="56" />
            <source>{volume} {diluent}</source>
            <translation>{volume} {diluent}</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="59" />
            <source>diluent</source>
            <translation>稀释液</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="1" />
            <source>{squares} squares: mean {mean} {counted} per square, CV {cv}</source>
            <translation>{squares} 个方格：每格{counted}平均 {mean}，CV {cv}</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="1" />
            <source>unstained</source>
            <translation>未染色</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="1" />
            <source>unstained + stained</source>
            <translation>未染色＋染色</translation>
        </message>
        <message>
            <source>{count} fills of the {size} syringe → {destination}</source>
            <translation>{size} 注射器抽取 {count} 次 → {destination}</translation>
        </message>
        <message>
            <source>one transfer bag</source>
            <translation>同一个转移袋</translation>
        </message>
        <message>
            <source>one syringe per fill</source>
            <translation>每次抽取一支注射器</translation>
        </message>
        <message>
            <source>{earlier} earlier today ({records}) + {this} = {total} = {per_kg}</source>
            <translation>今日先前 {earlier}（{records}）＋ {this} ＝ {total} ＝ {per_kg}</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <location filename="../../ui/results_panel.py" line="40" />
            <source>Plan status</source>
            <translation>计划状态</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="46" />
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="43" />
            <source>Findings</source>
            <translation>提示</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="21" />
            <source>HARD</source>
            <translation>禁止</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="21" />
            <source>SOFT</source>
            <translation>警示</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="22" />
            <source>INFO</source>
            <translation>信息</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="96" />
            <source>Incomplete: complete or correct</source>
            <translation>未完成：请填写或更正</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="98" />
            <source>Computed, but not ready: enter</source>
            <translation>已计算，但尚未就绪：请输入</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="104" />
            <source>Incomplete: {0} field(s) to complete or correct</source>
            <translation>未完成：{0} 项需填写或更正</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="106" />
            <source>Computed, but not ready: {0} identity field(s) to enter</source>
            <translation>已计算，但尚未就绪：还有 {0} 个身份信息字段要输入</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="109" />
            <source>BLOCKED - NOT FOR ADMINISTRATION</source>
            <translation>已阻止 - 禁止给药</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="111" />
            <source>NEEDS A REASON for {0} soft finding(s)</source>
            <translation>{0} 条警示提示需要理由</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="112" />
            <source>OK - no hard finding</source>
            <translation>正常 - 无禁止提示</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="132" />
            <source>(complete the form to see the findings)</source>
            <translation>（填写完整后显示提示）</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="134" />
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="150" />
            <source>Limit: {0}</source>
            <translation>限值：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="152" />
            <source>Source: {0}</source>
            <translation>来源：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="158" />
            <source>The reason “{0}” was typed for other figures. The figures changed: type the reason again.</source>
            <translation>理由“{0}”是针对其他数值填写的。数值已改变：请重新填写理由。</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="166" />
            <source>Reason for: {0}</source>
            <translation>理由：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="167" />
            <source>Type the reason to proceed (at least 3 characters), then Enter.</source>
            <translation>请输入理由（至少 3 个字符）后按 Enter 继续。</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="169" />
            <source>Blocked until the prescriber's documented decision is typed here (at least 3 characters), then Enter; it is printed on the sheet.</source>
            <translation>在此输入处方医生的书面决定（至少 3 个字符）并按 Enter 之前保持阻止；该内容将打印在单上。</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="120" />
            <source>(complete the form to see the plan)</source>
            <translation>（完成表单后显示计划）</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="146" />
            <source>Incomplete: 1 field to complete or correct</source>
            <translation>未完成：有 1 项需要填写或更正</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="147" />
            <source>Incomplete: {0} fields to complete or correct</source>
            <translation>未完成：有 {0} 项需要填写或更正</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="150" />
            <source>Computed, but not ready: 1 field to enter</source>
            <translation>已计算，但未就绪：有 1 项需要输入</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="151" />
            <source>Computed, but not ready: {0} fields to enter</source>
            <translation>已计算，但未就绪：有 {0} 项需要输入</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="158" />
            <source>A reason is needed for 1 soft finding</source>
            <translation>1 项提示性发现需要理由</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="159" />
            <source>A reason is needed for {0} soft findings</source>
            <translation>{0} 项提示性发现需要理由</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="161" />
            <source>Verified and weighed: the label is final</source>
            <translation>已核对并称量：标签为最终版</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="217" />
            <source>✓ Reason accepted: “{0}”</source>
            <translation>✓ 已接受理由：“{0}”</translation>
        </message>
    </context>
    <context>
        <name>TimelinePlot</name>
        <message>
            <location filename="../../ui/timeline.py" line="30" />
            <source>Infusion timeline</source>
            <translation>输注时间线</translation>
        </message>
        <message>
            <location filename="../../ui/timeline.py" line="37" />
            <source>Infusion from {0} to {1}</source>
            <translation>输注 {0} 至 {1}</translation>
        </message>
        <message>
            <location filename="../../ui/timeline.py" line="51" />
            <source>(no plan)</source>
            <translation>（无计划）</translation>
        </message>
        <message>
            <location filename="../../ui/timeline.py" line="63" />
            <source>start {0}</source>
            <translation>开始 {0}</translation>
        </message>
        <message>
            <location filename="../../ui/timeline.py" line="64" />
            <source>end {0}</source>
            <translation>结束 {0}</translation>
        </message>
        <message>
            <location filename="../../ui/timeline.py" line="65" />
            <source>latest start {0}</source>
            <translation>最晚开始 {0}</translation>
        </message>
        <message>
            <location filename="../../ui/timeline.py" line="66" />
            <source>use by {0}</source>
            <translation>使用期限 {0}</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <location filename="../../ui/app.py" line="117" />
            <source>An unexpected error occurred: {0}
Your entries are kept. Please report it; details are in the log file.</source>
            <translation>发生意外错误：{0}
您的输入已保留。请报告此问题；详情见日志文件。</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="129" />
            <source>The unsaved entries of the last session could not be read ({0}); they were set aside as {1}. The form starts empty.</source>
            <translation>无法读取上次会话未保存的输入（{0}）；已另存为 {1}。表单从空白开始。</translation>
        </message>
        <message>
            <location filename="../../ui/print_actions.py" line="76" />
            <source>Nothing was printed: the print could not be logged in the record. Try again in a moment. {0}</source>
            <translation>未打印：无法在记录中登记此次打印。请稍后再试。{0}</translation>
        </message>
        <message>
            <location filename="../../ui/print_actions.py" line="34" />
            <source>The sheet cannot be printed: {0}</source>
            <translation>无法打印配制单：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/print_actions.py" line="48" />
            <source>Save sheet as PDF</source>
            <translation>将配制单另存为 PDF</translation>
        </message>
        <message>
            <location filename="../../ui/print_actions.py" line="56" />
            <source>The sheet could not be saved to {0}: {1}</source>
            <translation>配制单无法保存到 {0}：{1}</translation>
        </message>
        <message>
            <location filename="../../ui/print_actions.py" line="59" />
            <source>Sheet saved to {0}</source>
            <translation>单据已保存到 {0}</translation>
        </message>
        <message>
            <location filename="../../ui/print_actions.py" line="117" />
            <source>There is no label to print: the plan is blocked or a reason is missing.</source>
            <translation>没有可打印的标签：计划已阻止或缺少理由。</translation>
        </message>
        <message>
            <location filename="../../ui/print_actions.py" line="128" />
            <source>No printer is installed on this computer. Save the sheet as PDF and print it elsewhere, or ask IT to install the clean-room printer.</source>
            <translation>本机未安装打印机。请保存为 PDF 后在其他地方打印，或请信息部门安装洁净室打印机。</translation>
        </message>
        <message>
            <location filename="../../ui/print_actions.py" line="151" />
            <source>No thermal printer queue is chosen: Settings &gt; Label printer…</source>
            <translation>未选择热敏打印机队列：设置 &gt; 标签打印机…</translation>
        </message>
        <message>
            <location filename="../../ui/print_actions.py" line="159" />
            <location filename="../../ui/print_actions.py" line="167" />
            <source>The label was not printed: {0}</source>
            <translation>标签未打印：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/print_actions.py" line="171" />
            <source>Label sent to {0} ({1})</source>
            <translation>标签已发送到 {0}（{1}）</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="86" />
            <source>This record is saved and unchanged.</source>
            <translation>本记录已保存且未更改。</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="90" />
            <source>Change to a saved record</source>
            <translation>更改已保存的记录</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="91" />
            <source>Reason for the change (it is logged):</source>
            <translation>更改理由（将被记录）：</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="101" />
            <source>Saved as record {0} version {1}</source>
            <translation>已保存为记录 {0} 第 {1} 版</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="118" />
            <source>Verified by {0}</source>
            <translation>已由 {0} 核对</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="120" />
            <source>Double check did not match; resolve the differences</source>
            <translation>双人核对不一致；请解决差异</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="137" />
            <source>Weighing saved</source>
            <translation>称量结果已保存</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="177" />
            <source>Checking the audit trail…</source>
            <translation>正在检查审计追踪…</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="189" />
            <source>Audit trail intact: {0} entries</source>
            <translation>审计追踪完整：{0} 条</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="193" />
            <source>AUDIT TRAIL CHECK FAILED - records may have been altered: {0}</source>
            <translation>审计追踪校验失败 - 记录可能被篡改：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="235" />
            <source>Audit trail intact: 1 entry</source>
            <translation>审计追踪完好：1 条</translation>
        </message>
    </context>
    <context>
        <name>QualityReportDialog</name>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>Quality report</source>
            <translation>质量报告</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>From (UTC day)</source>
            <translation>起始日（UTC）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>To (UTC day, inclusive)</source>
            <translation>结束日（UTC，含当日）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>Also write the figures as CSV files (a folder beside the PDF)</source>
            <translation>同时将数字写入 CSV 文件（PDF 旁的文件夹）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>Quick integrity check: only the period's part of the audit trail</source>
            <translation>快速完整性检查：仅检查审计追踪中本期间的部分</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>Make report…</source>
            <translation>生成报告…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>Save the quality report</source>
            <translation>保存质量报告</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>Making the report (the audit trail is checked first)…</source>
            <translation>正在生成报告（先检查审计追踪）…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>Quality report of {0} preparation(s) written to {1}</source>
            <translation>已将 {0} 个配制的质量报告写入 {1}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>(CSV files in {0})</source>
            <translation>（CSV 文件在 {0}）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>- AUDIT PROBLEMS found: see its first page</source>
            <translation>- 发现审计问题：请查看第一页</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>Could not write {0}: {1}</source>
            <translation>无法写入 {0}：{1}</translation>
        </message>
    </context>
    <context>
        <name>BadgeDialog</name>
        <message>
            <source>Badge (scan it)</source>
            <translation>工牌（扫描）</translation>
        </message>
        <message>
            <source>scan the badge</source>
            <translation>扫描工牌</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Sign in: scan your badge</source>
            <translation>登录：扫描您的工牌</translation>
        </message>
        <message>
            <source>Scan your badge and type your PIN. Everything you save, weigh and print is signed in your name.</source>
            <translation>请扫描工牌并输入PIN。您保存、称量和打印的一切都以您的名义签名。</translation>
        </message>
        <message>
            <source>{0} is working now. Scanning your badge hands over: their session ends, and entries they have not saved are kept as a draft.</source>
            <translation>{0} 正在工作。扫描您的工牌即交接：其会话结束，未保存的输入保留为草稿。</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
    </context>
    <context>
        <name>NextStep</name>
        <message>
            <location filename="../../ui/next_step.py" line="15" />
            <source>Next: complete {0}</source>
            <translation>下一步：完成 {0}</translation>
        </message>
        <message>
            <location filename="../../ui/next_step.py" line="16" />
            <source>Next: enter {0}</source>
            <translation>下一步：输入 {0}</translation>
        </message>
        <message>
            <location filename="../../ui/next_step.py" line="17" />
            <source>Next: type the reason for {0}</source>
            <translation>下一步：输入 {0} 的理由</translation>
        </message>
        <message>
            <location filename="../../ui/next_step.py" line="18" />
            <source>Next: correct what blocks the plan</source>
            <translation>下一步：纠正阻止计划的项目</translation>
        </message>
        <message>
            <location filename="../../ui/next_step.py" line="19" />
            <source>Next: save the record</source>
            <translation>下一步：保存记录</translation>
        </message>
        <message>
            <location filename="../../ui/next_step.py" line="20" />
            <source>Next: print the draft sheet</source>
            <translation>下一步：打印草稿配制单</translation>
        </message>
        <message>
            <location filename="../../ui/next_step.py" line="21" />
            <source>Next: hand to a pharmacist for the double check</source>
            <translation>下一步：交药师进行双人核对</translation>
        </message>
        <message>
            <location filename="../../ui/next_step.py" line="22" />
            <source>Next: repeat the double check</source>
            <translation>下一步：重新进行双人核对</translation>
        </message>
        <message>
            <location filename="../../ui/next_step.py" line="23" />
            <source>Next: weigh (gravimetric check)</source>
            <translation>下一步：称量（重量核对）</translation>
        </message>
        <message>
            <location filename="../../ui/next_step.py" line="24" />
            <source>Next: print the label</source>
            <translation>下一步：打印标签</translation>
        </message>
        <message>
            <location filename="../../ui/next_step.py" line="25" />
            <source>Next: new preparation</source>
            <translation>下一步：新建配制</translation>
        </message>
    </context>
    <context>
        <name>StatusBanner</name>
        <message>
            <location filename="../../ui/status_banner.py" line="16" />
            <source>BLOCKED</source>
            <translation>已阻止</translation>
        </message>
        <message>
            <location filename="../../ui/status_banner.py" line="17" />
            <source>INCOMPLETE</source>
            <translation>未完成</translation>
        </message>
        <message>
            <location filename="../../ui/status_banner.py" line="18" />
            <location filename="../../ui/status_banner.py" line="19" />
            <source>NOT READY</source>
            <translation>未就绪</translation>
        </message>
        <message>
            <location filename="../../ui/status_banner.py" line="20" />
            <source>READY</source>
            <translation>就绪</translation>
        </message>
        <message>
            <location filename="../../ui/status_banner.py" line="21" />
            <source>FINAL</source>
            <translation>最终</translation>
        </message>
    </context>
    <context>
        <name>WorkListsDialog</name>
        <message>
            <location filename="../../ui/dialogs/work_lists_dialog.py" line="17" />
            <source>Awaiting a double check ({0})</source>
            <translation>待双人核对（{0}）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/work_lists_dialog.py" line="18" />
            <source>Awaiting weighing ({0})</source>
            <translation>待称量（{0}）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/work_lists_dialog.py" line="19" />
            <source>Awaiting a label ({0})</source>
            <translation>待打印标签（{0}）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/work_lists_dialog.py" line="20" />
            <source>Check this record…</source>
            <translation>核对此记录…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/work_lists_dialog.py" line="21" />
            <source>Open and weigh…</source>
            <translation>打开并称量…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/work_lists_dialog.py" line="22" />
            <source>Open and print the label…</source>
            <translation>打开并打印标签…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/work_lists_dialog.py" line="29" />
            <source>Work lists</source>
            <translation>工作列表</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/work_lists_dialog.py" line="60" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/work_lists_dialog.py" line="61" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/work_lists_dialog.py" line="78" />
            <source>{0} v{1} · {2} ({3}) · {4} · saved by {5}</source>
            <translation>{0} 第{1}版 · {2}（{3}）· {4} · 保存人 {5}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/work_lists_dialog.py" line="82" />
            <source>the last check did not match</source>
            <translation>上次核对不一致</translation>
        </message>
    </context>
    <context>
        <name>self.window</name>
        <message>
            <location filename="../../ui/print_actions.py" line="94" />
            <source>Nothing was printed: the print could not be logged in the record. Try again in a moment. {0}</source>
            <translation>未打印：无法在记录中登记此次打印。请稍后再试。{0}</translation>
        </message>
    </context>
    <context>
        <name>BalanceDialog</name>
        <message>
            <source>Balance</source>
            <translation>天平</translation>
        </message>
        <message>
            <source>No balance (the masses are typed, where the site allows it)</source>
            <translation>无天平（在机构允许时手动输入质量）</translation>
        </message>
        <message>
            <source>On a serial port (RS-232 or USB)</source>
            <translation>串口（RS-232 或 USB）</translation>
        </message>
        <message>
            <source>On the network (host and port)</source>
            <translation>网络（主机和端口）</translation>
        </message>
        <message>
            <source>Serial port</source>
            <translation>串口</translation>
        </message>
        <message>
            <source>Baud rate</source>
            <translation>波特率</translation>
        </message>
        <message>
            <source>Host:port</source>
            <translation>主机:端口</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>协议</translation>
        </message>
        <message>
            <source>MT-SICS (Mettler Toledo)</source>
            <translation>MT-SICS（梅特勒-托利多）</translation>
        </message>
        <message>
            <source>SBI (Sartorius)</source>
            <translation>SBI（赛多利斯）</translation>
        </message>
        <message>
            <source>Read the balance now</source>
            <translation>立即读取天平</translation>
        </message>
        <message>
            <source>Set the balance to the same protocol and baud rate (MT-SICS usually 9600 baud, 8 data bits, no parity; Sartorius SBI: see the balance's manual). The gravimetric check waits for a stable reading, and refuses a balance whose readability is coarser than the container's tolerance (a 2 mL aliquot at 5 % needs 0.1 g or finer).</source>
            <translation>请将天平设置为相同的协议和波特率（MT-SICS 通常为 9600 波特、8 数据位、无校验；赛多利斯 SBI 请参阅天平说明书）。称重核对会等待稳定读数，并拒绝可读性粗于容器允差的天平（2 mL 分装、5 % 允差需要 0.1 g 或更精细）。</translation>
        </message>
        <message>
            <source>Nothing was read: {0}</source>
            <translation>未读取：{0}</translation>
        </message>
        <message>
            <source>{0} g from {1} s/n {2}, readability {3} g</source>
            <translation>{0} g（{1}，序列号 {2}，可读性 {3} g）</translation>
        </message>
        <message>
            <source>model not stated</source>
            <translation>型号未说明</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>未说明</translation>
        </message>
    </context>
    <context>
        <name>ActDialog</name>
        <message>
            <source>An admin signs this act: scan the admin's badge and type the admin's PIN.</source>
            <translation>此操作由管理员签名：请扫描管理员工牌并输入管理员 PIN。</translation>
        </message>
        <message>
            <source>Sign and record</source>
            <translation>签名并记录</translation>
        </message>
        <message>
            <source>Badge (scan it)</source>
            <translation>工牌（请扫描）</translation>
        </message>
        <message>
            <source>scan the badge</source>
            <translation>扫描工牌</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
    </context>
    <context>
        <name>BadgeCodeDialog</name>
        <message>
            <source>New badge of {0}</source>
            <translation>{0} 的新工牌</translation>
        </message>
        <message>
            <source>The badge code of {0} ({1}) is shown only this once. Save the badge as PDF and print it; then delete the file.</source>
            <translation>{0}（{1}）的工牌码仅显示这一次。请将工牌保存为 PDF 并打印，然后删除该文件。</translation>
        </message>
        <message>
            <source>Save badge as PDF…</source>
            <translation>将工牌保存为 PDF…</translation>
        </message>
        <message>
            <source>Save badge as PDF</source>
            <translation>将工牌保存为 PDF</translation>
        </message>
        <message>
            <source>Badge written to {0} (owner-only: print it, then delete the file).</source>
            <translation>工牌已写入 {0}（仅所有者可读：打印后请删除该文件）。</translation>
        </message>
        <message>
            <source>technician</source>
            <translation>技术员</translation>
        </message>
        <message>
            <source>pharmacist</source>
            <translation>药师</translation>
        </message>
        <message>
            <source>qa</source>
            <translation>质量保证</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>管理员</translation>
        </message>
    </context>
    <context>
        <name>PeopleDialog</name>
        <message>
            <source>technician</source>
            <translation>技术员</translation>
        </message>
        <message>
            <source>pharmacist</source>
            <translation>药师</translation>
        </message>
        <message>
            <source>qa</source>
            <translation>质量保证</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>active</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>已吊销</translation>
        </message>
        <message>
            <source>scan the badge</source>
            <translation>扫描工牌</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Full name (initials), e.g. Mika Sato (MS)</source>
            <translation>全名（姓名缩写），例如 Mika Sato (MS)</translation>
        </message>
        <message>
            <source>The first person enrolled is the admin of this record store and signs their own enrolment.</source>
            <translation>第一位登记的人员是本记录库的管理员，并为自己的登记签名。</translation>
        </message>
        <message>
            <source>Enrol a person: a unique name with initials, a role, and the PIN they choose (at least 6 digits). They type the PIN themselves.</source>
            <translation>登记人员：唯一的姓名及缩写、角色，以及本人选择的 PIN（至少 6 位）。PIN 由本人输入。</translation>
        </message>
        <message>
            <source>Enrol a person</source>
            <translation>登记人员</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>更改角色</translation>
        </message>
        <message>
            <source>Revoke badge</source>
            <translation>吊销工牌</translation>
        </message>
        <message>
            <source>Unlock badge</source>
            <translation>解锁工牌</translation>
        </message>
        <message>
            <source>Reset PIN</source>
            <translation>重置 PIN</translation>
        </message>
        <message>
            <source>Replace badge</source>
            <translation>更换工牌</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>姓名缩写</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>工牌</translation>
        </message>
        <message>
            <source>Enrol…</source>
            <translation>登记…</translation>
        </message>
        <message>
            <source>Change role…</source>
            <translation>更改角色…</translation>
        </message>
        <message>
            <source>Revoke badge…</source>
            <translation>吊销工牌…</translation>
        </message>
        <message>
            <source>Unlock badge…</source>
            <translation>解锁工牌…</translation>
        </message>
        <message>
            <source>Reset PIN…</source>
            <translation>重置 PIN…</translation>
        </message>
        <message>
            <source>Replace badge…</source>
            <translation>更换工牌…</translation>
        </message>
        <message>
            <source>Everyone enrolled in this record store. Every act here is signed by an admin with their own badge and PIN.</source>
            <translation>本记录库中登记的所有人员。此处的每项操作都由管理员用其本人的工牌和 PIN 签名。</translation>
        </message>
        <message>
            <source>Nobody is enrolled yet. The first person enrolled is the admin of this record store and signs their own enrolment.</source>
            <translation>尚无人登记。第一位登记的人员是本记录库的管理员，并为自己的登记签名。</translation>
        </message>
        <message>
            <source>The new role of {0}.</source>
            <translation>{0} 的新角色。</translation>
        </message>
        <message>
            <source>Revoke the badge of {0}: it stops working at once (a lost badge, or the person left). Their name stays in the records and cannot be enrolled again.</source>
            <translation>吊销 {0} 的工牌：立即失效（工牌丢失或人员离职）。其姓名保留在记录中，不能再次登记。</translation>
        </message>
        <message>
            <source>Unlock the badge of {0}, locked after 5 wrong PINs.</source>
            <translation>解锁 {0} 因 5 次 PIN 错误而被锁定的工牌。</translation>
        </message>
        <message>
            <source>{0} scans their own badge and types a new PIN twice.</source>
            <translation>{0} 扫描本人工牌并输入两次新 PIN。</translation>
        </message>
        <message>
            <source>A new badge for {0}: the old one stops working at once. They type a new PIN twice.</source>
            <translation>为 {0} 发放新工牌：旧工牌立即失效。本人输入两次新 PIN。</translation>
        </message>
        <message>
            <source>Name (initials)</source>
            <translation>姓名（缩写）</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>新 PIN</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>再次输入新 PIN</translation>
        </message>
        <message>
            <source>Their badge (scan it)</source>
            <translation>本人工牌（请扫描）</translation>
        </message>
    </context>
</TS>
