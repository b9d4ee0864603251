"""Issue 21, the figures: the clinical invariants (tests/invariants.py) hold for every plan,
over every shipped intravenous protocol and the whole plausible input space, on the suite's
fixed derandomised hypothesis profile (conftest.py). tools/sweep.py runs the same checks
for much longer. The worked cases that found each class come first."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
import time

import pytest
from hypothesis import given, settings

from mscprep.errors import InputError
from mscprep.preparation.findings import Severity
from mscprep.preparation.measuring import _ml, measure_ml
from mscprep.printing.sheet import write_sheet
from mscprep.units import CELL, CELL_PER_KG, ML

import invariants
from helpers import NOON, codes, finding, plan, run_cli, status

THAWED = "2026-11-23T11:00:00+00:00"


# --- 1. a sub-millilitre draw at a label maximum ------------------------------------------

def test_ryoncil_3_kg_draws_0_89_ml_not_a_hundredth_of_it():
    p = plan(protocol="ryoncil", weight="3 kg", dose=None, concentration=None, viability=None, thawed_at=THAWED)
    assert p.volume_to_draw.m_as(ML) == pytest.approx(0.8982, rel=1e-4)
    assert p.draw.fills_ml == (0.89,) and p.draw.size_ml == 1
    assert p.dose_delivered.m_as(CELL) == pytest.approx(5.9452e6)
    assert p.delivered.dose_per_kg.m_as(CELL_PER_KG) <= 2e6
    row = dict((r.key, r.value) for r in p.rows())["draw_measured"]
    assert row.startswith("0.89 mL of product (1 mL syringe")


def test_temcell_1_234_kg_draws_the_suspension_at_its_own_size():
    p = plan(protocol="temcell", weight="1.234 kg", dose=None, concentration=None, viability=None, duration=None,
             thawed_at=THAWED)
    assert p.draw.fills_ml == (0.98,)            # 0.3702 mL of product in 0.987 mL of suspension
    assert abs(p.dose_deviation) < 0.01 and p.delivered.dose_per_kg.m_as(CELL_PER_KG) <= 2e6


def test_a_volume_is_never_read_as_a_number_of_marks():
    with pytest.raises(TypeError):
        _ml(0.89, 0.01)                          # 0.89 mL is not 0.89 steps of 0.01 mL
    assert _ml(89, 0.01) == 0.89


# --- 2. never above a maximum or cap as measured --------------------------------------------

def test_duke_150_kg_stays_at_or_under_its_cap_as_measured():
    p = plan(protocol="duke-ards", weight="150 kg", concentration="4.8e6 cell/mL", viability="100%")
    assert p.dose.m_as(CELL) == 100e6 and p.volume_to_draw.m_as(ML) == pytest.approx(20.8333, rel=1e-5)
    assert p.dose_delivered.m_as(CELL) <= 100e6             # 21 mL would give 100.8e6
    assert p.dose_delivered.m_as(CELL) == pytest.approx(99.84e6)


def test_an_entered_cap_holds_as_measured():
    p = plan(protocol="generic-iv-msc", dose="1e6 cell/kg", concentration="4.8e6 cell/mL", viability="100%",
             dose_cap="50e6 cell")
    assert p.volume_to_draw.m_as(ML) == pytest.approx(10.4167, rel=1e-4)
    assert p.dose_delivered.m_as(CELL) <= 50e6


def test_with_too_much_dmso_the_dose_still_keeps_its_maximum_and_is_not_asked_lower():
    # 2 kg at the 2e6/kg maximum: 19.70 mL of a 10 % DMSO product is 1.08 g/kg (too much DMSO);
    # 20 mL would also take the dose above its maximum: the rounding keeps the maximum
    p = plan(protocol="generic-iv-msc", weight="2 kg", dose="2e6 cell/kg", concentration="2.03e5 cell/mL",
             viability="100%", dmso="10%", thawed_at=THAWED)
    assert p.volume_to_draw.m_as(ML) == pytest.approx(19.704, rel=1e-4)
    assert "dmso_above_limit" in codes(p)
    assert p.delivered.dose_per_kg.m_as(CELL_PER_KG) <= 2e6
    assert "dose_above_max" not in codes(p)
    assert not any("lower the dose" in f.message for f in p.findings)


# --- 3. the best measurement is the instruction ----------------------------------------------

def test_a_finer_syringe_within_the_rule_is_printed_and_asks_no_reason(tmp_path):
    p = plan(protocol="generic-iv-msc", dose="1.739e8 cell", concentration="1e7 cell/mL", viability="100%",
             thawed_at=THAWED)
    assert p.volume_to_draw.m_as(ML) == pytest.approx(17.39)
    # not 17 mL on the 20 mL syringe (-2.24 %): two fills of the 10 mL syringe
    assert len(p.draw.fills_ml) == 2 and p.draw.size_ml == 10 and abs(p.dose_deviation) <= 0.02
    assert "dose_delivered_deviates" not in codes(p)
    path = tmp_path / "sheet.pdf"
    write_sheet(p, path)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    assert f"{p.volume_to_draw_measured.m_as(ML):g} mL" in text and "2 fills of the 10 mL syringe" in text


def test_a_dose_no_syringe_measures_within_10_percent_is_hard_and_no_reason_releases_it():
    p = plan(protocol="generic-iv-msc", dose="1.5e5 cell", concentration="1e7 cell/mL", viability="100%",
             thawed_at=THAWED, reasons={"dose_delivered_beyond": "pharmacist accepts"})
    beyond = finding(p, "dose_delivered_beyond")
    assert beyond.severity is Severity.HARD and not beyond.releasable and beyond.limit == "10%"
    assert status(p).status.name == "BLOCKED"


# --- 5. placebo ------------------------------------------------------------------------------

def test_the_placebo_delivers_no_cells_in_its_json(tmp_path):
    listing = tmp_path / "list.csv"
    listing.write_text("code,arm\nUC-1,active\nUC-2,placebo\n", encoding="utf-8")
    from mscprep.preparation.build import prepare
    form = {"protocol": "ucmsc-frailty", "weight": "57 kg", "concentration": "1e7 cell/mL", "viability": "90%",
            "randomisation_list": str(listing)}
    active = prepare(dict(form, randomisation_code="UC-1"), now=NOON).to_dict()
    placebo = prepare(dict(form, randomisation_code="UC-2"), now=NOON).to_dict()
    assert active["delivered"]["dose"]["value"] > 50e6
    assert placebo["delivered"]["dose"]["value"] == 0 and placebo["delivered"]["dmso"] is None
    assert not [path for path, value in invariants._cell_figures(placebo) if value]


# --- 6. fast for every input -----------------------------------------------------------------

@pytest.mark.parametrize("fields", [
    {"dose": "1e12 cell", "concentration": "1e3 cell/mL", "viability": "100%"},
    {"dose": "1e9 cell/kg", "concentration": "1e3 cell/mL", "viability": "1%", "weight": "250 kg"},
    {"viability": "1e-12%"},
    {"dose": "1e3 cell"},
    {"container": "vial", "container_volume": "0.5 mL", "dead_volume": "0.4 mL", "dose": "1.5e9 cell"},
])
def test_extreme_inputs_answer_at_once(fields, tmp_path):
    started = time.process_time()
    try:
        p = plan(**fields)
    except InputError as error:
        assert error.field
        return
    p.to_dict()
    write_sheet(p, tmp_path / "sheet.pdf")
    assert time.process_time() - started < 2.0
    assert (tmp_path / "sheet.pdf").exists()


def test_too_many_containers_is_a_hard_finding_not_a_loop():
    p = plan(container="vial", container_volume="0.5 mL", dead_volume="0.4 mL", dose="1.5e9 cell")
    assert finding(p, "too_many_containers").severity is Severity.HARD
    assert p.container_use.count > 1000 and p.container_use.takes_ml == ()


def test_a_plan_beyond_the_largest_volume_is_blocked_and_has_no_label(tmp_path):
    result = run_cli("sheet", "--weight", "70 kg", "--dose", "1e12 cell", "--concentration", "1e3 cell/mL",
                     "--viability", "100%", "--duration", "30 min", "-o", str(tmp_path / "s.pdf"), timeout=30)
    assert result.returncode == 3, result.stderr
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "s.pdf"), "-"], capture_output=True,
                          text=True).stdout
    assert "BLOCKED" in text and "outside what can be prepared" in text


# --- 7. numbers as documented ----------------------------------------------------------------

@pytest.mark.parametrize("key, text", [("viability", "90 percent"), ("dmso", "10 percent"), ("viability", "๙๐%"),
                                       ("viability", "९०%"), ("weight", "७० kg"), ("concentration", "๑e7 cell/mL"),
                                       ("weight", "７０ kg")])
def test_percent_needs_the_sign_and_digits_are_0_to_9(key, text):
    with pytest.raises(InputError) as raised:
        plan(**{key: text})
    assert raised.value.field == key
    assert "%" in raised.value.message or "0-9" in raised.value.message


def test_hemocytometer_counts_are_ascii_digits():
    with pytest.raises(InputError) as raised:
        plan(concentration=None, viability="90%", hemocytometer="४५, 45, 45, 45", dilution_factor="2")
    assert raised.value.field == "hemocytometer"


# --- 8. the invariants, for every plan -------------------------------------------------------

def _holds(name: str, form: dict) -> None:
    preparation, seconds = invariants.compute(form, NOON)
    problems = invariants.check(preparation, seconds)[name]
    assert not problems, f"{name}: {problems} for {form}"


@settings(max_examples=40)
@given(invariants.forms())
def test_never_above_a_maximum_or_cap_as_measured(form):
    _holds("never_above_a_maximum", form)


@settings(max_examples=40)
@given(invariants.forms())
def test_the_measurement_printed_is_the_best_one(form):
    _holds("best_measurement", form)


@settings(max_examples=40)
@given(invariants.forms())
def test_what_the_technician_does_adds_up(form):
    _holds("adds_up", form)


@settings(max_examples=40)
@given(invariants.forms(["adipose-msc-fixed", "generic-iv-msc", "duke-ards"]))
def test_each_split_bag_keeps_the_rules_of_a_single_draw(form):
    _holds("each_bag_as_one_draw", form)


@settings(max_examples=25)
@given(invariants.forms(["ucmsc-frailty"]))
def test_placebo_carries_no_cells(form):
    _holds("placebo_carries_no_cells", dict(form, randomisation_code="INV-P"))


@settings(max_examples=40)
@given(invariants.forms())
def test_every_plan_answers_fast_without_exceptions(form):
    _holds("answers_fast", form)


def test_the_takes_add_up_when_the_hubs_hold_more_than_one_container_gives():
    # nine bags, nine syringe hubs (0.63 mL) and vials that give 0.6 mL each
    from mscprep.preparation.containers import takes_from
    takes = takes_from(5.6, 0.63, 0.6, 11, 0.01)
    assert sum(takes) == pytest.approx(5.6) and takes[:2] == (0.0, 0.57)


def test_bags_that_would_get_less_product_than_a_mark_are_a_hard_finding(tmp_path):
    p = plan(weight="100 kg", dose="100 cell/kg", concentration="4.085e5 cell/mL", viability="92.74%",
             final_volume="100 mL", max_container_volume="10 mL")
    assert finding(p, "bag_share_too_small").severity is Severity.HARD and not p.bags
    write_sheet(p, tmp_path / "sheet.pdf")        # blocked, printed, no label


@settings(max_examples=40)
@given(invariants.forms(["none", "none", "generic-iv-msc", "adipose-msc-fixed", "duke-ards", "stemirac", "ryoncil"],
                       releasable=True))
def test_every_plan_that_can_be_released_has_a_use_by(form):
    """Issue 21: a plan the release rule lets through has a use-by on its JSON and label, a
    fresh product planned without a protocol included (the site's window, defaults.toml
    [no_protocol] fresh_stability, from the recorded end of preparation)."""
    _holds("releasable_has_use_by", form)


def test_a_fresh_product_with_no_protocol_is_used_by_its_end_of_preparation_plus_the_site_window():
    from datetime import timedelta

    from mscprep.protocol.limits import fresh_window
    window = fresh_window()
    assert window is not None and window.origin == "defaults" and "Site value" in window.source
    fresh = plan(final_volume="50 mL", diluent="saline", prepared_at="2026-11-23T10:15:00+00:00")
    assert fresh.use_by_from == "preparation" and fresh.use_by_start == datetime(2026, 11, 23, 10, 15, tzinfo=UTC)
    assert fresh.use_by - fresh.use_by_start == timedelta(hours=4)
    assert invariants.releasable_has_use_by(plan(final_volume="50 mL", diluent="saline", patient_name="A B",
                                                 patient_id="MRN-1", din="A999921123456")) == []
    # its source is printed with the window, like a protocol's
    assert any(window.source in str(value) for value in fresh.to_dict().values()) or \
        fresh.inputs.limit("stability").source == window.source
    # a shorter window entered is kept; a longer one never loosens the site's
    assert plan(stability="2 h", prepared_at="2026-11-23T10:15:00+00:00").use_by == datetime(2026, 11, 23, 12, 15,
                                                                                              tzinfo=UTC)
    assert plan(stability="8 h", prepared_at="2026-11-23T10:15:00+00:00").use_by == fresh.use_by
    # a thawed product without a protocol still counts from its thaw and needs its window
    with pytest.raises(InputError, match="stability"):
        plan(thawed_at="2026-11-23T11:00:00+00:00")


# --- split bags run as the pump runs them ------------------------------------------------------

from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=40)
@given(weight=st.floats(1.0, 150.0), viability=st.integers(1, 100), per_kg=st.floats(1e4, 2e6),
       concentration=st.sampled_from(["1000 cell/mL", "1e5 cell/mL", "1e6 cell/mL", "5e6 cell/mL"]),
       container=st.sampled_from(["20 mL", "50 mL", "100 mL"]))
def test_stemirac_split_bags_add_up_to_the_pump_duration(weight, viability, per_kg, concentration, container):
    """STEMIRAC keeps its product flow: the pump runs as long as the measured draw needs, and
    each bag's time is its own measured draw at that flow, so the bags add up to the duration
    printed for the pump (found once on 3.162 kg with 1 % viability: 4 x 79.05 min beside a
    316 min pump)."""
    form = {"protocol": "stemirac", "weight": f"{weight:.3f} kg", "concentration": concentration,
            "viability": f"{viability}%", "dose": f"{per_kg:.4g} cell/kg", "dmso": "1%",
            "max_container_volume": container, "thawed_at": "2026-11-23T11:00:00+00:00",
            "duration": None}     # no duration ordered: the protocol's product flow sets it
    try:
        prepared = plan(**form)
    except InputError:
        return
    assert invariants.adds_up(prepared) == []


def test_the_stemirac_case_that_did_not_add_up():
    prepared = plan(protocol="stemirac", weight="3.162 kg", concentration="1000 cell/mL", viability="1%",
                    dose="1e+05 cell/kg", max_dose="1000 cell", dmso="1%", max_container_volume="100 mL",
                    thawed_at="2026-11-23T11:00:00+00:00", duration=None)
    assert prepared.inputs.duration is None and len(prepared.bags) == 4
    assert [bag.duration_min for bag in prepared.bags] == [79.0] * 4
    assert sum(bag.duration_min for bag in prepared.bags) == pytest.approx(prepared.delivered.duration.m_as("min"))
    assert invariants.adds_up(prepared) == []
