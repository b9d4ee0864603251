"""units.to / ratio / product / magnitude and units.quantity are pint's own results, to the
last bit and of the same type, over random numbers and units (issue 26: they replace pint's
per-call overhead on every keystroke and at every start, never its arithmetic)."""

import math

import pint
import pytest
from hypothesis import given, strategies as st

from mscprep import units
from mscprep.units import ureg

UNITS = ["cell", "Mcell", "kcell", "mL", "L", "uL", "µL", "cc", "kg", "g", "mg", "lb", "min", "h", "s", "d",
         "week", "cell/mL", "cell/kg", "Mcell/kg", "cell/kg/min", "mL/min", "mL/h", "L/h", "mL/kg", "drop/min",
         "drop/mL", "gtt/mL", "g/kg", "mg/kg", "g/mL", "g/L", "percent", "dimensionless", "cell/uL", "cm", "m"]
NUMBERS = st.one_of(st.integers(-10**12, 10**12),
                    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e300, max_value=1e300))


def same(mine, pints) -> None:
    assert type(mine) is type(pints) and set(vars(mine)) == set(vars(pints))   # the instance pint makes
    assert type(mine.magnitude) is type(pints.magnitude)
    assert mine.magnitude == pints.magnitude or (math.isnan(mine.magnitude) and math.isnan(pints.magnitude))
    assert mine._units == pints._units


def outcome(call):
    try:
        return call(), None
    except (pint.DimensionalityError, ZeroDivisionError, OverflowError) as error:
        return None, type(error)


@given(NUMBERS, st.sampled_from(UNITS), st.sampled_from(UNITS))
def test_to_and_magnitude_are_pints(number, source, target):
    quantity, unit = ureg.Quantity(number, source), ureg.Unit(target)
    mine, error = outcome(lambda: units.to(quantity, unit))
    pints, pint_error = outcome(lambda: quantity.to(unit))
    assert error == pint_error
    if error is None:
        same(mine, pints)
        assert units.magnitude(quantity, unit) == float(quantity.m_as(unit))


@given(NUMBERS, NUMBERS, st.sampled_from(UNITS), st.sampled_from(UNITS), st.sampled_from(UNITS))
def test_ratio_and_product_are_pints(first, second, first_unit, second_unit, target):
    a, b, unit = ureg.Quantity(first, first_unit), ureg.Quantity(second, second_unit), ureg.Unit(target)
    for mine_call, pint_call in ((lambda: units.ratio(a, b, unit), lambda: (a / b).to(unit)),
                                 (lambda: units.product(a, b, unit), lambda: (a * b).to(unit)),
                                 (lambda: units.divided(a, b), lambda: a / b),
                                 (lambda: units.times(a, b), lambda: a * b),
                                 (lambda: units.divided(a, second), lambda: a / second),
                                 (lambda: units.times(a, second), lambda: a * second),
                                 (lambda: units.plus(a, b), lambda: a + b),
                                 (lambda: units.minus(a, b), lambda: a - b)):
        mine, error = outcome(mine_call)
        pints, pint_error = outcome(pint_call)
        assert error == pint_error
        if error is None:
            same(mine, pints)


@given(st.sampled_from(["70 kg", "1e7 cell/mL", "70 cell/kg", "3 h", "0.5 mL", "90 %", "1 drop/mL", "2 uL",
                        "20 drop/mL", "1.1 g/mL", "30 min", "1 g/kg", "0 mL", "12.5 mL"]))
def test_parsed_quantity_is_pints_and_new_each_time(text):
    mine, pints = units.quantity(text), ureg.Quantity(text)
    same(mine, pints)
    again = units.quantity(text)
    assert again is not mine
    mine.ito(ureg.Unit("dimensionless") if mine.dimensionless else mine.to_base_units().units)
    same(units.quantity(text), pints)       # changing one result in place never changes the next


@given(NUMBERS, st.sampled_from(UNITS))
def test_of_is_pints(number, unit):
    same(units.of(number, ureg.Unit(unit)), ureg.Quantity(number, ureg.Unit(unit)))
    for other in (True, None, "", [1.0]):
        try:
            expected = ureg.Quantity(other, ureg.Unit(unit))
        except Exception as error:      # noqa: BLE001 (whatever pint raises, units.of raises)
            try:
                units.of(other, ureg.Unit(unit))
            except type(error):
                continue
            raise AssertionError(f"units.of({other!r}) did not raise {type(error).__name__}") from None
        assert repr(units.of(other, ureg.Unit(unit))) == repr(expected)


def _texts_of_the_data_files() -> set:
    import tomllib
    from mscprep.resources import resource_path
    found = set()

    def walk(value):
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
    for path in [resource_path("defaults.toml"), *sorted(resource_path("protocols").glob("*.toml"))]:
        walk(tomllib.loads(path.read_text(encoding="utf-8")))
    return found


def _same_parse(text: str) -> None:
    units._parsed.cache_clear()
    try:
        pints = ureg.Quantity(text)
    except Exception as error:       # noqa: BLE001 (whatever pint raises, units.quantity raises)
        with pytest.raises(type(error)):
            units.quantity(text)
        return
    mine = units.quantity(text)
    same(mine, pints)
    assert str(mine) == str(pints) and repr(mine) == repr(pints)


def test_every_quantity_text_of_the_data_files_is_parsed_as_pint_parses_it():
    texts = _texts_of_the_data_files()
    assert len(texts) > 100
    for text in texts:
        _same_parse(text)


UNIT_NAMES = ["kg", "g", "mL", "L", "uL", "cell", "Mcell", "min", "h", "s", "drop", "gtt", "lb", "d", "week",
              "percent", "cc", "cm", "m", "furlong", "per", "x", "kgg"]


@given(st.one_of(st.integers(0, 10**20).map(str),
                 st.floats(min_value=0, max_value=1e300, allow_nan=False).map(repr),
                 st.from_regex(r"(0|[1-9][0-9]{0,5})(\.[0-9]{1,4})?([eE][+-]?[0-9]{1,3})?", fullmatch=True)),
       st.lists(st.sampled_from(UNIT_NAMES), min_size=1, max_size=3),
       st.sampled_from([" ", "", "  "]))
def test_a_number_and_units_are_parsed_as_pint_parses_them(number, names, space):
    _same_parse(f"{number}{space}{'/'.join(names)}")


def test_unreadable_text_raises_every_time():
    for _ in range(2):
        with pytest.raises(Exception):
            units.quantity("3 furlongs")


@given(NUMBERS, st.sampled_from(UNITS), st.sampled_from([0, 1, 2.5, -1]))
def test_a_plain_number_added_or_subtracted_is_as_pint_does_it(number, unit, other):
    quantity = ureg.Quantity(number, unit)
    for mine_call, pint_call in ((lambda: units.plus(quantity, other), lambda: quantity + other),
                                 (lambda: units.minus(quantity, other), lambda: quantity - other)):
        mine, error = outcome(mine_call)
        pints, pint_error = outcome(pint_call)
        assert error == pint_error
        if error is None:
            same(mine, pints)


def test_other_numbers_go_through_pint():
    from decimal import Decimal
    quantity = ureg.Quantity(Decimal("1.5"), "mL")
    assert units.to(quantity, ureg.Unit("L")) == quantity.to("L")
    assert type(units.to(quantity, ureg.Unit("L")).magnitude) is Decimal
