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
    """How many `unit`s `quantity` is. Most quantities are already in the unit asked for:
    then the number is read directly, which costs a hundredth of a conversion (this runs
    on every keystroke; see bench/recompute.py)."""
    units = quantity._units                 # pint's own unit container
    if units is unit._units or units == unit._units:
        return float(quantity.magnitude)
    return float(quantity.m_as(unit))


def of(value: float, unit):
    """A quantity of `value` `unit`s (cheaper than `value * unit`)."""
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
    return ureg.Quantity(magnitude, units)
