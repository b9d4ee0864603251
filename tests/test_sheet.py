"""The preparation sheet and bag label, read back from the PDF: text extracted with
pdftotext, barcodes decoded with zbar from a rendered page."""

import json
import re
import shutil
import subprocess
from datetime import datetime, timezone

import pytest

from mscprep.documents.common import monitoring_times
from mscprep.documents.model import render
from mscprep.preparation.build import prepare
from mscprep.preparation.gravimetric import weigh_entered as weigh
from mscprep.preparation.release import RecordState as RecordInfo
from mscprep.printing.sheet import write_sheet
from mscprep.units import ureg

from helpers import run_cli, status

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
TEMCELL = {"protocol": "temcell", "weight": "60 kg", "patient_name": "Yamada Hanako", "patient_id": "MRN-000123",
           "din": "A999921123456", "product_code": "S1234V00", "prepared_by": "K. Tanaka", "viability": "92%",
           "thawed_at": "2026-11-23T09:30:00+00:00", "stability": "3 h",
           "container_dins": "A999921123457"}     # the second bag of the two-bag thaw


def tool(name):
    path = shutil.which(name)
    assert path, f"{name} is needed for this test (tools/setup-env --test installs it)"
    return path


def make_pdf(tmp_path, form=TEMCELL, name="sheet.pdf", **options):
    form = dict(form)
    plan = prepare(form, now=NOW, reasons=form.pop("reasons", None))
    path = tmp_path / name
    write_sheet(plan, path, **options)
    return plan, path


def pages_text(path) -> list[str]:
    text = subprocess.run([tool("pdftotext"), "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return text.split("\f")[:-1]


def decode_page(path, page, tmp_path) -> list[str]:
    prefix = tmp_path / f"page{page}"
    subprocess.run([tool("pdftoppm"), "-r", "300", "-f", str(page), "-l", str(page), "-png", "-singlefile",
                    str(path), str(prefix)], check=True)
    result = subprocess.run([tool("zbarimg"), "--raw", "-q", f"{prefix}.png"], capture_output=True, text=True)
    return result.stdout.splitlines()


def page_count(path) -> int:
    info = subprocess.run([tool("pdfinfo"), str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def test_sheet_holds_every_required_item(tmp_path):
    plan, path = make_pdf(tmp_path)
    pages = pages_text(path)
    text = " ".join(" ".join(page.split()) for page in pages)
    for item in ["Yamada Hanako", "MRN-000123", "60 kg", "A999921123456", "S1234V00", "bone marrow, allogeneic",
                 "TEMCELL HS Inj.", "JCR Pharmaceuticals",
                 "120 × 10⁶ cells",
                 # the label's method, step by step, with containers, syringes and what is discarded
                 "Thaw 2 × bag (10.8 mL, 72 × 10⁶ cells each; label nominal figures)",
                 "Add 18 mL 0.9% sodium chloride to each bag (20 mL syringe, 1 mL marks) → 28.8 mL each",
                 "Draw 48 mL of the diluted suspension (50 mL syringe, 1 mL marks): 120 × 10⁶ total cells.",
                 "Take 28.1 mL from bag 1, 19.9 mL from bag 2",
                 "Discard the rest: 9.6 mL (24 × 10⁶ cells)", "48 mL",
                 "Dose (total cells)", "Dose 120 × 10⁶ total cells (2 × 10⁶ cells/kg)",
                 "Storage until infused", "infuse without delay",
                 "supports, and does not replace, the judgement of the preparer and the pharmacist",
                 "through a NEW line; never flush the cell-filled set",
                 "2.5 × 10⁶ cells/mL", "4 mL/min = 240 mL/h", "12 min", "2026-11-23 12:30", "2026-11-23 12:18",
                 "170-260 µm filter", "NO leukocyte-reduction filter", "DO NOT IRRADIATE",
                 "No other drugs or fluids in the same line", "Mix gently",
                 # TEMCELL's product and saline are contained in the suspension drawn, never drawn alone
                 "product contained in the dose = dose ÷ total concentration of the",
                 "= 120 × 10⁶ cells ÷ 6.67 × 10⁶ cells/mL = 18 mL", "Product contained in the",
                 "diluent contained in the dose = suspension − product contained",
                 "Pre-administration checklist", "Vital-sign monitoring", "before start",
                 "If the patient deteriorates", "STOP the infusion", "Observation period after the infusion: 60 min",
                 "Prepared by", "Checked by (independent double check)", "Administered by",
                 "Inputs as entered", "protocol default", "HEMACORD"]:
        assert item in text, item
    sheet_pages = [p for p in pages if "MSC infusion preparation" in p]
    for number, page in enumerate(sheet_pages, start=1):
        assert "DRAFT - NOT VERIFIED" in page
        assert f"page {number} / {len(sheet_pages)}" in page
        assert "mscprep 0.1.0" in page and "temcell v2026-11-23" in page


def test_check_character_is_printed_apart_from_the_din(tmp_path):
    _plan, path = make_pdf(tmp_path)
    first = pages_text(path)[0]
    assert re.search(r"A999921123456\s+3\b", first)


def test_label_barcodes_decode_to_the_exact_isbt_strings(tmp_path):
    plan, path = make_pdf(tmp_path)
    label_page = page_count(path)
    codes = decode_page(path, label_page, tmp_path)
    assert "=A99992112345600" in codes            # DIN data structure; check character not inside
    assert "&>0263271230" in codes                # use-by 2026-11-23 12:30 (julian day 327)
    qr = json.loads(next(code for code in codes if code.startswith("{")))
    assert qr["din"] == "A9999211234563" and qr["patient_id"] == "MRN-000123"
    assert qr["dose_cells"] == pytest.approx(120e6) and qr["final_mL"] == 48


def test_label_page_is_sized_for_a_label_printer(tmp_path):
    _plan, path = make_pdf(tmp_path)
    info = subprocess.run([tool("pdfinfo"), "-f", "1", "-l", "9", str(path)], capture_output=True, text=True).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert sizes[0] == ("595.276", "841.89")                 # A4
    width, height = (float(v) for v in sizes[-1])
    assert width == pytest.approx(283.46, abs=0.1) and height == pytest.approx(141.73, abs=0.1)  # 100 x 50 mm


def test_letter_paper(tmp_path):
    _plan, path = make_pdf(tmp_path, paper="Letter")
    info = subprocess.run([tool("pdfinfo"), str(path)], capture_output=True, text=True).stdout
    assert "612 x 792 pts" in info


def test_blocked_plan_is_marked_on_every_page_and_has_no_label(tmp_path):
    plan, path = make_pdf(tmp_path, dict(TEMCELL, available="5 mL"))
    assert status(plan).blocked
    pages = pages_text(path)
    assert pages and all("BLOCKED - NOT FOR ADMINISTRATION" in page for page in pages)
    assert not any("MSC for IV infusion" in page for page in pages)
    assert decode_page(path, len(pages), tmp_path) == []


def test_missing_reason_prints_not_ready_and_no_label(tmp_path):
    plan, path = make_pdf(tmp_path, dict(TEMCELL, rate="6 mL/min"))
    assert status(plan).reasons_missing and not status(plan).blocked
    pages = pages_text(path)
    assert all("NOT READY - REASON REQUIRED" in page for page in pages)
    assert "REASON REQUIRED" in " ".join(pages)


def test_override_reason_is_printed(tmp_path):
    _plan, path = make_pdf(tmp_path, dict(TEMCELL, rate="6 mL/min", reasons={"rate_above_max": "ordered by Dr Sato"}))
    assert "ordered by Dr Sato" in " ".join(pages_text(path))


def checked_and_weighed(gross="20 g + 48.24 g", checker="M. Sato"):
    the_plan = prepare(TEMCELL, now=NOW)
    grams = 20 + 48 * 1.005 if gross == "20 g + 48.24 g" else float(gross)
    return RecordInfo("R-20261123-0001", 1, checker, weigh(the_plan, "20 g", f"{grams} g"))


def test_checked_and_weighed_sheet_is_final_and_reprint_is_marked(tmp_path):
    _plan, path = make_pdf(tmp_path, record=checked_and_weighed())
    text = " ".join(pages_text(path))
    assert "DRAFT" not in text and "verified by M. Sato" in text and "within tolerance" in text
    assert "R-20261123-0001 v1" in text
    label = pages_text(path)[-1]
    assert "DRAFT" not in label and "Yamada Hanako" in label
    _plan, path = make_pdf(tmp_path, name="again.pdf", record=checked_and_weighed(), reprint=True)
    assert all("REPRINT" in page for page in pages_text(path))


def test_checked_but_not_weighed_is_still_a_draft(tmp_path):
    _plan, path = make_pdf(tmp_path, record=RecordInfo("R-1", 1, "M. Sato", None))
    pages = pages_text(path)
    assert all("DRAFT - NOT WEIGHED" in page for page in pages)
    assert "Gravimetric check: not done yet." in " ".join(pages)


def test_weighing_out_of_tolerance_blocks_the_sheet_and_the_label(tmp_path):
    _plan, path = make_pdf(tmp_path, record=checked_and_weighed(gross="75"))
    pages = pages_text(path)
    assert all("BLOCKED - NOT FOR ADMINISTRATION" in page for page in pages)
    assert "OUT OF TOLERANCE" in " ".join(pages)
    assert not any("MSC for IV infusion" in page for page in pages)


def test_user_text_with_markup_characters_and_cjk_prints_as_typed(tmp_path):
    form = dict(TEMCELL, patient_name="O'Brien & <Sons> 山田 花子 王小明", prepared_by="<b>x</b>")
    _plan, path = make_pdf(tmp_path, form)
    text = " ".join(pages_text(path))
    assert "O'Brien & <Sons> 山田 花子 王小明" in text
    assert "<b>x</b>" in text


@pytest.mark.parametrize("language, words", [
    ("ja", ["MSC 投与調製記録", "使用期限", "白血球除去フィルター使用禁止", "自家使用専用", "下書き - 未検証"]),
    ("zh", ["MSC 输注配制单", "使用期限", "禁止使用白细胞滤器", "仅限自体使用", "草稿 - 未核对"]),
])
def test_sheet_follows_the_language(tmp_path, language, words):
    form = dict(TEMCELL, donor="autologous", patient_name="山田 花子")
    _plan, path = make_pdf(tmp_path, form, language=language)
    text = " ".join(pages_text(path))
    for word in words:
        assert word in text, word


def test_monitoring_times_cover_before_during_and_after():
    times = [render(time, lambda text: text) for time in monitoring_times(ureg.Quantity(40, "min"))]
    assert times == ["before start", "start + 5 min", "start + 20 min", "start + 35 min",
                     "end of infusion (start + 40 min)", "end + 15 min", "end + 30 min", "end + 60 min"]


def test_cli_sheet_writes_the_pdf_and_exits_3_when_blocked(tmp_path):
    out = tmp_path / "blocked.pdf"
    result = run_cli("sheet", "--weight", "70 kg", "--dose", "1e6 cell/kg", "--concentration", "1e7 cell/mL",
                     "--viability", "90%", "--duration", "30 min", "--available", "1 mL", "-o", str(out))
    assert result.returncode == 3, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_cli_sheet_input_error_writes_nothing(tmp_path):
    out = tmp_path / "none.pdf"
    result = run_cli("sheet", "--weight", "70", "--dose", "1e6 cell/kg", "--concentration", "1e7 cell/mL",
                     "--viability", "90%", "--duration", "30 min", "-o", str(out))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("mscprep: --weight:")
    assert not out.exists()


def test_cli_sheet_unwritable_output_is_a_clear_error(tmp_path):
    result = run_cli("sheet", "--weight", "70 kg", "--dose", "1e6 cell/kg", "--concentration", "1e7 cell/mL",
                     "--viability", "90%", "--duration", "30 min", "-o", str(tmp_path / "no" / "such" / "dir.pdf"))
    assert result.returncode == 2
    assert "--output: cannot write" in result.stderr and "Traceback" not in result.stderr


def test_finding_messages_are_translated_on_the_sheet(tmp_path):
    form = dict(TEMCELL, rate="6 mL/min", available="5 mL")
    def flowing(path):   # reading order, table cells whole
        raw = subprocess.run([tool("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True).stdout
        return " ".join(raw.split())
    _plan, path = make_pdf(tmp_path, form, language="ja")
    text = flowing(path)
    assert "投与速度 6 mL/min が目安 4 mL/min を超えています。" in text
    assert "18 mL の採取が必要ですが、採取できるのは 5 mL のみです。" in text
    _plan, path = make_pdf(tmp_path, form, name="zh.pdf", language="zh")
    assert "输注速度 6 mL/min 高于参考值 4 mL/min。" in flowing(path)
