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
from stores import backend, pg_server, store  # noqa: F401  (the records tests run on SQLite and PostgreSQL)

# The suite's fast, derandomised profile: the same examples on every run.
FAST = settings(derandomize=True, max_examples=60, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
WIDE = settings(FAST, max_examples=200)     # cheap properties: more of the input space

GOOD = """schema = 1
id = "site"
name = "Site protocol"
version = "3"
route = "intravenous"
reference = "Site SOP 12"
"""



def with_window(text: str) -> str:
    """Every intravenous protocol states a use-by window (issue 21): the test protocols get
    4 h from thaw, which none of these rules is about."""
    if "[limits]\n" in text:
        return text.replace("[limits]\n", '[limits]\nstability = "4 h"\n', 1)
    return text + '[limits]\nstability = "4 h"\n'


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
    (tmp_path / "site.toml").write_text(with_window(text), encoding="utf-8")
    loaded = load_protocols(tmp_path)
    assert "site" not in loaded.protocols
    assert message in loaded.problems[0].message


def test_min_weight_blocks_a_lighter_patient(tmp_path):
    (tmp_path / "site.toml").write_text(with_window(GOOD + '[defaults]\ndose = "1e9 cell"\n[limits]\nmin_weight = "40 kg"\n'
                                                    '[sources]\nmin_weight = "Site value: adults of 40 kg or more"\n'),
                                        encoding="utf-8")
    protocols = load_protocols(tmp_path)
    form = {"protocol": "site", "concentration": "1e7 cell/mL", "viability": "90%", "duration": "600 min"}
    light = prepare({**form, "weight": "39.5 kg"}, protocols, now=NOON)
    heavy = prepare({**form, "weight": "40 kg"}, protocols, now=NOON)
    found = [f for f in light.findings if f.code == "weight_below_min"]
    assert found and found[0].severity is Severity.HARD and "39.5 kg" in found[0].message
    assert "weight_below_min" not in {f.code for f in heavy.findings}


@WIDE
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


@WIDE
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


# --- 4. TEMCELL's dilute-each-then-draw, said as it is done -------------------------------

def _rows(plan) -> dict:
    return {row.key: (row.label, row.value) for row in plan.rows()}


def test_temcell_results_say_what_is_done_and_what_is_contained():
    plan = prepare({"protocol": "temcell", "weight": "60 kg"}, now=NOON)
    rows = _rows(plan)
    # what is physically done: thaw 2 bags, add 18 mL to each, draw 48 mL
    assert rows["containers"][1].startswith("2 × bag of 10.8 mL")
    assert rows["dilute_each"][1].startswith("+ 18 mL 0.9% sodium chloride")
    assert rows["draw_measured"][1].startswith("48 mL of diluted suspension")
    # the product and the saline of the dose are contained in it, never drawn or added alone
    assert rows["product_contained"] == ("Product contained in the dose", "18 mL")
    assert rows["diluent_contained"] == ("Diluent contained in the dose", "30 mL 0.9% sodium chloride")
    assert "volume_to_draw" not in rows and "diluent_volume" not in rows
    labels = {label for label, _ in rows.values()}
    assert "Volume to draw" not in labels and "Diluent" not in labels
    # the contract's keys keep their meaning (dose ÷ concentration; diluent in the dose)
    data = plan.to_dict()
    assert data["volume_to_draw"]["value"] == pytest.approx(18) and data["diluent_volume"]["value"] == pytest.approx(30)
    assert data["volume_to_draw_measured"]["value"] == 48 and data["draw_destination"] == "syringe"


def test_a_draw_of_several_fills_names_where_they_go():
    from mscprep.documents.intravenous import preparation_steps
    plan = prepare({"protocol": "temcell", "weight": "150 kg"}, now=NOON)
    # 120 mL in equal fills of the 50 mL syringe (the measuring rule's equal fills)
    assert [round(fill, 3) for fill in plan.draw.fills_ml] == [40, 40, 40]
    assert plan.draw_destination == "transfer_bag" and plan.to_dict()["draw_destination"] == "transfer_bag"
    assert _rows(plan)["draw_destination"][1] == "3 fills of the 50 mL syringe → one transfer bag"
    steps = [step.render(str) for step in preparation_steps(plan)]
    assert any("emptying each fill into one transfer bag" in step for step in steps)
    assert "The transfer bag holds the dose: 120 mL at 2.5 × 10⁶ cells/mL." in steps
    assert not any("The syringe holds the dose" in step for step in steps)
    pushed = prepare({"protocol": "temcell", "weight": "150 kg", "administration": "syringe_push"}, now=NOON)
    assert pushed.draw_destination == "syringes"
    steps = [step.render(str) for step in preparation_steps(pushed)]
    assert any("one syringe per fill" in step for step in steps)
    assert any(step.startswith("The 3 syringes hold the dose: 120 mL in all") for step in steps)


def test_one_fill_stays_in_its_syringe():
    from mscprep.documents.intravenous import preparation_steps
    plan = prepare({"protocol": "temcell", "weight": "60 kg"}, now=NOON)
    steps = [step.render(str) for step in preparation_steps(plan)]
    assert "The syringe holds the dose: 48 mL at 2.5 × 10⁶ cells/mL." in steps
    assert "draw_destination" not in _rows(plan)


def test_the_double_check_of_temcell_compares_what_is_physically_measured(store):
    from mscprep.records.doublecheck import comparison, run_check
    record = store.save(prepare({"protocol": "temcell", "weight": "60 kg", "dmso": "10%"}, now=NOON), "K. Tanaka")
    entered = {"weight": "60 kg", "dose": "2e6 cell/kg", "cells_in_product": "72e6 cell", "product_volume": "10.8 mL",
               "rate": "4 mL/min", "dmso": "10%", "basis": "total"}
    outcome = run_check(record, entered, now=NOON)
    rows = {row.key: row for row in comparison(outcome)}
    assert outcome.matched
    assert "volume_to_draw" not in rows and "diluent_volume" not in rows
    assert (rows["containers_to_thaw"].first, rows["volume_to_draw_measured"].first) == ("2", "48 mL")
    assert rows["volume_to_draw_measured"].label == "Suspension to draw (as measured)"
    wrong = run_check(record, dict(entered, weight="75 kg"), now=NOON)
    rows = {row.key: row for row in comparison(wrong)}
    assert not rows["volume_to_draw_measured"].agrees and rows["volume_to_draw_measured"].second == "60 mL"
    assert not rows["containers_to_thaw"].agrees and rows["containers_to_thaw"].second == "3"


# --- 3. DMSO per day, across the records --------------------------------------------------

from datetime import datetime, timedelta, timezone  # noqa: E402

from mscprep.preparation.dmso_day import EarlierDmso  # noqa: E402
from mscprep.records.dmso_day import earlier_dmso  # noqa: E402
from mscprep.units import G, G_PER_KG, ureg  # noqa: E402

THAWED = (datetime.now(timezone.utc) - timedelta(minutes=10)).isoformat(timespec="seconds")
# 20 mL of product at 10 % DMSO: 2.2 g = 0.11 g/kg; thawed, so not blocked (and so counted)
DMSO_CASE = {"weight": "20 kg", "dose": "1e6 cell/kg", "concentration": "1e6 cell/mL", "viability": "100%",
             "duration": "60 min", "dmso": "10%", "patient_id": "MRN-7", "patient_name": "Day Patient",
             "thawed_at": THAWED}


def test_dmso_of_earlier_preparations_today_is_added_and_said(store):
    now = datetime.now(timezone.utc)
    first = store.save(prepare(DMSO_CASE, now=now), "K. Tanaka")        # 20 mL at 10 %: 2.2 g = 0.11 g/kg
    assert first.plan["dmso_mass"]["value"] == pytest.approx(2.2)
    found = earlier_dmso(store, "MRN-7", now)
    assert [item.record_id for item in found] == [first.record_id]
    assert found[0].mass.m_as(G) == pytest.approx(2.2)
    # nine more of the same on the same day: 10 × 2.2 g = 22 g = 1.1 g/kg, one alone 0.11 g/kg
    earlier = found * 9
    plan = prepare(DMSO_CASE, now=now, dmso_earlier=earlier)
    assert plan.dmso_day.mass.m_as(G) == pytest.approx(22.0)
    assert plan.dmso_day.per_kg.m_as(G_PER_KG) == pytest.approx(1.1)
    finding = [f for f in plan.findings if f.code == "dmso_day_above_limit"]
    assert finding and finding[0].severity is Severity.HARD and first.record_id in finding[0].message
    assert "dmso_above_limit" not in {f.code for f in plan.findings}
    row = {row.key: row.value for row in plan.rows()}["dmso_day"]
    assert row.startswith("19.8 g earlier today (") and row.endswith("+ 2.2 g = 22 g = 1.1 g/kg")
    data = plan.to_dict()["dmso_day"]
    assert data["dmso"]["value"] == pytest.approx(1.1) and len(data["earlier"]) == 9


def test_which_records_count_for_today(store):
    now = datetime.now(timezone.utc)
    mine = store.save(prepare(DMSO_CASE, now=now), "K. Tanaka")
    store.save(prepare(dict(DMSO_CASE, patient_id="MRN-70"), now=now), "K. Tanaka")     # another patient
    washed = {key: value for key, value in DMSO_CASE.items() if key not in ("dmso", "thawed_at")}
    store.save(prepare(washed, now=now), "K. Tanaka")                                   # washed: no DMSO
    blocked = prepare(dict(DMSO_CASE, filter="leukocyte_reduction"), now=now)
    store.save(blocked, "K. Tanaka")                                                    # never given
    assert [item.record_id for item in earlier_dmso(store, "MRN-7", now)] == [mine.record_id]
    assert earlier_dmso(store, "MRN-7", now, excluding=mine.record_id) == ()           # its own new version
    assert earlier_dmso(store, "MRN-7", now + timedelta(days=2)) == ()                  # another day
    assert earlier_dmso(store, "", now) == () and earlier_dmso(None, "MRN-7", now) == ()


def test_the_cli_plan_and_sheet_count_the_records_of_the_day(tmp_path):
    from helpers import run_cli
    db = tmp_path / "records.sqlite3"
    flags = ["--weight", "20 kg", "--dose", "1e6 cell/kg", "--concentration", "1e6 cell/mL", "--viability", "100%",
             "--duration", "60 min", "--dmso", "10%", "--patient-id", "MRN-7", "--patient-name", "Day Patient",
             "--thawed-at", THAWED]
    import json
    from mscprep.records.store import RecordStore
    store = RecordStore(db)
    try:
        for _ in range(8):
            store.save(prepare(DMSO_CASE), "K. Tanaka")
    finally:
        store.close()
    saved = run_cli("plan", *flags, "--save", "--operator", "K. Tanaka", "--db", str(db), "--json")
    assert saved.returncode == 0, saved.stderr
    assert json.loads(saved.stdout)["dmso_day"]["dmso"]["value"] == pytest.approx(0.99)   # 8 earlier + this
    tenth = run_cli("plan", *flags, "--db", str(db), "--json")
    data = json.loads(tenth.stdout)
    assert tenth.returncode == 3 and data["dmso_day"]["dmso"]["value"] == pytest.approx(1.1)
    assert "dmso_day_above_limit" in {f["code"] for f in data["findings"]}
    alone = run_cli("plan", *flags, "--json")                                     # no records: this one alone
    assert alone.returncode == 0 and json.loads(alone.stdout)["dmso_day"] is None
    sheet = run_cli("sheet", *flags, "--db", str(db), "-o", str(tmp_path / "s.pdf"))
    assert sheet.returncode == 3
    missing = run_cli("sheet", *flags, "--db", str(tmp_path / "nope.sqlite3"), "-o", str(tmp_path / "t.pdf"))
    assert missing.returncode == 2 and "--db" in missing.stderr


def test_the_window_session_counts_the_records_of_the_day(store):
    from mscprep.session import Session
    session = Session(shipped_protocols(), store=store, operator="K. Tanaka")
    session.update({key: value for key, value in DMSO_CASE.items()})
    assert session.view.preparation.dmso_day is None                     # nothing saved yet today
    session.save()
    assert session.view.preparation.dmso_day is None                     # its own record is not counted twice
    other = Session(shipped_protocols(), store=store, operator="M. Sato")
    other.update(dict(DMSO_CASE))
    day = other.view.preparation.dmso_day
    assert day is not None and [item.record_id for item in day.earlier] == [session.record.record_id]
    assert day.mass.m_as(G) == pytest.approx(4.4)


@FAST
@given(weight=weights, earlier=st.lists(st.floats(min_value=0.01, max_value=300), max_size=6),
       fraction=st.sampled_from(["5%", "10%"]), protocol_id=st.sampled_from(["none", "temcell", "generic-iv-msc"]))
def test_dmso_per_day_is_the_sum(weight, earlier, fraction, protocol_id):
    """Over weights 0.5-250 kg: the day's DMSO is the earlier preparations' plus this one's
    (the larger of ordered and measured), per kg of body weight; above the limit it is a
    hard finding whenever this preparation alone is not."""
    now = NOON
    items = tuple(EarlierDmso(f"R-20261123-{index:08X}", 1, ureg.Quantity(grams, "g"), now)
                  for index, grams in enumerate(earlier))
    form = (protocol_form(protocol_id, weight) if protocol_id != "none"
            else {"weight": f"{weight:.6g} kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL",
                  "viability": "90%", "duration": "60 min"})
    form["dmso"] = fraction
    from mscprep.errors import InputError
    try:
        plan = prepare(form, now=now, dmso_earlier=items)
    except InputError:
        return
    if not items or plan.dmso_mass is None:
        assert plan.dmso_day is None
        return
    this = plan.dmso_mass.m_as(G)
    if plan.delivered is not None and plan.delivered.dmso is not None:
        this = max(this, (plan.delivered.dmso * plan.inputs.weight).m_as(G))
    total = sum(earlier) + this
    assert plan.dmso_day.mass.m_as(G) == pytest.approx(total, rel=1e-9)
    assert plan.dmso_day.per_kg.m_as(G_PER_KG) == pytest.approx(total / plan.inputs.weight.m_as("kg"), rel=1e-9)
    limit = plan.limits["dmso_limit"].value.m_as(G_PER_KG)
    hard = {f.code for f in plan.findings if f.severity is Severity.HARD}
    if plan.dmso_day.per_kg.m_as(G_PER_KG) > limit * (1 + 1e-9):
        assert hard & {"dmso_day_above_limit", "dmso_above_limit"}


# --- 2. the dosing weight -------------------------------------------------------------------

from mscprep.preparation.dosing_weight import adjusted_body_weight, ideal_body_weight  # noqa: E402
from mscprep.units import CM  # noqa: E402

DOSING = GOOD + """[defaults]
dose = "2e6 cell/kg"
[limits]
max_dose_per_kg = "2e6 cell/kg"
[dosing_weight]
basis = "{basis}"
{cap}source = "Site SOP 4.2: dosing weight for obese patients"
"""
FIGURES = {"protocol": "site", "concentration": "1e7 cell/mL", "viability": "90%", "duration": "60 min"}


def dosing_protocols(tmp_path, basis: str, cap: str | None = None):
    (tmp_path / "site.toml").write_text(with_window(DOSING.format(basis=basis, cap=f'cap = "{cap}"\n' if cap else "")),
                                        encoding="utf-8")
    loaded = load_protocols(tmp_path)
    assert not loaded.problems, loaded.problems
    return loaded


def test_devine_and_adjusted_body_weight_by_hand():
    # a 170 cm man: 50 + 2.3 × (66.93 − 60) = 65.94 kg; a 160 cm woman: 45.5 + 2.3 × (62.99 − 60) = 52.38 kg
    assert ideal_body_weight(ureg.Quantity(170, "cm"), "male").m_as(KG) == pytest.approx(65.9370, abs=1e-3)
    assert ideal_body_weight(ureg.Quantity(160, "cm"), "female").m_as(KG) == pytest.approx(52.3819, abs=1e-3)
    # 150 kg, IBW 65.94: 65.94 + 0.4 × 84.06 = 99.56 kg
    ideal = ideal_body_weight(ureg.Quantity(170, "cm"), "male")
    assert adjusted_body_weight(ureg.Quantity(150, "kg"), ideal).m_as(KG) == pytest.approx(99.5622, abs=1e-3)


def test_a_protocol_on_adjusted_weight_doses_on_it_and_prints_the_formula(tmp_path):
    protocols = dosing_protocols(tmp_path, "adjusted", "100 kg")
    plan = prepare({**FIGURES, "weight": "150 kg", "height": "170 cm", "sex": "male"}, protocols, now=NOON)
    assert plan.dosing_weight.m_as(KG) == pytest.approx(99.5622, abs=1e-3)
    assert plan.dose.m_as(CELL) == pytest.approx(2e6 * 99.5622, rel=1e-5)
    assert plan.dose_per_kg.m_as(CELL_PER_KG) == pytest.approx(2e6)
    assert plan.fluid_load.m_as("mL/kg") == pytest.approx(plan.final_volume.m_as("mL") / 150)   # actual weight
    trace = {line.key: line for line in plan.trace}["dosing_weight"]
    assert "IBW + 0.4 × (actual − IBW)" in trace.formula and trace.result == "99.56 kg"
    data = plan.to_dict()["dosing_weight"]
    assert data["basis"] == "adjusted" and "Devine" in data["source"] and "Traynor" in data["source"]
    assert "Site SOP 4.2" in data["source"]
    from mscprep.documents.intravenous import identity_section
    printed = " ".join(part.text.render(str) for part in identity_section(plan) if hasattr(part, "text")
                       and hasattr(part.text, "render"))
    assert "Dosing weight 99.56 kg" in printed and "Devine" in printed


def test_height_and_sex_are_asked_only_when_the_protocol_needs_them(tmp_path):
    from mscprep.errors import InputError
    from mscprep.form.disclosure import primary_fields, relevant_fields
    protocols = dosing_protocols(tmp_path, "ideal")
    with pytest.raises(InputError) as missing:
        prepare({**FIGURES, "weight": "80 kg"}, protocols, now=NOON)
    assert {key for key, _ in missing.value.errors} >= {"height", "sex"}
    with pytest.raises(InputError, match="152.4 cm"):
        prepare({**FIGURES, "weight": "80 kg", "height": "140 cm", "sex": "female"}, protocols, now=NOON)
    assert {"height", "sex"} <= primary_fields(protocols.get("site"), "counter")
    temcell = shipped_protocols().get("temcell")
    assert "height" not in primary_fields(temcell, "label") and "height" not in relevant_fields(temcell, "label")
    with pytest.raises(InputError, match="applies only to a protocol that doses on ideal or adjusted"):
        prepare({"protocol": "temcell", "weight": "60 kg", "height": "170 cm"}, now=NOON)


def test_the_default_stays_actual_weight():
    plan = prepare({"protocol": "temcell", "weight": "60 kg"}, now=NOON)
    assert plan.dosing_weight == plan.inputs.weight and plan.to_dict()["dosing_weight"] is None
    assert "dosing_weight" not in {row.key for row in plan.rows()}


@FAST
@given(weight=weights, height=st.floats(min_value=152.4, max_value=220), sex=st.sampled_from(["female", "male"]),
       basis=st.sampled_from(["actual", "ideal", "adjusted"]), cap=st.sampled_from([None, 60.0, 100.0, 140.0]))
def test_the_dosing_weight_formula_holds_and_never_exceeds_its_cap(tmp_path_factory, weight, height, sex, basis, cap):
    """Over weights 0.5-250 kg and adult heights: the dosing weight is the formula's, never
    above the actual weight nor the cap, and the per-kg dose is on it."""
    if basis == "actual" and cap is None:
        return
    folder = tmp_path_factory.mktemp("dosing")
    protocols = dosing_protocols(folder, basis, f"{cap:g} kg" if cap else None)
    form = {**FIGURES, "weight": f"{weight:.6g} kg"}
    if basis != "actual":
        form.update(height=f"{height:.6g} cm", sex=sex)
    plan = prepare(form, protocols, now=NOON)
    actual = plan.inputs.weight.m_as(KG)
    ideal = ideal_body_weight(ureg.Quantity(float(f"{height:.6g}"), "cm"), sex).m_as(KG)
    expected = {"actual": actual, "ideal": min(actual, ideal),
                "adjusted": min(actual, ideal + 0.4 * (actual - ideal))}[basis]
    if cap is not None:
        expected = min(expected, cap)
    dosing = plan.dosing_weight.m_as(KG)
    assert dosing == pytest.approx(expected, rel=1e-12)
    assert dosing <= actual * (1 + 1e-12) and (cap is None or dosing <= cap * (1 + 1e-12))
    assert plan.dose.m_as(CELL) == pytest.approx(2e6 * dosing, rel=1e-9)
    if plan.dose_delivered is not None:
        per_kg = plan.dose_delivered.m_as(CELL) / dosing
        hard = {f.code for f in plan.findings if f.severity is Severity.HARD}
        if per_kg > 2e6 * (1 + 1e-9):
            assert "dose_above_max" in hard
