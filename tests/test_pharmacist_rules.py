"""Rules a hospital pharmacist expects (issue 21): a fixed dose is bounded per kg, the
dosing weight, DMSO per day across records, TEMCELL's dilute-each-then-draw said as it is
done, STEMIRAC's in-line reading, and messages that write quantities as the sheet does.
Each rule is stated as a property over every shipped protocol where it applies."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mscprep.preparation.build import prepare
from mscprep.preparation.findings import Severity
from mscprep.protocol.loader import load_protocols, shipped_protocols
from mscprep.protocol.schema import is_fixed_dose
from mscprep.units import CELL, CELL_PER_KG, KG

from helpers import NOON

# The suite's fast, derandomised profile: the same examples on every run.
FAST = settings(derandomize=True, max_examples=60, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow])

GOOD = """schema = 1
id = "site"
name = "Site protocol"
version = "3"
route = "intravenous"
reference = "Site SOP 12"
"""

INTRAVENOUS = sorted(key for key, protocol in shipped_protocols().protocols.items()
                     if protocol.route == "intravenous")
weights = st.floats(min_value=0.5, max_value=250, allow_nan=False)


def protocol_form(protocol_id: str, weight: float, dose: str | None = None) -> dict:
    """A complete form for a shipped protocol: its defaults, and what it leaves to the form."""
    protocol = shipped_protocols().get(protocol_id)
    form = {"protocol": protocol_id, "weight": f"{weight:.6g} kg"}
    defaults = protocol.defaults
    if "dose" not in defaults or dose:
        form["dose"] = dose or "1e8 cell"
    if not any(key in defaults for key in ("concentration", "cells_in_product")):
        form["concentration"] = "1e7 cell/mL"
        form["viability"] = "90%"
    if not any(key in defaults for key in ("rate", "duration", "product_rate")):
        form["duration"] = "60 min"
    if protocol.blinding is not None:
        return {}
    return form


# --- 1. a fixed dose is bounded per kg ----------------------------------------------------

def test_adipose_2e9_cells_at_45_kg_is_blocked_per_kg():
    plan = prepare({"protocol": "adipose-msc-fixed", "weight": "45 kg", "dose": "2e9 cell",
                    "concentration": "1e7 cell/mL", "viability": "90%", "duration": "600 min"}, now=NOON)
    above = [f for f in plan.findings if f.code == "dose_above_max"]
    assert above and above[0].severity is Severity.HARD
    assert "44.4 × 10⁶ cells/kg" in above[0].message and "28.6 × 10⁶ cells/kg" in above[0].message
    assert "Site value" in above[0].source


def test_every_shipped_fixed_dose_protocol_states_a_per_kg_bound_with_its_source():
    import tomllib
    fixed = []
    for protocol in shipped_protocols().protocols.values():
        table = tomllib.loads(protocol.path.read_text(encoding="utf-8"))
        read = {"defaults": table.get("defaults", {}), "limits": table.get("limits", {})}
        if protocol.route != "intravenous" or not is_fixed_dose(read):
            continue
        fixed.append(protocol.id)
        bounds = [key for key in ("max_dose_per_kg", "min_weight") if key in protocol.limits]
        assert bounds, protocol.id
        assert all(key in table["sources"] for key in bounds), protocol.id
    assert {"adipose-msc-fixed", "stemirac"} <= set(fixed)


@pytest.mark.parametrize("text, message", [
    (GOOD + '[defaults]\ndose = "1e9 cell"\n', "needs max_dose_per_kg or min_weight"),
    (GOOD + '[limits]\nmax_dose = "2e9 cell"\n', "needs max_dose_per_kg or min_weight"),
    (GOOD + '[limits]\nmax_dose = "2e9 cell"\nmin_weight = "40 kg"\n', "min_weight needs its source"),
])
def test_a_fixed_dose_protocol_without_a_per_kg_bound_does_not_load(tmp_path, text, message):
    (tmp_path / "site.toml").write_text(text, encoding="utf-8")
    loaded = load_protocols(tmp_path)
    assert "site" not in loaded.protocols
    assert message in loaded.problems[0].message


def test_min_weight_blocks_a_lighter_patient(tmp_path):
    (tmp_path / "site.toml").write_text(GOOD + '[defaults]\ndose = "1e9 cell"\n[limits]\nmin_weight = "40 kg"\n'
                                        '[sources]\nmin_weight = "Site value: adults of 40 kg or more"\n',
                                        encoding="utf-8")
    protocols = load_protocols(tmp_path)
    form = {"protocol": "site", "concentration": "1e7 cell/mL", "viability": "90%", "duration": "600 min"}
    light = prepare({**form, "weight": "39.5 kg"}, protocols, now=NOON)
    heavy = prepare({**form, "weight": "40 kg"}, protocols, now=NOON)
    found = [f for f in light.findings if f.code == "weight_below_min"]
    assert found and found[0].severity is Severity.HARD and "39.5 kg" in found[0].message
    assert "weight_below_min" not in {f.code for f in heavy.findings}


@FAST
@given(protocol_id=st.sampled_from(INTRAVENOUS), weight=weights,
       dose=st.sampled_from(["5e7 cell", "1e8 cell", "2e8 cell", "1e9 cell", "2e9 cell"]))
def test_a_fixed_dose_never_exceeds_its_per_kg_ceiling_unreported(protocol_id, weight, dose):
    """Over every shipped intravenous protocol and weights 0.5-250 kg: a fixed dose above
    the protocol's per-kg ceiling (as ordered or as measured) or given to a patient below
    its lightest weight is a hard finding."""
    form = protocol_form(protocol_id, weight, dose)
    if not form:
        return
    plan = prepare(form, now=NOON)
    protocol = plan.protocol
    hard = {f.code for f in plan.findings if f.severity is Severity.HARD}
    ceiling = protocol.limits.get("max_dose_per_kg")
    if ceiling is not None:
        weight_kg = plan.inputs.weight
        for cells in (plan.dose, plan.dose_delivered):
            if cells is not None and (cells / weight_kg).to(CELL_PER_KG) > ceiling.value * (1 + 1e-9):
                assert "dose_above_max" in hard, (protocol_id, weight, dose)
    lightest = protocol.limits.get("min_weight")
    if lightest is not None and plan.inputs.weight < lightest.value * (1 - 1e-9):
        assert "weight_below_min" in hard
    if is_fixed_dose({"defaults": protocol.defaults, "limits": {k: v for k, v in protocol.limits.items()
                                                                 if v.origin == "protocol"}}):
        assert ceiling is not None or lightest is not None


# --- 6. messages write quantities as the sheet does ----------------------------------------

import re  # noqa: E402

# What a raw float or a pint unit looks like in a message: "3000000.0 cell/kg", "2e+08",
# "40000 g", "1.0 mL", "milliliter" (a record id such as R-20261203-1A2B3C4D is not a number).
RAW = re.compile(r"\d\.0(?![\d])|\d[eE][+-]?\d|(?<![-\w])\d{5,}(?![-\w])|\bcell/|\bcell\b|milliliter|kilogram|gram\b|minute\b")


def raw_figures(text: str) -> list[str]:
    return [match.group(0) for match in RAW.finditer(text or "")]


ENTERED_LIMITS = {
    "dose_cap": st.sampled_from(["5e6 cell", "3e7 cell", "1e9 cell", "3000000 cell", "2.5e8 cell"]),
    "max_dose": st.sampled_from(["3000000 cell/kg", "1e7 cell/kg", "2e8 cell", "5e5 cell/kg"]),
    "min_viability": st.sampled_from(["50%", "95%", "99.5%"]),
    "max_rate": st.sampled_from(["0.5 mL/min", "10 mL/min", "600 mL/h"]),
    "dmso_limit": st.sampled_from(["0.1 g/kg", "0.9 g/kg", "0.05 g/kg"]),
    "stability": st.sampled_from(["30 min", "2 h", "3000 min", "1 day"]),
    "max_container_volume": st.sampled_from(["10 mL", "50 mL", "250 mL"]),
}


@st.composite
def message_forms(draw):
    protocol_id = draw(st.sampled_from([key for key in INTRAVENOUS if key != "ucmsc-frailty"] + ["none"]))
    weight = draw(st.sampled_from([0.6, 3, 12.5, 45, 70, 150, 249]))
    form = protocol_form(protocol_id, weight) if protocol_id != "none" else {
        "weight": f"{weight} kg", "dose": "3e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%",
        "duration": "30 min"}
    for key, values in ENTERED_LIMITS.items():
        if draw(st.booleans()):
            form[key] = draw(values)
    if draw(st.booleans()):
        form["dose"] = draw(st.sampled_from(["3e6 cell/kg", "3000000 cell/kg", "2e9 cell", "1e5 cell"]))
    if draw(st.booleans()) and protocol_id not in ("temcell", "ryoncil"):
        form["dmso"] = draw(st.sampled_from(["10%", "5%"]))
    return form


@FAST
@given(form=message_forms())
def test_no_finding_message_holds_a_raw_number(form):
    """Every finding message, limit and parameter writes its quantities the way the sheet
    does (display.any_quantity: '3 × 10⁶ cells/kg'), never '3000000.0 cell/kg'."""
    from mscprep.errors import InputError
    try:
        plan = prepare(form, now=NOON)
    except InputError:
        return
    for finding in plan.findings:
        assert not raw_figures(finding.message), (finding.code, finding.message)
        assert not raw_figures(finding.limit), (finding.code, finding.limit)
        for name, text in finding.params:
            assert not raw_figures(str(text)), (finding.code, name, text)


def test_limit_kept_writes_quantities_as_the_sheet_does():
    plan = prepare({"protocol": "temcell", "weight": "60 kg", "max_dose": "3000000 cell/kg"}, now=NOON)
    kept = [f for f in plan.findings if f.code == "limit_kept"]
    assert kept and "3 × 10⁶ cells/kg" in kept[0].message and "2 × 10⁶ cells/kg" in kept[0].message
    assert not raw_figures(kept[0].message)


@pytest.mark.parametrize("text", ["3000000.0 cell/kg", "2e+08 cell", "40000 g", "5.0 mL", "1 milliliter"])
def test_the_raw_number_detector_catches_raw_numbers(text):
    assert raw_figures(text)


@pytest.mark.parametrize("text", ["3 × 10⁶ cells/kg", "0.5 mL", "40 kg", "10%", "2026-12-03 10:00", "4 h"])
def test_the_raw_number_detector_passes_the_sheets_numbers(text):
    assert not raw_figures(text)
