"""Volumes as a technician measures them: with a real syringe, to its finest mark.

Each volume is given the smallest syringe of the site's table (defaults.toml [syringes])
that holds it, and rounded to that syringe's graduation; a volume larger than the largest
syringe is drawn in several fills of it. Shares of a total (bags) are whole graduation
steps chosen so that the printed shares add up to the printed total.

Quantities go in and come out. Inside, volumes are counted in whole graduation steps
(integers): that is what a syringe's marks are, it keeps sums exact, and it runs on every
keystroke without the cost of unit arithmetic.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

from ..defaults import Syringe, app_defaults
from ..units import ML

# Below this (in mL) a volume is nothing to measure: floating-point dust of a subtraction.
_NOTHING = 1e-9


@dataclass(frozen=True)
class Measured:
    """A volume measured with a syringe: each fill as read on its marks."""
    ordered: object                 # the exact volume wanted (mL)
    syringe: Syringe
    fills: tuple[object, ...]       # what each fill measures (mL); one fill unless larger than the syringe

    @property
    def volume(self):
        return sum(self.fills[1:], self.fills[0])

    @property
    def graduation(self):
        return self.syringe.graduation


@dataclass(frozen=True)
class _Table:
    syringes: tuple[Syringe, ...]
    sizes: tuple[float, ...]        # mL
    marks: tuple[float, ...]        # mL


@cache
def _table() -> _Table:
    table = app_defaults().syringes
    return _Table(table, tuple(float(s.size.m_as(ML)) for s in table), tuple(float(s.graduation.m_as(ML)) for s in table))


def syringes() -> tuple[Syringe, ...]:
    return _table().syringes


def _steps(millilitres: float, mark: float) -> int:
    """Whole steps of `mark`, rounded half up (never banker's rounding)."""
    return int(math.floor(millilitres / mark + 0.5 + 1e-9))


def _ml(count: int, mark: float):
    """`count` marks as a volume; rounded so that 78 × 0.1 mL prints 7.8, not 7.800000000000001."""
    return round(count * mark, 9) * ML


def steps(volume, graduation) -> int:
    return _steps(float(volume.m_as(ML)), float(graduation.m_as(ML)))


def rounded(volume, graduation):
    mark = float(graduation.m_as(ML))
    return _ml(_steps(float(volume.m_as(ML)), mark), mark)


def _smallest(millilitres: float, table: _Table) -> int | None:
    for index, (size, mark) in enumerate(zip(table.sizes, table.marks)):
        if _steps(millilitres, mark) * mark <= size + 1e-9:
            return index
    return None


def smallest_syringe(volume) -> Syringe | None:
    """The smallest syringe whose capacity holds `volume` as measured on its own marks."""
    table = _table()
    index = _smallest(float(volume.m_as(ML)), table)
    return None if index is None else table.syringes[index]


def measure(volume) -> Measured | None:
    """`volume` with the smallest syringe that holds it, or in fills of the largest; None
    for no volume at all."""
    table = _table()
    millilitres = float(volume.m_as(ML))
    if millilitres <= _NOTHING:
        return None
    index = _smallest(millilitres, table)
    if index is not None:
        mark = table.marks[index]
        return Measured(volume, table.syringes[index], (_ml(_steps(millilitres, mark), mark),))
    size, mark = table.sizes[-1], table.marks[-1]
    full = math.floor(millilitres / size + 1e-9)
    rest = _steps(millilitres - full * size, mark)
    fills = (size * ML,) * full + ((_ml(rest, mark),) if rest > 0 else ())
    return Measured(volume, table.syringes[-1], fills)


def deviation(delivered, ordered) -> float:
    """delivered / ordered − 1: positive when more is given than ordered."""
    return float((delivered / ordered).m_as("")) - 1.0


def smaller_suggestion(volume, chosen: Syringe, limit: float) -> tuple[Syringe, int, object] | None:
    """A smaller syringe that measures `volume` within `limit` in k equal fills:
    (syringe, k, each fill), the largest such syringe; None when none does."""
    table = _table()
    millilitres = float(volume.m_as(ML))
    for index in reversed(range(len(table.syringes))):
        size, mark = table.sizes[index], table.marks[index]
        if table.syringes[index].size >= chosen.size:
            continue
        fills = math.ceil(millilitres / size - 1e-9)
        each = _steps(millilitres / fills, mark)
        if each * mark <= size + 1e-9 and abs(each * mark * fills / millilitres - 1) <= limit:
            return table.syringes[index], fills, _ml(each, mark)
    return None


def apportion(total, count: int, unit) -> tuple[object, ...]:
    """`total` in `count` shares of whole `unit` steps that add up to `total` rounded to the
    unit: equal where they can be, the first ones one step larger for the remainder."""
    mark = float(unit.m_as(ML))
    base, extra = divmod(_steps(float(total.m_as(ML)), mark), count)
    return tuple(_ml(base + (1 if index < extra else 0), mark) for index in range(count))


def shares_of(exact: tuple, unit) -> tuple[object, ...]:
    """Unequal exact shares as whole `unit` steps adding up to their rounded sum (largest
    remainders get the spare steps), so that printed parts add up to the printed whole."""
    mark = float(unit.m_as(ML))
    raw = [float(part.m_as(ML)) / mark for part in exact]
    whole = _steps(sum(raw) * mark, mark)
    floors = [math.floor(value + 1e-9) for value in raw]
    spare = whole - sum(floors)
    for index in sorted(range(len(raw)), key=lambda i: raw[i] - floors[i], reverse=True)[:max(spare, 0)]:
        floors[index] += 1
    return tuple(_ml(value, mark) for value in floors)
