"""Numbers for people: how quantities are written on screen and on paper.

Display only; results stay unrounded in the plan and in JSON. Following ISMP advice, no
trailing zeros ("5 mL", never "5.0 mL") and always a leading zero ("0.5 mL").
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from datetime import datetime
from functools import lru_cache

from .units import (CELL, CELL_PER_KG, CELL_PER_KG_MIN, CELL_PER_ML, DROP_PER_MIN, G,
                    G_PER_KG, KG, MIN, ML, ML_PER_H, ML_PER_KG, ML_PER_MIN, magnitude)

_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")

# unit -> how it is written after a number
UNIT_TEXT = {
    CELL: "cells", CELL_PER_KG: "cells/kg", CELL_PER_ML: "cells/mL",
    CELL_PER_KG_MIN: "cells/kg/min", ML: "mL", ML_PER_MIN: "mL/min", ML_PER_H: "mL/h",
    DROP_PER_MIN: "drops/min", MIN: "min", G: "g", G_PER_KG: "g/kg", KG: "kg", ML_PER_KG: "mL/kg",
}


@lru_cache(maxsize=4096, typed=True)
def significant(value: float, digits: int = 3) -> str:
    """`digits` significant figures, no trailing zeros, no exponent. A text depends on the
    number and digits alone: each is worked out once (typed: 1 and 1.0 are kept apart)."""
    if value == 0 or not math.isfinite(value):
        return "0" if value == 0 else str(value)
    decimals = max(0, digits - 1 - math.floor(math.log10(abs(value))))
    # A figure exactly half-way (142.5 at 3 digits) keeps its digit: rounding half to even
    # would print 142 beside figures that say 142.5 (issue 21); otherwise the nearest.
    exact = Decimal(repr(value))
    if abs(exact.scaleb(decimals) % 1) == Decimal("0.5"):
        decimals += 1
    text = f"{exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP):f}" if decimals else \
        f"{exact.quantize(Decimal(1), rounding=ROUND_HALF_UP):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def cells_text(value: float, digits: int = 3) -> str:
    """Cell numbers in the field's own way: '70 × 10⁶', '2 × 10⁹'."""
    if value == 0:
        return "0"
    exponent = 9 if abs(value) >= 10**9 else 6 if abs(value) >= 10**5 else 3 if abs(value) >= 10**3 else 0
    mantissa = significant(value / 10 ** exponent, digits)
    return mantissa if exponent == 0 else f"{mantissa} × 10{str(exponent).translate(_SUPERSCRIPT)}"


def quantity(q, unit, digits: int = 3) -> str:
    """A quantity in `unit`, e.g. quantity(rate, ML_PER_H) -> '100 mL/h'."""
    if q is None:
        return "—"
    value = magnitude(q, unit)
    label = UNIT_TEXT.get(unit) or f"{unit:~P}"
    number = cells_text(value, digits) if "[cell]" in unit.dimensionality else significant(value, digits)
    return f"{number} {label}"


def duration(q) -> str:
    minutes = magnitude(q, MIN)
    if minutes < 120:
        return f"{significant(minutes, 3)} min"
    hours, rest = divmod(round(minutes), 60)
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def percent(fraction: float | None, digits: int = 3) -> str:
    if fraction is None:
        return "—"
    # Floating-point dust (an exact fill computes as 2e-16) is zero to a reader.
    return f"{significant(0.0 if abs(fraction) < 1e-9 else fraction * 100, digits)}%"


def clock(moment: datetime | None) -> str:
    """An instant on the site's clock; inside the hour that happens twice, with its offset."""
    from . import clock as site_clock
    return site_clock.text(moment)



def any_quantity(value, digits: int = 3) -> str:
    """A quantity in the display unit of its dimension: '2 × 10⁶ cells/kg', '3 h', a body
    weight in kg and a DMSO mass in g."""
    if value.dimensionality == KG.dimensionality and abs(magnitude(value, KG)) >= 0.1:
        return quantity(value, KG, max(digits, 4))
    for unit in UNIT_TEXT:
        if value.dimensionality == unit.dimensionality:
            return duration(value) if unit is MIN and digits == 3 else quantity(value, unit, digits)
    return f"{value:~P}"
