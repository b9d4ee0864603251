"""Installation / operational qualification: the reference cases shipped in
resources/reference_cases.toml, computed by the same function the GUI and CLI use."""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field
from datetime import datetime

from .calculation import compute_plan
from .din import check_character, expiry_data_structure
from .errors import InputError
from .inputs import build_inputs
from .resources import resource_path
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


def case_differences(case: dict) -> list[str]:
    """What differs between a reference case and the computed plan ([] when it passes)."""
    try:
        plan = compute_plan(build_inputs(case["inputs"]), datetime.fromisoformat(case["now"]))
    except InputError as error:
        return [f"input error {error}"]
    problems = []
    for key, text in case.get("expected", {}).items():
        actual = getattr(plan, key)
        if actual is None:
            problems.append(f"{key} is empty, expected {text}")
            continue
        try:
            expected = ureg.Quantity(text)
        except Exception:  # reference data error: report it, do not crash the self-test
            problems.append(f"{key}: reference value '{text}' does not parse")
            continue
        if not hasattr(actual, "units"):
            actual = ureg.Quantity(actual)
        if actual.dimensionality != expected.dimensionality:
            problems.append(f"{key} is {actual:~P}, expected {text}")
            continue
        got, want = float(actual.m_as(expected.units)), float(expected.magnitude)
        if not math.isclose(got, want, rel_tol=RELATIVE_TOLERANCE, abs_tol=1e-12):
            problems.append(f"{key} is {got!r} {text.partition(' ')[2]}, expected {text}")
    codes = sorted(f.code for f in plan.findings)
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
    for vector in cases.get("din", []):
        got = check_character(vector["din"])
        report.check(got == vector["check"], f"DIN {vector['din']} check character {vector['check']}",
                     f"computed {got}")
    for vector in cases.get("expiry", []):
        got = expiry_data_structure(datetime.fromisoformat(vector["at"]))
        report.check(got == vector["expected"], f"expiry {vector['at']} -> {vector['expected']}",
                     f"computed {got}")
    return report
