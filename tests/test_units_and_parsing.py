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


@pytest.mark.parametrize("key, text", [("viability", "90%%"), ("viability", "9000 %%"), ("dmso", "10 % %"),
                                        ("dmso", "10 percent%"), ("viability", "0.9 %*mL"), ("weight", "7000 %*kg"),
                                        ("final_volume", "5000 % mL")])
def test_a_percent_sign_twice_or_inside_a_unit_is_refused_never_read_as_a_hundredth(key, text):
    # pint alone reads '90%%' as 0.9 % and '7000 %*kg' as 70 kg
    with pytest.raises(InputError, match="a % sign stands alone") as raised:
        field(key).parse(text)
    assert raised.value.field == key


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


@pytest.mark.parametrize("text", ["2026-11-23", "20261123"])
def test_a_date_without_a_time_of_day_is_refused_not_read_as_midnight(text):
    with pytest.raises(InputError, match="has no time of day") as raised:
        field("thawed_at").parse(text)
    assert raised.value.field == "thawed_at"


def test_the_first_plausible_day_is_inside_on_a_site_east_of_utc():
    from helpers import run_cli
    arguments = ("plan", "--weight", "10 kg", "--concentration", "1e7 cell/mL", "--duration", "120 min",
                 "--dose", "1e6 cell/kg", "--viability", "90%", "--dmso", "5%", "--now", "2000-01-01T01:00")
    midnight = run_cli(*arguments, "--thawed-at", "2000-01-01T00:00", tz="Europe/Berlin")
    assert midnight.returncode == 0, midnight.stderr
    before = run_cli(*arguments, "--thawed-at", "1999-12-31T23:59", tz="Europe/Berlin")
    assert before.returncode == 2 and "outside the possible dates 2000-01-01 to 2099-12-31" in before.stderr
