"""The calculation chain against worked examples from labels, papers and the contract."""

import pytest

from mscprep.preparation.chain import compute_plan, dmso_mass, requested_dose, volume_to_draw
from mscprep.errors import InputError
from mscprep.preparation.inputs import build_inputs
from mscprep.selftest import case_differences, load_cases
from mscprep.units import (CELL, CELL_PER_KG, CELL_PER_KG_MIN, CELL_PER_ML, DROP_PER_MIN, G,
                           G_PER_KG, MIN, ML, ML_PER_H, ML_PER_MIN, ureg)

from helpers import NOON, codes, plan, status


@pytest.mark.parametrize("case", load_cases()["case"], ids=lambda c: c["name"][:50])
def test_shipped_reference_case(case):
    assert case_differences(case) == []


def test_contract_example_values():
    p = plan(final_volume="50 mL")
    assert p.dose.m_as(CELL) == pytest.approx(70e6)
    assert p.volume_to_draw.m_as(ML) == pytest.approx(7.777777777777778)
    assert p.diluent_volume.m_as(ML) == pytest.approx(42.22222222222222)
    assert p.final_concentration.m_as(CELL_PER_ML) == pytest.approx(1.4e6)
    assert p.rate.m_as(ML_PER_MIN) == pytest.approx(1.6666666666666667)
    assert p.cell_rate.m_as(CELL_PER_KG_MIN) == pytest.approx(33333.333)
    assert p.findings == ()


def test_temcell_60kg_needs_48_ml_at_4_ml_per_min():
    p = compute_plan(build_inputs({"protocol": "temcell", "weight": "60 kg"}), NOON)
    assert p.final_volume.m_as(ML) == pytest.approx(48)
    assert p.rate.m_as(ML_PER_MIN) == pytest.approx(4)
    assert p.rate.m_as(ML_PER_H) == pytest.approx(240)
    assert p.duration.m_as(MIN) == pytest.approx(12)


def test_weight_in_pounds_gives_the_same_dose_as_in_kilograms():
    in_kg = plan(weight="60 kg")
    in_lb = plan(weight=f"{60 / 0.45359237} lb")
    assert in_lb.dose.m_as(CELL) == pytest.approx(in_kg.dose.m_as(CELL), rel=1e-12)


def test_total_basis_draws_less_than_viable_basis():
    viable = plan(basis="viable")
    total = plan(basis="total")
    assert viable.volume_to_draw.m_as(ML) == pytest.approx(7.7778, rel=1e-4)
    assert total.volume_to_draw.m_as(ML) == pytest.approx(7.0)


def test_fixed_dose_ignores_weight_for_the_dose_but_not_per_kg():
    p = plan(dose="1e8 cell", weight="50 kg")
    assert p.dose.m_as(CELL) == pytest.approx(1e8)
    assert p.dose_per_kg.m_as(CELL_PER_KG) == pytest.approx(2e6)


def test_final_concentration_target_sets_final_volume():
    p = plan(final_concentration="1e6 cell/mL")
    assert p.final_volume.m_as(ML) == pytest.approx(70)
    assert p.diluent_volume.m_as(ML) == pytest.approx(70 - 7.7777778)


def test_without_a_target_there_is_no_diluent():
    p = plan()
    assert p.diluent_volume.m_as(ML) == 0
    assert p.final_volume == p.volume_to_draw


def test_rate_gives_duration():
    p = plan(duration=None, rate="240 mL/h", final_volume="48 mL")
    assert p.duration.m_as(MIN) == pytest.approx(12)


def test_gravity_set_gives_drops_per_minute_with_default_drop_factor():
    p = plan(final_volume="60 mL", duration="60 min", administration="gravity")
    assert p.drip_rate.m_as(DROP_PER_MIN) == pytest.approx(20)  # 1 mL/min x 20 drops/mL


def test_gravity_set_with_entered_drop_factor():
    p = plan(final_volume="60 mL", duration="60 min", administration="gravity", drop_factor="15 drop/mL")
    assert p.drip_rate.m_as(DROP_PER_MIN) == pytest.approx(15)


def test_pump_has_no_drip_rate():
    assert plan().drip_rate is None


def test_hemocytometer_with_viability_entered():
    p = plan(concentration=None, hemocytometer="45,45,45,45", dilution_factor="5", viability="90%")
    assert p.viable_concentration.m_as(CELL_PER_ML) == pytest.approx(2.25e6)
    assert p.total_concentration.m_as(CELL_PER_ML) == pytest.approx(2.5e6)
    assert p.hemocytometer.cv == pytest.approx(0)


def test_hemocytometer_stats_report_mean_and_cv():
    p = plan(concentration=None, viability=None, hemocytometer="40, 50, 40, 50", dead="0, 0, 0, 0",
             dilution_factor="2")
    assert p.hemocytometer.mean_viable == 45
    assert p.hemocytometer.cv == pytest.approx(5.7735027 / 45)     # sample SD of 40, 50, 40, 50
    assert p.viability == 1.0


def test_label_count():
    p = plan(concentration=None, cells_in_product="72e6 cell", product_volume="10.8 mL", basis="total",
             viability=None)
    assert p.total_concentration.m_as(CELL_PER_ML) == pytest.approx(6.6666667e6)


def test_dmso_formula():
    assert dmso_mass(636.3636 * ML, 0.10, 1.10 * ureg("g/mL")).m_as(G) == pytest.approx(70, rel=1e-5)
    p = plan(dmso="10%")
    assert p.dmso.m_as(G_PER_KG) == pytest.approx(7.7777778 * 0.1 * 1.1 / 70)


def test_zero_dmso_means_washed_product():
    assert plan(dmso="0%").dmso is None


def test_use_by_and_latest_start():
    p = plan(thawed_at="2026-11-23T11:00:00+00:00", stability="3 h")
    assert p.use_by.isoformat() == "2026-11-23T14:00:00+00:00"
    assert p.latest_start.isoformat() == "2026-11-23T13:30:00+00:00"


def test_in_line_dilution_splits_flows():
    p = plan(dilution_mode="in_line", in_line_ratio="3", diluent="saline", duration=None, product_rate="0.7 mL/min")
    assert p.product_rate.m_as(ML_PER_MIN) == pytest.approx(0.7)
    assert p.diluent_rate.m_as(ML_PER_MIN) == pytest.approx(2.1)
    assert (p.rate * p.duration).m_as(ML) == pytest.approx(p.final_volume.m_as(ML))


def test_formula_functions_are_unit_aware():
    assert requested_dose(2e6 * CELL_PER_KG, 132.277 * ureg.lb).m_as(CELL) == pytest.approx(120e6, rel=1e-4)
    assert volume_to_draw(120e6 * CELL, 2.5 * ureg("Mcell/mL")).m_as(ML) == pytest.approx(48)


def test_trace_explains_every_derived_result():
    p = plan(final_volume="50 mL", dmso="5%", thawed_at="2026-11-23T11:00:00+00:00", stability="3 h")
    keys = {line.key for line in p.trace}
    assert {"viable_concentration", "dose", "volume_to_draw", "diluent_volume", "rate", "cell_rate",
            "dmso", "use_by", "latest_start"} <= keys
    draw = next(line for line in p.trace if line.key == "volume_to_draw")
    assert draw.formula == "volume to draw = dose ÷ viable concentration"
    assert draw.result == "7.778 mL" or draw.result == "7.78 mL"


@pytest.mark.parametrize("fields, field_name, message", [
    ({"weight": None}, "weight", "is required"),
    ({"dose": None}, "dose", "is required"),
    ({"concentration": None}, "concentration", "a cell count is required"),
    ({"cells_in_product": "72e6 cell", "product_volume": "10.8 mL"}, "concentration", "give one cell count"),
    ({"viability": None}, "viability", "the dose counts viable cells"),
    ({"duration": None}, "rate", "a rate or a duration is required"),
    ({"rate": "4 mL/min"}, "duration", "not rate and duration"),
    ({"final_volume": "50 mL", "final_concentration": "1e6 cell/mL"}, "final_volume", "not both"),
    ({"concentration": None, "hemocytometer": "45, 45"}, "dilution_factor", "is required"),
    ({"concentration": None, "hemocytometer": "0, 0, 0, 0", "dilution_factor": "2"}, "hemocytometer",
     "no viable cells"),
    ({"concentration": None, "hemocytometer": "4, 5, 4, 5", "dead": "1", "dilution_factor": "2", "viability": None},
     "dead", "count the same squares"),
    ({"concentration": None, "hemocytometer": "45, 44, 46", "dilution_factor": "2"}, "hemocytometer",
     "has 3 squares; count at least 4"),
    ({"product_rate": "1 mL/min", "duration": None}, "product_rate", "in-line dilution only"),
    ({"concentration": None, "viability": None, "hemocytometer": "45, 45, 45, 45", "dilution_factor": "5",
      "basis": "total"},
     "dead", "stained (dead) counts or a viability are needed"),
    ({"dilution_mode": "in_line"}, "in_line_ratio", "is required"),
    ({"thawed_at": "2026-11-23T09:00"}, "stability", "use-by"),
    ({"din": "A9999211234567"}, "din", "check character '7' does not match"),
    ({"protocol": "nope"}, "protocol", "not a known protocol"),
    ({"surprise": "1"}, "surprise", "not an input"),
])
def test_missing_or_conflicting_input_is_an_input_error(fields, field_name, message):
    with pytest.raises(InputError) as caught:
        plan(**fields)
    assert (field_name, ) == (caught.value.field, ) or field_name in dict(caught.value.errors)
    assert any(message in text for _, text in caught.value.errors)


def test_every_bad_field_is_reported_at_once():
    with pytest.raises(InputError) as caught:
        plan(weight="70", viability="0.9", duration="soon")
    fields = {name for name, _ in caught.value.errors}
    assert {"weight", "viability", "duration"} <= fields


def test_protocol_defaults_fill_empty_fields_and_entries_replace_them():
    p = compute_plan(build_inputs({"protocol": "temcell", "weight": "60 kg", "rate": "3 mL/min"}), NOON)
    assert p.rate.m_as(ML_PER_MIN) == pytest.approx(3)
    assert "rate" not in p.inputs.defaulted
    assert {"cells_in_product", "product_volume", "dmso"} <= p.inputs.defaulted


def test_entering_a_counter_reading_replaces_the_label_defaults():
    p = compute_plan(build_inputs({"protocol": "temcell", "weight": "60 kg",
                                   "concentration": "5e6 cell/mL"}), NOON)
    assert p.total_concentration.m_as(CELL_PER_ML) == pytest.approx(5e6)
    assert "cells_in_product" not in p.inputs.entered


def test_plan_with_no_findings_is_not_blocked():
    p = plan()
    assert not status(p).blocked and codes(p) == set()
