"""Bad input never crashes: every value is bounded before arithmetic, every message is one
visible line, names hold only what prints, and a failed command writes no file."""

import contextlib
import io
import json
import re

import pytest

from mscprep import cli
from mscprep.errors import InputError, quoted
from mscprep.form.fields import field
from mscprep.form.parse import parse_datetime

from helpers import plan

CONTRACT = ["--weight", "70 kg", "--dose", "1e6 cell/kg", "--concentration", "1e7 cell/mL",
            "--viability", "90%", "--final-volume", "50 mL", "--duration", "30 min"]


def run(*argv):
    """`mscprep` in this process: (exit status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = cli.main(list(argv))
        except SystemExit as done:
            status = done.code
    return status, out.getvalue(), err.getvalue()


def one_line_error(status, out, err) -> str:
    assert status == 2 and out == ""
    assert err.endswith("\n") and err.count("\n") == 1, err
    return err


@pytest.mark.parametrize("text, message", [
    ("1x10^999 kg", "too large a number"),
    ("1×10^309 kg", "too large a number"),
    ("2×10⁹⁹⁹ kg", "too large a number"),
    ("1e400 kg", "too large a number"),
    ("1e+99999999999 kg", "too large a number"),
    ("9" * 100 + " kg", "outside the possible range"),
    ("1e-400 kg", "must be more than zero"),
    ("1x10^-999 kg", "must be more than zero"),
    ("nan kg", "does not start with a number"),
    ("inf kg", "does not start with a number"),
    ("Infinity kg", "does not start with a number"),
    ("1e308 kg", "too large a number"),
    ("1e308 lb", "too large a number"),
])
def test_huge_tiny_and_non_numbers_are_input_errors(text, message):
    with pytest.raises(InputError, match=message) as raised:
        field("weight").parse(text)
    assert raised.value.field == "weight"


def test_a_unit_that_overflows_when_converted_is_refused():
    # km^300/m^297 is a volume on paper; converted, 1000^300 overflows.
    with pytest.raises(InputError, match="too large a number in that unit"):
        field("final_volume").parse("1 km^300/m^297")


@pytest.mark.parametrize("flag", ["--now", "--thawed-at", "--previous-dose-at"])
@pytest.mark.parametrize("moment", ["0001-01-01T00:00", "9999-12-31T23:59", "2026-11-23T10:00-23:59".replace("2026", "9999"),
                                    "1970-01-01T00:00"])
def test_dates_outside_the_plausible_window_are_one_line_input_errors(flag, moment):
    argv = ["plan", "--protocol", "temcell", "--weight", "60 kg", "--stability", "3 h", flag, moment]
    if flag == "--previous-dose-at":
        argv += ["--dose-number", "2"]
    err = one_line_error(*run(*argv))
    assert err.startswith(f"mscprep: {flag}: '{moment}' is outside the possible dates 2000-01-01 to 2099-12-31")


def test_a_date_in_the_window_is_read():
    from datetime import datetime, timezone
    assert parse_datetime("2026-11-23T09:30+01:00", "now") == datetime(2026, 11, 23, 8, 30, tzinfo=timezone.utc)


def test_year_10000_is_not_a_date():
    with pytest.raises(InputError, match="is not a date and time"):
        parse_datetime("10000-01-01T00:00", "now")


def test_an_echoed_newline_stays_one_visible_line():
    err = one_line_error(*run("plan", *CONTRACT[:2], "--dose", "1e6 cell/kg\nrm -rf /", *CONTRACT[4:]))
    assert "\\n" in err and err.startswith("mscprep: --dose:")
    err = one_line_error(*run("plan", "--paper\nX"))
    assert "\\n" in err


def test_messages_escape_and_shorten_what_they_quote():
    error = InputError("weight", "'a\nb\u202ec' is wrong")
    assert error.message == "'a\\nb\\u202ec' is wrong"
    assert quoted("x" * 500) == "'" + "x" * 59 + "…'"
    collected = InputError.collected([("a", "1\n2"), ("b", "3\r4")])
    assert collected.errors == (("a", "1\\n2"), ("b", "3\\r4"))


# --- names and free text --------------------------------------------------------------------

@pytest.mark.parametrize("name, message", [
    ("Hanako\u202eYamada", "invisible formatting character (U+202E RIGHT-TO-LEFT OVERRIDE)"),
    ("Hanako\u2066Yamada", "U+2066"),
    ("Hanako\x00", "control character (U+0000"),
    ("Hanako\nYamada", "line break"),
    ("Hanako \U0001F9EA", "'🧪' (U+1F9EA TEST TUBE), which the printed sheet cannot show"),
    ("สมชาย", "which the printed sheet cannot show"),
])
def test_names_refuse_control_bidi_and_undrawable_characters(name, message):
    with pytest.raises(InputError, match=re.escape(message)) as raised:
        field("patient_name").parse(name)
    assert "\n" not in raised.value.message


@pytest.mark.parametrize("name", ["محمد علي", "שרה כהן", "Yamada 花子", "Zoë O'Brien-Łukasiewicz", "Ἀθηνᾶ"])
def test_names_in_any_script_the_sheet_draws_are_accepted(name):
    assert field("patient_name").parse(name) == name


def test_a_file_name_is_not_held_to_the_printable_characters():
    assert field("randomisation_list").parse("/secure/😀 lists/r.csv") == "/secure/😀 lists/r.csv"
    with pytest.raises(InputError, match="line break"):
        field("randomisation_list").parse("/secure/a\nb.csv")


def test_right_to_left_names_print_joined_and_in_reading_order(tmp_path):
    import subprocess
    import unicodedata
    from mscprep.printing.sheet import write_sheet
    path = tmp_path / "sheet.pdf"
    write_sheet(plan(patient_name="محمد علي", prepared_by="שרה כהן", patient_id="MRN-7"), path)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    # pdftotext gives the logical order back; Arabic comes as its joined presentation forms.
    normal = unicodedata.normalize("NFKC", text)
    assert "محمد علي" in normal and "שרה כהן" in normal
    assert "ﻣﺤﻤﺪ" in text          # initial, medial, medial, final forms: the letters are joined


def test_shaping_puts_right_to_left_runs_in_display_order():
    from mscprep.printing.fonts import shape
    assert shape("Hanako Yamada") == "Hanako Yamada"
    assert shape("שלום 12") == "12 םולש"
    assert shape("ID: שלום") == "ID: םולש"
    assert shape("لا") == "\ufefb"           # lam-alef ligature, which DejaVu Sans draws


def test_coverage_list_matches_the_embedded_fonts():
    import subprocess
    import sys
    from helpers import ROOT
    result = subprocess.run([sys.executable, "tools/font_coverage.py", "--check"], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# --- JSON and files ---------------------------------------------------------------------------

def test_json_never_holds_nan_or_infinity(monkeypatch):
    from mscprep.preparation.kinds.intravenous import Plan
    real = Plan.to_dict
    monkeypatch.setattr(Plan, "to_dict", lambda self: dict(real(self), dose={"value": float("inf"), "unit": "cell"}))
    err = one_line_error(*run("plan", *CONTRACT, "--json"))
    assert "not a finite number" in err


def test_plan_json_is_strict_json():
    status, out, _ = run("plan", *CONTRACT, "--json")
    assert status == 0
    json.loads(out, parse_constant=lambda name: pytest.fail(f"JSON holds {name}"))


def test_a_failed_second_sheet_leaves_no_first(tmp_path):
    ward = tmp_path / "ward.pdf"
    argv = ["sheet", "--protocol", "ucmsc-frailty", "--weight", "70 kg", "--concentration", "1e7 cell/mL",
            "--viability", "90%", "--randomisation-code", "UC-017",
            "--randomisation-list", str(tmp_path / "list.csv"), "-o", str(ward)]
    (tmp_path / "list.csv").write_text("code,arm\nUC-017,active\n", encoding="utf-8")
    err = one_line_error(*run(*argv, "--pharmacy-sheet", str(tmp_path / "missing" / "pharmacy.pdf")))
    assert err.startswith("mscprep: --pharmacy-sheet: cannot write")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["list.csv"]
    status, _, _ = run(*argv, "--pharmacy-sheet", str(tmp_path / "pharmacy.pdf"))
    assert status == 0 and ward.read_bytes().startswith(b"%PDF")


def test_a_pharmacy_copy_of_a_plain_plan_writes_nothing(tmp_path):
    err = one_line_error(*run("sheet", *CONTRACT, "-o", str(tmp_path / "ward.pdf"),
                              "--pharmacy-sheet", str(tmp_path / "pharmacy.pdf")))
    assert "--pharmacy-sheet" in err and list(tmp_path.iterdir()) == []


def test_an_existing_sheet_is_kept_when_the_new_one_fails(tmp_path):
    ward = tmp_path / "ward.pdf"
    ward.write_bytes(b"%PDF old")
    one_line_error(*run("sheet", *CONTRACT, "-o", str(ward), "--pharmacy-sheet", str(ward)))
    assert ward.read_bytes() == b"%PDF old"
    one_line_error(*run("sheet", *CONTRACT, "-o", str(tmp_path)))   # a folder
    assert sorted(path.name for path in tmp_path.iterdir()) == ["ward.pdf"]
