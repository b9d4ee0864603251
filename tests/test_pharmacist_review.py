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
