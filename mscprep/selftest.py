"""Installation / operational qualification: the reference cases shipped in
resources/reference_cases.toml, computed through prepare() (the entry the GUI and CLI use,
for every kind of preparation) and compared with the expected figures of their JSON form."""

from __future__ import annotations

import math
import tomllib
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from . import clock
from .din import check_character, expiry_data_structure
from .errors import InputError
from .preparation.build import prepare
from .resources import resource_dir, resource_path
from .units import ureg

RELATIVE_TOLERANCE = 1e-9


@dataclass
class SelftestReport:
    lines: list[str] = field(default_factory=list)
    passed: int = 0
    failed: int = 0

    def check(self, ok: bool, name: str, detail: str = "") -> None:
        if ok:
            self.passed += 1
            self.lines.append(f"ok    {name}")
        else:
            self.failed += 1
            self.lines.append(f"FAIL  {name}: {detail}")


def load_cases() -> dict:
    with open(resource_path("reference_cases.toml"), "rb") as handle:
        return tomllib.load(handle)


def _lookup(data: dict, path: str):
    """A value of the JSON form by dotted path ('aliquots.count', 'blinded.arm', 'bags.0.cells')."""
    for part in path.split("."):
        if isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        elif isinstance(data, dict) and part in data:
            data = data[part]
        else:
            return None
    return data


def _differs(key: str, actual, expected) -> str | None:
    """Why `actual` (a JSON value) is not `expected` (a reference value), or None."""
    if actual is None:
        return f"{key} is empty, expected {expected}"
    if isinstance(expected, bool) or (isinstance(expected, str) and not isinstance(actual, (dict, int, float))):
        if isinstance(expected, str) and isinstance(actual, str) and _is_moment(expected):
            same = datetime.fromisoformat(actual) == datetime.fromisoformat(expected)   # the same instant
            return None if same else f"{key} is {actual!r}, expected {expected!r}"
        return None if actual == expected else f"{key} is {actual!r}, expected {expected!r}"
    if isinstance(expected, (int, float)):
        want = ureg.Quantity(expected)
    else:
        try:
            want = ureg.Quantity(expected)
        except Exception:  # reference data error: report it, do not crash the self-test
            return f"{key}: reference value '{expected}' does not parse"
    got = ureg.Quantity(actual["value"], actual["unit"]) if isinstance(actual, dict) else ureg.Quantity(actual)
    if got.dimensionality != want.dimensionality:
        return f"{key} is {got:~P}, expected {expected}"
    value, target = float(got.m_as(want.units)), float(want.magnitude)
    if not math.isclose(value, target, rel_tol=RELATIVE_TOLERANCE, abs_tol=1e-12):
        unit = str(expected).partition(" ")[2]
        return f"{key} is {value!r}{' ' + unit if unit else ''}, expected {expected}"
    return None


def _is_moment(text: str) -> bool:
    try:
        return datetime.fromisoformat(text).tzinfo is not None
    except ValueError:
        return False


def zone_difference(vector: dict) -> str | None:
    """A use-by across a clock change, in the named zone: None when right."""
    from .form.fields import FIELD_BY_KEY
    try:
        zone = clock.zone_named(vector["zone"])
    except Exception as error:  # no time zone data: the installation cannot do zone arithmetic
        return f"time zone {vector['zone']} is not available: {error}"
    thawed = clock.wall_clock(datetime.fromisoformat(vector["thawed_at"]), "thawed_at", zone)
    got = clock.iso(clock.later(thawed, FIELD_BY_KEY["stability"].parse(vector["stability"])), zone)
    return None if got == vector["use_by"] else f"computed {got}"


def _inputs(case: dict) -> dict:
    """The case's inputs; a randomisation list is named relative to the resources."""
    inputs = dict(case["inputs"])
    listing = inputs.get("randomisation_list")
    if listing and not Path(listing).is_absolute():
        inputs["randomisation_list"] = str(resource_dir() / listing)
    return inputs


def case_differences(case: dict) -> list[str]:
    """What differs between a reference case and its computed preparation ([] when it passes)."""
    try:
        # A case of a named zone (a clock change) runs on that zone's clock, wherever it runs.
        with clock.site_zone_as(case["zone"]) if case.get("zone") else nullcontext():
            preparation = prepare(_inputs(case), now=datetime.fromisoformat(case["now"]), reasons=case.get("reasons"))
            data = preparation.to_dict()
    except InputError as error:
        return [f"input error {error}"]
    problems = [problem for key, expected in case.get("expected", {}).items()
                if (problem := _differs(key, _lookup(data, key), expected))]
    codes = sorted(f.code for f in preparation.findings)
    if codes != sorted(case.get("findings", [])):
        problems.append(f"findings {codes}, expected {sorted(case.get('findings', []))}")
    return problems


def run_selftest() -> SelftestReport:
    report = SelftestReport()
    try:
        cases = load_cases()
    except (OSError, tomllib.TOMLDecodeError) as error:
        report.check(False, "reference cases", f"cannot be read: {error}")
        return report
    for case in cases.get("case", []):
        problems = case_differences(case)
        report.check(not problems, case["name"], "; ".join(problems))
    for vector in cases.get("zone", []):
        problem = zone_difference(vector)
        report.check(problem is None, f"use-by in {vector['zone']}: {vector['thawed_at']} + {vector['stability']} "
                     f"-> {vector['use_by']}", problem or "")
    for vector in cases.get("din", []):
        got = check_character(vector["din"])
        report.check(got == vector["check"], f"DIN {vector['din']} check character {vector['check']}",
                     f"computed {got}")
    for vector in cases.get("expiry", []):
        utc = clock.zone_named("UTC")    # the vector's wall-clock time, read on a clock without changes
        got = expiry_data_structure(clock.wall_clock(datetime.fromisoformat(vector["at"]), "at", utc), utc)
        report.check(got == vector["expected"], f"expiry {vector['at']} -> {vector['expected']}",
                     f"computed {got}")
    return report
