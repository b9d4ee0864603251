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
from functools import cache, cached_property

from ..defaults import Syringe, app_defaults
from ..units import ML, magnitude, of
from .beyond import above, below

# Below this (in mL) a volume is nothing to measure: floating-point dust of a subtraction.
_NOTHING = 1e-9


@dataclass(frozen=True)
class Measured:
    """A volume measured with a syringe: each fill as read on its marks (in mL)."""
    ordered_ml: float               # the exact volume wanted
    syringe: Syringe
    fills_ml: tuple[float, ...]     # what each fill measures; one fill unless larger than the syringe
    mark_ml: float                  # the syringe's graduation
    size_ml: float                  # the syringe's capacity
    hub_ml: float                   # its hub and needle dead space: drawn, not delivered

    @cached_property
    def volume_ml(self) -> float:
        return round(sum(self.fills_ml), 9)

    @cached_property
    def volume(self):
        return of(self.volume_ml, ML)

    @property
    def ordered(self):
        return of(self.ordered_ml, ML)

    @property
    def fills(self) -> tuple:
        return tuple(of(fill, ML) for fill in self.fills_ml)

    @property
    def graduation(self):
        return self.syringe.graduation



@dataclass(frozen=True)
class Within:
    """The measured total must stay within these volumes (mL) when the exact volume does:
    beyond `most_ml` a hard maximum of what reaches the patient (dose, DMSO, cell rate)
    would be crossed, below `least_ml` a minimum. Rounding to the nearest mark takes the
    other neighbouring mark instead; a hard maximum wins over a minimum."""
    most_ml: float | None = None
    least_ml: float | None = None

    def over(self, millilitres: float) -> bool:
        return self.most_ml is not None and above(millilitres, self.most_ml)

    def under(self, millilitres: float) -> bool:
        return self.least_ml is not None and below(millilitres, self.least_ml)

    def share(self, count: int) -> "Within":
        """The bounds of one of `count` equal fills."""
        return Within(None if self.most_ml is None else self.most_ml / count,
                      None if self.least_ml is None else self.least_ml / count)


ANYTHING = Within()


def _bounded_steps(millilitres: float, mark: float, within: Within, offset: float = 0.0) -> int:
    """Whole steps of `mark` for `millilitres`, the nearest unless that (plus `offset` mL
    measured in other fills) crosses a bound the exact volume keeps."""
    nearest = _steps(millilitres, mark)
    total, exact = offset + nearest * mark, offset + millilitres
    if within.over(total) and not within.over(exact):
        down = math.floor(millilitres / mark + 1e-9)
        if not within.under(offset + down * mark):
            return down
    elif within.under(total) and not within.under(exact):
        up = math.ceil(millilitres / mark - 1e-9)
        if not within.over(offset + up * mark):
            return up
    return nearest


@dataclass(frozen=True)
class _Table:
    syringes: tuple[Syringe, ...]
    sizes: tuple[float, ...]        # mL
    marks: tuple[float, ...]        # mL
    hubs: tuple[float, ...]         # mL


@cache
def _table() -> _Table:
    table = app_defaults().syringes
    return _Table(table, tuple(float(s.size.m_as(ML)) for s in table), tuple(float(s.graduation.m_as(ML)) for s in table),
                  tuple(float(s.dead_space.m_as(ML)) for s in table))


def syringes() -> tuple[Syringe, ...]:
    return _table().syringes


def _steps(millilitres: float, mark: float) -> int:
    """Whole steps of `mark`, rounded half up (never banker's rounding)."""
    return int(math.floor(millilitres / mark + 0.5 + 1e-9))


def _ml(count: int, mark: float) -> float:
    """`count` marks in mL, rounded so that 78 × 0.1 mL is 7.8, not 7.800000000000001."""
    return round(count * mark, 9)


def steps(volume, graduation) -> int:
    return _steps(magnitude(volume, ML), magnitude(graduation, ML))


def rounded(volume, graduation):
    mark = magnitude(graduation, ML)
    return of(_ml(_steps(magnitude(volume, ML), mark), mark), ML)


def _smallest(millilitres: float, table: _Table) -> int | None:
    for index, (size, mark) in enumerate(zip(table.sizes, table.marks)):
        if _steps(millilitres, mark) * mark <= size + 1e-9:
            return index
    return None


# Fills of one smaller syringe tried when the nearest mark would cross a bound.
_MOST_FILLS = 3    # more refills of a small syringe add more error than they save


def _kept_within(millilitres: float, index: int, within: Within, table: _Table) -> Measured:
    """The nearest mark of syringe `index` crosses a bound: the measurement closest to
    `millilitres` that keeps within it, either the other mark of that syringe or equal fills
    of a smaller syringe with finer marks (a 14.97 mL dose at its maximum is 2 × 7.4 mL on
    the 10 mL syringe rather than 14 mL on the 20 mL one)."""
    mark, size = table.marks[index], table.sizes[index]
    count = _bounded_steps(millilitres, mark, within)
    best = Measured(millilitres, table.syringes[index], (_ml(min(count * mark, size), mark),), mark, size,
                    table.hubs[index])
    for smaller in reversed(range(index)):   # the larger syringes first: fewer fills
        size_s, mark_s = table.sizes[smaller], table.marks[smaller]
        fills = math.ceil(millilitres / size_s - 1e-9)
        if fills > _MOST_FILLS:
            continue
        each = _bounded_steps(millilitres / fills, mark_s, within.share(fills))
        full = math.floor(millilitres / size_s + 1e-9)
        rest = _bounded_steps(millilitres - full * size_s, mark_s, within, full * size_s)
        # equal fills, or full syringes and the rest: whichever comes closer
        for candidate in ((_ml(each, mark_s),) * fills, (size_s,) * full + ((_ml(rest, mark_s),) if rest else ())):
            total = sum(candidate)
            if (not candidate or len(candidate) > _MOST_FILLS or max(candidate) > size_s + 1e-9 or within.over(total) or within.under(total)
                    or abs(total - millilitres) >= abs(best.volume_ml - millilitres) - 1e-9):
                continue
            best = Measured(millilitres, table.syringes[smaller], candidate, mark_s, size_s, table.hubs[smaller])
    return best


def smallest_syringe(volume) -> Syringe | None:
    """The smallest syringe whose capacity holds `volume` as measured on its own marks."""
    table = _table()
    index = _smallest(magnitude(volume, ML), table)
    return None if index is None else table.syringes[index]


def measure(volume) -> Measured | None:
    """`volume` with the smallest syringe that holds it, or in fills of the largest; None
    for no volume at all."""
    return measure_ml(magnitude(volume, ML))


def measure_ml(millilitres: float, within: Within = ANYTHING) -> Measured | None:
    table = _table()
    if millilitres <= _NOTHING:
        return None
    index = _smallest(millilitres, table)
    if index is not None:
        mark, size = table.marks[index], table.sizes[index]
        nearest = _steps(millilitres, mark) * mark
        if ((within.over(nearest) and not within.over(millilitres))
                or (within.under(nearest) and not within.under(millilitres))):
            return _kept_within(millilitres, index, within, table)
        return Measured(millilitres, table.syringes[index], (_ml(_steps(millilitres, mark), mark),), mark, size,
                        table.hubs[index])
    size, mark = table.sizes[-1], table.marks[-1]
    full = math.floor(millilitres / size + 1e-9)
    rest = _bounded_steps(millilitres - full * size, mark, within, full * size)
    return Measured(millilitres, table.syringes[-1], (size,) * full + ((_ml(rest, mark),) if rest > 0 else ()),
                    mark, size, table.hubs[-1])


def deviation(delivered, ordered) -> float:
    """delivered / ordered − 1: positive when more is given than ordered."""
    return float((delivered / ordered).m_as("")) - 1.0


def smaller_suggestion(volume, chosen: Syringe, limit: float,
                       within: Within = ANYTHING) -> tuple[Syringe, int, object] | None:
    """A smaller syringe that measures `volume` within `limit` in k equal fills:
    (syringe, k, each fill), the largest such syringe; None when none does."""
    table = _table()
    millilitres = magnitude(volume, ML)
    for index in reversed(range(len(table.syringes))):
        size, mark = table.sizes[index], table.marks[index]
        if table.syringes[index].size >= chosen.size:
            continue
        fills = math.ceil(millilitres / size - 1e-9)
        each = _bounded_steps(millilitres / fills, mark, within.share(fills))
        if each * mark <= size + 1e-9 and abs(each * mark * fills / millilitres - 1) <= limit:
            return table.syringes[index], fills, of(_ml(each, mark), ML)
    return None


def apportion_ml(total: float, count: int, mark: float, within: Within = ANYTHING) -> tuple[float, ...]:
    """`total` mL in `count` shares of whole `mark` steps that add up to `total` rounded to
    the mark (within `within`): equal where they can be, the first ones one step larger for
    the remainder."""
    base, extra = divmod(_bounded_steps(total, mark, within), count)
    return tuple(_ml(base + (1 if index < extra else 0), mark) for index in range(count))


def shares_of_ml(exact: tuple[float, ...], mark: float) -> tuple[float, ...]:
    """Unequal exact shares (mL) as whole `mark` steps adding up to their rounded sum (the
    largest remainders get the spare steps), so that printed parts add up to the whole."""
    raw = [part / mark for part in exact]
    whole = _steps(sum(exact), mark)
    floors = [math.floor(value + 1e-9) for value in raw]
    spare = whole - sum(floors)
    for index in sorted(range(len(raw)), key=lambda i: raw[i] - floors[i], reverse=True)[:max(spare, 0)]:
        floors[index] += 1
    return tuple(_ml(value, mark) for value in floors)
