"""Limits on what reaches the patient hold for the volumes as measured on syringe marks,
and a figure equal to its limit is within it (the pharmacist's recomputation)."""

import pytest

from mscprep.preparation.beyond import above, apart, below
from mscprep.units import CELL_PER_KG, G_PER_KG, ML, ureg

Q = ureg.Quantity

from helpers import codes, finding, plan

THAWED = {"thawed_at": "2026-11-23T11:00", "dmso": "5%"}


def test_a_dose_at_the_maximum_is_not_rounded_above_it():
    p = plan(protocol="generic-iv-msc", weight="154 lb", dose="2e6 cell/kg", concentration="1.2e7 cell/mL",
             viability="85%", final_volume="60 mL", duration="30 min", **THAWED)
    assert p.volume_to_draw.m_as(ML) == pytest.approx(13.6967, rel=1e-4)
    assert p.delivered.dose_per_kg.m_as(CELL_PER_KG) <= 2e6      # 14 mL would give 2.04e6/kg
    # not 14 mL on the 20 mL syringe's 1 mL marks, nor 13 mL (-5 %): 2 × 6.8 mL on the 10 mL syringe
    assert p.draw.fills_ml == (6.8, 6.8) and p.draw.size_ml == 10
    assert codes(p).isdisjoint({"dose_above_max", "dose_delivered_deviates"})


def test_temcell_300_lb_stays_within_2e6_per_kg():
    p = plan(protocol="temcell", weight="300 lb", dose=None, concentration=None, viability=None, duration=None,
             thawed_at="2026-11-23T11:00")
    per_kg = p.delivered.dose_per_kg.m_as(CELL_PER_KG)
    assert per_kg <= 2e6 and per_kg == pytest.approx(1.984e6, rel=1e-3)   # 108 mL, not 109 mL
    assert p.to_dict()["delivered"]["dose_per_kg"]["value"] == pytest.approx(per_kg)


def test_the_dmso_limit_holds_for_the_volume_drawn():
    p = plan(protocol="generic-iv-msc", weight="22 lb", dose="2e6 cell/kg", concentration="2.203e5 cell/mL",
             viability="100%", dmso="10%", duration="60 min", thawed_at="2026-11-23T11:00")
    assert p.dmso.m_as(G_PER_KG) == pytest.approx(0.99864, rel=1e-4)
    assert p.volume_to_draw_measured.m_as(ML) == pytest.approx(90.0)              # 91 mL is 1.003 g/kg
    assert p.delivered.dmso.m_as(G_PER_KG) == pytest.approx(0.9921, rel=1e-3)
    assert "dmso_above_limit" not in codes(p)


def test_a_measured_figure_beyond_a_limit_is_reported_as_measured():
    # 60 mL over 30 min is exactly the 2 mL/min guide; 5.4 mL of product + 55 mL of diluent measure 60.4 mL
    p = plan(protocol="generic-iv-msc", weight="70 kg", dose="1e6 cell/kg", concentration="1.3e7 cell/mL",
             viability="100%", final_volume="60 mL", duration="30 min", max_rate="2 mL/min")
    assert p.final_volume_measured.m_as(ML) == pytest.approx(60.4)
    assert finding(p, "rate_above_max").message == ("As measured (60.4 mL in all), the rate is 2.01 mL/min, above "
                                                   "the guide of 2 mL/min (ordered: 2 mL/min).")


def test_measuring_keeps_a_bound_the_exact_volume_keeps():
    from mscprep.preparation.measuring import bounds, measure_ml
    assert measure_ml(13.7).volume_ml == 14
    kept = measure_ml(13.7, bounds(most_ml=13.7))
    assert kept.volume_ml == pytest.approx(13.6) and kept.fills_ml == (6.8, 6.8)
    assert measure_ml(13.2, bounds(least_ml=13.2)).volume_ml == pytest.approx(13.2)


def test_exactly_at_a_limit_is_within_it():
    counted = plan(protocol="generic-iv-msc", concentration=None, viability=None, hemocytometer="70,70,70,70",
                   dead="30,30,30,30", dilution_factor="2", min_viability="70%")
    entered = plan(protocol="generic-iv-msc", viability="70%", min_viability="70%")
    assert counted.viability == pytest.approx(0.7)
    assert "viability_below_release" not in codes(counted)
    assert "viability_below_release" not in codes(entered)
    dmso = plan(protocol="generic-iv-msc", weight="22 lb", dose="2e6 cell/kg", concentration="2.2e5 cell/mL",
                viability="100%", dmso="10%", duration="60 min", thawed_at="2026-11-23T11:00")
    assert dmso.dmso.m_as(G_PER_KG) == pytest.approx(1.0, rel=1e-9)
    assert "dmso_above_limit" not in codes(dmso)


def test_the_comparison_tolerance_and_the_digits_shown():
    assert not above(Q(1.0000000000000002, "g/kg"), Q(1, "g/kg"))
    assert above(Q(1.00001, "g/kg"), Q(1, "g/kg"))
    assert not below(0.6999999999999999, 0.7) and below(0.6999, 0.7)
    value, bound = apart(Q(1.0003, "g/kg"), Q(1, "g/kg"))
    assert (value, bound) == ("1.0003 g/kg", "1 g/kg")
    p = plan(protocol="generic-iv-msc", weight="60 kg", dose="2.0002e6 cell/kg", max_dose="2e6 cell/kg")
    assert "2.0002 × 10⁶ cells/kg is above the maximum of 2 × 10⁶ cells/kg" in finding(p, "dose_above_max").message


def test_the_recount_check_uses_the_counts_the_dose_is_computed_from():
    p = plan(protocol="generic-iv-msc", concentration=None, viability=None, hemocytometer="30,60,30,60",
             dead="30,0,30,0", dilution_factor="2")
    stats = p.hemocytometer
    assert stats.counted == "unstained" and stats.mean == 45
    assert stats.cv == pytest.approx(17.3205 / 45, rel=1e-4)       # sample SD of 30, 60, 30, 60
    assert stats.cv_all == pytest.approx(0)
    assert "vary by 38.5% (CV)" in finding(p, "recount_required").message
    assert p.to_dict()["hemocytometer"]["cv"] == pytest.approx(0.3849, rel=1e-3)
    row = next(row for row in p.rows() if row.key == "hemocytometer")
    assert row.value == "4 squares: mean 45 unstained per square, CV 38.5%"
    total = plan(protocol="generic-iv-msc", concentration=None, viability=None, hemocytometer="30,60,30,60",
                 dead="30,0,30,0", dilution_factor="2", basis="total")
    assert total.hemocytometer.counted == "all" and total.hemocytometer.cv == pytest.approx(0)


def test_in_line_pumps_each_show_their_rate_and_the_label_weighs_in_kg():
    from mscprep.documents.intravenous import label
    p = plan(protocol="stemirac", weight="110 lb", dose="1.5e8 cell", concentration="5e6 cell/mL", viability="95%",
             dmso="10%", duration=None, thawed_at="2026-11-23T11:00")
    row = next(row for row in p.rows() if row.key == "product_rate")
    assert row.value == "1 mL/min = 60 mL/h + 3 mL/min = 180 mL/h"
    content = label(p)
    lines = [(line.template, dict(line.params)) for line in content.lines]
    assert ("Product pump {rate}", {"rate": "1 mL/min = 60 mL/h"}) in lines
    assert ("Diluent pump {rate}", {"rate": "3 mL/min = 180 mL/h"}) in lines
    assert dict(content.patient_line.params)["weight"] == "49.9 kg (110 lb)"
