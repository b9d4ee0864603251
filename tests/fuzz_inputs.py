"""Hostile inputs for the fuzz tests (tests/test_fuzz.py) and the long run (tools/fuzz.py).

Command lines start most often from a valid command and spoil one to three of its values,
so that the spoiled value reaches the depths of the calculation rather than the first
check; protocol files start from a shipped protocol and change, drop or add keys. Each
run is judged by `judge_cli` / `judge_protocols`: a failure is a traceback (any exception
other than the program's own exit), or a broken promise of the contract (exit 2 with more
than one line, output on stdout, a file written; JSON with NaN or Infinity).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import string
import time
import tomllib
import traceback
from dataclasses import dataclass
from pathlib import Path

from hypothesis import strategies as st

from mscprep.form.fields import FIELDS

ROOT = Path(__file__).resolve().parent.parent
PROTOCOL_DIR = ROOT / "resources" / "protocols"
PROTOCOL_IDS = sorted(path.stem for path in PROTOCOL_DIR.glob("*.toml"))

VALID_COMMANDS = (
    ["--weight", "70 kg", "--dose", "1e6 cell/kg", "--concentration", "1e7 cell/mL", "--viability", "90%",
     "--final-volume", "50 mL", "--duration", "30 min"],
    ["--protocol", "temcell", "--weight", "60 kg"],
    ["--protocol", "generic-iv-msc", "--weight", "70 kg", "--concentration", "1e7 cell/mL", "--viability", "90%",
     "--thawed-at", "2026-11-23T09:30", "--now", "2026-11-23T10:00"],
    ["--protocol", "ucmsc-frailty", "--weight", "70 kg", "--concentration", "1e7 cell/mL", "--viability", "90%",
     "--randomisation-code", "UC-017", "--randomisation-list", "{lists}/good.csv"],
    ["--protocol", "secretome-nebulized", "--first-dose-at", "2026-11-24T08:00"],
    ["--protocol", "temcell", "--weight", "60 kg", "--dose-number", "3", "--previous-dose-at", "2026-11-20T10:00",
     "--now", "2026-11-23T10:00"],
    ["--weight", "70 kg", "--dose", "1e8 cell", "--hemocytometer", "45, 43, 47, 44", "--dead", "3, 4, 2, 3",
     "--dilution-factor", "2", "--rate", "4 mL/min", "--dmso", "10%", "--max-container-volume", "20 mL"],
    ["--protocol", "adipose-msc-fixed", "--weight", "80 kg", "--concentration", "2e7 cell/mL", "--viability", "85%"],
    ["--weight", "70 kg", "--dose", "1e6 cell/kg", "--cells-in-product", "72e6 cell", "--product-volume", "10.8 mL",
     "--viability", "95%", "--dilution-mode", "in_line", "--in-line-ratio", "3", "--product-rate", "1 mL/min",
     "--administration", "gravity"],
)

FLAGS = [spec.flag for spec in FIELDS] + ["--protocol", "--now", "--override"]

HOSTILE_NUMBERS = ["1e400", "1x10^999", "1×10^309", "2×10⁹⁹⁹", "1e-400", "-1", "0", "0.0000001", "9" * 60,
                   "1" + "0" * 100, "1e308", "1.7976931348623157e308", "5e-324", "1e+99999999999", "1x10^-999",
                   ".5", "5.", "00000", "+0", "-0", "1_000", "1,5", "1.2.3"]
HOSTILE_UNITS = ["kg", "mL", "L", "cell/mL", "cell/kg", "cell", "mL/min", "min", "h", "day", "%", "g/kg",
                 "drop/mL", "km^300/m^297", "mL^99", "mL**-99", "kg*kg/kg", "(kg", "kg)", "µL", "μL", "cc", "lb",
                 "Gcell/µL", "mL/s", "s", "ms", "year", "percent", "ppm", "", " ", "kg kg", "1/min", "m^3",
                 "delta_degC", "degC", "K", "mol", "Bq", "pi", "inf", "nan"]
HOSTILE_TEXTS = ["", " ", "nan", "NaN", "inf", "-inf", "Infinity", "None", "null", "true", "\x00", "\n", "a\nb",
                 "70 kg\nX", "\u202eevil", "\u2066iso\u2069", "\ufeff70 kg", "😀", "🧪 test", "محمد علي", "שלום",
                 "Yamada 花子", "é" * 130, "x" * 500, "'; DROP TABLE records; --", "%s%n%x", "{}", "{0}", "[]",
                 "--weight", "-", "0001-01-01T00:00", "9999-12-31T23:59:59", "10000-01-01", "2026-02-30T10:00",
                 "2026-11-23T25:00", "2026-11-23T10:00+23:59", "2026-11-23T10:00-23:59", "1970-01-01", "2026-11-23",
                 "rate_above_max=ordered by Dr Sato", "=", "a=", "=b", "x=\n", "CODE=\u202e", "/dev/zero",
                 "/dev/null", "/", "/nonexistent/x.csv", "{lists}/good.csv", "{lists}/semicolon.csv",
                 "{lists}/utf16.csv", "{lists}/header.csv", "{lists}/no_arm.csv", "{lists}/duplicate.csv",
                 "{lists}/latin1.csv", "{lists}/fifo.csv", "{lists}", "{lists}/binary.csv", "{lists}/huge.csv",
                 "UC-017", "uc-017", "UC-999", "in_line", "gravity", "syringe_push", "yes", "no", "total",
                 "viable", "bone_marrow", "saline", "45,43,47,44", "0,0,0,0", "1" * 200, "1," * 60,
                 "=A99992112345600", "A999921123456", "A9999211234567", "temcell", "TEMCELL", "none", "../x"]


def _quantity_texts():
    number = st.one_of(st.sampled_from(HOSTILE_NUMBERS),
                       st.floats(allow_nan=True, allow_infinity=True).map(repr),
                       st.integers(-10**30, 10**30).map(str))
    unit = st.sampled_from(HOSTILE_UNITS)
    spacing = st.sampled_from([" ", "", "  ", "\t", "\u00a0"])
    return st.builds(lambda n, s, u: f"{n}{s}{u}", number, spacing, unit)


def values():
    return st.one_of(_quantity_texts(), st.sampled_from(HOSTILE_TEXTS),
                     st.text(max_size=30), st.text(alphabet=string.printable, max_size=30))


DATE_FLAGS = {"--now", "--thawed-at", "--previous-dose-at", "--first-dose-at"}
HOSTILE_DATES = ["0001-01-01T00:00", "9999-12-31T23:59", "9999-12-31T23:59-23:59", "0001-01-01T00:00+23:59",
                 "1999-12-31T23:59", "2099-12-31T23:59", "2100-01-01T00:00", "2026-11-23T09:30", "2026-11-23",
                 "2026-W48-1", "20261123T0930", "2026-11-23T09:30:00.000000001", "2026-11-23 09:30Z"]
LISTS = ["{lists}/good.csv", "{lists}/semicolon.csv", "{lists}/utf16.csv", "{lists}/header.csv",
         "{lists}/no_arm.csv", "{lists}/duplicate.csv", "{lists}/latin1.csv", "{lists}/fifo.csv", "{lists}",
         "{lists}/binary.csv", "{lists}/huge.csv", "/dev/zero", "/dev/null", "{lists}/missing.csv"]


def aimed_values(flag: str):
    """Values aimed at what the flag reads: dates at date flags, files at the list."""
    if flag in DATE_FLAGS:
        return st.sampled_from(HOSTILE_DATES)
    if flag == "--randomisation-list":
        return st.sampled_from(LISTS)
    if flag == "--randomisation-code":
        return st.sampled_from(["UC-017", "uc-017 ", "UC-018", "É-1", "UC-999", ""])
    if flag == "--protocol":
        return st.sampled_from(PROTOCOL_IDS + ["TEMCELL", "none", "None", "../defaults", "temcell.toml", ""])
    return _quantity_texts()


@st.composite
def command_lines(draw, *, sheets: bool = True):
    """An argv for `mscprep`: a valid command with a few values spoiled or flags added,
    now and then a bare jumble of flags and texts."""
    choices = ["plan", "plan", "plan", "plan --json"] + (["sheet"] if sheets else []) + ["protocols", "jumble"]
    command = draw(st.sampled_from(choices))
    if command == "protocols":
        return ["protocols"] + draw(st.sampled_from([[], ["--json"], ["--jsn"], ["extra"]]))
    if command == "jumble":
        return draw(st.lists(st.one_of(st.sampled_from(["plan", "sheet", "protocols", "-o", "--json"] + FLAGS),
                                       values()), max_size=8))
    argv = list(draw(st.sampled_from(VALID_COMMANDS)))
    for _ in range(draw(st.integers(1, 3))):
        flag = draw(st.sampled_from(FLAGS))
        value = draw(st.one_of(values(), aimed_values(flag)))
        if flag in argv and draw(st.booleans()):
            argv[argv.index(flag) + 1] = value
        else:
            argv += [flag, value]
    if draw(st.integers(0, 9)) == 0:   # a flag without its value, at the end
        argv.append(draw(st.sampled_from(FLAGS)))
    if command == "sheet":
        argv = ["sheet"] + argv + ["-o", "{out}/sheet.pdf"]
        if draw(st.booleans()):
            argv += ["--pharmacy-sheet", draw(st.sampled_from(["{out}/pharmacy.pdf", "{out}/missing/p.pdf"]))]
        if draw(st.integers(0, 4)) == 0:
            argv += ["--language", draw(st.sampled_from(["ja", "zh", "xx", "en\n"]))]
    else:
        argv = command.split() + argv
    return argv


# --- randomisation lists used by the command lines ---------------------------------------

def make_lists(folder: Path) -> None:
    """The randomisation lists that command lines name as {lists}/NAME."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = "UC-017,active\nUC-018,placebo\n"
    (folder / "good.csv").write_text("code,arm\n" + rows, encoding="utf-8")
    (folder / "semicolon.csv").write_text("code;arm\r\nUC-017;placebo\r\n", encoding="utf-8-sig")
    (folder / "utf16.csv").write_text("code\tarm\nUC-017\tactive\n", encoding="utf-16")
    (folder / "header.csv").write_text("Code,Arm\nUC-017,placebo\n", encoding="utf-8")
    (folder / "no_arm.csv").write_text("code,arm\nUC-017\n", encoding="utf-8")
    (folder / "duplicate.csv").write_text("code,arm\nUC-017,active\nuc-017,placebo\n", encoding="utf-8")
    (folder / "latin1.csv").write_text("code;arm\nUC-017;placebo\nÉ-1;active\n", encoding="latin-1")
    (folder / "binary.csv").write_bytes(bytes(range(256)) * 4)
    (folder / "huge.csv").write_bytes(b"code,arm\n" + b"X" * (3 * 1024 * 1024))
    fifo = folder / "fifo.csv"
    if not fifo.exists() and hasattr(os, "mkfifo") and not os.environ.get("FUZZ_NO_FIFO"):
        os.mkfifo(fifo)


# --- running and judging -----------------------------------------------------------------

@dataclass
class Outcome:
    argv: list
    status: object
    stdout: str
    stderr: str
    seconds: float
    problem: str | None        # None: the program kept its promises
    cause: str | None = None   # where it failed: exception type and innermost mscprep frame


def _cause(error: BaseException) -> str:
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if "mscprep" in frame.filename]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    return f"{type(error).__name__} at {where}"


def _no_constants(name):
    raise ValueError(f"JSON holds {name}")


def run_cli(argv: list[str], lists: Path, out: Path) -> Outcome:
    """Run `mscprep` in this process and judge it."""
    from mscprep import cli
    argv = [arg.replace("{lists}", str(lists)).replace("{out}", str(out)) for arg in argv]
    for old in out.iterdir():
        if old.is_file():
            old.unlink()
    stdout, stderr = io.StringIO(), io.StringIO()
    start = time.perf_counter()
    problem = cause = None
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            status = cli.main(argv)
    except SystemExit as done:
        status = done.code
    except BaseException as error:   # noqa: BLE001 - the very thing looked for
        status = "traceback"
        problem = "".join(traceback.format_exception(error))
        cause = _cause(error)
    seconds = time.perf_counter() - start
    out_text, err_text = stdout.getvalue(), stderr.getvalue()
    written = sorted(path.name for path in out.iterdir() if path.is_file())
    if problem is None:
        problem = _broken_promise(argv, status, out_text, err_text, written)
        cause = problem.split(":")[0] if problem else None
    return Outcome(argv, status, out_text, err_text, seconds, problem, cause)


def _broken_promise(argv, status, out_text, err_text, written) -> str | None:
    if status not in (0, 1, 2, 3, None):
        return f"exit status {status!r}"
    if status == 2:
        if err_text.count("\n") != 1 or not err_text.endswith("\n"):
            return f"exit 2 message not one line: {err_text!r}"
        if out_text and "--help" not in argv and "-h" not in argv:
            return f"exit 2 with output on stdout: {out_text[:200]!r}"
    if status in (1, 2) and written and argv and argv[0] == "sheet":
        return f"file written by a failed command: {written}"
    if "--json" in argv and status in (0, 3) and argv[0] == "plan":
        try:
            json.loads(out_text, parse_constant=_no_constants)
        except ValueError as error:
            return f"JSON output not valid: {error}"
    if argv and argv[0] == "sheet" and status in (0, 3) and "sheet.pdf" not in written:
        return "sheet exited OK but wrote no PDF"
    return None


# --- protocol files ----------------------------------------------------------------------

def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        text = repr(value)
        return {"nan": "nan", "inf": "inf", "-inf": "-inf"}.get(text, text)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(str(k))} = {toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(type(value))


def toml_text(table: dict) -> str:
    lines = [f"{json.dumps(str(k))} = {toml_value(v)}" for k, v in table.items() if not isinstance(v, dict)]
    for key, sub in table.items():
        if isinstance(sub, dict):
            lines.append(f"[{json.dumps(str(key))}]")
            lines += [f"{json.dumps(str(k))} = {toml_value(v)}" for k, v in sub.items()]
    return "\n".join(lines) + "\n"


def shipped_tables() -> dict[str, dict]:
    return {path.stem: tomllib.loads(path.read_text(encoding="utf-8")) for path in PROTOCOL_DIR.glob("*.toml")}


def toml_values():
    scalars = st.one_of(st.sampled_from(HOSTILE_TEXTS), _quantity_texts(), st.integers(-10**20, 10**20),
                        st.floats(), st.booleans(), st.text(max_size=20))
    return st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                         st.dictionaries(st.text(max_size=8), inner, max_size=3)),
                        max_leaves=6)


PROTOCOL_KEYS = ["schema", "id", "name", "version", "route", "source_tissue", "donor", "indication", "reference",
                 "url", "notes", "defaults", "limits", "sources", "line_requirements", "product_density", "course",
                 "aliquots", "blinding"]
SUB_KEYS = ["dose", "weight", "rate", "duration", "final_volume", "concentration", "viability", "dmso", "basis",
            "diluent", "max_dose", "max_dose_per_kg", "min_dose", "dmso_limit", "anticoagulation_dose",
            "stability", "max_rate", "max_container_volume", "gravimetric_tolerance", "min_viability",
            "min_in_line_ratio", "doses", "interval", "min_interval", "dose_volume", "overfill", "doses_per_day",
            "days", "times", "placebo", "label_product", "source", "x"]


@st.composite
def protocol_files(draw) -> tuple[str, str | bytes]:
    """(file name, content) of one protocol file: a shipped one with changes, or junk."""
    tables = shipped_tables()
    name = draw(st.sampled_from(sorted(tables)))
    table = json.loads(json.dumps(tables[name]))
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return f"{name}.toml", draw(st.binary(max_size=200))
    if kind == 1:
        nested = "x = " + "[" * draw(st.integers(1, 2000)) + "]" * draw(st.integers(0, 3))
        return f"{name}.toml", nested
    for _ in range(draw(st.integers(1, 4))):
        key = draw(st.sampled_from(PROTOCOL_KEYS))
        action = draw(st.sampled_from(["set", "drop", "sub", "sub", "sub"]))
        if action == "drop":
            table.pop(key, None)
        elif action == "set" or not isinstance(table.get(key), dict):
            table[key] = draw(toml_values())
        else:
            table[key][draw(st.sampled_from(SUB_KEYS))] = draw(toml_values())
    text = toml_text(table)
    if draw(st.integers(0, 5)) == 0:
        text = "\ufeff" + text
    file_name = draw(st.sampled_from([f"{name}.toml", f"{name.upper()}.toml", "other.toml"]))
    return file_name, text
