"""The one comparison of a figure with its limit, and how the two are written side by side.

A figure equal to its limit is within it. Figures reach a limit through floating-point
arithmetic: 280 unstained of 400 counted, or 2.2 × 10⁵ cells/mL drawn to exactly 1 g/kg of
DMSO, come out a few units in the 16th digit beyond the limit. "Equal" therefore means
equal to a relative 1e-9: a billion times finer than any figure is printed (3 to 4
digits) or measured, and still a million times coarser than floating-point noise, so no
real excess is hidden.
"""

from __future__ import annotations

from .. import display
from ..units import magnitude_as

RELATIVE = 1e-9


def _numbers(value, bound) -> tuple[float, float]:
    if hasattr(value, "units"):
        return float(value.magnitude), magnitude_as(bound, value)
    return float(value), float(bound)


def above(value, bound) -> bool:
    """`value` is beyond a maximum `bound` (by more than the relative tolerance)."""
    number, limit = _numbers(value, bound)
    return number > limit + RELATIVE * abs(limit)


def below(value, bound) -> bool:
    """`value` is beyond a minimum `bound` (by more than the relative tolerance)."""
    number, limit = _numbers(value, bound)
    return number < limit - RELATIVE * abs(limit)


def beyond(value, bound, side: str) -> bool:
    """`side` is "max" or "min", as a limit's spec says."""
    return above(value, bound) if side == "max" else below(value, bound)


def apart(value, bound, show=None) -> tuple[str, str]:
    """(value, bound) as texts, with as many digits as it takes (3 to 9) for a figure
    really beyond its limit not to read as equal to it: never "1 g/kg is above 1 g/kg"."""
    show = show or display.any_quantity
    for digits in range(3, 10):
        texts = show(value, digits), show(bound, digits)
        if texts[0] != texts[1]:
            return texts
    return texts


def percent_apart(value: float, bound: float) -> tuple[str, str]:
    return apart(value, bound, display.percent)
