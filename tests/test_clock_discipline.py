"""Instants are compared and subtracted in UTC; only mscprep/clock.py touches the site's zone.

Python compares and subtracts two datetimes that share one zoneinfo zone by their wall-clock
fields (fold ignored): in the hour the clocks go back, a product 40 minutes past its use-by
compared as "not yet". The program avoids the question by design: every instant is UTC (or
a fixed offset read back from a record, which compares as the instant it is), and a datetime
in a zone with changing offsets exists only inside mscprep/clock.py, which hands out UTC
instants and texts. This scan keeps it so: outside clock.py, no module of mscprep/ or ui/
may build a datetime in such a zone. The scanner itself is tested on code that breaks each
rule, so it cannot pass by accident.
"""

from __future__ import annotations

import ast
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CLOCK = ROOT / "mscprep" / "clock.py"
_UTC_NAMES = {"timezone.utc", "UTC", "clock.UTC", "site_clock.UTC", "datetime.timezone.utc", "dt.timezone.utc"}
_ZONE_MODULES = {"zoneinfo", "tzlocal", "dateutil", "pytz"}


def _dotted(node) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def _is_utc(node) -> bool:
    return _dotted(node) in _UTC_NAMES


def violations(source: str, name: str = "<code>") -> list[str]:
    """Where `source` could make a datetime in a zone with changing offsets, or reach into
    the clock module's private reading of the site's zone."""
    found = []
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}

    def report(node, what: str) -> None:
        found.append(f"{name}:{node.lineno}: {what}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in _ZONE_MODULES:
                    report(node, f"imports {alias.name} (time zones belong to mscprep/clock.py)")
        elif isinstance(node, ast.ImportFrom):
            if (node.module or "").split(".")[0] in _ZONE_MODULES:
                report(node, f"imports from {node.module} (time zones belong to mscprep/clock.py)")
        elif isinstance(node, ast.Name) and node.id in ("ZoneInfo", "tzinfo"):
            report(node, f"uses {node.id}")
        elif isinstance(node, ast.Attribute):
            if node.attr.startswith("_") and not node.attr.startswith("__") and _dotted(node.value) in (
                    "clock", "site_clock", "mscprep.clock"):
                report(node, f"reaches into the clock module ({node.attr})")
        elif isinstance(node, ast.Call):
            function = _dotted(node.func)
            for keyword in node.keywords:
                if keyword.arg == "tzinfo" and not _is_utc(keyword.value):
                    report(node, "places a datetime in a zone other than UTC (tzinfo=)")
                if keyword.arg == "fold":
                    report(node, "sets fold (a wall-clock time that happens twice)")
            if function.endswith(".astimezone") and node.args and not _is_utc(node.args[0]):
                report(node, "converts to a zone other than UTC (astimezone)")
            if function in ("datetime.now", "datetime.datetime.now") and not (node.args and _is_utc(node.args[0])):
                parent = parents.get(node)
                formatted = (isinstance(parent, ast.Attribute)
                             and parent.attr in ("strftime", "isoformat", "astimezone", "timestamp"))
                if not formatted:
                    report(node, "takes the wall clock (datetime.now without UTC) as a value")
            if function in ("datetime.fromtimestamp", "datetime.datetime.fromtimestamp") and not (
                    len(node.args) > 1 and _is_utc(node.args[1])):
                report(node, "reads a timestamp on the wall clock (fromtimestamp without UTC)")
    return found


def _package_files():
    for folder in ("mscprep", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path != CLOCK:
                yield path


def test_no_module_but_the_clock_makes_a_datetime_in_a_zone_with_changing_offsets():
    problems = [problem for path in _package_files()
                for problem in violations(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))]
    assert problems == []


def test_the_scan_covers_the_package():
    names = {path.relative_to(ROOT).as_posix() for path in _package_files()}
    assert {"mscprep/preparation/checks.py", "mscprep/preparation/course.py", "mscprep/documents/status.py",
            "ui/timeline.py"} <= names
    assert "mscprep/clock.py" not in names


@pytest.mark.parametrize("code", [
    "from zoneinfo import ZoneInfo\nx = ZoneInfo('Europe/Berlin')",
    "import zoneinfo",
    "import tzlocal",
    "moment.astimezone(zone)",
    "moment.astimezone(clock.site_zone())",
    "moment.replace(tzinfo=zone)",
    "datetime.combine(day, when, tzinfo=zone)",
    "datetime(2026, 10, 25, 2, 40, fold=1)",
    "now = datetime.now()",
    "if datetime.now() > use_by: pass",
    "datetime.now(zone)",
    "datetime.fromtimestamp(stamp)",
    "clock._local(moment)",
])
def test_the_scan_finds_each_way_to_a_wall_clock_datetime(code):
    assert violations(code) != []


@pytest.mark.parametrize("code", [
    "datetime.now(timezone.utc)",
    "moment.astimezone(timezone.utc)",
    "moment.astimezone()",                       # a fixed offset: compares as the instant
    "datetime.now().strftime('%Y%m%d')",         # formatted at once (a file name)
    "clock.now() >= clock.later(thawed, window)",
    "datetime.combine(day, when, tzinfo=timezone.utc)",
])
def test_the_scan_lets_utc_and_fixed_offsets_through(code):
    assert violations(code) == []


def test_why_it_matters_python_compares_one_zone_on_the_wall_clock():
    """The trap the scan keeps out, shown with zoneinfo itself (so a Python that changed
    the rule would show here first)."""
    from zoneinfo import ZoneInfo
    berlin = ZoneInfo("Europe/Berlin")
    use_by = datetime(2026, 10, 25, 0, 40, tzinfo=timezone.utc).astimezone(berlin)   # 02:40+02:00
    now = datetime(2026, 10, 25, 1, 20, tzinfo=timezone.utc).astimezone(berlin)      # 02:20+01:00
    assert now < use_by                                   # the wall clock: 40 min past reads as before
    assert now.astimezone(timezone.utc) > use_by.astimezone(timezone.utc)
    assert (now - use_by) == timedelta(minutes=-20)       # and subtracts as -20 min instead of +40
