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
