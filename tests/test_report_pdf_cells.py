"""A table cell of plain words that does not fit on one line is broken into lines by
reports/pdf._wrapped exactly where a Paragraph in the small style would break it (the
report's look must not change with the faster cell)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from mscprep.printing.fonts import rich
from mscprep.printing.page import styles
from mscprep.reports.pdf import _wrapped as wrapped

SHRINKAGE = styles()["small"].spaceShrinkage

WORD = st.sampled_from(["2021-03-31", "19:39:00", "Pharmacist", "11", "(P11)", "weight", "re-measured", "OUT",
                        "-5.2", "%", "Operator;", "x", "W" * 12, "70 × 10⁶", "→", "&", "<b>"])


def paragraph_lines(text: str, width: float) -> list[str]:
    paragraph = Paragraph(rich(text), styles()["small"])
    paragraph.wrap(width, 10_000)
    if paragraph.blPara.kind == 0:      # one font: (extra space, words)
        return [" ".join(words) for _extra, words in paragraph.blPara.lines]
    return ["".join(fragment.text for fragment in line.words).strip() for line in paragraph.blPara.lines]


@given(st.lists(WORD, min_size=1, max_size=12), st.floats(min_value=20, max_value=400))
def test_lines_break_where_a_paragraph_breaks_them(words, width):
    text = " ".join(words)
    lines = wrapped(text, width, SHRINKAGE)
    if lines is not None:
        assert lines.split("\n") == paragraph_lines(text, width)


def test_what_a_paragraph_breaks_its_own_way_stays_a_paragraph():
    assert wrapped("a  b", 5, SHRINKAGE) is None                     # two spaces
    assert wrapped("over\u00adlong", 5, SHRINKAGE) is None          # a soft hyphen
    assert wrapped("W" * 40, 30, SHRINKAGE) is None                 # a word wider than the cell
    assert wrapped("2021-03-31 19:39:00", 76, SHRINKAGE) == "2021-03-31\n19:39:00"
