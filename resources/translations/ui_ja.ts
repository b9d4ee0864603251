<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
    <context>
        <name>BannerStack</name>
        <message>
            <location filename="../../ui/banners.py" line="45" />
            <source>Dismiss</source>
            <translation>閉じる</translation>
        </message>
    </context>
    <context>
        <name>CaseStrip</name>
        <message>
            <location filename="../../ui/case_strip.py" line="11" />
            <source>Entered</source>
            <translation>入力済み</translation>
        </message>
        <message>
            <location filename="../../ui/case_strip.py" line="12" />
            <source>Saved</source>
            <translation>保存済み</translation>
        </message>
        <message>
            <location filename="../../ui/case_strip.py" line="13" />
            <source>Verified</source>
            <translation>検証済み</translation>
        </message>
        <message>
            <location filename="../../ui/case_strip.py" line="14" />
            <source>Weighed</source>
            <translation>計量済み</translation>
        </message>
        <message>
            <location filename="../../ui/case_strip.py" line="15" />
            <source>Labelled</source>
            <translation>ラベル発行済み</translation>
        </message>
        <message>
            <location filename="../../ui/case_strip.py" line="32" />
            <source>then</source>
            <translation>次に</translation>
        </message>
    </context>
    <context>
        <name>CoreTexts</name>
        <message>
            <location filename="../../ui/core_texts.py" line="9" />
            <source>Patient name</source>
            <translation>患者氏名</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="10" />
            <source>Printed on the sheet and label.</source>
            <translation>調製記録とラベルに印刷されます。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="11" />
            <source>Patient ID</source>
            <translation>患者ID</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="12" />
            <source>Hospital number.</source>
            <translation>病院の患者番号。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="13" />
            <source>Body weight</source>
            <translation>体重</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="14" />
            <source>Any mass unit: 60 kg, 132.3 lb.</source>
            <translation>質量の単位付きで：60 kg、132.3 lb。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="15" />
            <source>DIN (ISBT 128)</source>
            <translation>DIN（ISBT 128）</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="16" />
            <source>13 characters (check character computed) or 14 (verified).</source>
            <translation>13 文字（チェック文字を計算）または 14 文字（照合）。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="17" />
            <source>Product code</source>
            <translation>製品コード</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="18" />
            <source>The facility's own product code.</source>
            <translation>施設独自の製品コード。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="19" />
            <source>Source tissue</source>
            <translation>由来組織</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="20" />
            <source>Tissue the MSCs come from.</source>
            <translation>MSC の由来組織。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="21" />
            <source>Donor</source>
            <translation>ドナー</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="22" />
            <source>autologous or allogeneic.</source>
            <translation>自家または同種。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="23" />
            <source>Prepared by</source>
            <translation>調製者</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="24" />
            <source>Operator preparing the product.</source>
            <translation>製品を調製する担当者。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="25" />
            <source>Total cell concentration</source>
            <translation>総細胞濃度</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="26" />
            <source>Counter read-out: all nucleated cells (viable and dead) per mL.</source>
            <translation>細胞計数器の値：1 mL あたりの全有核細胞（生細胞と死細胞）。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="27" />
            <source>Viability</source>
            <translation>生存率</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="28" />
            <source>Viable fraction of the product.</source>
            <translation>製品中の生細胞の割合。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="29" />
            <source>Cells in product (label)</source>
            <translation>製品中の細胞数（表示）</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="30" />
            <source>Cells stated on the bag or vial label.</source>
            <translation>バッグまたはバイアルのラベルに記載の細胞数。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="31" />
            <source>Product volume (label)</source>
            <translation>製品の液量（表示）</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="32" />
            <source>Volume stated on the bag or vial label.</source>
            <translation>バッグまたはバイアルのラベルに記載の容量。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="33" />
            <source>Unstained (viable) counts per square</source>
            <translation>非染色（生）細胞数／区画</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="34" />
            <source>Counts per large square, separated by commas.</source>
            <translation>大区画ごとの数、カンマ区切り。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="35" />
            <source>Stained (dead) counts per square</source>
            <translation>染色（死）細胞数／区画</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="36" />
            <source>Trypan-blue stained counts for the same squares.</source>
            <translation>同じ区画のトリパンブルー染色細胞数。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="37" />
            <source>Dilution factor</source>
            <translation>希釈倍率</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="38" />
            <source>Total dilution of the sample in the chamber (1:1 trypan blue = 2).</source>
            <translation>計算盤内の検体の総希釈倍率（トリパンブルー 1:1 = 2）。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="39" />
            <source>Dose</source>
            <translation>投与量</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="40" />
            <source>Per kg (cell/kg) or fixed total (cell).</source>
            <translation>体重あたり（cell/kg）または固定総数（cell）。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="41" />
            <source>Dose basis</source>
            <translation>投与量の基準</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="42" />
            <source>Whether the dose counts viable or all cells.</source>
            <translation>投与量を生細胞数で数えるか全細胞数で数えるか。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="43" />
            <source>Dose cap</source>
            <translation>投与量上限（キャップ）</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="44" />
            <source>Largest total dose; a larger dose is reduced to it.</source>
            <translation>総投与量の上限。これを超える投与量はこの値に減らされます。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="45" />
            <source>Maximum dose</source>
            <translation>最大投与量</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="46" />
            <source>Hard maximum, per kg or total.</source>
            <translation>絶対上限（体重あたりまたは総数）。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="47" />
            <source>Release viability</source>
            <translation>出荷判定の生存率</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="48" />
            <source>Release specification.</source>
            <translation>出荷規格。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="49" />
            <source>Volume available</source>
            <translation>採取可能量</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="50" />
            <source>Product volume that can be drawn (dead volume left behind).</source>
            <translation>採取できる製品容量（デッドボリュームは残る）。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="51" />
            <source>Final concentration</source>
            <translation>最終濃度</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="52" />
            <source>Dilution target on the dose basis.</source>
            <translation>投与量基準での希釈目標。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="53" />
            <source>Final volume</source>
            <translation>最終液量</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="54" />
            <source>Dilution target volume.</source>
            <translation>希釈後の目標容量。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="55" />
            <source>Diluent</source>
            <translation>希釈液</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="56" />
            <source>Fluid added to the product.</source>
            <translation>製品に加える液。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="57" />
            <source>Dilution</source>
            <translation>希釈</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="58" />
            <source>bag: diluted before infusing; in_line: diluent runs with the product.</source>
            <translation>バッグ：投与前に希釈。インライン：希釈液を製品と同時に流す。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="59" />
            <source>In-line diluent ratio</source>
            <translation>インライン希釈比</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="60" />
            <source>Diluent flow as a multiple of the product flow.</source>
            <translation>製品流量に対する希釈液流量の倍率。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="61" />
            <source>Largest bag or syringe</source>
            <translation>最大のバッグまたはシリンジ</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="62" />
            <source>Larger preparations are split into equal bags.</source>
            <translation>これより大きい調製は同量のバッグに分けます。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="63" />
            <source>Rate</source>
            <translation>投与速度</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="64" />
            <source>Infusion rate; mL/min or mL/h.</source>
            <translation>投与速度（mL/min または mL/h）。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="65" />
            <source>Duration</source>
            <translation>投与時間</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="66" />
            <source>Infusion duration.</source>
            <translation>投与時間。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="67" />
            <source>Product flow</source>
            <translation>製品流量</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="68" />
            <source>In-line dilution: flow of the product itself.</source>
            <translation>インライン希釈：製品そのものの流量。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="69" />
            <source>Maximum rate</source>
            <translation>最大投与速度</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="70" />
            <source>Rate guide of the label or protocol.</source>
            <translation>添付文書またはプロトコルの速度の目安。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="71" />
            <source>Administration</source>
            <translation>投与方法</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="72" />
            <source>pump, gravity or syringe_push.</source>
            <translation>ポンプ、自然滴下またはシリンジ静注。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="73" />
            <source>Drop factor</source>
            <translation>滴下係数</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="74" />
            <source>Gravity set drops per mL.</source>
            <translation>自然滴下セットの 1 mL あたりの滴数。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="75" />
            <source>Filter</source>
            <translation>フィルター</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="76" />
            <source>Filter in the line.</source>
            <translation>ラインのフィルター。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="77" />
            <source>Irradiated</source>
            <translation>放射線照射</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="78" />
            <source>Whether the product was irradiated.</source>
            <translation>製品が放射線照射されたか。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="79" />
            <source>DMSO</source>
            <translation>DMSO</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="80" />
            <source>DMSO volume fraction of the product as drawn.</source>
            <translation>採取した製品中の DMSO 容量比。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="81" />
            <source>DMSO limit</source>
            <translation>DMSO 上限</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="82" />
            <source>DMSO per kg body weight per day.</source>
            <translation>体重 1 kg・1 日あたりの DMSO 量。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="83" />
            <source>Thawed at</source>
            <translation>解凍時刻</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="84" />
            <source>Time of thaw or end of preparation.</source>
            <translation>融解時刻または調製終了時刻。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="85" />
            <source>Stability window</source>
            <translation>安定性の期間</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="86" />
            <source>From thaw to end of infusion.</source>
            <translation>融解から投与終了まで。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="87" />
            <source>Dose number in the course</source>
            <translation>コース中の投与回</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="88" />
            <source>Which dose of the protocol's course this is.</source>
            <translation>プロトコルの投与スケジュールの何回目か。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="89" />
            <source>Previous dose at</source>
            <translation>前回投与日時</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="90" />
            <source>When the previous dose of the course was given.</source>
            <translation>前回投与の日時。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="91" />
            <source>First dose at</source>
            <translation>初回投与日時</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="92" />
            <source>Nebulized course: when the first dose is given.</source>
            <translation>吸入の投与計画：初回投与の日時。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="93" />
            <source>Randomisation code</source>
            <translation>割付コード</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="94" />
            <source>Blinded trial: the patient's code.</source>
            <translation>盲検試験：患者の割付コード。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="95" />
            <source>Randomisation list (pharmacy)</source>
            <translation>割付表（薬剤部）</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="96" />
            <source>CSV file with columns code and arm, kept by the unblinded pharmacy.</source>
            <translation>code 列と arm 列を持つ CSV ファイル（非盲検の薬剤部が保管）。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="97" />
            <source>dose cap</source>
            <translation>投与量上限</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="98" />
            <source>maximum dose</source>
            <translation>最大投与量</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="99" />
            <source>maximum dose per kg</source>
            <translation>体重あたり最大投与量</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="100" />
            <source>minimum dose</source>
            <translation>最小投与量</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="101" />
            <source>minimum dose per kg</source>
            <translation>体重あたり最小投与量</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="102" />
            <source>release viability</source>
            <translation>出荷判定の生存率</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="103" />
            <source>maximum rate</source>
            <translation>最大投与速度</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="104" />
            <source>minimum rate</source>
            <translation>最小投与速度</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="105" />
            <source>maximum product flow</source>
            <translation>最大製品流量</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="106" />
            <source>minimum product flow</source>
            <translation>最小製品流量</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="107" />
            <source>minimum in-line diluent ratio</source>
            <translation>インライン希釈の最小比</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="108" />
            <source>maximum cells per kg per minute</source>
            <translation>体重あたり毎分細胞数の上限</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="109" />
            <source>DMSO limit per day</source>
            <translation>1日あたりの DMSO 上限</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="110" />
            <source>stability window</source>
            <translation>安定性の期間</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="111" />
            <source>largest CV of replicate counts</source>
            <translation>反復計数の最大 CV</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="112" />
            <source>longest time in plain crystalloid</source>
            <translation>アルブミンなし晶質液中の最長時間</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="113" />
            <source>dose calling for an anticoagulation decision</source>
            <translation>抗凝固療法の判断を要する投与量</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="114" />
            <source>gravimetric tolerance</source>
            <translation>重量確認の許容差</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="115" />
            <source>largest bag or syringe</source>
            <translation>最大のバッグまたはシリンジ</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="18" />
            <source>The facility's own ISBT 128 product code (8 characters, or scanned).</source>
            <translation>施設の ISBT 128 製品コード（8 文字、またはスキャン）。</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="0" />
            <source>End of preparation</source>
            <translation>調製終了時刻</translation>
        </message>
        <message>
            <location filename="../../ui/core_texts.py" line="0" />
            <source>Fresh product: when the preparation was finished; its use-by counts from here (empty: now).</source>
            <translation>新鮮な製剤：調製を終えた時刻。使用期限はここから数えます（空欄：現在）。</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>身長</translation>
        </message>
        <message>
            <source>For the ideal body weight the protocol doses on.</source>
            <translation>プロトコルが投与に用いる理想体重のため。</translation>
        </message>
        <message>
            <source>Sex (ideal body weight)</source>
            <translation>性別（理想体重）</translation>
        </message>
        <message>
            <source>female or male: the ideal body weight formula differs.</source>
            <translation>女性または男性：理想体重の式が異なります。</translation>
        </message>
        <message>
            <source>lightest patient for this dose</source>
            <translation>この用量の最小体重</translation>
        </message>
    </context>
    <context>
        <name>DoubleCheckDialog</name>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="31" />
            <source>Dose</source>
            <translation>投与量</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="31" />
            <source>Dose per kg</source>
            <translation>体重あたり投与量</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="32" />
            <source>Volume to draw</source>
            <translation>採取量</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="32" />
            <source>Diluent volume</source>
            <translation>希釈液量</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="33" />
            <source>Final volume</source>
            <translation>最終液量</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="34" />
            <source>Final concentration</source>
            <translation>最終濃度</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="34" />
            <source>Rate</source>
            <translation>投与速度</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="35" />
            <source>Duration</source>
            <translation>投与時間</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="35" />
            <source>Cell rate</source>
            <translation>細胞投与速度</translation>
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
            <translation>群</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="37" />
            <source>Aliquots</source>
            <translation>分注</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="38" />
            <source>Blocked</source>
            <translation>ブロック</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="38" />
            <source>Use by</source>
            <translation>使用期限</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="39" />
            <source>Dosing calendar</source>
            <translation>投与カレンダー</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="43" />
            <source>{0} doses, {1} to {2}</source>
            <translation>{0} 回、{1} から {2} まで</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="45" />
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="45" />
            <source>no</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="46" />
            <source>active</source>
            <translation>実薬</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="47" />
            <source>placebo</source>
            <translation>プラセボ</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="92" />
            <source>Independent double check</source>
            <translation>独立したダブルチェック</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="102" />
            <source>No protocol (app defaults only)</source>
            <translation>プロトコルなし（アプリ既定値のみ）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="107" />
            <source>Record {0} version {1} · patient {2} ({3}) · protocol {4} · prepared by {5}</source>
            <translation>記録 {0} 第{1}版 · 患者 {2}（{3}）· プロトコル {4} · 調製者 {5}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="115" />
            <source>Type every figure yourself from the source documents (the counter print-out or the product label, the prescription, the patient's chart). Nothing is filled in for you, and the first results stay hidden until you compare.</source>
            <translation>すべての数値を原資料（カウンターの印字または製品ラベル、処方箋、カルテ）から自分で入力してください。何も事前入力されず、1回目の結果は照合するまで表示されません。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="130" />
            <source>Required: type each from the source documents</source>
            <translation>必須：それぞれ原資料から入力</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="138" />
            <source>{0}: one of them is enough</source>
            <translation>{0}：いずれか一方で可</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="147" />
            <source>Also on the record: type them if the sources state them</source>
            <translation>記録にもある項目：原資料に記載があれば入力</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="160" />
            <source>More ({0})</source>
            <translation>その他（{0}）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="171" />
            <source>Comparison</source>
            <translation>照合結果</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="176" />
            <source>Record</source>
            <translation>記録</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="176" />
            <source>Your check</source>
            <translation>あなたの確認</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="177" />
            <source>Agrees</source>
            <translation>一致</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="253" />
            <source>from the source document</source>
            <translation>元の資料から</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="270" />
            <source> or </source>
            <translation>または</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="292" />
            <source>Compare: {0} still to enter</source>
            <translation>照合：あと {0} 項目を入力</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="294" />
            <source>To compare, enter from the source documents: {0}</source>
            <translation>照合するには、原資料から入力してください：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="297" />
            <source>Compare and record the check</source>
            <translation>照合して確認を記録</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="299" />
            <source>Every required figure is entered. Comparing records the check under your name.</source>
            <translation>必須の数値はすべて入力されました。照合すると、確認があなたの名前で記録されます。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="346" />
            <source>The check could not be recorded: {0}</source>
            <translation>確認を記録できませんでした：{0}</translation>
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
            <translation>確認を記録しました</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="375" />
            <source>Verified: every result agrees within {0:.0%}. The check is recorded under your name.</source>
            <translation>確認済み：すべての結果が {0:.0%} 以内で一致します。確認はあなたの名前で記録されました。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="379" />
            <source>{0} result(s) differ by more than {1:.0%}. The check is recorded as not matching: resolve the difference with the preparer; the record is not verified.</source>
            <translation>{0} 件の結果が {1:.0%} を超えて異なります。確認は不一致として記録されました。調製者と相違を解決してください。この記録は確認済みになっていません。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="125" />
            <location filename="../../ui/dialogs/double_check_dialog.py" line="126" />
            <location filename="../../ui/dialogs/double_check_dialog.py" line="285" />
            <location filename="../../ui/dialogs/double_check_dialog.py" line="338" />
            <source>Checker (name and initials)</source>
            <translation>確認者（氏名とイニシャル）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="254" />
            <source>from the source document, with its unit</source>
            <translation>元の資料から、単位を付けて</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="176" />
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="177" />
            <source>Difference</source>
            <translation>差</translation>
        </message>
        <message>
            <source>Checker: scan your own badge and type your PIN. Whoever prepared, changed or saved this record cannot sign its check.</source>
            <translation>監査者：ご自身のバッジをスキャンしてPINを入力してください。この記録を調製・変更・保存した人は監査に署名できません。</translation>
        </message>
        <message>
            <source>Your badge and PIN</source>
            <translation>あなたのバッジとPIN</translation>
        </message>
        <message>
            <source>Badge (scan it)</source>
            <translation>バッジ（スキャン）</translation>
        </message>
        <message>
            <source>scan the badge</source>
            <translation>バッジをスキャン</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="117" />
            <source>I confirmed the patient name {0} and ID {1} against the prescription</source>
            <translation>患者氏名 {0} と ID {1} を処方と照合して確認しました</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="301" />
            <source>Patient name and ID confirmed</source>
            <translation>患者氏名と ID の確認</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="396" />
            <source>1 result differs by more than {1:.0%}. The check is recorded as not matching: resolve the difference with the preparer; the record is not verified.</source>
            <translation>1 件の結果が {1:.0%} を超えて異なります。確認は不一致として記録されました。調製者と相違を解決してください。この記録は確認済みになっていません。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/double_check_dialog.py" line="399" />
            <source>{0} results differ by more than {1:.0%}. The check is recorded as not matching: resolve the difference with the preparer; the record is not verified.</source>
            <translation>{0} 件の結果が {1:.0%} を超えて異なります。確認は不一致として記録されました。調製者と相違を解決してください。この記録は確認済みになっていません。</translation>
        </message>
        <message>
            <source>Containers to thaw</source>
            <translation>融解する容器</translation>
        </message>
        <message>
            <source>Suspension to draw (as measured)</source>
            <translation>採取する懸濁液（計量値）</translation>
        </message>
    </context>
    <context>
        <name>FieldMessages</name>
        <message>
            <location filename="../../ui/messages.py" line="26" />
            <source>is missing</source>
            <translation>がありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="27" />
            <source>is empty</source>
            <translation>が空です</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>is too long ({length} characters; at most {most})</source>
            <translation>が長すぎます（{length} 文字、最大 {most} 文字）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="29" />
            <source>'{text}' has a comma in the number; write a decimal point and no digit grouping (e.g. 12.5 mL)</source>
            <translation>'{text}' の数値にカンマがあります。小数点を使い、桁区切りは入れないでください（例 12.5 mL）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="30" />
            <source>'{text}' has a comma in the number; write a decimal point and no digit grouping</source>
            <translation>'{text}' の数値にカンマがあります。小数点を使い、桁区切りは入れないでください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="31" />
            <source>'{text}' does not start with a number; write e.g. '{example}'</source>
            <translation>'{text}' が数値で始まっていません。例：'{example}'</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="32" />
            <source>'{text}' does not start with a number</source>
            <translation>'{text}' が数値で始まっていません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="33" />
            <source>'{text}' is too large a number</source>
            <translation>'{text}' は大きすぎる数値です</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="34" />
            <source>'{unit}' in '{text}' is not a unit</source>
            <translation>'{text}' の '{unit}' は単位ではありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="35" />
            <source>'{unit}' is not a unit this program knows; write e.g. '{example}'</source>
            <translation>'{unit}' はこのプログラムが知らない単位です。例：'{example}'</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="36" />
            <source>'{unit}' is not a unit this program knows</source>
            <translation>'{unit}' はこのプログラムが知らない単位です</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="37" />
            <source>'{text}' has no unit; write {wanted} with its unit, e.g. '{example}'</source>
            <translation>'{text}' に単位がありません。{wanted}を単位付きで入力してください（例 '{example}'）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="38" />
            <source>'{text}' has no unit; write {wanted} with its unit</source>
            <translation>'{text}' に単位がありません。{wanted}を単位付きで入力してください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="39" />
            <source>'{text}' is {dimension}; expected {wanted}, e.g. '{example}'</source>
            <translation>'{text}' は{dimension}です。{wanted}を入力してください（例 '{example}'）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="40" />
            <source>'{text}' is {dimension}; expected {wanted}</source>
            <translation>'{text}' は{dimension}です。{wanted}を入力してください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="41" />
            <source>'{text}' has no % sign; write a percentage, e.g. '{example}'</source>
            <translation>'{text}' に % 記号がありません。百分率で入力してください（例 '{example}'）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="42" />
            <source>'{text}' is outside 0% to 100%</source>
            <translation>'{text}' は 0% から 100% の範囲外です</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="43" />
            <source>'{text}': a % sign stands alone after a percentage (e.g. '90%'), never twice and never in a unit</source>
            <translation>'{text}'：% 記号はパーセントの数値の後に一つだけ書きます（例 '90%'）。二つ重ねたり単位の中に書いたりしないでください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="44" />
            <source>'{text}' should be a plain number, e.g. '{example}'</source>
            <translation>'{text}' は単位のない数値で入力してください（例 '{example}'）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="45" />
            <source>'{text}' is outside {low} to {high}</source>
            <translation>'{text}' は {low} から {high} の範囲外です</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="46" />
            <source>has {count} counts; at most {most} squares</source>
            <translation>が {count} 個あります。区画は最大 {most} です</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="47" />
            <source>'{text}' is not a whole number of cells</source>
            <translation>'{text}' は細胞数の整数ではありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="48" />
            <source>{value} cells in one square is more than {most}; dilute further and recount</source>
            <translation>1 区画に {value} 個は {most} を超えています。さらに希釈して数え直してください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="49" />
            <source>'{text}' is not one of: {choices}</source>
            <translation>'{text}' は次のいずれでもありません：{choices}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="50" />
            <source>'{text}' is not a date and time; write e.g. '2026-11-23T09:30' (ISO 8601)</source>
            <translation>'{text}' は日時ではありません。例：'2026-11-23T09:30'（ISO 8601）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="51" />
            <source>'{text}' has no time of day; write e.g. '2026-11-23T09:30' (ISO 8601)</source>
            <translation>'{text}' に時刻がありません。例：'2026-11-23T09:30'（ISO 8601）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="52" />
            <source>contains control characters</source>
            <translation>に制御文字が含まれています</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="53" />
            <source>enter the name and initials of the person acting</source>
            <translation>操作者の氏名とイニシャルを入力してください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="53" />
            <source>the name holds an invisible or control character ({code}); type the name again with letters only</source>
            <translation>氏名に見えない文字または制御文字 ({code}) が含まれています。文字だけで入力し直してください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="53" />
            <source>the name '{text}' mixes {scripts} letters that look alike; type it in one alphabet</source>
            <translation>氏名 '{text}' は見た目の似た {scripts} の文字を混ぜています。一つの文字体系で入力してください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="53" />
            <source>'{text}' must be a mass per body mass, e.g. '{example}'</source>
            <translation>'{text}' は体重あたりの質量で入力してください（例 '{example}'）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="54" />
            <source>the reason for {code} is too short; say why</source>
            <translation>{code} の理由が短すぎます。理由を書いてください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="55" />
            <source>a reason needs the code of the finding it is for</source>
            <translation>理由には対象となる所見のコードが必要です</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="56" />
            <source>'{text}' is outside the possible range {low} to {high}; check the number and its unit</source>
            <translation>'{text}' はありうる範囲 {low}〜{high} の外です。数値と単位を確認してください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="57" />
            <source>'{text}' is outside the possible range {low} to {high}</source>
            <translation>'{text}' はありうる範囲 {low}〜{high} の外です</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="58" />
            <source>'{text}' must be more than zero</source>
            <translation>'{text}' はゼロより大きくしてください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="59" />
            <source>'{text}' must be more than 0%</source>
            <translation>'{text}' は 0% より大きくしてください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="60" />
            <source>'{text}' must be a whole number</source>
            <translation>'{text}' は整数で入力してください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="61" />
            <source>'{text}' has {length} characters; a DIN has 13 (or 14 with its check character)</source>
            <translation>'{text}' は {length} 文字です。DIN は 13 文字（チェック文字付きで 14 文字）です</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="62" />
            <source>'{text}' is not a DIN: a letter or digit, then 12 digits (facility, year, sequence)</source>
            <translation>'{text}' は DIN ではありません。英字か数字 1 文字の後に 12 桁の数字（施設、年、連番）です</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="63" />
            <source>check character '{given_character}' does not match DIN {din} (expected '{expected}'): re-scan or re-type the DIN</source>
            <translation>チェック文字 '{given_character}' が DIN {din} と一致しません（正しくは '{expected}'）。DIN を読み取り直すか入力し直してください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="64" />
            <source>is not an input this program knows</source>
            <translation>はこのプログラムが知らない入力項目です</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="65" />
            <source>is required (patient body weight, e.g. 60 kg)</source>
            <translation>を入力してください（患者の体重、例 60 kg）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="66" />
            <source>is required: per kg (e.g. 2e6 cell/kg) or a fixed total (e.g. 1e8 cell)</source>
            <translation>を入力してください：体重あたり（例 2e6 cell/kg）または固定総数（例 1e8 cell）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="67" />
            <source>a cell count is required: a counter read-out (concentration), the label (cells in product and product volume) or hemocytometer counts</source>
            <translation>細胞数が必要です：細胞計数器の値（濃度）、ラベル（製品中の細胞数と製品容量）、または血球計算盤の計数</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="68" />
            <source>give one cell count, not {methods}</source>
            <translation>細胞数は 1 つの方法で入力してください（{methods} の両方ではなく）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="69" />
            <source>the unstained (viable) counts per square are required</source>
            <translation>区画ごとの非染色（生）細胞数が必要です</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="70" />
            <source>is required with hemocytometer counts (e.g. 2 for 1:1 trypan blue)</source>
            <translation>血球計算盤の計数には必要です（例 トリパンブルー 1:1 なら 2）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="71" />
            <source>no viable cells counted; the concentration would be zero</source>
            <translation>生細胞が数えられていません。濃度がゼロになります</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="72" />
            <source>has {dead} counts for {viable} squares; count the same squares</source>
            <translation>{viable} 区画に対して {dead} 個の計数があります。同じ区画を数えてください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="73" />
            <source>leave empty: viability comes from the stained and unstained counts</source>
            <translation>空欄にしてください：生存率は染色・非染色の計数から求めます</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="74" />
            <source>stained (dead) counts or a viability are needed</source>
            <translation>染色（死）細胞数または生存率が必要です</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="75" />
            <source>is required: {why}</source>
            <translation>が必要です：{why}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="76" />
            <source>is required with a label count (cells in a volume)</source>
            <translation>ラベルの値（容量中の細胞数）には必要です</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="77" />
            <source>give a final concentration or a final volume, not both</source>
            <translation>最終濃度か最終容量のどちらか一方を入力してください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="78" />
            <source>does not apply to in-line dilution; the in-line ratio sets the diluent</source>
            <translation>インライン希釈には使いません。希釈液はインライン比で決まります</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="79" />
            <source>is required for in-line dilution (e.g. 3)</source>
            <translation>インライン希釈には必要です（例 3）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="80" />
            <source>applies to in-line dilution only (dilution: in_line)</source>
            <translation>インライン希釈でのみ使います（希釈：インライン）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="81" />
            <source>give one of rate, duration or product flow, not {given}</source>
            <translation>速度、時間、製品流量のうち 1 つだけを入力してください（{given} の両方ではなく）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="82" />
            <source>a rate or a duration is required (e.g. 4 mL/min or 30 min)</source>
            <translation>速度または時間が必要です（例 4 mL/min または 30 min）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="83" />
            <source>applies to protocols with a treatment course only</source>
            <translation>投与スケジュールのあるプロトコルでのみ使います</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="84" />
            <source>is needed to compute the use-by time from the thaw time (the protocol gives no window)</source>
            <translation>融解時刻から使用期限を計算するのに必要です（プロトコルに期間の定めがありません）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="85" />
            <source>cannot read {path}: {reason}</source>
            <translation>{path} を読めません：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="86" />
            <source>{path} is not a CSV text file</source>
            <translation>{path} は CSV テキストファイルではありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="87" />
            <source>{path} needs the columns code and arm</source>
            <translation>{path} には code 列と arm 列が必要です</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="88" />
            <source>'{code}' is not in the randomisation list</source>
            <translation>'{code}' は割付表にありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="89" />
            <source>'{code}' is more than once in the randomisation list</source>
            <translation>'{code}' が割付表に複数回あります</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="90" />
            <source>arm '{arm}' for code {code} is not active or placebo</source>
            <translation>コード {code} の群 '{arm}' は active でも placebo でもありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="91" />
            <source>protocol {protocol} is not a blinded trial protocol</source>
            <translation>プロトコル {protocol} は盲検試験のプロトコルではありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="92" />
            <source>is required with a randomisation list (the patient's code)</source>
            <translation>割付表を使う場合は必要です（患者のコード）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="93" />
            <source>is required with a randomisation code (the pharmacy's CSV list)</source>
            <translation>割付コードを使う場合は必要です（薬剤部の CSV 表）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="94" />
            <source>the filled mass {gross} must be more than the tare {tare}</source>
            <translation>充填後の質量 {gross} は風袋 {tare} より大きくなければなりません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="96" />
            <source>'{text}' does not exist on this computer's clock (the clocks go forward then); check the time</source>
            <translation>「{text}」はこのコンピュータの時計に存在しません（時計が進む時刻です）。時刻を確認してください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="97" />
            <source>'{text}' happens twice on this computer's clock (the clocks go back then); add the offset, {offsets}</source>
            <translation>「{text}」はこのコンピュータの時計で2回あります（時計が戻る時刻です）。オフセットを付けてください：{offsets}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="98" />
            <source>{when} is later than now ({now}): a thaw cannot be in the future</source>
            <translation>{when} は現在（{now}）より後です：解凍が未来であることはありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="99" />
            <source>{when} is later than now ({now}): a previous dose cannot be in the future</source>
            <translation>{when} は現在（{now}）より後です：前回投与が未来であることはありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="100" />
            <source>does not apply to the nebulized protocol {protocol} (no weight, dose, cell count, rate or line); leave it empty</source>
            <translation>吸入プロトコル {protocol} には該当しません（体重、投与量、細胞数、速度、ラインはありません）。空欄にしてください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="101" />
            <source>{time} is not a dosing time of this protocol ({times}); enter the first dose at one of them</source>
            <translation>{time} はこのプロトコルの投与時刻（{times}）ではありません。初回投与はそのいずれかにしてください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="102" />
            <source>has {count} squares; count at least {least} large squares (too few give an unreliable mean)</source>
            <translation>{count} 区画しかありません。少なくとも {least} 大区画を数えてください（少ないと平均が不確か）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="103" />
            <source>has {count} square; count at least {least} large squares (too few give an unreliable mean)</source>
            <translation>{count} 区画しかありません。少なくとも {least} 大区画を数えてください（少ないと平均が不確か）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="104" />
            <source>needs the product's container (bag, vial or syringe)</source>
            <translation>製品の容器（バッグ、バイアル、シリンジ）が必要です</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="105" />
            <source>is required: the volume in each container (e.g. 10.8 mL)</source>
            <translation>必須です：各容器の液量（例 10.8 mL）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="106" />
            <source>must be less than the volume per container ({volume})</source>
            <translation>容器あたりの液量（{volume}）より小さくしてください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="107" />
            <source>does not apply: the protocol's preparation method sets the dilution</source>
            <translation>該当しません：プロトコルの調製方法が希釈を決めます</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="108" />
            <source>in-line dilution does not apply: the protocol's preparation method sets the dilution</source>
            <translation>インライン希釈は該当しません：プロトコルの調製方法が希釈を決めます</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="109" />
            <source>does not apply: the protocol's preparation method fills one container</source>
            <translation>該当しません：プロトコルの調製方法では1つの容器に充填します</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="110" />
            <source>gravity cannot run in-line dilution: two streams cannot share one drip count; use pumps for the product and the diluent</source>
            <translation>自然滴下ではインライン希釈はできません：2つの流れを1つの滴数で管理できません。製品と希釈液にはポンプを使用してください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="111" />
            <source>applies to a gravity set only (administration: gravity)</source>
            <translation>自然滴下セットのみに該当します（投与方法：自然滴下）</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="112" />
            <source>'{text}' is not the drop factor of a set in use ({sets} drop/mL)</source>
            <translation>「{text}」は使用中のセットの滴下係数（{sets} 滴/mL）ではありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="113" />
            <source>'{text}' must not be negative</source>
            <translation>「{text}」は負の値にできません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="115" />
            <source>The record server {location} cannot be reached ({reason}). Nothing was saved; the form is kept as a draft. Check the network cable or ask IT, then save again.</source>
            <translation>記録サーバー {location} に接続できません（{reason}）。何も保存されていません。入力内容は下書きとして保持されます。ネットワークケーブルを確認するか IT 担当者に連絡し、もう一度保存してください。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="116" />
            <source>The connection to the record server {location} was lost ({reason}). The form is kept as a draft; once the server answers again, look the record up in the history before saving again.</source>
            <translation>記録サーバー {location} との接続が切れました（{reason}）。入力内容は下書きとして保持されます。サーバーが再び応答したら、もう一度保存する前に履歴で記録を確認してください。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="117" />
            <source>The record server {location} refused: {reason}. The application role may only read and append; ask the administrator.</source>
            <translation>記録サーバー {location} が拒否しました：{reason}。アプリケーションのロールは読み取りと追記のみ可能です。管理者に連絡してください。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="118" />
            <source>The record server {location} is busy. Wait a moment and try again.</source>
            <translation>記録サーバー {location} は混み合っています。少し待ってからもう一度お試しください。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="119" />
            <source>The record server {location} cannot be used: {reason}</source>
            <translation>記録サーバー {location} を使用できません：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="120" />
            <source>{path} is not a readable mscprep database (damaged or another file). Nothing was changed; restore it from the backup or ask the system administrator.</source>
            <translation>{path} は読み取れる mscprep データベースではありません（破損または別のファイル）。何も変更していません。バックアップから復元するか、システム管理者に連絡してください。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="121" />
            <source>The record database {path} is in use by another workstation or program. Wait a moment and try again.</source>
            <translation>記録データベース {path} は別の端末またはプログラムが使用中です。少し待ってからもう一度お試しください。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="122" />
            <source>The record database {path} is read-only. Ask the system administrator for write access.</source>
            <translation>記録データベース {path} は読み取り専用です。システム管理者に書き込み権限を依頼してください。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="123" />
            <source>The disk holding {path} is full. Free space, then save again; nothing was lost.</source>
            <translation>{path} のあるディスクがいっぱいです。空き容量を確保してからもう一度保存してください。何も失われていません。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="124" />
            <source>The record database {path} cannot be used: {reason}</source>
            <translation>記録データベース {path} を使用できません：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="125" />
            <source>{checker} may be {person}, who prepared, changed or saved this record, and cannot verify it; a second person must do the independent check</source>
            <translation>{checker} は、この記録を調製・変更・保存した {person} と同一人物の可能性があるため、確認できません。独立確認は別の人が行ってください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="126" />
            <source>These files were readable by other users of this computer and are now private to you: {names}</source>
            <translation>次のファイルはこのコンピューターの他のユーザーが読み取れる状態でしたが、あなた専用にしました：{names}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="127" />
            <source>no label: {stamp}</source>
            <translation>ラベルなし：{stamp}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="128" />
            <source>this document has no label</source>
            <translation>この文書にはラベルがありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="129" />
            <source>The protocol's defaults changed since this record was saved: the record's own figures are shown as entered.</source>
            <translation>この記録の保存後にプロトコルの既定値が変わりました。記録自身の数値を入力どおりに表示しています。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="130" />
            <source>the thermal printer's font cannot print '{text}'; print the PDF label instead</source>
            <translation>感熱プリンターのフォントでは '{text}' を印刷できません。代わりに PDF ラベルを印刷してください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="131" />
            <source>The label cannot be sent: the CUPS command 'lp' is not installed on this computer.</source>
            <translation>ラベルを送信できません：このコンピューターには CUPS のコマンド 'lp' がインストールされていません。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="132" />
            <source>The printer queue {queue} did not answer within {seconds} s.</source>
            <translation>プリンターキュー {queue} が {seconds} s 以内に応答しませんでした。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="133" />
            <source>The label could not be sent to {queue}: {reason}</source>
            <translation>ラベルを {queue} に送信できませんでした：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="163" />
            <source>a mass</source>
            <translation>質量</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="164" />
            <source>a volume</source>
            <translation>容量</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="165" />
            <source>a time</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="166" />
            <source>a number of cells</source>
            <translation>細胞数</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="167" />
            <source>a dose per body weight</source>
            <translation>体重あたりの投与量</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="168" />
            <source>a cell concentration</source>
            <translation>細胞濃度</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="169" />
            <source>a flow rate</source>
            <translation>流量</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="170" />
            <source>a cell rate per kg</source>
            <translation>体重あたりの細胞投与速度</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="171" />
            <source>a drop factor</source>
            <translation>滴下係数</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="172" />
            <source>a density</source>
            <translation>密度</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="173" />
            <source>a plain number</source>
            <translation>単位のない数値</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="174" />
            <source>the dose counts viable cells</source>
            <translation>投与量は生細胞数で数えます</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="175" />
            <source>the release specification needs it</source>
            <translation>出荷規格の判定に必要です</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="176" />
            <source>counter</source>
            <translation>細胞計数器</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="177" />
            <source>label</source>
            <translation>ラベル</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="178" />
            <source>hemocytometer</source>
            <translation>血球計算盤</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="179" />
            <source>rate</source>
            <translation>速度</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="180" />
            <source>duration</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="181" />
            <source>product_rate</source>
            <translation>製品流量</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="230" />
            <source> or </source>
            <translation>または</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="230" />
            <source> and </source>
            <translation>と</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="135" />
            <source>'{text}' is too large a number in that unit</source>
            <translation>'{text}' はその単位では大きすぎる数です</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="136" />
            <source>'{text}' is too small a number in that unit</source>
            <translation>'{text}' はその単位では小さすぎる数です</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="137" />
            <source>'{text}' is outside the possible dates {low} to {high}</source>
            <translation>'{text}' は入力できる日付 {low} ～ {high} の範囲外です</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="138" />
            <source>contains a line break ({char}); type the text without it</source>
            <translation>改行 ({char}) が含まれています。改行なしで入力してください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="139" />
            <source>contains a control character ({char}); type the text without it</source>
            <translation>制御文字 ({char}) が含まれています。その文字なしで入力してください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="140" />
            <source>contains an invisible formatting character ({char}); type the text without it</source>
            <translation>見えない書式文字 ({char}) が含まれています。その文字なしで入力してください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="141" />
            <source>contains '{text}' ({char}), which the printed sheet cannot show; leave it out or write it another way</source>
            <translation>'{text}' ({char}) は印刷できない文字です。省くか別の書き方にしてください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="142" />
            <source>'{path}' cannot be read ({reason})</source>
            <translation>'{path}' を読み込めません ({reason})</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="143" />
            <source>'{path}' is a folder, not a file</source>
            <translation>'{path}' はファイルではなくフォルダーです</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="144" />
            <source>'{path}' is not a regular file (a device, pipe or socket)</source>
            <translation>'{path}' は通常のファイルではありません (デバイス、パイプまたはソケット)</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="145" />
            <source>'{path}' is too large ({size} bytes; at most {most})</source>
            <translation>'{path}' が大きすぎます ({size} バイト、上限 {most})</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="146" />
            <source>'{path}' is too large (more than {most} bytes)</source>
            <translation>'{path}' が大きすぎます ({most} バイト超)</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="147" />
            <source>'{path}' is not UTF-8 text</source>
            <translation>'{path}' は UTF-8 のテキストではありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="148" />
            <source>'{path}' is not valid {encoding} text</source>
            <translation>'{path}' は正しい {encoding} のテキストではありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="149" />
            <source>{name} line {line} holds a control character ({char}); is it a text file?</source>
            <translation>{name} の {line} 行目に制御文字 ({char}) があります。テキストファイルですか？</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="150" />
            <source>{name} is empty; it needs one line per code: code and arm</source>
            <translation>{name} が空です。1 行に 1 コード (コードと群) が必要です</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="151" />
            <source>{name} line {line}: {error}</source>
            <translation>{name} の {line} 行目: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="152" />
            <source>{name} line {line} has {count} columns; without a header line naming the columns (code, arm) a line holds only a code and an arm</source>
            <translation>{name} の {line} 行目に {count} 列あります。列名 (code, arm) の見出し行がない場合、1 行はコードと群だけです</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="153" />
            <source>{name} line {line} has no code</source>
            <translation>{name} の {line} 行目にコードがありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="154" />
            <source>{name} line {line}: code '{code}' has no arm (active or placebo)</source>
            <translation>{name} の {line} 行目: コード '{code}' に群 (active または placebo) がありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="155" />
            <source>{name} line {line}: arm '{arm}' for code '{code}' is not active or placebo (a header line must name the columns code and arm)</source>
            <translation>{name} の {line} 行目: コード '{code}' の群 '{arm}' は active でも placebo でもありません (見出し行には列名 code と arm が必要です)</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="156" />
            <source>{name} line {line}: arm '{arm}' for code '{code}' is not active or placebo</source>
            <translation>{name} の {line} 行目: コード '{code}' の群 '{arm}' は active でも placebo でもありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="157" />
            <source>{name}: code '{code}' is on line {first} and line {second}; each code may appear once</source>
            <translation>{name}: コード '{code}' が {first} 行目と {second} 行目にあります。各コードは 1 回だけです</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="158" />
            <source>{name} has a header but no codes</source>
            <translation>{name} には見出しだけでコードがありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="159" />
            <source>'{code}' is not in the randomisation list {name}</source>
            <translation>'{code}' は無作為化リスト {name} にありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="66" />
            <source>check character '{given_character}' does not match DIN {din}: re-scan the DIN from the container</source>
            <translation>チェック文字 '{given_character}' が DIN {din} と一致しません：容器の DIN を再スキャンしてください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="0" />
            <source>{when} is later than now ({now}): the end of preparation cannot be in the future</source>
            <translation>{when} は現在（{now}）より後です：調製終了が未来であることはありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="0" />
            <source>applies to a fresh product; this one is thawed, so its use-by counts from the thaw time (thawed_at)</source>
            <translation>新鮮な製剤にのみ適用されます。この製剤は解凍品のため、使用期限は解凍時刻（thawed_at）から数えます</translation>
        </message>
        <message>
            <source>'{text}' is not a DIN: its first character is A-N, P-Z or 1-9, never O or 0</source>
            <translation>'{text}' は DIN ではありません：最初の文字は A-N、P-Z または 1-9 で、O や 0 にはなりません</translation>
        </message>
        <message>
            <source>'{text}' is not a DIN: a letter (not O) or a digit 1-9, then 12 digits (facility, year, sequence)</source>
            <translation>'{text}' は DIN ではありません：英字（O 以外）または数字 1-9 の後に 12 桁の数字（施設、年、連番）</translation>
        </message>
        <message>
            <source>'{text}' is not an ISBT 128 product code: 8 characters (a letter, 4 letters or digits, then 3 characters), {count} found</source>
            <translation>'{text}' は ISBT 128 製品コードではありません：8 文字（英字 1、英数字 4、その後 3 文字）ですが {count} 文字あります</translation>
        </message>
        <message>
            <source>'{text}': a product code starts with a capital letter (S for cellular therapy)</source>
            <translation>'{text}'：製品コードは大文字の英字で始まります（細胞治療製品は S）</translation>
        </message>
        <message>
            <source>'{text}': characters 2-5 of a product code are capital letters or digits</source>
            <translation>'{text}'：製品コードの 2～5 文字目は大文字の英字または数字です</translation>
        </message>
        <message>
            <source>'{text}': '{character}' is not an ISBT 128 type of collection (Table 7)</source>
            <translation>'{text}'：'{character}' は ISBT 128 の採取種別（表 7）ではありません</translation>
        </message>
        <message>
            <source>'{text}': the division code '{code}' is a capital letter or 0, then a small letter or 0 (or 99)</source>
            <translation>'{text}'：分割コード '{code}' は大文字または 0、続いて小文字または 0（または 99）です</translation>
        </message>
        <message>
            <source>'{text}': the last 3 characters of a product code are letters or digits</source>
            <translation>'{text}'：製品コードの最後の 3 文字は英字または数字です</translation>
        </message>
        <message>
            <source>this is {what}: scan {wanted}</source>
            <translation>これは{what}です：{wanted}をスキャンしてください</translation>
        </message>
        <message>
            <source>'{text}': the check flags {flags} do not match DIN {din} (expected {expected}): the scan is misread or the label is wrong; scan again</source>
            <translation>'{text}'：チェックフラグ {flags} が DIN {din} と一致しません（正しくは {expected}）：読み違いかラベルの誤りです。もう一度スキャンしてください</translation>
        </message>
        <message>
            <source>'{text}' looks typed under a {layout} keyboard layout (the scanner sends US key positions) and does not read as ISBT 128 data either way: set the scanner to the computer's keyboard layout and scan again</source>
            <translation>'{text}' は{layout}キーボード配列で入力されたようです（スキャナーは US 配列のキー位置を送ります）。どちらとしても ISBT 128 データとして読めません：スキャナーをコンピューターのキーボード配列に合わせ、もう一度スキャンしてください</translation>
        </message>
        <message>
            <source>'{text}' could be a scan under a {layout} keyboard layout: set the scanner to the computer's keyboard layout and scan again</source>
            <translation>'{text}' は{layout}キーボード配列でのスキャンかもしれません：スキャナーをコンピューターのキーボード配列に合わせ、もう一度スキャンしてください</translation>
        </message>
        <message>
            <source>'{text}' is not an ISBT 128 data structure: those start with '=' or '&amp;'</source>
            <translation>'{text}' は ISBT 128 データ構造ではありません：'=' または '&amp;' で始まります</translation>
        </message>
        <message>
            <source>'{text}' holds {what} and {wanted} read as one: scan one bar code at a time</source>
            <translation>'{text}' には{what}と{wanted}が続けて読み込まれています：バーコードは 1 つずつスキャンしてください</translation>
        </message>
        <message>
            <source>the DIN (Donation Identification Number)</source>
            <translation>DIN（献血・採取識別番号）</translation>
        </message>
        <message>
            <source>the product code</source>
            <translation>製品コード</translation>
        </message>
        <message>
            <source>the expiration date and time</source>
            <translation>有効期限（日時）</translation>
        </message>
        <message>
            <source>the expiration date</source>
            <translation>有効期限（日付）</translation>
        </message>
        <message>
            <source>a compound message (2-D symbol)</source>
            <translation>複合メッセージ（2 次元シンボル）</translation>
        </message>
        <message>
            <source>a patient identification number</source>
            <translation>患者識別番号</translation>
        </message>
        <message>
            <source>the product divisions code</source>
            <translation>製品分割コード</translation>
        </message>
        <message>
            <source>another ISBT 128 data structure</source>
            <translation>別の ISBT 128 データ構造</translation>
        </message>
        <message>
            <source>German</source>
            <translation>ドイツ語</translation>
        </message>
        <message>
            <source>French</source>
            <translation>フランス語</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>日本語</translation>
        </message>
        <message>
            <source>'{text}' has digits other than 0-9; type the number with the digits 0-9</source>
            <translation>'{text}' に 0-9 以外の数字があります。数字は 0-9 で入力してください</translation>
        </message>
        <message>
            <source>'{text}': write a percentage with the % sign (e.g. '90%')</source>
            <translation>'{text}'：百分率は % 記号で書いてください（例 '90%'）</translation>
        </message>
        <message>
            <source>'{text}' must be CODE=REASON, e.g. 'rate_above_max=ordered by Dr Sato'</source>
            <translation>'{text}' は コード=理由 の形で書いてください（例 'rate_above_max=佐藤医師の指示'）</translation>
        </message>
        <message>
            <source>is required: the protocol doses on {basis} body weight (Devine's formula needs height and sex)</source>
            <translation>が必要です：このプロトコルは{basis}体重で投与量を決めます（Devine 式には身長と性別が必要）</translation>
        </message>
        <message>
            <source>is required: the protocol doses on {basis} body weight (Devine's formula differs for women and men)</source>
            <translation>が必要です：このプロトコルは{basis}体重で投与量を決めます（Devine 式は男女で異なります）</translation>
        </message>
        <message>
            <source>{height} is below 152.4 cm (5 ft), where Devine's ideal body weight is not defined: the protocol's dosing weight cannot be computed; ask the prescriber</source>
            <translation>{height} は 152.4 cm（5 ft）未満で、Devine 式の理想体重が定義されません。プロトコルの投与体重を計算できないため、処方医に確認してください</translation>
        </message>
        <message>
            <source>applies only to a protocol that doses on ideal or adjusted body weight</source>
            <translation>理想体重または補正体重で投与量を決めるプロトコルにのみ適用されます</translation>
        </message>
        <message>
            <source>ideal</source>
            <translation>理想</translation>
        </message>
        <message>
            <source>adjusted</source>
            <translation>補正</translation>
        </message>
        <message>
            <source>has {count} counts for {squares} squares; count the same squares</source>
            <translation>{squares} 区画に対して {count} 個の計数があります。同じ区画を数えてください</translation>
        </message>
        <message>
            <source>is required: {protocol} is a double-blind trial protocol; enter the patient's randomisation code</source>
            <translation>が必要です：{protocol} は二重盲検試験のプロトコルです。患者の割付コードを入力してください</translation>
        </message>
        <message>
            <source>in-line dilution cannot be used in a blinded trial: the product bag and its diluent line would tell the arms apart; dilute in the bag</source>
            <translation>盲検試験ではインライン希釈は使えません。製剤バッグと希釈液ラインで群が分かってしまいます。バッグ内で希釈してください</translation>
        </message>
        <message>
            <source>'{text}' is a quantity of dimension {dimension}; expected {wanted}</source>
            <translation>'{text}' は次元 {dimension} の量です。{wanted}が必要です</translation>
        </message>
        <message>
            <source>'{text}' is a quantity of dimension {dimension}; expected {wanted}, e.g. '{example}'</source>
            <translation>'{text}' は次元 {dimension} の量です。{wanted}が必要です（例 '{example}'）</translation>
        </message>
        <message>
            <source>'{text}' is not a DIN: '=' then 13 characters and 2 flag characters, {count} found</source>
            <translation>'{text}' は DIN ではありません：'=' の後に 13 文字と 2 文字のフラグが必要ですが、{count} 文字です</translation>
        </message>
        <message>
            <source>'{text}': the flag characters '{flags}' are not ISBT 128 flags</source>
            <translation>'{text}'：フラグ文字 '{flags}' は ISBT 128 のフラグではありません</translation>
        </message>
        <message>
            <source>'{text}': the date cyyjjj is 6 digits</source>
            <translation>'{text}'：日付 cyyjjj は 6 桁の数字です</translation>
        </message>
        <message>
            <source>'{text}': day {day} does not exist in {year} (1 to {days})</source>
            <translation>'{text}'：{year} 年に第 {day} 日はありません（1～{days}）</translation>
        </message>
        <message>
            <source>'{text}': a patient identification number starts with a 2-digit location and 2-digit length</source>
            <translation>'{text}'：患者識別番号は 2 桁の施設番号と 2 桁の長さで始まります</translation>
        </message>
        <message>
            <source>'{text}': the patient number should have {length} letters or digits</source>
            <translation>'{text}'：患者番号は {length} 文字の英数字のはずです</translation>
        </message>
        <message>
            <source>'{text}': '{identifier}' is not an ISBT 128 data identifier this program reads</source>
            <translation>'{text}'：'{identifier}' はこのプログラムが読む ISBT 128 データ識別子ではありません</translation>
        </message>
        <message>
            <source>'{text}': {what} has {length} characters after '{identifier}', {count} found</source>
            <translation>'{text}'：{what} は '{identifier}' の後に {length} 文字ですが、{count} 文字です</translation>
        </message>
        <message>
            <source>nothing was scanned</source>
            <translation>何も読み取られませんでした</translation>
        </message>
        <message>
            <source>'{text}': the time hhmm '{time}' is not a time of day (0000 to 2359)</source>
            <translation>'{text}'：時刻 hhmm '{time}' は一日の時刻ではありません（0000～2359）</translation>
        </message>
        <message>
            <source>'{text}': a product divisions code is 6 capital letters or digits</source>
            <translation>'{text}'：製剤分割コードは 6 文字の大文字英字または数字です</translation>
        </message>
        <message>
            <source>'{text}': a compound message header is =+ and 5 digits</source>
            <translation>'{text}'：複合メッセージのヘッダーは =+ と 5 桁の数字です</translation>
        </message>
        <message>
            <source>'{text}': the compound message announces {announced} data structures and holds {count}: scan again</source>
            <translation>'{text}'：複合メッセージは {announced} 個のデータ構造を示していますが、{count} 個しかありません。もう一度読み取ってください</translation>
        </message>
        <message>
            <source>'{text}': a compound message cannot hold another compound message</source>
            <translation>'{text}'：複合メッセージの中に別の複合メッセージは入れられません</translation>
        </message>
        <message>
            <source>'{text}': {what} is followed by '{rest}', which is not ISBT 128 data</source>
            <translation>'{text}'：{what}の後に '{rest}' がありますが、これは ISBT 128 データではありません</translation>
        </message>
        <message>
            <source> or a </source>
            <translation>または</translation>
        </message>
        <message>
            <source>a length</source>
            <translation>長さ</translation>
        </message>
        <message>
            <source>complete the form first; there is nothing to save</source>
            <translation>先にフォームを完成させてください。保存するものがありません</translation>
        </message>
        <message>
            <source>save the case first; only a saved record can be checked</source>
            <translation>先に症例を保存してください。照合できるのは保存済みの記録だけです</translation>
        </message>
        <message>
            <source>save the case first; only a saved record can be weighed</source>
            <translation>先に症例を保存してください。秤量できるのは保存済みの記録だけです</translation>
        </message>
        <message>
            <source>enter from the source documents: {labels}</source>
            <translation>原資料から入力してください：{labels}</translation>
        </message>
        <message>
            <source>read both masses from the balance (typing is not allowed here)</source>
            <translation>両方の質量を天秤から読み取ってください（ここでは手入力できません）</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>record {record} was computed with protocol files or a program version that changed since; weigh it where it was saved, or save it again as a new version</source>
            <translation>記録 {record} は、その後変更されたプロトコルファイルまたはプログラム版で計算されています。保存した場所で秤量するか、新しい版として保存し直してください</translation>
        </message>
        <message>
            <source>record {record} does not exist</source>
            <translation>記録 {record} は存在しません</translation>
        </message>
        <message>
            <source>a change to a saved record needs a reason</source>
            <translation>保存済みの記録の変更には理由が必要です</translation>
        </message>
        <message>
            <source>protocol file {name} is not loaded: {reason}</source>
            <translation>プロトコルファイル {name} は読み込まれていません：{reason}</translation>
        </message>
        <message>
            <source>'{text}' is not a known protocol; did you mean {near}?</source>
            <translation>'{text}' は既知のプロトコルではありません。{near} のことですか？</translation>
        </message>
        <message>
            <source>'{text}' is not a known protocol (known: {known})</source>
            <translation>'{text}' は既知のプロトコルではありません（既知：{known}）</translation>
        </message>
        <message>
            <source>'{text}': a balance address starts serial:// or tcp://</source>
            <translation>'{text}': 天秤のアドレスは serial:// または tcp:// で始めてください</translation>
        </message>
        <message>
            <source>'{text}': a network balance is tcp://HOST:PORT?protocol=...</source>
            <translation>'{text}': ネットワーク接続の天秤は tcp://HOST:PORT?protocol=... と指定します</translation>
        </message>
        <message>
            <source>'{text}': a serial balance is serial:///dev/ttyUSB0?protocol=... (or serial://COM3?...)</source>
            <translation>'{text}': シリアル接続の天秤は serial:///dev/ttyUSB0?protocol=...（または serial://COM3?...）と指定します</translation>
        </message>
        <message>
            <source>'{text}': baud {bauds}, bits 7 or 8, parity N, E or O, stop 1 or 2</source>
            <translation>'{text}': baud は {bauds}、bits は 7 または 8、parity は N・E・O、stop は 1 または 2 のいずれかです</translation>
        </message>
        <message>
            <source>'{text}': baud, bits and stop are whole numbers</source>
            <translation>'{text}': baud、bits、stop は整数で指定してください</translation>
        </message>
        <message>
            <source>'{text}': say which protocol the balance speaks: ?protocol=mt-sics or ?protocol=sbi</source>
            <translation>'{text}': 天秤の通信プロトコルを指定してください：?protocol=mt-sics または ?protocol=sbi</translation>
        </message>
        <message>
            <source>'{text}': unknown setting {names} (protocol, baud, parity, bits, stop)</source>
            <translation>'{text}': 不明な設定 {names}（使用できるのは protocol, baud, parity, bits, stop）</translation>
        </message>
        <message>
            <source>0% would switch the DMSO check off; leave dmso out when the product holds none</source>
            <translation>0% では DMSO の確認が働かなくなります。製剤が DMSO を含まない場合は dmso を記載しないでください</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>整数</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>数値</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>リスト</translation>
        </message>
        <message>
            <source>a table</source>
            <translation>テーブル</translation>
        </message>
        <message>
            <source>true/false</source>
            <translation>true/false</translation>
        </message>
        <message>
            <source>text</source>
            <translation>テキスト</translation>
        </message>
        <message>
            <source>limit</source>
            <translation>上限・下限値</translation>
        </message>
        <message>
            <source>field</source>
            <translation>入力項目</translation>
        </message>
        <message>
            <source>limit or field</source>
            <translation>上限・下限値または入力項目</translation>
        </message>
        <message>
            <source>logic error: the balance cannot carry out the command now</source>
            <translation>論理エラー：天秤は現在このコマンドを実行できません</translation>
        </message>
        <message>
            <source>syntax error: the balance did not recognise the command</source>
            <translation>構文エラー：天秤がコマンドを認識しませんでした</translation>
        </message>
        <message>
            <source>transmission error: check the baud rate, parity and cable</source>
            <translation>伝送エラー：ボーレート、パリティ、ケーブルを確認してください</translation>
        </message>
        <message>
            <source>may hold only letters, digits, '-', '_' and '.'</source>
            <translation>に使えるのは英字、数字、'-'、'_'、'.' だけです</translation>
        </message>
        <message>
            <source>[blinding] applies to intravenous protocols only</source>
            <translation>[blinding] は静脈内投与のプロトコルにのみ使えます</translation>
        </message>
        <message>
            <source>[blinding] cannot be used with in-line dilution (the arms would differ)</source>
            <translation>[blinding] はインライン希釈と併用できません（群の違いが見えてしまいます）</translation>
        </message>
        <message>
            <source>[dosing_weight] applies to intravenous protocols only</source>
            <translation>[dosing_weight] は静脈内投与のプロトコルにのみ使えます</translation>
        </message>
        <message>
            <source>[method] dilute_each_then_draw needs a [product] (the containers to dilute)</source>
            <translation>[method] dilute_each_then_draw には [product]（希釈する容器）が必要です</translation>
        </message>
        <message>
            <source>an intravenous protocol needs a use-by window: stability (from thaw, or from the end of preparation for a fresh product), with its source in [sources]</source>
            <translation>静脈内投与のプロトコルには使用期限の時間枠が必要です：stability（解凍から、または非凍結製剤では調製終了から）を、その出典とともに [sources] に記載してください</translation>
        </message>
        <message>
            <source>basis = "actual" without a cap is the default: leave [dosing_weight] out</source>
            <translation>上限のない basis = "actual" は既定値です：[dosing_weight] は記載しないでください</translation>
        </message>
        <message>
            <source>dead_volume must be less than container_volume</source>
            <translation>dead_volume は container_volume より小さくしてください</translation>
        </message>
        <message>
            <source>folder cannot be read ({reason})</source>
            <translation>フォルダーを読み込めません（{reason}）</translation>
        </message>
        <message>
            <source>has {count} entries; at most {most}</source>
            <translation>の項目が {count} 個あります（最大 {most} 個）</translation>
        </message>
        <message>
            <source>id '{id}' differs only in capitals from {others}; rename one of the files</source>
            <translation>id '{id}' は {others} と大文字・小文字しか違いません。どちらかのファイル名を変更してください</translation>
        </message>
        <message>
            <source>id '{id}' is reserved for planning without a protocol</source>
            <translation>id '{id}' はプロトコルなしの計算用に予約されています</translation>
        </message>
        <message>
            <source>id '{id}' must be the file name without .toml ('{stem}')</source>
            <translation>id '{id}' は .toml を除いたファイル名（'{stem}'）と同じにしてください</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>はファイルではなくフォルダーです</translation>
        </message>
        <message>
            <source>cannot be read ({reason})</source>
            <translation>を読み込めません（{reason}）</translation>
        </message>
        <message>
            <source>is not a regular file (a device, pipe or socket)</source>
            <translation>は通常のファイルではありません（デバイス、パイプまたはソケット）</translation>
        </message>
        <message>
            <source>is too large ({size} bytes; at most {most})</source>
            <translation>は大きすぎます（{size} バイト、上限 {most}）</translation>
        </message>
        <message>
            <source>is too large (more than {most} bytes)</source>
            <translation>は大きすぎます（{most} バイト超）</translation>
        </message>
        <message>
            <source>is not UTF-8 text</source>
            <translation>は UTF-8 のテキストではありません</translation>
        </message>
        <message>
            <source>is not valid {encoding} text</source>
            <translation>は正しい {encoding} のテキストではありません</translation>
        </message>
        <message>
            <source>is a limit: put it in [limits] as {limit}</source>
            <translation>は上限・下限値です：[limits] に {limit} として記載してください</translation>
        </message>
        <message>
            <source>is not a field a protocol can set</source>
            <translation>はプロトコルで設定できる入力項目ではありません</translation>
        </message>
        <message>
            <source>is not a known {what} (known: {known})</source>
            <translation>は既知の{what}ではありません（既知：{known}）</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>が必要です</translation>
        </message>
        <message>
            <source>min_interval is longer than interval</source>
            <translation>min_interval が interval より長くなっています</translation>
        </message>
        <message>
            <source>must be a list of 1 to {most} times of day such as "08:00"</source>
            <translation>は "08:00" のような時刻を 1～{most} 個並べたリストにしてください</translation>
        </message>
        <message>
            <source>must be a list of texts, not {type}</source>
            <translation>はテキストのリストにしてください（{type} ではなく）</translation>
        </message>
        <message>
            <source>must be a table of at most {most} texts</source>
            <translation>は {most} 個以下のテキストからなるテーブルにしてください</translation>
        </message>
        <message>
            <source>must be a table, not {type}</source>
            <translation>はテーブルにしてください（{type} ではなく）</translation>
        </message>
        <message>
            <source>must be a whole number from {low} to {high}</source>
            <translation>は {low}～{high} の整数にしてください</translation>
        </message>
        <message>
            <source>must be non-empty text</source>
            <translation>は空でないテキストにしてください</translation>
        </message>
        <message>
            <source>must be non-empty text, not {type}</source>
            <translation>は空でないテキストにしてください（{type} ではなく）</translation>
        </message>
        <message>
            <source>must be one of {options}, not {text}</source>
            <translation>は {options} のいずれかにしてください（{text} ではなく）</translation>
        </message>
        <message>
            <source>must be one of {options}, not {type}</source>
            <translation>は {options} のいずれかにしてください（{type} ではなく）</translation>
        </message>
        <message>
            <source>must be text as typed in the form (e.g. '{example}'), not {type}</source>
            <translation>は入力画面に入力するとおりのテキストにしてください（例：'{example}'。{type} ではなく）</translation>
        </message>
        <message>
            <source>must be text with a unit such as '{example}', not {type}</source>
            <translation>は '{example}' のような単位付きのテキストにしてください（{type} ではなく）</translation>
        </message>
        <message>
            <source>must be {value}</source>
            <translation>は {value} にしてください</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>は true または false にしてください</translation>
        </message>
        <message>
            <source>names a time of day twice</source>
            <translation>に同じ時刻が 2 回あります</translation>
        </message>
        <message>
            <source>needs one time of day per daily dose ({doses}), has {count}</source>
            <translation>には 1 日の投与回数（{doses}）と同じ数の時刻が必要ですが、{count} 個しかありません</translation>
        </message>
        <message>
            <source>not valid TOML (UTF-8): {reason}</source>
            <translation>正しい TOML（UTF-8）ではありません：{reason}</translation>
        </message>
        <message>
            <source>not valid TOML: nested too deeply</source>
            <translation>正しい TOML ではありません：入れ子が深すぎます</translation>
        </message>
        <message>
            <source>the balance answered {code} ({meaning})</source>
            <translation>天秤の応答は {code} でした（{meaning}）</translation>
        </message>
        <message>
            <source>the balance at {address} cannot be reached ({reason})</source>
            <translation>{address} の天秤に接続できません（{reason}）</translation>
        </message>
        <message>
            <source>the balance at {address} closed the connection</source>
            <translation>{address} の天秤が接続を切断しました</translation>
        </message>
        <message>
            <source>the connection to {address} closed ({reason})</source>
            <translation>{address} との接続が切れました（{reason}）</translation>
        </message>
        <message>
            <source>the serial port {port} cannot be opened ({reason})</source>
            <translation>シリアルポート {port} を開けません（{reason}）</translation>
        </message>
        <message>
            <source>the serial port {port} closed ({reason})</source>
            <translation>シリアルポート {port} が閉じられました（{reason}）</translation>
        </message>
        <message>
            <source>the balance at {address} did not answer within {seconds} s: check that it is on, the cable, the protocol and the baud rate</source>
            <translation>{address} の天秤から {seconds} 秒以内に応答がありません：電源、ケーブル、通信プロトコル、ボーレートを確認してください</translation>
        </message>
        <message>
            <source>the balance could not give a stable weight (MT-SICS 'S I')</source>
            <translation>天秤が安定した値を出せませんでした（MT-SICS 'S I'）</translation>
        </message>
        <message>
            <source>the balance did not settle within {seconds} s (last line {line}): shield it from draughts and vibration, and read again</source>
            <translation>天秤が {seconds} 秒以内に安定しませんでした（最後の応答 {line}）：風や振動を避けて、もう一度読み取ってください</translation>
        </message>
        <message>
            <source>the balance is adjusting (SBI 'C'): wait until it has finished</source>
            <translation>天秤は校正中です（SBI 'C'）：終わるまでお待ちください</translation>
        </message>
        <message>
            <source>the balance is overloaded (MT-SICS 'S +'): take the load off and weigh within its capacity</source>
            <translation>天秤が過負荷です（MT-SICS 'S +'）：荷重を下ろし、ひょう量の範囲内で量ってください</translation>
        </message>
        <message>
            <source>the balance is overloaded (SBI 'H'): take the load off and weigh within its capacity</source>
            <translation>天秤が過負荷です（SBI 'H'）：荷重を下ろし、ひょう量の範囲内で量ってください</translation>
        </message>
        <message>
            <source>the balance reads below its zero (MT-SICS 'S -', underload): check the pan and zero it</source>
            <translation>天秤の表示がゼロ未満です（MT-SICS 'S -'、アンダーロード）：計量皿を確認してゼロ点を合わせてください</translation>
        </message>
        <message>
            <source>the balance reads below its zero (SBI 'L', underload): check the pan and zero it</source>
            <translation>天秤の表示がゼロ未満です（SBI 'L'、アンダーロード）：計量皿を確認してゼロ点を合わせてください</translation>
        </message>
        <message>
            <source>the balance reports error {code} (SBI 'Err {code}'): see its manual</source>
            <translation>天秤がエラー {code} を報告しました（SBI 'Err {code}'）：天秤の取扱説明書を参照してください</translation>
        </message>
        <message>
            <source>the balance sends its reading in {unit}, not a mass unit: set it to weigh in g (line {line})</source>
            <translation>天秤の値の単位 {unit} は質量の単位ではありません：g で計量するよう設定してください（応答 {line}）</translation>
        </message>
        <message>
            <source>the balance sent bytes that are not text ({bytes}): check the baud rate, parity and protocol</source>
            <translation>天秤からテキストでないデータが届きました（{bytes}）：ボーレート、パリティ、通信プロトコルを確認してください</translation>
        </message>
        <message>
            <source>the balance sent {text}, which is not an MT-SICS reply: check that it is set to MT-SICS and the baud rate matches</source>
            <translation>天秤から届いた {text} は MT-SICS の応答ではありません：天秤が MT-SICS に設定され、ボーレートが一致しているか確認してください</translation>
        </message>
        <message>
            <source>the balance sent {text}, which is not an SBI data line: check that it is set to SBI and the baud rate and parity match</source>
            <translation>天秤から届いた {text} は SBI のデータ行ではありません：天秤が SBI に設定され、ボーレートとパリティが一致しているか確認してください</translation>
        </message>
        <message>
            <source>the balance shows no value (SBI blank or final readout line)</source>
            <translation>天秤に値が表示されていません（SBI の空行または最終行）</translation>
        </message>
        <message>
            <source>the balance's print key sent a reading that was not stable: wait for the stability sign and press it again</source>
            <translation>天秤の印字キーで送られた値は安定していませんでした：安定マークが出てから、もう一度押してください</translation>
        </message>
        <message>
            <source>this balance reads in steps of {step}, too coarse for a tolerance of {allowed} ({tolerance} of {mass}): use a balance that reads {allowed} or finer</source>
            <translation>この天秤の最小表示は {step} で、許容差 {allowed}（{mass} の {tolerance}）には粗すぎます：最小表示が {allowed} 以下の天秤を使ってください</translation>
        </message>
        <message>
            <source>unknown key(s) {keys} (known: {known})</source>
            <translation>不明なキー {keys}（使用できるキー：{known}）</translation>
        </message>
        <message>
            <source>{keys} does not apply to {kind}</source>
            <translation>{keys} は {kind} には使えません</translation>
        </message>
        <message>
            <source>{kind} needs {key}</source>
            <translation>{kind} には {key} が必要です</translation>
        </message>
        <message>
            <source>{low_key} is above {high_key}: the protocol contradicts itself ({low} &gt; {high})</source>
            <translation>{low_key} が {high_key} を上回っています：プロトコルが矛盾しています（{low} &gt; {high}）</translation>
        </message>
        <message>
            <source>{text} is not a time of day HH:MM</source>
            <translation>{text} は HH:MM 形式の時刻ではありません</translation>
        </message>
        <message>
            <source>{type} is not a time of day HH:MM</source>
            <translation>{type} は HH:MM 形式の時刻ではありません</translation>
        </message>
        <message>
            <source>{text} is outside the possible range {low} to {high}</source>
            <translation>{text} はありうる範囲 {low}～{high} の外です</translation>
        </message>
        <message>
            <source>{text} must be more than zero</source>
            <translation>{text} はゼロより大きくしてください</translation>
        </message>
        <message>
            <source>{text} must be more than zero or zero</source>
            <translation>{text} はゼロ以上にしてください</translation>
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
            <translation>全体の上限・下限値 {limit}（defaults.toml）</translation>
        </message>
        <message>
            <source>the app-wide ceiling of {limit} for {tissue} (defaults.toml [ceilings])</source>
            <translation>{tissue} に対する全体の上限 {limit}（defaults.toml [ceilings]）</translation>
        </message>
        <message>
            <source>{key} = {value} would loosen {loosened}; a protocol can only tighten it</source>
            <translation>{key} = {value} では {loosened} が緩くなります：プロトコルでは厳しくすることしかできません</translation>
        </message>
        <message>
            <source>a nebulized protocol needs an [aliquots] table, and only it</source>
            <translation>吸入（ネブライザー）プロトコルには [aliquots] テーブルが必要で、それ以外には使えません</translation>
        </message>
        <message>
            <source>a fixed-dose intravenous protocol (dose in cells per treatment) needs max_dose_per_kg or min_weight, so that a light patient is not given the whole dose</source>
            <translation>固定用量（1 回あたりの細胞数）の静脈内投与プロトコルには max_dose_per_kg または min_weight が必要です。体重の軽い患者に全量が投与されないようにするためです</translation>
        </message>
        <message>
            <source>{key} needs its source (a published figure, or 'Site value ...')</source>
            <translation>{key} には出典が必要です（公表された数値、または 'Site value ...'）</translation>
        </message>
        <message>
            <source>{count} doses, {first} to {last}</source>
            <translation>{count} 回、{first} から {last} まで</translation>
        </message>
        <message>
            <source>the site's time zone '{zone}' (defaults.toml [site] time_zone) is not a time zone name such as Europe/Berlin</source>
            <translation>施設のタイムゾーン '{zone}'（defaults.toml [site] time_zone）は Europe/Berlin のようなタイムゾーン名ではありません</translation>
        </message>
        <message>
            <source>this computer's time zone has no IANA name (TZ, /etc/localtime and the system settings give none): set the site's time zone in defaults.toml [site] time_zone</source>
            <translation>このコンピューターのタイムゾーンには IANA 名がありません（TZ、/etc/localtime、システム設定のいずれからも得られません）：defaults.toml [site] time_zone に施設のタイムゾーンを設定してください</translation>
        </message>
        <message>
            <source>the font {name} cannot be loaded from {folder} ({reason}); reinstall mscprep (the sheet embeds its own fonts)</source>
            <translation>フォント {name} を {folder} から読み込めません（{reason}）：mscprep を再インストールしてください（シートには専用のフォントが埋め込まれます）</translation>
        </message>
        <message>
            <source>'{address}' is not a printer address: socket://HOST:9100</source>
            <translation>'{address}' はプリンターのアドレスではありません：socket://HOST:9100 の形式で指定してください</translation>
        </message>
        <message>
            <source>The printer {address} did not answer within {seconds} s.</source>
            <translation>プリンター {address} から {seconds} 秒以内に応答がありません。</translation>
        </message>
        <message>
            <source>the name holds {what} (U+{code}); type the name with letters, spaces and the initials in brackets only</source>
            <translation>名前に{what}（U+{code}）が含まれています。文字、空白、かっこ内のイニシャルだけで名前を入力してください</translation>
        </message>
        <message>
            <source>an invisible (default-ignorable) character</source>
            <translation>見えない文字（既定で無視される文字）</translation>
        </message>
        <message>
            <source>a control character</source>
            <translation>制御文字</translation>
        </message>
        <message>
            <source>an invisible format character</source>
            <translation>見えない書式文字</translation>
        </message>
        <message>
            <source>a private-use character</source>
            <translation>私用領域の文字</translation>
        </message>
        <message>
            <source>an unassigned character</source>
            <translation>未割り当ての文字</translation>
        </message>
        <message>
            <source>a line break</source>
            <translation>改行</translation>
        </message>
        <message>
            <source>a character that is not a letter (symbol, digit or blank pattern)</source>
            <translation>文字ではない記号（記号、数字、点字の空白パターン）</translation>
        </message>
        <message>
            <source>'{text}': write the full name and the initials in brackets, e.g. {example}</source>
            <translation>「{text}」：氏名とかっこ内のイニシャルを入力してください（例：{example}）</translation>
        </message>
        <message>
            <source>the full name is too short</source>
            <translation>氏名が短すぎます</translation>
        </message>
        <message>
            <source>the initials '{text}' must be 1 to 4 letters</source>
            <translation>イニシャル「{text}」は1～4文字の英字などの文字にしてください</translation>
        </message>
        <message>
            <source>the name '{text}' mixes letters of {scripts} that may look alike; type it in one alphabet (Latin may go with Han and Japanese kana)</source>
            <translation>名前「{text}」は見分けにくい {scripts} の文字が混在しています。1 つの文字体系で入力してください（ラテン文字と漢字・かなの組み合わせは可）</translation>
        </message>
        <message>
            <source>'{text}' reads the same as '{person}', who is already enrolled (identical or look-alike letters); each person needs a name that cannot be taken for another's</source>
            <translation>「{text}」は登録済みの「{person}」と同じに読めます（同一または紛らわしい文字）。他の人と取り違えられない名前が必要です</translation>
        </message>
        <message>
            <source>the initials ({initials}) are already those of '{person}'; give other initials (e.g. with a middle or second letter)</source>
            <translation>イニシャル（{initials}）は既に「{person}」のものです。別のイニシャルにしてください（ミドルネームや2文字目を加えるなど）</translation>
        </message>
        <message>
            <source>scan or type the badge code</source>
            <translation>バッジをスキャンするかバッジコードを入力してください</translation>
        </message>
        <message>
            <source>this is not an mscprep badge code (scan the badge again)</source>
            <translation>mscprep のバッジコードではありません（バッジをもう一度スキャンしてください）</translation>
        </message>
        <message>
            <source>a PIN is digits only (0-9)</source>
            <translation>PIN は数字（0～9）のみです</translation>
        </message>
        <message>
            <source>a PIN has at least {count} digits</source>
            <translation>PIN は {count} 桁以上です</translation>
        </message>
        <message>
            <source>choose a PIN that is not one digit repeated or a run (123456)</source>
            <translation>同じ数字の繰り返しや連番（123456）ではない PIN を選んでください</translation>
        </message>
        <message>
            <source>nobody enrolled here is called '{text}'</source>
            <translation>「{text}」という名前の登録者はいません</translation>
        </message>
        <message>
            <source>an admin of this record store signs this act: scan the admin's badge and give the admin's PIN</source>
            <translation>この操作は記録ストアの管理者が署名します：管理者のバッジをスキャンし、管理者の PIN を入力してください</translation>
        </message>
        <message>
            <source>{name} is not an admin of this record store (role {role}); an admin signs enrolment acts</source>
            <translation>{name} はこの記録ストアの管理者ではありません（役割：{role}）。登録に関する操作は管理者が署名します</translation>
        </message>
        <message>
            <source>choose one of {roles}</source>
            <translation>{roles} から選んでください</translation>
        </message>
        <message>
            <source>nobody is enrolled yet: the first person enrols without an admin</source>
            <translation>まだ誰も登録されていません：最初の人は管理者なしで登録します</translation>
        </message>
        <message>
            <source>the first person enrolled in a record store is its admin: choose the role admin</source>
            <translation>記録ストアに最初に登録される人は管理者です：役割に管理者を選んでください</translation>
        </message>
        <message>
            <source>the two PINs differ; nothing was changed</source>
            <translation>2 回入力した PIN が一致しません。何も変更されていません</translation>
        </message>
        <message>
            <source>cannot write {path}: {reason}</source>
            <translation>{path} に書き込めません：{reason}</translation>
        </message>
        <message>
            <source>nobody is enrolled in this record store; a badge cannot be used here</source>
            <translation>この記録ストアには誰も登録されていないため、ここではバッジを使えません</translation>
        </message>
        <message>
            <source>this badge of {name} was replaced; use the new badge</source>
            <translation>{name} のこのバッジは交換済みです。新しいバッジを使ってください</translation>
        </message>
        <message>
            <source>this badge is not enrolled in this record store</source>
            <translation>このバッジはこの記録ストアに登録されていません</translation>
        </message>
        <message>
            <source>the badge of {name} is revoked; an admin gives a new one</source>
            <translation>{name} のバッジは失効しています。管理者が新しいバッジを発行します</translation>
        </message>
        <message>
            <source>the badge of {name} is locked after {count} wrong PINs; an admin must unlock it</source>
            <translation>{name} のバッジは PIN を {count} 回間違えたためロックされています。管理者が解除する必要があります</translation>
        </message>
        <message>
            <source>enter your PIN</source>
            <translation>PIN を入力してください</translation>
        </message>
        <message>
            <source>&apos;{text}&apos;: brackets belong only around the initials at the end, e.g. {example}</source>
            <translation>「{text}」：括弧は末尾のイニシャルを囲む場合にのみ使います（例：{example}）</translation>
        </message>
        <message>
            <source>the badge of {name} was revoked or replaced meanwhile; an admin gives a new one</source>
            <translation>{name} のバッジはその間に失効または交換されました。管理者が新しいバッジを発行します</translation>
        </message>
        <message>
            <source>wrong PIN for the badge of {name}; the badge is now locked after {count} wrong PINs: an admin must unlock it</source>
            <translation>{name} のバッジの PIN が違います。{count} 回間違えたためバッジはロックされました：管理者が解除する必要があります</translation>
        </message>
        <message>
            <source>wrong PIN for the badge of {name} (1 try left before the badge locks)</source>
            <translation>{name} のバッジの PIN が違います（あと 1 回間違えるとバッジがロックされます）</translation>
        </message>
        <message>
            <source>wrong PIN for the badge of {name} ({left} tries left before the badge locks)</source>
            <translation>{name} のバッジの PIN が違います（ロックまであと {left} 回）</translation>
        </message>
        <message>
            <source>the badge of {name} is already revoked</source>
            <translation>{name} のバッジは既に失効しています</translation>
        </message>
        <message>
            <source>the badge of {name} is not locked</source>
            <translation>{name} のバッジはロックされていません</translation>
        </message>
        <message>
            <source>{name} is already {role}</source>
            <translation>{name} は既に{role}です</translation>
        </message>
        <message>
            <source>an admin does not remove their own admin role; another admin does</source>
            <translation>管理者は自分の管理者の役割を外せません。別の管理者が行います</translation>
        </message>
        <message>
            <source>this is not the current badge of {name}; scan theirs (or replace it)</source>
            <translation>これは {name} の現在のバッジではありません。本人のバッジをスキャンしてください（または交換してください）</translation>
        </message>
        <message>
            <source>{name} signed a version of record {record} and cannot verify it; a second person must do the independent check with their own badge</source>
            <translation>{name} は記録 {record} のいずれかの版に署名しているため、監査できません。別の人が自分のバッジで独立した確認を行う必要があります</translation>
        </message>
        <message>
            <source>{name} is enrolled as {role}; a double check is signed by a {roles} (site setting)</source>
            <translation>{name} は{role}として登録されています。ダブルチェックの署名は{roles}が行います（施設の設定）</translation>
        </message>
        <message>
            <source>the record store cannot be reached; a badge is checked against it</source>
            <translation>記録ストアに接続できません。バッジは記録ストアで照合されます</translation>
        </message>
        <message>
            <source>this is not the badge of the person signed in</source>
            <translation>これはサインイン中の人のバッジではありません</translation>
        </message>
        <message>
            <source>People are enrolled in this record store: sign with your badge and PIN (a typed name is accepted only in a store nobody is enrolled in). Nothing was recorded.</source>
            <translation>この記録ストアには職員が登録されています：バッジと PIN で署名してください（入力した名前は、誰も登録されていないストアでのみ受け付けます）。何も記録されていません。</translation>
        </message>
        <message>
            <source>Nobody is enrolled in this record store; nothing can be signed in it.</source>
            <translation>この記録ストアには誰も登録されていないため、署名できません。</translation>
        </message>
        <message>
            <source>technician</source>
            <translation>技術者</translation>
        </message>
        <message>
            <source>pharmacist</source>
            <translation>薬剤師</translation>
        </message>
        <message>
            <source>qa</source>
            <translation>品質保証</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>管理者</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>不明</translation>
        </message>
    </context>
    <context>
        <name>GravimetricDialog</name>
        <message>
            <location filename="../../ui/dialogs/gravimetric_dialog.py" line="22" />
            <source>Gravimetric check</source>
            <translation>重量確認</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/gravimetric_dialog.py" line="26" />
            <source>Planned volume in the container</source>
            <translation>容器内の計画液量</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/gravimetric_dialog.py" line="28" />
            <source>{0} g (accepted {1} to {2} g)</source>
            <translation>{0} g（許容 {1}〜{2} g）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/gravimetric_dialog.py" line="31" />
            <source>Expected net mass</source>
            <translation>予想される正味質量</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/gravimetric_dialog.py" line="38" />
            <source>{0} (may be tightened)</source>
            <translation>{0}（厳しくすることのみ可）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/gravimetric_dialog.py" line="40" />
            <source>Tare, empty container (g)</source>
            <translation>風袋（空の容器、g）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/gravimetric_dialog.py" line="40" />
            <source>Filled (g)</source>
            <translation>充填後（g）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/gravimetric_dialog.py" line="41" />
            <source>Tolerance</source>
            <translation>許容差</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/gravimetric_dialog.py" line="60" />
            <source>Enter the tare and the filled mass.</source>
            <translation>風袋と充填後の重量を入力してください。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/gravimetric_dialog.py" line="69" />
            <source>within tolerance</source>
            <translation>許容範囲内</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/gravimetric_dialog.py" line="71" />
            <source>Measured {0} ({1}): {2}</source>
            <translation>実測 {0}（{1}）：{2}</translation>
        </message>
        <message>
            <source>no DIN</source>
            <translation>DIN なし</translation>
        </message>
        <message>
            <source>Record {0} · {1} ({2}) · DIN {3}
On the balance: {4}</source>
            <translation>記録 {0} · {1}（{2}）· DIN {3}
はかりに載せるもの：{4}</translation>
        </message>
        <message>
            <source>not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>(no patient name)</source>
            <translation>（患者氏名なし）</translation>
        </message>
        <message>
            <source>bag</source>
            <translation>バッグ</translation>
        </message>
        <message>
            <source>syringe</source>
            <translation>シリンジ</translation>
        </message>
        <message>
            <source>aliquot</source>
            <translation>分注</translation>
        </message>
        <message>
            <source>{0} bags (weighed together)</source>
            <translation>バッグ {0} 個（まとめて計量）</translation>
        </message>
        <message>
            <source>{0} syringes (weighed together)</source>
            <translation>シリンジ {0} 本（まとめて計量）</translation>
        </message>
        <message>
            <source>{0} aliquots (weighed together)</source>
            <translation>分注 {0} 本（まとめて計量）</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>はかり</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>読む</translation>
        </message>
        <message>
            <source>Tare, empty (g)</source>
            <translation>風袋（空）(g)</translation>
        </message>
        <message>
            <source>Read {0} from the balance</source>
            <translation>{0} をはかりから読む</translation>
        </message>
        <message>
            <source>{0}: press Read, or the balance's print key</source>
            <translation>{0}：「読む」またははかりの印字キーを押してください</translation>
        </message>
        <message>
            <source>No balance is set (Settings &gt; Balance…): type the masses; the record will say they were typed, not read.</source>
            <translation>はかりが設定されていません（設定 &gt; はかり…）：質量を入力してください。記録には「入力値（読み取りではない）」と残ります。</translation>
        </message>
        <message>
            <source>No balance is set: set it in Settings &gt; Balance…. This site does not allow typing the masses.</source>
            <translation>はかりが設定されていません：設定 &gt; はかり… で設定してください。この施設では質量の手入力は認められていません。</translation>
        </message>
        <message>
            <source>Reading… (waiting for a stable weight)</source>
            <translation>読み取り中…（安定するのを待っています）</translation>
        </message>
        <message>
            <source>The balance sent {0} g, but both masses are filled: clear one to take it</source>
            <translation>はかりから {0} g が送られましたが、両方の質量が入力済みです：取り込むにはどちらかを消してください</translation>
        </message>
        <message>
            <source>Read from {0} s/n {1}: {2}</source>
            <translation>{0}（製造番号 {1}）から読み取り：{2}</translation>
        </message>
        <message>
            <source>model not stated</source>
            <translation>機種不明</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>Nothing was read: {0}</source>
            <translation>読み取れませんでした：{0}</translation>
        </message>
        <message>
            <source>Read the tare and the filled mass.</source>
            <translation>風袋と充填後の質量を読んでください。</translation>
        </message>
    </context>
    <context>
        <name>HemocytometerGrid</name>
        <message>
            <location filename="../../ui/hemocytometer.py" line="38" />
            <source>Square</source>
            <translation>区画</translation>
        </message>
        <message>
            <location filename="../../ui/hemocytometer.py" line="39" />
            <source>Unstained</source>
            <translation>非染色</translation>
        </message>
        <message>
            <location filename="../../ui/hemocytometer.py" line="40" />
            <source>Stained</source>
            <translation>染色</translation>
        </message>
        <message>
            <location filename="../../ui/hemocytometer.py" line="43" />
            <source>unstained</source>
            <translation>非染色細胞</translation>
        </message>
        <message>
            <location filename="../../ui/hemocytometer.py" line="43" />
            <source>stained</source>
            <translation>染色細胞</translation>
        </message>
        <message>
            <location filename="../../ui/hemocytometer.py" line="49" />
            <source>Square {0} {1} count</source>
            <translation>区画 {0} の{1}数</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="27" />
            <source>History</source>
            <translation>履歴</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="33" />
            <location filename="../../ui/dialogs/history_dialog.py" line="46" />
            <source>Patient ID</source>
            <translation>患者ID</translation>
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
            <translation>作業者</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="34" />
            <source>From (YYYY-MM-DD)</source>
            <translation>開始日（YYYY-MM-DD）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="35" />
            <source>To (YYYY-MM-DD)</source>
            <translation>終了日（YYYY-MM-DD）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="45" />
            <source>Record</source>
            <translation>記録</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="45" />
            <source>Version</source>
            <translation>版</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="45" />
            <source>Saved</source>
            <translation>保存日時</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="46" />
            <source>Patient</source>
            <translation>患者</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="47" />
            <source>Protocol</source>
            <translation>プロトコル</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="47" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="55" />
            <source>Search</source>
            <translation>検索</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="55" />
            <source>Reopen</source>
            <translation>開く</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="56" />
            <source>Reprint…</source>
            <translation>再印刷…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="57" />
            <source>Export CSV…</source>
            <translation>CSV に書き出し…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="58" />
            <source>Export FHIR…</source>
            <translation>FHIR 出力…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="74" />
            <source>BLOCKED</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="75" />
            <source>verified by {0}</source>
            <translation>{0} が検証済み</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="76" />
            <source>check failed - not verified</source>
            <translation>確認不一致 - 未検証</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="76" />
            <source>not verified</source>
            <translation>未検証</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="81" />
            <source>{0} record(s)</source>
            <translation>{0} 件</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="110" />
            <source>Export CSV</source>
            <translation>CSV に書き出し</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="125" />
            <source>Could not write {0}: {1}</source>
            <translation>{0} に書き込めません：{1}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="116" />
            <source>{0} record(s) exported to {1}</source>
            <translation>{0} 件の記録を {1} に出力しました</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="137" />
            <source>Choose a record in the list first.</source>
            <translation>先に一覧から記録を選んでください。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="139" />
            <source>Export FHIR</source>
            <translation>FHIR 出力</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="145" />
            <source>Record {0} version {1} exported as FHIR to {2}</source>
            <translation>記録 {0} 第{1}版を FHIR として {2} に出力しました</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="1" />
            <source>Audit-trail review…</source>
            <translation>監査証跡レビュー…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="1" />
            <source>Audit-trail review</source>
            <translation>監査証跡レビュー</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="1" />
            <source>Audit-trail review of {0} written to {1}</source>
            <translation>{0} の監査証跡レビューを {1} に書き出しました</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="66" />
            <source>Reprint sheet…</source>
            <translation>調製シートを再印刷…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="67" />
            <source>Reprint label…</source>
            <translation>ラベルを再印刷…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="118" />
            <source>weighed</source>
            <translation>計量済み</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="118" />
            <source>weighed: OUT OF TOLERANCE</source>
            <translation>計量：許容範囲外</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="120" />
            <source>labelled</source>
            <translation>ラベル発行済み</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="122" />
            <source>FINAL</source>
            <translation>最終</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="76" />
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="102" />
            <source>1 record</source>
            <translation>1 件の記録</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="102" />
            <source>{0} records</source>
            <translation>{0} 件の記録</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="163" />
            <source>1 record exported to {0}</source>
            <translation>1 件の記録を {0} に書き出しました</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/history_dialog.py" line="164" />
            <source>{0} records exported to {1}</source>
            <translation>{0} 件の記録を {1} に書き出しました</translation>
        </message>
    </context>
    <context>
        <name>LabelPrinterDialog</name>
        <message>
            <location filename="../../ui/dialogs/label_printer_dialog.py" line="17" />
            <source>Label printer</source>
            <translation>ラベルプリンター</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/label_printer_dialog.py" line="20" />
            <source>A printer through the print dialog (the PDF label)</source>
            <translation>印刷ダイアログ経由のプリンター（PDF ラベル）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/label_printer_dialog.py" line="22" />
            <source>A thermal label printer (ZPL) on a CUPS queue</source>
            <translation>CUPS キュー上の感熱ラベルプリンター（ZPL）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/label_printer_dialog.py" line="36" />
            <location filename="../../ui/dialogs/label_printer_dialog.py" line="37" />
            <source>Printer queue</source>
            <translation>プリンターキュー</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/label_printer_dialog.py" line="40" />
            <location filename="../../ui/dialogs/label_printer_dialog.py" line="44" />
            <source>Printer resolution</source>
            <translation>プリンター解像度</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/label_printer_dialog.py" line="42" />
            <source>{0} dpi</source>
            <translation>{0} dpi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/label_printer_dialog.py" line="46" />
            <source>Queues on this computer: {0}</source>
            <translation>このコンピューターのキュー：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/label_printer_dialog.py" line="47" />
            <source>No CUPS queue was found on this computer; ask IT to add the label printer as a raw queue, or type the queue's name.</source>
            <translation>このコンピューターに CUPS キューが見つかりません。IT 担当者にラベルプリンターを raw キューとして追加してもらうか、キュー名を入力してください。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/label_printer_dialog.py" line="53" />
            <source>The thermal printer's font has Latin letters only: a label with a Japanese or Chinese name is refused there; print the PDF label instead.</source>
            <translation>感熱プリンターのフォントはラテン文字のみです。日本語や中国語の名前を含むラベルは拒否されるので、PDF ラベルを印刷してください。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/label_printer_dialog.py" line="82" />
            <source>Choose or type the thermal printer's queue.</source>
            <translation>感熱プリンターのキューを選択または入力してください。</translation>
        </message>
        <message>
            <source>A thermal label printer (ZPL): a CUPS queue, or socket://HOST:9100</source>
            <translation>感熱ラベルプリンター（ZPL）：CUPS キュー、または socket://HOST:9100</translation>
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
            <translation>製品</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="38" />
            <source>Cell count</source>
            <translation>細胞数</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="39" />
            <source>Dose and release</source>
            <translation>投与量と出荷判定</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="40" />
            <source>Dilution</source>
            <translation>希釈</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="41" />
            <source>Infusion</source>
            <translation>投与</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="42" />
            <source>DMSO</source>
            <translation>DMSO</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="43" />
            <source>Time</source>
            <translation>時刻</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="44" />
            <source>Treatment course</source>
            <translation>投与コース</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="45" />
            <source>Blinded trial</source>
            <translation>盲検試験</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="48" />
            <source>viable</source>
            <translation>生細胞</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="49" />
            <source>total</source>
            <translation>全細胞</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="50" />
            <source>autologous</source>
            <translation>自家</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="51" />
            <source>allogeneic</source>
            <translation>同種</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="52" />
            <source>bag</source>
            <translation>バッグ</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="53" />
            <source>in line</source>
            <translation>インライン</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="54" />
            <source>pump</source>
            <translation>ポンプ</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="55" />
            <source>gravity</source>
            <translation>自然滴下</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="56" />
            <source>syringe push</source>
            <translation>シリンジ静注</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="57" />
            <source>standard blood set</source>
            <translation>標準輸血セット</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="58" />
            <source>leukocyte reduction</source>
            <translation>白血球除去フィルター</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="59" />
            <source>no</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="60" />
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="64" />
            <source>Debug</source>
            <translation>デバッグ</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="64" />
            <source>Information</source>
            <translation>情報</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="65" />
            <source>Warnings</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="65" />
            <source>Errors</source>
            <translation>エラー</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="66" />
            <source>Letter</source>
            <translation>レター</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="80" />
            <location filename="../../ui/main_window.py" line="909" />
            <source>mscprep - MSC infusion preparation</source>
            <translation>mscprep - MSC 投与調製</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="115" />
            <location filename="../../ui/main_window.py" line="706" />
            <location filename="../../ui/main_window.py" line="729" />
            <source>New preparation</source>
            <translation>新しい調製</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="117" />
            <source>Start an empty case (Ctrl+N)</source>
            <translation>空のケースを開始します（Ctrl+N）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="121" />
            <source>Loading the calculator…</source>
            <translation>計算機を読み込んでいます…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="197" />
            <location filename="../../ui/main_window.py" line="201" />
            <source>Protocol</source>
            <translation>プロトコル</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="202" />
            <source>No protocol (app defaults only)</source>
            <translation>プロトコルなし（アプリ既定値のみ）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="213" />
            <source>Not loaded: {0}: {1}</source>
            <translation>読み込めません：{0}：{1}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="253" />
            <source>Count method</source>
            <translation>計数方法</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="254" />
            <source>Counter read-out</source>
            <translation>セルカウンター値</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="255" />
            <source>Label (cells in volume)</source>
            <translation>表示（細胞数と液量）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="256" />
            <source>Hemocytometer squares</source>
            <translation>血球計算盤の区画</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="259" />
            <source>Method</source>
            <translation>方法</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="326" />
            <source>Now</source>
            <translation>現在</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="328" />
            <source>Fill in the current date and time</source>
            <translation>現在の日時を入力</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="440" />
            <source>(protocol: {0})</source>
            <translation>（プロトコル：{0}）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="441" />
            <source>(default: {0})</source>
            <translation>（既定値：{0}）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="556" />
            <location filename="../../ui/main_window.py" line="732" />
            <source>Print preview…</source>
            <translation>印刷プレビュー…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="559" />
            <location filename="../../ui/main_window.py" line="738" />
            <source>Print label…</source>
            <translation>ラベル印刷…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="562" />
            <location filename="../../ui/main_window.py" line="735" />
            <source>Save sheet as PDF…</source>
            <translation>調製シートを PDF で保存…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="597" />
            <source>Complete the form first</source>
            <translation>先に入力を完了してください</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="628" />
            <source>Records cannot be saved now: {0} You can still calculate and print drafts.</source>
            <translation>現在、記録を保存できません：{0} 計算と下書きの印刷は引き続き行えます。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="728" />
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="743" />
            <source>Quit</source>
            <translation>終了</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="750" />
            <source>&amp;Records</source>
            <translation>記録(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="553" />
            <location filename="../../ui/main_window.py" line="753" />
            <source>Save record</source>
            <translation>記録を保存</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="312" />
            <source>Unit of a weight typed without one</source>
            <translation>単位なしで入力した体重の単位</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="313" />
            <source>Used only when the weight is typed without a unit</source>
            <translation>体重を単位なしで入力したときだけ使います</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="447" />
            <source>The operator at this keyboard; to change it, use Settings &gt; Operator…</source>
            <translation>この端末の作業者です。変更するには 設定 &gt; 作業者… を使用してください</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="391" />
            <source>Fewer fields</source>
            <translation>項目を減らす</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="391" />
            <source>More ({0})</source>
            <translation>その他（{0}）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="428" />
            <source>Limits: {0}</source>
            <translation>上限・下限：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="443" />
            <source>Protocol: {0}</source>
            <translation>プロトコル：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="445" />
            <source>e.g. {0}</source>
            <translation>例 {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="591" />
            <source>Read as {0}</source>
            <translation>{0} として読み取り</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="627" />
            <source>Records: not reachable</source>
            <translation>記録：接続できません</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="630" />
            <source>Try again</source>
            <translation>再試行</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="637" />
            <source>Records: server {0}</source>
            <translation>記録：サーバー {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="640" />
            <source>Records: this computer</source>
            <translation>記録：このコンピューター</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="646" />
            <source>FINAL</source>
            <translation>最終</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="657" />
            <source>Records cannot be reached now; the form is kept as a draft</source>
            <translation>現在、記録に接続できません。入力内容は下書きとして保持されます</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="696" />
            <source>Unsaved entries</source>
            <translation>保存されていない入力</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="697" />
            <source>The entries of this case are not saved as a record. Discard them?</source>
            <translation>このケースの入力は記録として保存されていません。破棄しますか？</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="741" />
            <source>Restore kept entries…</source>
            <translation>保持された入力を復元…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="754" />
            <source>Independent double check…</source>
            <translation>独立したダブルチェック…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="755" />
            <source>Gravimetric check…</source>
            <translation>重量確認…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="756" />
            <source>History…</source>
            <translation>履歴…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="757" />
            <source>Verify audit trail</source>
            <translation>監査証跡を検証</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="766" />
            <source>&amp;Settings</source>
            <translation>設定(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="768" />
            <source>Operator…</source>
            <translation>作業者…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="771" />
            <source>Records database…</source>
            <translation>記録データベース…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="774" />
            <source>Label printer…</source>
            <translation>ラベルプリンター…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="777" />
            <source>Language (restart)</source>
            <translation>言語（再起動後）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="782" />
            <source>Paper</source>
            <translation>用紙</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="787" />
            <source>Log level</source>
            <translation>ログレベル</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="792" />
            <source>High contrast</source>
            <translation>ハイコントラスト</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="796" />
            <source>Gloves (large touch targets)</source>
            <translation>手袋モード（大きなタッチ領域）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="800" />
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="801" />
            <location filename="../../ui/main_window.py" line="812" />
            <source>About mscprep</source>
            <translation>mscprep について</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="888" />
            <source>{0} is working now. The entries {1} had not saved are kept as a draft.</source>
            <translation>現在の作業者は {0} です。{1} が保存していなかった入力は下書きとして保持されています。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="890" />
            <source>Restore them</source>
            <translation>復元する</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="893" />
            <source>{0} is working now</source>
            <translation>現在の作業者は {0} です</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="942" />
            <source>No entries are kept.</source>
            <translation>保持された入力はありません。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="947" />
            <source>{0}: {1}, patient {2}</source>
            <translation>{0}：{1}、患者 {2}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="950" />
            <source>Restore kept entries</source>
            <translation>保持された入力を復元</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="950" />
            <source>Entries kept:</source>
            <translation>保持された入力：</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="969" />
            <source>Restored the entries {0} left unsaved at {1}. You prepare them now: check the patient and every figure before use.</source>
            <translation>{0} が {1} に保存せずに残した入力を復元しました。これからはあなたが調製者です。使用前に患者とすべての数値を確認してください。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="979" />
            <source>The records database changes at the next start.</source>
            <translation>記録データベースは次回起動時に変更されます。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="991" />
            <source>The language changes at the next start.</source>
            <translation>言語は次回起動時に変更されます。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1062" />
            <source>Restored the unsaved entries of {0} after an unexpected end. Check the patient and every figure before use.</source>
            <translation>予期しない終了の後、{0} の未保存の入力を復元しました。使用前に患者とすべての数値を確認してください。</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="1" />
            <source>Quality report…</source>
            <translation>品質レポート…</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="1" />
            <source>The quality report is for the qa and pharmacist roles.</source>
            <translation>品質レポートは QA と薬剤師の役割の方のみ使用できます。</translation>
        </message>
        <message>
            <source>Sign the saved record as prepared</source>
            <translation>保存した記録に調製者として署名</translation>
        </message>
        <message>
            <source>Sign the weighing</source>
            <translation>秤量に署名</translation>
        </message>
        <message>
            <source>Sign the label (released)</source>
            <translation>ラベルに署名（払出し）</translation>
        </message>
        <message>
            <source>{0}: your PIN to sign</source>
            <translation>{0}：署名のためのPIN</translation>
        </message>
        <message>
            <source>Signed in: {0} ({1})</source>
            <translation>サインイン中：{0}（{1}）</translation>
        </message>
        <message>
            <source>Working: {0} (typed name; nothing is signed: no enrolled staff)</source>
            <translation>作業者：{0}（入力された名前。登録職員がいないため署名されません）</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>サインインしている人はいません</translation>
        </message>
        <message>
            <source>technician</source>
            <translation>技術者</translation>
        </message>
        <message>
            <source>pharmacist</source>
            <translation>薬剤師</translation>
        </message>
        <message>
            <source>qa</source>
            <translation>品質保証</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>管理者</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="340" />
            <source>Choose…</source>
            <translation>選択…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="342" />
            <source>Choose the pharmacy's randomisation list (CSV)</source>
            <translation>薬剤部の割付表（CSV）を選択</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="584" />
            <source>{0} containers are thawed: scan the DIN of each after the first ({1} of {2} scanned).</source>
            <translation>{0} 個の容器を解凍します：1 つ目以降の各容器の DIN をスキャンしてください（{2} 個中 {1} 個スキャン済み）。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="766" />
            <source>The preparation is hidden while the independent double check is open.</source>
            <translation>独立したダブルチェックの間、調製内容は表示されません。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="780" />
            <source>Randomisation list</source>
            <translation>割付表</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="781" />
            <source>Randomisation list (*.csv);;All files (*)</source>
            <translation>割付表 (*.csv);;すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1020" />
            <source>Print pharmacy sheet (unblinded)…</source>
            <translation>薬剤部用調製シート（非盲検）を印刷…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="726" />
            <location filename="../../ui/main_window.py" line="922" />
            <source>Complete the form first: {0}</source>
            <translation>先にフォームを完成させてください：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="735" />
            <source>No label while the plan says: {0}</source>
            <translation>計画の状態が次の間はラベルを印刷できません：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="819" />
            <source>— (enter the code and choose the list)</source>
            <translation>—（コードを入力し、リストを選択してください）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="848" />
            <source>Not used by this protocol or count method</source>
            <translation>このプロトコルまたは計数方法では使用されません</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="851" />
            <source>Clear (Ctrl+Z undoes)</source>
            <translation>消去（Ctrl+Z で元に戻す）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="872" />
            <source>{0} cleared: Ctrl+Z in the field brings it back</source>
            <translation>{0} を消去しました：欄内で Ctrl+Z を押すと元に戻ります</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="925" />
            <source>Saved; change a figure to save a new version</source>
            <translation>保存済み：数値を変更すると新しい版として保存できます</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1038" />
            <source>Work lists…</source>
            <translation>作業リスト…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="0" />
            <source>Time zone unknown: {0}</source>
            <translation>タイムゾーン不明：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="0" />
            <source>The site's time zone {0} (UTC{1}) differs from this computer's clock ({2}, UTC{3}): times typed without an offset are read on the site's zone. Correct the computer's clock or the site setting.</source>
            <translation>施設のタイムゾーン {0}（UTC{1}）がこのコンピュータの時計（{2}、UTC{3}）と一致しません。オフセットのない時刻は施設のタイムゾーンで読みます。コンピュータの時計か施設の設定を直してください。</translation>
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
            <translation>はかり…</translation>
        </message>
        <message>
            <source>People…</source>
            <translation>職員…</translation>
        </message>
        <message>
            <source>The record store cannot be reached now.</source>
            <translation>現在、記録ストアに接続できません。</translation>
        </message>
        <message>
            <source>Nobody is enrolled yet: the first person enrolled is the admin of this record store.</source>
            <translation>まだ誰も登録されていません：最初に登録される人がこの記録ストアの管理者になります。</translation>
        </message>
        <message>
            <source>Only an admin signed in with their badge manages people.</source>
            <translation>職員の管理は、自分のバッジでサインインした管理者だけが行えます。</translation>
        </message>
        <message>
            <source>Only an admin manages people; {0} is signed in as {1}.</source>
            <translation>職員の管理は管理者だけが行えます。{0} は{1}としてサインインしています。</translation>
        </message>
        <message>
            <source>Enrol people, change roles, revoke, unlock, reset PINs and replace badges.</source>
            <translation>職員の登録、役割の変更、バッジの失効・ロック解除・交換、PIN の再設定を行います。</translation>
        </message>
        <message>
            <source>People are enrolled in this record store now: from now on only a badge and PIN sign. Scan your badge.</source>
            <translation>この記録ストアに職員が登録されました：今後はバッジと PIN でのみ署名します。バッジをスキャンしてください。</translation>
        </message>
    </context>
    <context>
        <name>OperatorDialog</name>
        <message>
            <location filename="../../ui/dialogs/operator_dialog.py" line="12" />
            <source>Who is working?</source>
            <translation>作業者は誰ですか？</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operator_dialog.py" line="14" />
            <source>Every saved record, check, weighing and print is logged with this name.</source>
            <translation>保存・確認・秤量・印刷はすべてこの名前で記録されます。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operator_dialog.py" line="18" />
            <source>{0} is working now. A new name ends their session; entries they have not saved are kept as a draft that can be restored.</source>
            <translation>現在の作業者は {0} です。新しい名前を入力するとそのセッションは終了し、保存されていない入力は復元可能な下書きとして保持されます。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operator_dialog.py" line="25" />
            <location filename="../../ui/dialogs/operator_dialog.py" line="28" />
            <source>Name and initials</source>
            <translation>氏名とイニシャル</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operator_dialog.py" line="26" />
            <source>e.g. Kenji Tanaka (KT)</source>
            <translation>例：田中 健（KT）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/operator_dialog.py" line="42" />
            <source>Enter your name and initials.</source>
            <translation>氏名とイニシャルを入力してください。</translation>
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
            <translation>記録データベース</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/records_dialog.py" line="29" />
            <source>Empty: the records file of this computer ({0}). A file path: another records file. postgresql://USER@SERVER/DATABASE: the site's shared record server (keep the password in ~/.pgpass, not here).</source>
            <translation>空欄：このコンピューターの記録ファイル（{0}）。ファイルのパス：別の記録ファイル。postgresql://USER@SERVER/DATABASE：施設共用の記録サーバー（パスワードはここではなく ~/.pgpass に保存）。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/records_dialog.py" line="41" />
            <source>File…</source>
            <translation>ファイル…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/records_dialog.py" line="50" />
            <source>{0} is set on this computer and wins over this setting: {1}</source>
            <translation>このコンピューターでは {0} が設定されており、この設定より優先されます：{1}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/records_dialog.py" line="56" />
            <source>Test the connection</source>
            <translation>接続をテスト</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/records_dialog.py" line="87" />
            <source>Records are kept in the file {0}.</source>
            <translation>記録はファイル {0} に保存されます。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/records_dialog.py" line="88" />
            <source>A new records file will be made at {0} at the next start.</source>
            <translation>次回起動時に {0} に新しい記録ファイルが作成されます。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/records_dialog.py" line="98" />
            <source>Connected to the record server {0}.</source>
            <translation>記録サーバー {0} に接続しました。</translation>
        </message>
    </context>
    <context>
        <name>ResultValues</name>
        <message>
            <location filename="../../ui/values.py" line="18" />
            <source>dose {k} of {n}; next {dates}</source>
            <translation>{n} 回中 {k} 回目、次回 {dates}</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="19" />
            <source>dose {k} of {n}</source>
            <translation>{n} 回中 {k} 回目</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="21" />
            <source>{count} × {volume} ({cells}, {duration} each)</source>
            <translation>{count} × {volume}（各 {cells}、{duration}）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="23" />
            <source>{count} × {volume} ({dose} dose + {overfill} overfill)</source>
            <translation>{count} × {volume}（投与量 {dose} ＋ 過充填 {overfill}）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="25" />
            <source>{per_day} × daily for {days} days at {times}</source>
            <translation>1 日 {per_day} 回 × {days} 日間（{times}）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="27" />
            <source>{volume} placebo ({diluent}, no cells)</source>
            <translation>{volume} プラセボ（{diluent}、細胞なし）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="28" />
            <source>{code}: ACTIVE</source>
            <translation>{code}：実薬</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="29" />
            <source>{code}: PLACEBO</source>
            <translation>{code}：プラセボ</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="33" />
            <source>{count} × {kind} of {volume} ({cells} cells each, {figures}; dead volume {dead})</source>
            <translation>{kind} {count} 個、各 {volume}（各 {cells} 個、{figures}；デッドボリューム {dead}）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="36" />
            <source>+ {volume} {diluent} ({size} syringe, {marks} marks) → {content} at {concentration}</source>
            <translation>+ {diluent} {volume}（{size} シリンジ、目盛 {marks}）→ {content}、{concentration}</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="39" />
            <source>{volume} of {material}: {shares} ({size} syringe, {marks} marks)</source>
            <translation>{material} {volume}：{shares}（{size} シリンジ、目盛 {marks}）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="41" />
            <source>{volume} of {material} ({size} syringe, {marks} marks)</source>
            <translation>{material} {volume}（{size} シリンジ、目盛 {marks}）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="44" />
            <source>{volume} {diluent}: {shares} ({size} syringe, {marks} marks) → {final}</source>
            <translation>{diluent} {volume}：{shares}（{size} シリンジ、目盛 {marks}）→ {final}</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="46" />
            <source>{volume} {diluent} ({size} syringe, {marks} marks) → {final}</source>
            <translation>{diluent} {volume}（{size} シリンジ、目盛 {marks}）→ {final}</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="47" />
            <source>{cells} ({change} of the order)</source>
            <translation>{cells}（指示量に対し {change}）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="49" />
            <source>{volume} = {cells} cells (left in the containers and the syringe hub)</source>
            <translation>{volume} = {cells} 個（容器とシリンジのハブに残る分）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="51" />
            <source>{drops} drops/min ({factor} drops/mL set)</source>
            <translation>{drops} 滴/分（{factor} 滴/mL のセット）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="53" />
            <source>{count} bags: {volumes} ({cells}, {duration} each)</source>
            <translation>{count} バッグ：{volumes}（{cells}、各 {duration}）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="54" />
            <source>{volume} {diluent} (in line)</source>
            <translation>{volume} {diluent}（インライン）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="55" />
            <source>{volume} (in line)</source>
            <translation>{volume}（インライン）</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="56" />
            <source>{volume} {diluent}</source>
            <translation>{volume} {diluent}</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="59" />
            <source>diluent</source>
            <translation>希釈液</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="1" />
            <source>{squares} squares: mean {mean} {counted} per square, CV {cv}</source>
            <translation>{squares} 区画：1区画あたり{counted}の平均 {mean}、CV {cv}</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="1" />
            <source>unstained</source>
            <translation>非染色</translation>
        </message>
        <message>
            <location filename="../../ui/values.py" line="1" />
            <source>unstained + stained</source>
            <translation>非染色＋染色</translation>
        </message>
        <message>
            <source>{count} fills of the {size} syringe → {destination}</source>
            <translation>{size} シリンジで {count} 回充填 → {destination}</translation>
        </message>
        <message>
            <source>one transfer bag</source>
            <translation>1つの移注バッグ</translation>
        </message>
        <message>
            <source>one syringe per fill</source>
            <translation>充填ごとに1本のシリンジ</translation>
        </message>
        <message>
            <source>{earlier} earlier today ({records}) + {this} = {total} = {per_kg}</source>
            <translation>本日の先行分 {earlier}（{records}）＋ {this} ＝ {total} ＝ {per_kg}</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <location filename="../../ui/results_panel.py" line="40" />
            <source>Plan status</source>
            <translation>計画の状態</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="46" />
            <source>Plan</source>
            <translation>計画</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="43" />
            <source>Findings</source>
            <translation>所見</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="21" />
            <source>HARD</source>
            <translation>禁止</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="21" />
            <source>SOFT</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="22" />
            <source>INFO</source>
            <translation>情報</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="96" />
            <source>Incomplete: complete or correct</source>
            <translation>未完了：次の項目を入力または修正してください</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="98" />
            <source>Computed, but not ready: enter</source>
            <translation>計算済み、ただし未完了：次を入力してください</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="104" />
            <source>Incomplete: {0} field(s) to complete or correct</source>
            <translation>未入力：{0} 項目の入力または修正が必要</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="106" />
            <source>Computed, but not ready: {0} identity field(s) to enter</source>
            <translation>計算済み、ただし未完了：識別情報が {0} 項目未入力です</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="109" />
            <source>BLOCKED - NOT FOR ADMINISTRATION</source>
            <translation>停止 - 投与禁止</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="111" />
            <source>NEEDS A REASON for {0} soft finding(s)</source>
            <translation>警告所見 {0} 件に理由が必要</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="112" />
            <source>OK - no hard finding</source>
            <translation>OK - 禁止所見なし</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="132" />
            <source>(complete the form to see the findings)</source>
            <translation>（入力を完了すると所見が表示されます）</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="134" />
            <source>None</source>
            <translation>なし</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="150" />
            <source>Limit: {0}</source>
            <translation>基準：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="152" />
            <source>Source: {0}</source>
            <translation>出典：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="158" />
            <source>The reason “{0}” was typed for other figures. The figures changed: type the reason again.</source>
            <translation>理由「{0}」は別の数値に対して入力されたものです。数値が変わったので、理由を入力し直してください。</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="166" />
            <source>Reason for: {0}</source>
            <translation>理由：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="167" />
            <source>Type the reason to proceed (at least 3 characters), then Enter.</source>
            <translation>続けるには理由を入力して（3 文字以上）Enter を押してください。</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="169" />
            <source>Blocked until the prescriber's documented decision is typed here (at least 3 characters), then Enter; it is printed on the sheet.</source>
            <translation>処方医の記録された判断をここに入力（3文字以上）して Enter を押すまでブロックされます。入力内容はシートに印刷されます。</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="120" />
            <source>(complete the form to see the plan)</source>
            <translation>（フォームを完成させると計画が表示されます）</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="146" />
            <source>Incomplete: 1 field to complete or correct</source>
            <translation>未完了：入力または修正する項目が 1 つあります</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="147" />
            <source>Incomplete: {0} fields to complete or correct</source>
            <translation>未完了：入力または修正する項目が {0} つあります</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="150" />
            <source>Computed, but not ready: 1 field to enter</source>
            <translation>計算済み、ただし未完了：入力する項目が 1 つあります</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="151" />
            <source>Computed, but not ready: {0} fields to enter</source>
            <translation>計算済み、ただし未完了：入力する項目が {0} つあります</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="158" />
            <source>A reason is needed for 1 soft finding</source>
            <translation>1 件の注意所見に理由が必要です</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="159" />
            <source>A reason is needed for {0} soft findings</source>
            <translation>{0} 件の注意所見に理由が必要です</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="161" />
            <source>Verified and weighed: the label is final</source>
            <translation>検証・計量済み：ラベルは最終版です</translation>
        </message>
        <message>
            <location filename="../../ui/results_panel.py" line="217" />
            <source>✓ Reason accepted: “{0}”</source>
            <translation>✓ 理由を受理しました：「{0}」</translation>
        </message>
    </context>
    <context>
        <name>TimelinePlot</name>
        <message>
            <location filename="../../ui/timeline.py" line="30" />
            <source>Infusion timeline</source>
            <translation>投与タイムライン</translation>
        </message>
        <message>
            <location filename="../../ui/timeline.py" line="37" />
            <source>Infusion from {0} to {1}</source>
            <translation>投与 {0}〜{1}</translation>
        </message>
        <message>
            <location filename="../../ui/timeline.py" line="51" />
            <source>(no plan)</source>
            <translation>（計画なし）</translation>
        </message>
        <message>
            <location filename="../../ui/timeline.py" line="63" />
            <source>start {0}</source>
            <translation>開始 {0}</translation>
        </message>
        <message>
            <location filename="../../ui/timeline.py" line="64" />
            <source>end {0}</source>
            <translation>終了 {0}</translation>
        </message>
        <message>
            <location filename="../../ui/timeline.py" line="65" />
            <source>latest start {0}</source>
            <translation>開始期限 {0}</translation>
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
            <translation>予期しないエラーが発生しました：{0}
入力内容は保持されています。報告してください。詳細はログファイルにあります。</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="129" />
            <source>The unsaved entries of the last session could not be read ({0}); they were set aside as {1}. The form starts empty.</source>
            <translation>前回のセッションの未保存の入力を読めませんでした（{0}）。{1} として別に保管しました。入力欄は空で始まります。</translation>
        </message>
        <message>
            <location filename="../../ui/print_actions.py" line="76" />
            <source>Nothing was printed: the print could not be logged in the record. Try again in a moment. {0}</source>
            <translation>印刷していません：印刷を記録に残せませんでした。少し待ってからもう一度お試しください。{0}</translation>
        </message>
        <message>
            <location filename="../../ui/print_actions.py" line="34" />
            <source>The sheet cannot be printed: {0}</source>
            <translation>記録を印刷できません：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/print_actions.py" line="48" />
            <source>Save sheet as PDF</source>
            <translation>調製シートを PDF で保存</translation>
        </message>
        <message>
            <location filename="../../ui/print_actions.py" line="56" />
            <source>The sheet could not be saved to {0}: {1}</source>
            <translation>記録を {0} に保存できませんでした：{1}</translation>
        </message>
        <message>
            <location filename="../../ui/print_actions.py" line="59" />
            <source>Sheet saved to {0}</source>
            <translation>シートを {0} に保存しました</translation>
        </message>
        <message>
            <location filename="../../ui/print_actions.py" line="117" />
            <source>There is no label to print: the plan is blocked or a reason is missing.</source>
            <translation>印刷するラベルがありません：計画が停止中か、理由が未入力です。</translation>
        </message>
        <message>
            <location filename="../../ui/print_actions.py" line="128" />
            <source>No printer is installed on this computer. Save the sheet as PDF and print it elsewhere, or ask IT to install the clean-room printer.</source>
            <translation>このコンピューターにプリンターがありません。PDF として保存して別の場所で印刷するか、クリーンルームのプリンターの設定を依頼してください。</translation>
        </message>
        <message>
            <location filename="../../ui/print_actions.py" line="151" />
            <source>No thermal printer queue is chosen: Settings &gt; Label printer…</source>
            <translation>感熱プリンターのキューが選ばれていません：設定 &gt; ラベルプリンター…</translation>
        </message>
        <message>
            <location filename="../../ui/print_actions.py" line="159" />
            <location filename="../../ui/print_actions.py" line="167" />
            <source>The label was not printed: {0}</source>
            <translation>ラベルは印刷されませんでした：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/print_actions.py" line="171" />
            <source>Label sent to {0} ({1})</source>
            <translation>ラベルを {0} に送信しました（{1}）</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="86" />
            <source>This record is saved and unchanged.</source>
            <translation>この記録は保存済みで変更されていません。</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="90" />
            <source>Change to a saved record</source>
            <translation>保存済み記録の変更</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="91" />
            <source>Reason for the change (it is logged):</source>
            <translation>変更の理由（記録されます）：</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="101" />
            <source>Saved as record {0} version {1}</source>
            <translation>記録 {0} 版 {1} として保存しました</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="118" />
            <source>Verified by {0}</source>
            <translation>{0} が検証しました</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="120" />
            <source>Double check did not match; resolve the differences</source>
            <translation>ダブルチェックが一致しません。差異を解消してください</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="137" />
            <source>Weighing saved</source>
            <translation>重量確認を保存しました</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="177" />
            <source>Checking the audit trail…</source>
            <translation>監査証跡を確認しています…</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="189" />
            <source>Audit trail intact: {0} entries</source>
            <translation>監査証跡は正常：{0} 件</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="193" />
            <source>AUDIT TRAIL CHECK FAILED - records may have been altered: {0}</source>
            <translation>監査証跡の検証に失敗 - 記録が改変された可能性があります：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/record_actions.py" line="235" />
            <source>Audit trail intact: 1 entry</source>
            <translation>監査証跡は完全です：1 件</translation>
        </message>
    </context>
    <context>
        <name>QualityReportDialog</name>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>Quality report</source>
            <translation>品質レポート</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>From (UTC day)</source>
            <translation>開始日（UTC）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>To (UTC day, inclusive)</source>
            <translation>終了日（UTC、当日を含む）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>Also write the figures as CSV files (a folder beside the PDF)</source>
            <translation>数値を CSV ファイルにも書き出す（PDF の隣のフォルダ）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>Quick integrity check: only the period's part of the audit trail</source>
            <translation>簡易完全性チェック：監査証跡のうち期間の部分のみ</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>Make report…</source>
            <translation>レポート作成…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>Save the quality report</source>
            <translation>品質レポートの保存</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>Making the report (the audit trail is checked first)…</source>
            <translation>レポートを作成しています（まず監査証跡を確認します）…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>Quality report of {0} preparation(s) written to {1}</source>
            <translation>{0} 件の調製の品質レポートを {1} に書き出しました</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>(CSV files in {0})</source>
            <translation>（CSV ファイルは {0}）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>- AUDIT PROBLEMS found: see its first page</source>
            <translation>- 監査上の問題があります：1 ページ目を確認してください</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/quality_report_dialog.py" line="1" />
            <source>Could not write {0}: {1}</source>
            <translation>{0} を書き出せませんでした：{1}</translation>
        </message>
    </context>
    <context>
        <name>BadgeDialog</name>
        <message>
            <source>Badge (scan it)</source>
            <translation>バッジ（スキャン）</translation>
        </message>
        <message>
            <source>scan the badge</source>
            <translation>バッジをスキャン</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Sign in: scan your badge</source>
            <translation>サインイン：バッジをスキャン</translation>
        </message>
        <message>
            <source>Scan your badge and type your PIN. Everything you save, weigh and print is signed in your name.</source>
            <translation>バッジをスキャンしてPINを入力してください。保存・秤量・印刷はすべてあなたの名前で署名されます。</translation>
        </message>
        <message>
            <source>{0} is working now. Scanning your badge hands over: their session ends, and entries they have not saved are kept as a draft.</source>
            <translation>現在 {0} が作業中です。バッジをスキャンすると交代します：その人のセッションは終了し、未保存の入力は下書きとして保管されます。</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>サインイン</translation>
        </message>
    </context>
    <context>
        <name>NextStep</name>
        <message>
            <location filename="../../ui/next_step.py" line="15" />
            <source>Next: complete {0}</source>
            <translation>次へ：{0} を入力または修正</translation>
        </message>
        <message>
            <location filename="../../ui/next_step.py" line="16" />
            <source>Next: enter {0}</source>
            <translation>次へ：{0} を入力</translation>
        </message>
        <message>
            <location filename="../../ui/next_step.py" line="17" />
            <source>Next: type the reason for {0}</source>
            <translation>次へ：{0} の理由を入力</translation>
        </message>
        <message>
            <location filename="../../ui/next_step.py" line="18" />
            <source>Next: correct what blocks the plan</source>
            <translation>次へ：計画を止めている項目を修正</translation>
        </message>
        <message>
            <location filename="../../ui/next_step.py" line="19" />
            <source>Next: save the record</source>
            <translation>次へ：記録を保存</translation>
        </message>
        <message>
            <location filename="../../ui/next_step.py" line="20" />
            <source>Next: print the draft sheet</source>
            <translation>次へ：下書きの調製シートを印刷</translation>
        </message>
        <message>
            <location filename="../../ui/next_step.py" line="21" />
            <source>Next: hand to a pharmacist for the double check</source>
            <translation>次へ：薬剤師にダブルチェックを依頼</translation>
        </message>
        <message>
            <location filename="../../ui/next_step.py" line="22" />
            <source>Next: repeat the double check</source>
            <translation>次へ：ダブルチェックをやり直す</translation>
        </message>
        <message>
            <location filename="../../ui/next_step.py" line="23" />
            <source>Next: weigh (gravimetric check)</source>
            <translation>次へ：計量（重量確認）</translation>
        </message>
        <message>
            <location filename="../../ui/next_step.py" line="24" />
            <source>Next: print the label</source>
            <translation>次へ：ラベルを印刷</translation>
        </message>
        <message>
            <location filename="../../ui/next_step.py" line="25" />
            <source>Next: new preparation</source>
            <translation>次へ：新しい調製</translation>
        </message>
    </context>
    <context>
        <name>StatusBanner</name>
        <message>
            <location filename="../../ui/status_banner.py" line="16" />
            <source>BLOCKED</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../ui/status_banner.py" line="17" />
            <source>INCOMPLETE</source>
            <translation>未完了</translation>
        </message>
        <message>
            <location filename="../../ui/status_banner.py" line="18" />
            <location filename="../../ui/status_banner.py" line="19" />
            <source>NOT READY</source>
            <translation>準備未完了</translation>
        </message>
        <message>
            <location filename="../../ui/status_banner.py" line="20" />
            <source>READY</source>
            <translation>準備完了</translation>
        </message>
        <message>
            <location filename="../../ui/status_banner.py" line="21" />
            <source>FINAL</source>
            <translation>最終</translation>
        </message>
    </context>
    <context>
        <name>WorkListsDialog</name>
        <message>
            <location filename="../../ui/dialogs/work_lists_dialog.py" line="17" />
            <source>Awaiting a double check ({0})</source>
            <translation>ダブルチェック待ち（{0}）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/work_lists_dialog.py" line="18" />
            <source>Awaiting weighing ({0})</source>
            <translation>計量待ち（{0}）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/work_lists_dialog.py" line="19" />
            <source>Awaiting a label ({0})</source>
            <translation>ラベル待ち（{0}）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/work_lists_dialog.py" line="20" />
            <source>Check this record…</source>
            <translation>この記録をチェック…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/work_lists_dialog.py" line="21" />
            <source>Open and weigh…</source>
            <translation>開いて計量…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/work_lists_dialog.py" line="22" />
            <source>Open and print the label…</source>
            <translation>開いてラベルを印刷…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/work_lists_dialog.py" line="29" />
            <source>Work lists</source>
            <translation>作業リスト</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/work_lists_dialog.py" line="60" />
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/work_lists_dialog.py" line="61" />
            <source>Refresh</source>
            <translation>更新</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/work_lists_dialog.py" line="78" />
            <source>{0} v{1} · {2} ({3}) · {4} · saved by {5}</source>
            <translation>{0} 第{1}版 · {2}（{3}）· {4} · 保存者 {5}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/work_lists_dialog.py" line="82" />
            <source>the last check did not match</source>
            <translation>前回のチェックは一致しませんでした</translation>
        </message>
    </context>
    <context>
        <name>self.window</name>
        <message>
            <location filename="../../ui/print_actions.py" line="94" />
            <source>Nothing was printed: the print could not be logged in the record. Try again in a moment. {0}</source>
            <translation>印刷していません：印刷を記録に残せませんでした。少し待ってからもう一度お試しください。{0}</translation>
        </message>
    </context>
    <context>
        <name>BalanceDialog</name>
        <message>
            <source>Balance</source>
            <translation>はかり</translation>
        </message>
        <message>
            <source>No balance (the masses are typed, where the site allows it)</source>
            <translation>はかりなし（施設が認める場合は質量を入力）</translation>
        </message>
        <message>
            <source>On a serial port (RS-232 or USB)</source>
            <translation>シリアルポート（RS-232 または USB）</translation>
        </message>
        <message>
            <source>On the network (host and port)</source>
            <translation>ネットワーク（ホストとポート）</translation>
        </message>
        <message>
            <source>Serial port</source>
            <translation>シリアルポート</translation>
        </message>
        <message>
            <source>Baud rate</source>
            <translation>ボーレート</translation>
        </message>
        <message>
            <source>Host:port</source>
            <translation>ホスト:ポート</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>プロトコル</translation>
        </message>
        <message>
            <source>MT-SICS (Mettler Toledo)</source>
            <translation>MT-SICS（メトラー・トレド）</translation>
        </message>
        <message>
            <source>SBI (Sartorius)</source>
            <translation>SBI（ザルトリウス）</translation>
        </message>
        <message>
            <source>Read the balance now</source>
            <translation>今すぐはかりを読む</translation>
        </message>
        <message>
            <source>Set the balance to the same protocol and baud rate (MT-SICS usually 9600 baud, 8 data bits, no parity; Sartorius SBI: see the balance's manual). The gravimetric check waits for a stable reading, and refuses a balance whose readability is coarser than the container's tolerance (a 2 mL aliquot at 5 % needs 0.1 g or finer).</source>
            <translation>はかり本体も同じプロトコルとボーレートに設定してください（MT-SICS は通常 9600 ボー、8 データビット、パリティなし。ザルトリウス SBI ははかりの取扱説明書を参照）。重量確認は安定した値を待ち、最小表示が容器の許容差より粗いはかりは使用できません（2 mL 分注で 5 % なら 0.1 g 以下が必要）。</translation>
        </message>
        <message>
            <source>Nothing was read: {0}</source>
            <translation>読み取れませんでした：{0}</translation>
        </message>
        <message>
            <source>{0} g from {1} s/n {2}, readability {3} g</source>
            <translation>{0} g（{1}、製造番号 {2}、最小表示 {3} g）</translation>
        </message>
        <message>
            <source>model not stated</source>
            <translation>機種不明</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>不明</translation>
        </message>
    </context>
    <context>
        <name>ActDialog</name>
        <message>
            <source>An admin signs this act: scan the admin's badge and type the admin's PIN.</source>
            <translation>この操作は管理者が署名します：管理者のバッジをスキャンし、管理者の PIN を入力してください。</translation>
        </message>
        <message>
            <source>Sign and record</source>
            <translation>署名して記録</translation>
        </message>
        <message>
            <source>Badge (scan it)</source>
            <translation>バッジ（スキャン）</translation>
        </message>
        <message>
            <source>scan the badge</source>
            <translation>バッジをスキャン</translation>
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
            <translation>{0} の新しいバッジ</translation>
        </message>
        <message>
            <source>The badge code of {0} ({1}) is shown only this once. Save the badge as PDF and print it; then delete the file.</source>
            <translation>{0}（{1}）のバッジコードは今回だけ表示されます。バッジを PDF で保存して印刷し、その後ファイルを削除してください。</translation>
        </message>
        <message>
            <source>Save badge as PDF…</source>
            <translation>バッジを PDF で保存…</translation>
        </message>
        <message>
            <source>Save badge as PDF</source>
            <translation>バッジを PDF で保存</translation>
        </message>
        <message>
            <source>Badge written to {0} (owner-only: print it, then delete the file).</source>
            <translation>バッジを {0} に保存しました（本人のみ読み取り可：印刷後にファイルを削除してください）。</translation>
        </message>
        <message>
            <source>technician</source>
            <translation>技術者</translation>
        </message>
        <message>
            <source>pharmacist</source>
            <translation>薬剤師</translation>
        </message>
        <message>
            <source>qa</source>
            <translation>品質保証</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>管理者</translation>
        </message>
    </context>
    <context>
        <name>PeopleDialog</name>
        <message>
            <source>technician</source>
            <translation>技術者</translation>
        </message>
        <message>
            <source>pharmacist</source>
            <translation>薬剤師</translation>
        </message>
        <message>
            <source>qa</source>
            <translation>品質保証</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>管理者</translation>
        </message>
        <message>
            <source>active</source>
            <translation>有効</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>ロック中</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>失効</translation>
        </message>
        <message>
            <source>scan the badge</source>
            <translation>バッジをスキャン</translation>
        </message>
        <message>
            <source>People</source>
            <translation>職員</translation>
        </message>
        <message>
            <source>Full name (initials), e.g. Mika Sato (MS)</source>
            <translation>氏名（イニシャル）、例：Mika Sato (MS)</translation>
        </message>
        <message>
            <source>The first person enrolled is the admin of this record store and signs their own enrolment.</source>
            <translation>最初に登録される人はこの記録ストアの管理者となり、自分の登録に自分で署名します。</translation>
        </message>
        <message>
            <source>Enrol a person: a unique name with initials, a role, and the PIN they choose (at least 6 digits). They type the PIN themselves.</source>
            <translation>職員を登録します：他と重ならないイニシャル付きの名前、役割、本人が選ぶ PIN（6 桁以上）。PIN は本人が入力します。</translation>
        </message>
        <message>
            <source>Enrol a person</source>
            <translation>職員の登録</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>役割の変更</translation>
        </message>
        <message>
            <source>Revoke badge</source>
            <translation>バッジの失効</translation>
        </message>
        <message>
            <source>Unlock badge</source>
            <translation>バッジのロック解除</translation>
        </message>
        <message>
            <source>Reset PIN</source>
            <translation>PIN の再設定</translation>
        </message>
        <message>
            <source>Replace badge</source>
            <translation>バッジの交換</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>イニシャル</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>役割</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>バッジ</translation>
        </message>
        <message>
            <source>Enrol…</source>
            <translation>登録…</translation>
        </message>
        <message>
            <source>Change role…</source>
            <translation>役割の変更…</translation>
        </message>
        <message>
            <source>Revoke badge…</source>
            <translation>バッジの失効…</translation>
        </message>
        <message>
            <source>Unlock badge…</source>
            <translation>ロック解除…</translation>
        </message>
        <message>
            <source>Reset PIN…</source>
            <translation>PIN の再設定…</translation>
        </message>
        <message>
            <source>Replace badge…</source>
            <translation>バッジの交換…</translation>
        </message>
        <message>
            <source>Everyone enrolled in this record store. Every act here is signed by an admin with their own badge and PIN.</source>
            <translation>この記録ストアに登録されている全員です。ここでの操作はすべて、管理者が自分のバッジと PIN で署名します。</translation>
        </message>
        <message>
            <source>Nobody is enrolled yet. The first person enrolled is the admin of this record store and signs their own enrolment.</source>
            <translation>まだ誰も登録されていません。最初に登録される人がこの記録ストアの管理者となり、自分の登録に署名します。</translation>
        </message>
        <message>
            <source>The new role of {0}.</source>
            <translation>{0} の新しい役割。</translation>
        </message>
        <message>
            <source>Revoke the badge of {0}: it stops working at once (a lost badge, or the person left). Their name stays in the records and cannot be enrolled again.</source>
            <translation>{0} のバッジを失効させます：直ちに使えなくなります（紛失や退職時）。名前は記録に残り、再登録はできません。</translation>
        </message>
        <message>
            <source>Unlock the badge of {0}, locked after 5 wrong PINs.</source>
            <translation>PIN を 5 回間違えてロックされた {0} のバッジのロックを解除します。</translation>
        </message>
        <message>
            <source>{0} scans their own badge and types a new PIN twice.</source>
            <translation>{0} が自分のバッジをスキャンし、新しい PIN を 2 回入力します。</translation>
        </message>
        <message>
            <source>A new badge for {0}: the old one stops working at once. They type a new PIN twice.</source>
            <translation>{0} に新しいバッジを発行します：古いバッジは直ちに使えなくなります。本人が新しい PIN を 2 回入力します。</translation>
        </message>
        <message>
            <source>Name (initials)</source>
            <translation>氏名（イニシャル）</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>新しい PIN</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>新しい PIN（確認）</translation>
        </message>
        <message>
            <source>Their badge (scan it)</source>
            <translation>本人のバッジ（スキャン）</translation>
        </message>
    </context>
</TS>
