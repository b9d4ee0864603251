"""The application's single pint registry.

Every quantity in mscprep comes from here. The registry loads a trimmed definitions file
(units.txt) rather than pint's full default file: the default costs about 0.5 s at every
start, the trimmed one almost nothing (bench/startup.py measures it).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pint

DEFINITIONS = Path(__file__).with_name("units.txt")

ureg = pint.UnitRegistry(str(DEFINITIONS), autoconvert_offset_to_baseunit=False,
                         cache_folder=None)
pint.set_application_registry(ureg)

# Parsed once: building units from strings inside calculations costs ~50 us each.
CELL = ureg.Unit("cell")
ML = ureg.Unit("mL")
KG = ureg.Unit("kg")
CM = ureg.Unit("cm")
G = ureg.Unit("g")
MIN = ureg.Unit("min")
CELL_PER_ML = ureg.Unit("cell/mL")
CELL_PER_KG = ureg.Unit("cell/kg")
CELL_PER_KG_MIN = ureg.Unit("cell/kg/min")
ML_PER_MIN = ureg.Unit("mL/min")
ML_PER_H = ureg.Unit("mL/h")
ML_PER_KG = ureg.Unit("mL/kg")
DROP_PER_MIN = ureg.Unit("drop/min")
DROP_PER_ML = ureg.Unit("drop/mL")
G_PER_KG = ureg.Unit("g/kg")
G_PER_ML = ureg.Unit("g/mL")
DIMENSIONLESS = ureg.Unit("dimensionless")



def magnitude(quantity, unit) -> float:
    """How many `unit`s `quantity` is: float(quantity.m_as(unit)), bit for bit (see _convert).
    Most quantities are already in the unit asked for: then the number is read directly
    (this runs on every keystroke; see bench/recompute.py)."""
    units = quantity._units                 # pint's own unit container
    if units is unit._units or units == unit._units:
        return float(quantity.magnitude)
    number = quantity._magnitude
    if type(number) not in _PLAIN:
        return float(quantity.m_as(unit))
    return float(_convert(number, units, unit._units))


def magnitude_as(quantity, other) -> float:
    """float(quantity.m_as(other.units)): `quantity` in the units `other` is in."""
    units = other._units
    number = quantity._magnitude
    if quantity._units == units:
        return float(number)
    if type(number) not in _PLAIN:
        return float(quantity.m_as(other.units))
    return float(_convert(number, quantity._units, units))


# --- conversions and arithmetic with pint's numbers, without pint's per-call overhead ------
#
# pint converts a number between two multiplicative units as `number * factor`, the factor
# depending only on the two units (PlainRegistry._convert: factor of root units of src/dst;
# the same units: the number unchanged). These functions do exactly that with the factor
# pint itself computes, asked once per pair of units, so that their results are pint's to
# the last bit (tests/test_units_fast.py compares them over random numbers and units).
# They apply to plain int/float numbers only; anything else (Decimal, arrays) goes through
# pint. units.txt defines no offset unit (degC) and no context, which would need pint.

_PLAIN = (int, float)
_QUANTITY = ureg.Quantity
_UNIT = ureg.Unit


def _new(number, units):
    """ureg.Quantity(number, units) for an int or float and a unit container: the instance
    pint's constructor makes (its class, _magnitude, _units; the test compares vars()),
    without its checks for strings, arrays and registries, which such numbers never need."""
    made = object.__new__(_QUANTITY)
    made._magnitude = number
    made._units = units
    return made


@lru_cache(maxsize=4096)
def _factor(src, dst):
    """None: the same units (pint returns the number as it is); else pint's own factor.
    A conversion between dimensions raises pint's DimensionalityError (never kept)."""
    if src == dst:
        return None
    return ureg.convert(1, src, dst)       # pint's factor times the integer 1: the factor itself, int or float


def _convert(number, src, dst):
    factor = _factor(src, dst)
    return number if factor is None else number * factor


@lru_cache(maxsize=4096)
def _combined(first, second, dividing: bool):
    return first / second if dividing else first * second


_NONE = object()


def _plain(first, second=_NONE) -> bool:
    """Both pint quantities of int/float numbers (`second` may be left out)."""
    return type(getattr(first, "_magnitude", None)) in _PLAIN and \
        (second is _NONE or type(getattr(second, "_magnitude", None)) in _PLAIN)


def to(quantity, unit):
    """quantity.to(unit), as pint computes it."""
    if not _plain(quantity):
        return quantity.to(unit)
    return _new(_convert(quantity._magnitude, quantity._units, unit._units), unit._units)


def divided(first, second):
    """first / second, as pint computes it (a number `second` divides the magnitude)."""
    if type(second) in _PLAIN and _plain(first):
        return _new(first._magnitude / second, first._units)
    if not _plain(first, second):
        return first / second
    return _new(first._magnitude / second._magnitude, _combined(first._units, second._units, True))


def times(first, second):
    """first * second, as pint computes it (a number `second` scales the magnitude)."""
    if type(second) in _PLAIN and _plain(first):
        return _new(first._magnitude * second, first._units)
    if not _plain(first, second):
        return first * second
    return _new(first._magnitude * second._magnitude, _combined(first._units, second._units, False))


def plus(first, second):
    """first + second, as pint computes it: in the first's units."""
    if not _plain(first, second):
        return first + second
    return _new(first._magnitude + _convert(second._magnitude, second._units, first._units), first._units)


def minus(first, second):
    """first - second, as pint computes it: in the first's units."""
    if not _plain(first, second):
        return first - second
    return _new(first._magnitude - _convert(second._magnitude, second._units, first._units), first._units)


def ratio(first, second, unit):
    """(first / second).to(unit), as pint computes it."""
    return to(divided(first, second), unit)


def product(first, second, unit):
    """(first * second).to(unit), as pint computes it."""
    return to(times(first, second), unit)


def of(value: float, unit):
    """A quantity of `value` `unit`s (cheaper than `value * unit`)."""
    if type(value) in _PLAIN and type(unit) is _UNIT:
        return _new(value, unit._units)
    return ureg.Quantity(value, unit)


@lru_cache(maxsize=1024)
def _parsed(text: str) -> tuple:
    parsed = ureg.Quantity(text)
    return parsed._magnitude, parsed._units


def quantity(text: str):
    """`ureg.Quantity(text)` (pint's own parser: '1 g/mL', '3 h', '0.5 mL'), each spelling
    parsed once per run: the defaults and protocols write the same few texts many times,
    and a parse costs ~0.3 ms. What is kept is pint's result itself (its number, int or
    float, and its immutable unit container), and every call returns a new Quantity of it,
    so that no caller can change what another receives. Text pint cannot read raises as
    pint does, every time (a failure is not kept)."""
    magnitude, units = _parsed(text)
    return _new(magnitude, units) if type(magnitude) in _PLAIN else ureg.Quantity(magnitude, units)
