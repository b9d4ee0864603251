"""ZPL ^BC field data: ">" is an invocation character (Zebra ZPL II Programming Guide, ^BC,
Table "Code 128 Invocation Characters"). The table is written out here as the manual gives
it, and a reader built from it alone decodes what the label sends."""

import pytest
from hypothesis import given, settings, strategies as st

from mscprep.zpl import code128_field_data

# The manual's table: invocation code -> Code 128 value; start codes.
INVOCATION_VALUES = {"<": 62, "0": 30, "=": 94, "1": 95, "2": 96, "3": 97, "4": 98, "5": 99,
                     "6": 100, "7": 101, "8": 102}
START_CODES = {"9": "A", ":": "B", ";": "C"}


def subset_b_character(value: int) -> str:
    """Code 128 subset B: values 0-95 are ASCII 32-127 (the manual's Code 128 character set table)."""
    assert 0 <= value <= 95, f"value {value} is a function code, not a character"
    return chr(value + 32)


def unhex(text: str) -> str:
    """^FH\\ : backslash and two hex digits are one byte."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\":
            out.append(chr(int(text[i + 1:i + 3], 16)))
            i += 3
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def read_bc_field(data: str) -> str:
    """What a printer following the manual's table encodes in subset B for ^FD `data`.
    Invocation codes are read before ^FH hex escapes are undone, as the table applies to
    the field data as written."""
    out, i, subset = [], 0, "B"
    while i < len(data):
        char = data[i]
        if char == ">":
            code = data[i + 1]
            if code in START_CODES:
                subset = START_CODES[code]
            else:
                out.append(subset_b_character(INVOCATION_VALUES[code]))
            i += 2
            continue
        assert subset == "B"
        if char == "\\":
            out.append(unhex(data[i:i + 3]))
            i += 3
            continue
        out.append(char)
        i += 1
    return "".join(out)


def test_the_table_says_greater_than_is_invocation_code_0():
    assert subset_b_character(INVOCATION_VALUES["0"]) == ">"
    assert subset_b_character(INVOCATION_VALUES["<"]) == "^"
    assert subset_b_character(INVOCATION_VALUES["="]) == "~"


def test_the_expiry_sent_as_before_would_not_carry_its_data_structure():
    assert read_bc_field(">:&>0263371424") == "&>263371424"          # the century digit is lost


def test_the_expiry_is_encoded_as_the_manual_says():
    data = code128_field_data("&>0263371424")
    assert data == ">:&>00263371424"
    assert read_bc_field(data) == "&>0263371424"


@pytest.mark.parametrize("text", ["=G12341765432100", "=<S1234V00", "&>0253651400", "=+02000=G12341765432170&>0263371424",
                                  "a^b~c\\d>e"])
def test_isbt_data_structures_survive(text):
    assert read_bc_field(code128_field_data(text)) == text


@settings(max_examples=80, deadline=None, derandomize=True)
@given(st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=30))
def test_any_printable_ascii_survives(text):
    assert read_bc_field(code128_field_data(text)) == text


def test_other_characters_are_refused():
    with pytest.raises(ValueError):
        code128_field_data("é")
