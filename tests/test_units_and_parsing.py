import math

import pytest

from mscprep.errors import InputError
from mscprep.form.fields import field
from mscprep.units import CELL, CELL_PER_KG, KG, ML_PER_MIN, ureg


@pytest.mark.parametrize("text, unit, value", [
    ("2 Mcell/kg", CELL_PER_KG, 2e6),
    ("2e6 cell/kg", CELL_PER_KG, 2e6),
    ("2×10^6 cell/kg", CELL_PER_KG, 2e6),
    ("2 x 10⁶ cells/kg", CELL_PER_KG, 2e6),
    ("1 Gcell", CELL, 1e9),
])
def test_cell_unit_takes_si_prefixes_and_scientific_notation(text, unit, value):
    assert field("dose").parse(text).m_as(unit) == pytest.approx(value)


def test_pounds_convert_to_kilograms():
    assert field("weight").parse("132.3 lb").m_as(KG) == pytest.approx(60.0103, rel=1e-5)


def test_pump_rate_in_ml_per_hour_is_a_rate():
    assert field("rate").parse("240 mL/h").m_as(ML_PER_MIN) == pytest.approx(4.0)


def test_percent_becomes_a_fraction():
    assert field("viability").parse("92%") == pytest.approx(0.92)


def test_drop_factor_has_its_own_dimension():
    assert field("drop_factor").parse("20 gtt/mL").m_as("drop/mL") == 20
    with pytest.raises(InputError, match="drop factor"):
        field("drop_factor").parse("20 mL")


def test_registry_is_the_application_registry():
    import pint
    assert pint.get_application_registry().get() is ureg or \
        pint.get_application_registry()._registry is ureg


@pytest.mark.parametrize("key, text, message", [
    ("weight", "70", "has no unit"),
    ("weight", "70 mL", "is a volume; expected a mass"),
    ("weight", "70 g", "outside the possible range"),
    ("weight", "-70 kg", "must be more than zero"),
    ("weight", "0 kg", "must be more than zero"),
    ("weight", "1,5 kg", "comma"),
    ("weight", "nan kg", "does not start with a number"),
    ("weight", "inf kg", "does not start with a number"),
    ("weight", "1e999 kg", "too large"),
    ("weight", "70 stone", "not a unit"),
    ("weight", "", "is empty"),
    ("weight", "7" * 200 + " kg", "too long"),
    ("viability", "0.92", "no % sign"),
    ("viability", "120%", "outside 0% to 100%"),
    ("viability", "0%", "more than 0%"),
    ("dose", "2e6 cell/mL", "cell concentration; expected a dose per body weight or a number of cells"),
    ("dmso_limit", "5%", "mass per body mass"),
    ("hemocytometer", "45, x, 47", "not a whole number"),
    ("hemocytometer", "45, -3", "not a whole number"),
    ("dilution_factor", "0.5", "outside 1 to 10000"),
    ("basis", "alive", "not one of: viable, total"),
    ("thawed_at", "yesterday", "ISO 8601"),
])
def test_bad_input_names_what_is_wrong(key, text, message):
    with pytest.raises(InputError) as caught:
        field(key).parse(text)
    assert caught.value.field == key
    assert message in caught.value.message


def test_parsed_values_keep_full_precision():
    q = field("concentration").parse("6.68e6 cell/mL")
    assert q.magnitude == 6.68e6 and math.isfinite(q.magnitude)
