"""The independent pharmacist's review of the merged program (issue 21): each defect as a
worked example that failed before its fix."""

import pytest

from mscprep.units import CELL, CELL_PER_KG_MIN, MIN, ML

from helpers import codes, finding, plan

import invariants


def _bag_rate(p, bag) -> float:
    kg = p.dose.m_as(CELL) / p.dose_per_kg.m_as("cell/kg")
    return bag.cells_delivered_n / kg / bag.duration_min


def test_d1_no_split_bag_runs_above_the_cell_rate_ceiling():
    p = plan(protocol="adipose-msc-fixed", weight="80 kg", concentration="2.2936e7 cell/mL", viability="100%",
             duration="50 min", dose=None, final_volume=None)
    assert len(p.bags) == 2
    ceiling = p.inputs.limit("max_cell_rate").value.m_as(CELL_PER_KG_MIN)
    for bag in p.bags:      # was: bag 1 = 22 mL, 252,296 cells/kg/min, no finding
        assert _bag_rate(p, bag) <= ceiling * (1 + 1e-12)
        assert abs(bag.cells_delivered_n / bag.cells_n - 1) <= 0.02
    assert not invariants.each_bag_as_one_draw(p)


def test_d1_each_split_bag_is_within_the_deviation_rule():
    p = plan(protocol="adipose-msc-fixed", weight="70 kg", dose="2e9 cell", concentration="4.651e7 cell/mL",
             viability="100%", duration="115 min", final_volume=None)
    assert len(p.bags) == 4
    # was: 11 + 11 + 11 + 10 mL (+2.3 % and -7.0 %) without a finding; 10.8 mL would pass the 2e9 maximum
    assert {bag.draw_ml for bag in p.bags} == {10.6}
    for bag in p.bags:
        assert abs(bag.cells_delivered_n / bag.cells_n - 1) <= 0.02
        assert bag.cells_delivered_n <= 2e9 / 4
    assert "dose_delivered_deviates" not in codes(p)
    assert not invariants.each_bag_as_one_draw(p)


def test_d3_available_is_compared_with_the_measured_draw_plus_the_hub():
    base = dict(weight="70 kg", dose="1e6 cell/kg", concentration="1e7 cell/mL", viability="90%",
                final_volume="50 mL", duration="30 min")
    p = plan(available="7.79 mL", **base)      # the exact 7.78 mL fits; 7.8 mL drawn + 0.1 mL hub does not
    assert p.draw.volume_ml == 7.8 and p.draw.hub_ml == 0.1
    hit = finding(p, "volume_exceeds_available")
    assert hit.severity.value == "hard" and "7.9 mL" in hit.message
    assert "volume_exceeds_available" not in codes(plan(available="7.9 mL", **base))


@pytest.mark.parametrize("weight", ["120 kg", "40 kg", "150 kg"])
def test_d4_an_order_above_the_per_kg_maximum_is_hard_whatever_the_cap_does(weight):
    p = plan(protocol="duke-ards", weight=weight, dose="5e6 cell/kg", concentration="8.4e6 cell/mL",
             viability="100%", duration="30 min")
    hit = finding(p, "dose_above_max")
    assert hit.severity.value == "hard"
    assert sum(f.code == "dose_above_max" for f in p.findings) == 1
    # an order at the maximum, capped for a heavy patient, is not above it
    assert "dose_above_max" not in codes(plan(protocol="duke-ards", weight=weight, dose="1e6 cell/kg",
                                              concentration="8.4e6 cell/mL", viability="100%", duration="30 min"))


def test_d9_a_plan_that_adds_diluent_without_naming_it_waits_for_the_diluent(tmp_path):
    from mscprep.preparation.release import DILUENT_STAMP, status_of as status
    form = dict(protocol="duke-ards", weight="150 kg", concentration="8.4e6 cell/mL", viability="100%",
                final_volume="50 mL", duration="30 min", dose=None)
    p = plan(**form)
    assert "diluent" in status(p).identity_missing and not status(p).label_allowed and not status(p).blocked
    named = dict(form, patient_name="A B", patient_id="X1", din="A999921123456")
    assert status(plan(**named)).stamp == DILUENT_STAMP
    assert "diluent" not in status(plan(diluent="saline", **form)).identity_missing
    assert "diluent" not in status(plan(**dict(form, final_volume=None))).identity_missing   # nothing added


def test_d2_top_level_fills_add_up_to_the_measured_totals_of_a_split_plan():
    p = plan(protocol="adipose-msc-fixed", weight="80 kg", concentration="2.2936e7 cell/mL", viability="100%",
             duration="50 min", dose=None, final_volume=None)
    data = p.to_dict()
    assert len(data["bags"]) == 2
    for key, total in (("syringe", "volume_to_draw_measured"), ("diluent_syringe", "diluent_volume_measured")):
        fills = [fill["value"] for fill in data[key]["fills"]]
        assert sum(fills) == pytest.approx(data[total]["value"])          # was: one bag's fills only
        per_bag = [fill["value"] for bag in data["bags"] for fill in bag[key]["fills"]]
        assert per_bag == fills


def test_d7_a_too_short_interval_reads_below_the_limit():
    from datetime import datetime, timezone
    from mscprep.preparation.build import prepare
    now = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
    p = prepare({"protocol": "temcell", "weight": "60 kg", "dose_number": "3",
                 "previous_dose_at": "2026-11-20T10:01:00+00:00", "thawed_at": "2026-11-23T09:30:00+00:00"}, now=now)
    hit = finding(p, "course_interval_short")
    assert "Only 2.999 days since the previous dose" in hit.message, hit.message   # was: "Only 3 days"
    from mscprep.preparation.checks import _days_below
    from mscprep.units import ureg
    assert _days_below(ureg.Quantity(29 * 24 * 60 + 23 * 60 + 30, "min"), ureg.Quantity(30, "day")) == "29.98 days"


def test_d5_a_protocol_product_flow_stays_and_the_measured_draw_sets_the_duration():
    from mscprep.documents.intravenous import in_line_step
    p = plan(protocol="stemirac", weight="70 kg", dose="0.5e8 cell", concentration="1.3e7 cell/mL", viability="95%",
             duration=None, diluent="saline")
    assert p.draw.volume_ml == 3.9
    assert p.delivered.product_rate.m_as("mL/min") == pytest.approx(1.0)        # was 1.01 mL/min, soft finding
    assert p.delivered.duration.m_as(MIN) == pytest.approx(3.9)
    assert "product_rate_above_max" not in codes(p)
    assert p.diluent_volume_measured.m_as(ML) == pytest.approx(11.7)             # 3 × 3.9 mL, not 3 × 12.846/3.9...
    step = in_line_step(p, "saline")
    assert dict(step.params)["volume"] == "11.7 mL" and dict(step.params)["product_rate"] == "1 mL/min"


def test_n1_a_use_by_in_the_first_pass_of_the_repeated_hour_is_labelled_before_that_hour():
    from datetime import datetime, timezone
    from zoneinfo import ZoneInfo
    from mscprep.din import expiry_data_structure, label_expiry
    berlin = ZoneInfo("Europe/Berlin")
    use_by = datetime(2026, 10, 25, 2, 30, tzinfo=berlin)                 # 02:30+02:00, first pass
    assert use_by.utcoffset().total_seconds() == 7200
    assert expiry_data_structure(use_by, berlin) == "&>0262980159"        # was &>0262980230
    stated = label_expiry(use_by, berlin)
    assert stated <= use_by and stated.astimezone(berlin).strftime("%H:%M") == "01:59"
    # a scanner at 02:20+01:00 (50 min after the use-by) reads 02:20 on its clock: past 01:59
    scanner = datetime(2026, 10, 25, 2, 20, tzinfo=berlin, fold=1)
    assert scanner.strftime("%H:%M") > "01:59" and scanner.astimezone(timezone.utc) > use_by.astimezone(timezone.utc)
    # the second pass, and any ordinary time, are stated as they are
    second = datetime(2026, 10, 25, 2, 30, tzinfo=berlin, fold=1)
    assert expiry_data_structure(second, berlin) == "&>0262980230"
    noon = datetime(2026, 12, 3, 12, 0, tzinfo=timezone.utc)
    assert label_expiry(noon, berlin) == noon and label_expiry(noon, berlin).tzinfo is timezone.utc


def test_d6_a_dose_held_below_its_maximum_says_so_and_never_asks_to_change_the_dose():
    p = plan(protocol="ryoncil", weight="0.5 kg", duration="30 min", dose=None, concentration=None, viability=None,
             thawed_at="2026-11-23T09:30")
    hit = finding(p, "dose_delivered_deviates")
    assert "no syringe of the table measures it closer" not in hit.message
    assert "change the dose" not in hit.message
    assert "nearer mark 0.15 mL would give more than the maximum" in hit.message
    assert "finer syringe or dilute" in hit.message


def test_d8_page_one_pairs_the_measured_volume_with_the_pump_settings_it_runs_at():
    from mscprep.display import significant
    from mscprep.documents.intravenous import pump_settings
    temcell = plan(protocol="temcell", weight="72 kg", dose=None, concentration=None, viability=None, duration=None,
                   thawed_at="2026-11-23T09:30")
    pumps = pump_settings(temcell)
    final = temcell.final_volume_measured.m_as(ML)
    assert final == 57 and pumps.rate.m_as("mL/min") == 4
    assert pumps.duration.m_as(MIN) == pytest.approx(final / 4)                  # 14.25 min, not 14.4
    duke = plan(protocol="duke-ards", weight="150 kg", concentration="8.4e6 cell/mL", viability="100%", dose=None,
                final_volume="50 mL", duration="30 min", diluent="saline")
    pumps = pump_settings(duke)
    assert pumps.duration.m_as(MIN) == 30
    assert pumps.rate.m_as("mL/min") == pytest.approx(duke.final_volume_measured.m_as(ML) / 30)   # 1.66, not 1.67
    assert significant(142.5) == "142.5" and significant(14.25) == "14.25" and significant(1.6666) == "1.67"
