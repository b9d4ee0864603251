"""Issue 26: the sheet keeps parsed paragraphs, their line breaks, font subsets and barcode
drawing between builds. What is kept must never change what is printed: a sheet built in a
process that has printed other patients, languages and papers is byte for byte the sheet a
fresh process builds (reportlab's invariant mode fixes the PDF's date and id)."""

import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, strategies as st
from reportlab import rl_config
from reportlab.platypus import Paragraph

from mscprep.preparation.build import prepare
from mscprep.printing.fonts import rich
from mscprep.printing.page import styles
from mscprep.printing.paragraphs import Para
from mscprep.printing.sheet import write_sheet

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
FORM = {"protocol": "temcell", "weight": "60 kg", "patient_name": "Yamada Hanako 山田 花子",
        "patient_id": "MRN-000123", "din": "A999921123456", "container_dins": "A999921123457",
        "product_code": "S1234V00", "viability": "92%", "thawed_at": "2026-11-23T09:30", "stability": "3 h"}
FRESH = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from datetime import datetime, timezone
from reportlab import rl_config
rl_config.invariant = 1
from mscprep.preparation.build import prepare
from mscprep.printing.sheet import write_sheet
plan = prepare({FORM!r}, now=datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc))
sys.stdout.buffer.write(write_sheet(plan, None, language=sys.argv[1]))
"""


@pytest.fixture
def invariant(monkeypatch):
    monkeypatch.setattr(rl_config, "invariant", 1)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_sheet_built_after_others_is_the_sheet_a_fresh_process_builds(invariant, language):
    for other in (dict(FORM, weight="71.5 kg", patient_name="Another Patient 李 小龙", patient_id="MRN-999",
                       viability="85%"),
                  dict(FORM, weight="48 kg", patient_name="Third Patient")):
        for other_language in ("en", "ja", "zh"):
            write_sheet(prepare(other, now=NOW), None, language=other_language, paper="Letter")
    plan = prepare(dict(FORM), now=NOW)
    warm = write_sheet(plan, None, language=language)
    again = write_sheet(plan, None, language=language)
    fresh = subprocess.run([sys.executable, "-c", FRESH, language], capture_output=True, check=True).stdout
    assert fresh.startswith(b"%PDF") and fresh.count(b"/Type /Page\n") == 6      # five sheet pages + the label
    assert warm == fresh and again == fresh


TEXT = st.text(st.sampled_from(list("abc XYZ 0123 µ×→— <&> 山田花子 ☐ ")), max_size=120)


@given(TEXT, st.sampled_from(["body", "small", "bold", "h2", "big"]), st.sampled_from([12.0, 40.0, 95.5, 180.0, 515.3]))
def test_a_kept_paragraph_wraps_as_reportlabs_own(text, style_name, width):
    style = styles()[style_name]
    markup = rich(text)
    own = Paragraph(markup, style)
    expected = own.wrap(width, 1000)
    for _ in range(2):      # the first makes and keeps the lines, the second reuses them
        kept = Para(markup, style)
        assert kept.wrap(width, 1000) == expected
        assert kept.blPara.kind == own.blPara.kind
        assert [repr(line) for line in kept.blPara.lines] == [repr(line) for line in own.blPara.lines]
