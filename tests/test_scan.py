"""The ISBT 128 scan router: published examples (ICCBBA ST-001, ST-017), keyboard layouts,
and property tests."""

import json

import pytest
from hypothesis import given, settings, strategies as st

from mscprep import scan
from mscprep.cli import main
from mscprep.din import check_character
from mscprep.scan import din_field as parse_din
from mscprep.errors import InputError

FAST = settings(max_examples=60, deadline=None, derandomize=True)


# --- published examples ------------------------------------------------------------------

def test_din_with_check_flags_from_the_standard():
    # ST-001 Appendix A: G123417654321 has check character A (value 10): flags 70.
    read = scan.read("=G12341765432170")
    assert read.kind == "din"
    assert read.fields["din"] == "G123417654321"
    assert read.fields["check_character"] == "A"
    assert read.fields["flags"] == "70"
    assert "verified" in read.fields["flag_type"]


def test_din_with_wrong_check_flags_is_refused():
    with pytest.raises(InputError, match="check flags 71 do not match DIN G123417654321 \\(expected 70\\)"):
        scan.read("=G12341765432171")


@pytest.mark.parametrize("text", ["=O12341765432100", "=012341765432100"])
def test_din_never_starts_with_o_or_zero(text):
    with pytest.raises(InputError, match="never O or 0"):
        scan.read(text)


def test_unspecified_sequence_compound_message_from_st_017():
    # ST-017 4.3.1 example: a compound message of four data structures.
    text = "=+04000=/A9997XYZ100T0479=A99991712345600=,000012=>019031"
    read = scan.read(text)
    assert read.kind == "compound" and read.fields["count"] == 4 and read.fields["sequence"] == "000"
    kinds = [part["kind"] for part in read.fields["structures"]]
    assert kinds == ["isbt128_other", "din", "product_divisions", "expiry_date"]
    assert read.fields["structures"][1]["din"] == "A999917123456"
    assert read.fields["structures"][3]["local_date"] == "2019-01-31"


def test_compound_message_with_the_wrong_count_is_refused():
    with pytest.raises(InputError, match="announces 3 data structures and holds 2"):
        scan.read("=+03000=G12341765432170&>0263371424")


def test_expiry_date_and_time():
    # DOMAIN.md: 2025-12-31 14:00 -> &>0253651400.
    read = scan.read("&>0253651400")
    assert read.kind == "expiry" and read.fields["local_time"] == "2025-12-31T14:00"
    with pytest.raises(InputError, match="day 366 does not exist in 2025"):
        scan.read("&>0253661400")
    with pytest.raises(InputError, match="not a time of day"):
        scan.read("&>0253652460")


def test_product_code_structure():
    read = scan.read("=<S1234V00")
    assert read.kind == "product_code" and read.fields["product_code"] == "S1234V00"
    assert read.fields["category"] == "cellular therapy" and read.fields["divided"] == "not divided"
    assert scan.read("=<S1234A99").fields["divided"].startswith("see the product divisions")
    assert scan.read("=<S1234VAb").fields["division"] == "Ab"
    for bad, message in [("=<s1234V00", "starts with a capital letter"), ("=<S12-4V00", "capital letters or digits"),
                         ("=<S1234Z00", "not an ISBT 128 type of collection"), ("=<S1234Vab", "division code")]:
        with pytest.raises(InputError, match=message):
            scan.read(bad)


def test_patient_identification_number():
    read = scan.read("&#0006ABC123")
    assert read.kind == "patient_id" and read.fields["patient_id"] == "ABC123"
    with pytest.raises(InputError, match="should have 7"):
        scan.read("&#0007ABC123")


@pytest.mark.parametrize("prefix", ["]C0", "]C1", "]d2", "]d1"])
def test_aim_symbology_identifiers_are_stripped(prefix):
    read = scan.read(prefix + "=G12341765432170")
    assert read.kind == "din" and read.symbology == prefix


def test_something_else_is_named_for_what_it_is():
    with pytest.raises(InputError) as caught:
        scan.expect("=<S1234V00", "din", "din")
    assert caught.value.field == "din"
    assert caught.value.message == "this is the product code: scan the DIN (Donation Identification Number)"
    with pytest.raises(InputError, match="this is the expiration date and time: scan the product code"):
        scan.expect("&>0253651400", "product_code", "product_code")
    with pytest.raises(InputError, match="scan one bar code at a time"):
        scan.read("=<S1234V00=G12341765432170")


def test_the_din_inside_a_compound_message_is_taken_by_the_din_field():
    assert parse_din("=+02000=G12341765432170&>0263371424") == "G123417654321A"


def test_form_din_field_goes_through_the_router():
    assert parse_din("=G12341765432170") == "G123417654321A"
    with pytest.raises(InputError, match="this is the product code"):
        parse_din("=<S1234V00")
    with pytest.raises(InputError, match="check flags 71"):
        parse_din("=G12341765432171")


# --- keyboard layouts ----------------------------------------------------------------------

def typed_under(layout: str, text: str) -> str:
    """What a scanner set for a US keyboard types under `layout`."""
    mapping = scan._LAYOUTS[layout][1]
    return "".join(mapping.get(char, char) for char in text)


@pytest.mark.parametrize("layout, name", [("de", "German"), ("fr", "French"), ("ja", "Japanese")])
@pytest.mark.parametrize("data", ["=G12341765432170", "=<S1234V00", "&>0263371424",
                                  "=+02000=G12341765432170&>0263371424"])
def test_a_scan_under_another_keyboard_layout_is_read_back_and_named(layout, name, data):
    typed = typed_under(layout, data)
    assert typed != data
    read = scan.read(typed)
    assert read.data == data and read.layout == name and read.as_scanned == typed


def test_a_german_dead_key_composed_with_the_next_letter():
    assert scan.read("Ǵ12341765432170").data == "=G12341765432170"


def test_a_layout_mismatch_that_does_not_read_is_named_not_guessed():
    with pytest.raises(InputError, match="looks typed under a German keyboard layout"):
        scan.read("´G12341765432171")     # wrong check flags, whatever the layout


def test_cli_scan_prints_one_json_object(capsys):
    assert main(["scan", "=G12341765432170"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["kind"] == "din" and out["din"] == "G123417654321" and out["check_character"] == "A"
    assert out["flags"] == "70"
    assert main(["scan", "=G12341765432171"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1 and "check flags" in captured.err


# --- properties ----------------------------------------------------------------------------

DIN_FIRST = "ABCDEFGHIJKLMNPQRSTUVWXYZ123456789"
dins = st.builds(lambda first, digits: first + digits, st.sampled_from(DIN_FIRST),
                 st.text("0123456789", min_size=12, max_size=12))


@FAST
@given(dins)
def test_every_din_with_its_check_flags_reads_back(din13):
    flags = 60 + "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*".index(check_character(din13))
    read = scan.read(f"={din13}{flags}")
    assert read.fields["din"] == din13 and read.fields["check_character"] == check_character(din13)


@FAST
@given(dins, st.integers(60, 96))
def test_wrong_check_flags_are_always_refused(din13, flags):
    right = 60 + "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*".index(check_character(din13))
    if flags == right:
        assert scan.read(f"={din13}{flags}").kind == "din"
    else:
        with pytest.raises(InputError):
            scan.read(f"={din13}{flags}")


@FAST
@given(dins, st.sampled_from(["de", "fr", "ja"]))
def test_a_din_under_any_layout_is_read_right_or_refused_never_misread(din13, layout):
    flags = 60 + "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*".index(check_character(din13))
    data = f"={din13}{flags}"
    try:
        read = scan.read(typed_under(layout, data))
    except InputError:
        return
    assert read.data == data


@FAST
@given(st.text(min_size=1, max_size=40))
def test_any_text_is_read_or_refused_with_one_line(text):
    try:
        read = scan.read(text)
    except InputError as error:
        assert "\n" not in error.message and error.message
        return
    assert read.kind in scan.KIND_NAMES or read.kind == "compound"
