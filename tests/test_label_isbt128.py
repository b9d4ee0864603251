"""The bag label against ISBT 128: every barcode on the PDF label, rendered with pypdfium2
at the label printer's resolution and decoded with zxing-cpp (a decoder nobody here wrote),
is the ISBT 128 data structure the label's figures give; the patient name is never cut; a
stamp never replaces the product heading; the class name follows the source tissue."""

import io
from datetime import datetime, timezone

import pypdfium2
import pytest
import zxingcpp

from mscprep import scan
from mscprep.documents.model import LabelContent, T
from mscprep.preparation.build import prepare
from mscprep.preparation.gravimetric import weigh_entered
from mscprep.preparation.release import RecordState
from mscprep.printing.sheet import write_sheet

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
TEMCELL = {"protocol": "temcell", "weight": "60 kg", "patient_name": "Yamada Hanako", "patient_id": "MRN-000123",
           "din": "A999921123456", "container_dins": "A999921123457",   # a two-bag thaw: one DIN per bag
           "product_code": "S1234V00", "prepared_by": "K. Tanaka", "viability": "92%",
           "thawed_at": "2026-11-23T09:30:00+00:00", "stability": "3 h"}


def label_pages(form=TEMCELL, **options):
    plan = prepare(dict(form), now=NOW)
    pdf = pypdfium2.PdfDocument(write_sheet(plan, None, **options))
    labels = [pdf[index] for index in range(len(pdf)) if abs(pdf[index].get_width() - 283.46) < 0.5]
    return plan, labels


def decoded(page, dpi=203):
    image = page.render(scale=dpi / 72).to_pil()
    return {(result.format.name, result.text) for result in zxingcpp.read_barcodes(image)}


def page_text(page) -> str:
    return page.get_textpage().get_text_range()


@pytest.mark.parametrize("dpi", [203, 300])
def test_every_barcode_on_the_label_is_the_isbt_128_data_structure(dpi):
    _plan, (page,) = label_pages()
    codes = decoded(page, dpi)
    linear = {text for kind, text in codes if kind == "Code128"}
    matrix = {text for kind, text in codes if kind == "DataMatrix"}
    # DIN [001] with flags 00 (the check character 3 is printed in its box, not encoded)
    assert "=A99992112345600" in linear
    assert "=<S1234V00" in linear                      # product code [003], next to the DIN
    assert "&>0263271230" in linear                    # expiry 2026-11-23 12:30 [005], day 327
    assert "MRN-000123" in linear                      # the patient ID, for bedside scanning
    assert matrix == {"=+03000=A99992112345600=<S1234V00&>0263271230"}     # compound message [023]
    assert any(kind == "QRCode" for kind, _ in codes)
    # and the scan router reads each ISBT 128 symbol as what it is
    assert scan.read("=A99992112345600").kind == "din"
    compound = scan.read(next(iter(matrix)))
    assert [part["kind"] for part in compound.fields["structures"]] == ["din", "product_code", "expiry"]
    assert compound.fields["structures"][2]["local_time"] == "2026-11-23T12:30"


def test_the_label_is_on_the_printers_dot_grid():
    from mscprep.printing.barcodes import datamatrix_size, narrow_bar
    from reportlab.lib.units import inch
    assert narrow_bar(203) == pytest.approx(2 * inch / 203) and narrow_bar(300) == pytest.approx(3 * inch / 300)
    assert datamatrix_size(203) == pytest.approx(46 * 2 * inch / 203)


def test_a_stamp_is_shown_beside_the_heading_never_instead():
    _plan, (page,) = label_pages()
    text = page_text(page)
    assert "DRAFT - NOT VERIFIED" in text and "MSC for IV infusion" in text and "MSC(M)" in text


def test_a_reprint_keeps_its_heading():
    plan = prepare(dict(TEMCELL), now=NOW)
    weighing = weigh_entered(plan, "20 g", "68.5 g")
    pdf = pypdfium2.PdfDocument(write_sheet(plan, None, record=RecordState("R-1", 1, "M. Sato", weighing),
                                            reprint=True))
    text = page_text(pdf[len(pdf) - 1])
    assert "REPRINT" in text and "MSC for IV infusion" in text


@pytest.mark.parametrize("first, second", [
    ("Maria Fernanda Rodríguez-Villanueva de los Santos Alvarez", "Maria Fernanda Rodríguez-Villanueva de los Santos Alonso"),
    ("Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessenschafewarenwohlgepflegeundsorgfaltig A",
     "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessenschafewarenwohlgepflegeundsorgfaltig B"),
])
def test_two_patients_sharing_a_long_prefix_get_different_labels(first, second):
    texts = []
    for name in (first, second):
        _plan, (page,) = label_pages(dict(TEMCELL, patient_name=name))
        text = page_text(page)
        assert "…" not in text.split("ID MRN")[0]
        texts.append("".join(text.split("ID MRN")[0].split()))
        assert "".join(name.split()) in texts[-1]
    assert texts[0] != texts[1]


def test_umbilical_cord_msc_carry_the_whartons_jelly_class():
    from mscprep.defaults import app_defaults
    tissues = app_defaults().tissues
    assert {key: tissue.isbt_class for key, tissue in tissues.items()} == {
        "adipose": "MSC(AT)", "cord_blood": "MSC(CB)", "wharton_jelly": "MSC(WJ)", "bone_marrow": "MSC(M)",
        "other": ""}
    plan = prepare({**TEMCELL, "source_tissue": "wharton_jelly"}, now=NOW)
    assert plan.document().labels[0].isbt_class == "MSC(WJ)"


def test_an_invalid_product_code_never_becomes_an_isbt_symbol():
    from mscprep.isbt128 import compound_message, label_structures
    label = LabelContent(heading=T("x"), patient_name="A", patient_line=T("y"), din="A9999211234563",
                         product_code="not-a-code", use_by=None, shows_use_by=False)
    assert label_structures(label) == ["=A99992112345600"] and compound_message(label) is None


def test_the_product_code_field_checks_the_isbt_structure():
    from mscprep.errors import InputError
    with pytest.raises(InputError) as caught:
        prepare({**TEMCELL, "product_code": "S12V00"}, now=NOW)
    assert caught.value.field == "product_code" and "8 characters" in caught.value.message
    assert prepare({**TEMCELL, "product_code": "=<S1234V00"}, now=NOW).identity.product_code == "S1234V00"


@pytest.mark.parametrize("dpi", [203, 300])
def test_the_zpl_label_carries_the_same_symbols_within_the_label(dpi):
    import re
    from mscprep.zpl import document_zpl
    form = {"weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%",
            "duration": "30 min", "patient_id": "MRN-000123", "in_line_ratio": "3", "dilution_mode": "in_line",
            "patient_name": "Maria Fernanda Rodríguez-Villanueva de los Santos Alvarez", "donor": "autologous",
            "din": "A999921123456", "product_code": "S1234V00", "thawed_at": "2026-11-23T09:30:00+00:00",
            "stability": "3 h"}
    plan = prepare(form, now=NOW)
    zpl = document_zpl(plan.document(), None, dpi=dpi, now=NOW)
    width, height = (int(v) for v in re.search(r"\^PW(\d+)\n\^LL(\d+)", zpl).groups())
    origins = [(int(x), int(y)) for x, y in re.findall(r"\^FO(\d+),(\d+)", zpl)]
    assert origins and all(0 <= x < width and 0 <= y < height for x, y in origins)
    values = re.findall(r"\^FD(.*?)\^FS", zpl)
    assert ">:=A99992112345600" in values and ">:=<S1234V00" in values and ">:MRN-000123" in values
    assert ">:&>00263271230" in values and "=+03000=A99992112345600=<S1234V00&>0263271230" in values
    name = "Maria Fernanda Rodriguez-Villanueva de los Santos Alvarez"
    assert any(value.replace("í", "i") == name for value in values)          # whole, in a field block
    assert "..." not in "".join(values)
