"""Volumes as a technician measures them: with a real syringe, to its finest mark.

A volume is measured by one syringe of the site's table (defaults.toml [syringes]) in one
fill, by up to 3 fills of a smaller, finer syringe (equal fills, or full ones and the
rest), or (larger than the largest syringe) in fills of the largest. Of these the measurement chosen is, in order:

1. one that keeps every hard maximum that the exact volume keeps (a dose at its label
   maximum is never rounded above it, whatever other limit is already exceeded);
2. one within the site's deviation rule (`dose_deviation`), the fewest fills first, then
   the closest, then the smallest syringe (usually: the smallest syringe that holds it);
   without a rule (a diluent), the nearest mark in the fewest fills;
3. one that keeps the minimum dose that the exact volume keeps;
4. otherwise the closest one, which the checks then report.

Shares of a total (bags) are whole graduation steps chosen so that the printed shares add
up to the printed total.

Quantities go in and come out. Inside, volumes are counted in whole graduation steps
(integers): that is what a syringe's marks are, it keeps sums exact, and it runs on every
keystroke without the cost of unit arithmetic. A step count and a volume are never mixed:
`_ml(steps, mark)` takes only a whole number of steps (an int), so a volume passed where a
count belongs (0.89 mL read as 0.89 steps of 0.01 mL = 0.0089 mL) fails at once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache, cached_property

from ..defaults import Syringe, app_defaults
from ..units import DIMENSIONLESS, ML, divided, magnitude, of
from .beyond import above, below

# Below this (in mL) a volume is nothing to measure: floating-point dust of a subtraction.
_NOTHING = 1e-9
_SLACK = 1e-9

# Fills of one smaller, finer syringe tried for a volume that one syringe holds: more
# refills of a small syringe add more error and handling than they save.
MOST_FINER_FILLS = 3


class TooManyFills(ValueError):
    """A volume that would take more fills of the largest syringe than can be done; the plan
    refuses such volumes before measuring them (implausible_result), so this is never seen."""


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

    @property
    def deviation(self) -> float:
        """measured / ordered − 1."""
        return self.volume_ml / self.ordered_ml - 1.0 if self.ordered_ml > 0 else 0.0


@dataclass(frozen=True)
class Within:
    """Where the measured total must stay (mL). `maxima`: volumes beyond which a hard
    maximum of what reaches the patient (dose, dose cap, DMSO, cell rate) is crossed;
    `minima`: below which a minimum is. Each is kept whenever the exact volume keeps it, even
    when another is already crossed by the order itself (too much DMSO does not free the
    dose from its maximum); a maximum wins over a minimum. `tolerance`: the site's deviation
    rule (|measured / ordered − 1| at most this), which picks the measurement."""
    maxima: tuple[float, ...] = ()
    minima: tuple[float, ...] = ()
    tolerance: float | None = None

    def kept(self, exact: float) -> tuple[float | None, float | None]:
        """(most, least) of the bounds that `exact` mL keeps."""
        most = min((bound for bound in self.maxima if not above(exact, bound)), default=None)
        least = max((bound for bound in self.minima if not below(exact, bound)), default=None)
        if most is not None and least is not None and least > most:
            least = None
        return most, least

    def share(self, count: int) -> "Within":
        """The bounds of one of `count` equal shares."""
        return Within(tuple(b / count for b in self.maxima), tuple(b / count for b in self.minima), self.tolerance)


ANYTHING = Within()


def bounds(most_ml: float | None = None, least_ml: float | None = None, tolerance: float | None = None) -> Within:
    return Within(() if most_ml is None else (most_ml,), () if least_ml is None else (least_ml,), tolerance)


def _fits(total: float, most: float | None, least: float | None) -> bool:
    return not (most is not None and above(total, most)) and not (least is not None and below(total, least))


def _ml(count: int, mark: float) -> float:
    """`count` marks in mL, rounded so that 78 × 0.1 mL is 7.8, not 7.800000000000001."""
    if not isinstance(count, int):
        raise TypeError(f"a number of syringe marks is a whole number, not {count!r}")
    return round(count * mark, 9)


def _steps(millilitres: float, mark: float) -> int:
    """Whole steps of `mark`, rounded half up (never banker's rounding)."""
    return int(math.floor(millilitres / mark + 0.5 + _SLACK))


def _neighbours(millilitres: float, mark: float) -> tuple[int, ...]:
    """The marks either side of `millilitres` (one when it sits on a mark)."""
    low = int(math.floor(millilitres / mark + _SLACK))
    high = int(math.ceil(millilitres / mark - _SLACK))
    return (low,) if low == high else (low, high)


def _bounded_steps(millilitres: float, mark: float, within: Within, offset: float = 0.0) -> int:
    """Whole steps of `mark` for `millilitres`: the nearest unless that (plus `offset` mL
    measured elsewhere) crosses a bound that the exact volume keeps; then the other
    neighbouring mark when it keeps them all."""
    most, least = within.kept(offset + millilitres)
    nearest = _steps(millilitres, mark)
    if _fits(offset + nearest * mark, most, least):
        return nearest
    for other in _neighbours(millilitres, mark):
        if other != nearest and _fits(offset + other * mark, most, least):
            return other
    if most is not None and above(offset + nearest * mark, most):   # a maximum wins over a minimum
        return int(math.floor(millilitres / mark + _SLACK))
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


@cache
def most_fills() -> int:
    """Fills of the largest syringe for the largest plausible volume (defaults.toml
    [plausible] volume): anything needing more is refused before it is measured."""
    high = float(app_defaults().plausible["volume"][1].m_as(ML))
    return math.ceil(high / _table().sizes[-1] - _SLACK)


def finest_mark_ml() -> float:
    """The finest graduation of the syringe table (mL): nothing smaller can be measured."""
    return min(_table().marks)


def syringes() -> tuple[Syringe, ...]:
    return _table().syringes


def steps(volume, graduation) -> int:
    return _steps(magnitude(volume, ML), magnitude(graduation, ML))


def rounded(volume, graduation):
    mark = magnitude(graduation, ML)
    return of(_ml(_steps(magnitude(volume, ML), mark), mark), ML)


def _smallest(millilitres: float, table: _Table) -> int | None:
    for index, (size, mark) in enumerate(zip(table.sizes, table.marks)):
        if _steps(millilitres, mark) * mark <= size + _SLACK:
            return index
    return None


def _candidates(millilitres: float, table: _Table):
    """Every way the table measures `millilitres`: (syringe index, fills in mL)."""
    holder = _smallest(millilitres, table)
    last = len(table.sizes) - 1
    for index, (size, mark) in enumerate(zip(table.sizes, table.marks)):
        fills = max(1, math.ceil(millilitres / size - _SLACK))
        if fills > 1 and index != last and (holder is None or index > holder or fills > MOST_FINER_FILLS):
            continue                               # refills only of a finer syringe, or of the largest
        if fills > most_fills():
            raise TooManyFills(f"{millilitres:g} mL would take {fills} fills of the {size:g} mL syringe")
        for each in _neighbours(millilitres / fills, mark):
            if 0 < each and _ml(each, mark) <= size + _SLACK:
                yield index, (_ml(each, mark),) * fills
        full = int(math.floor(millilitres / size + _SLACK))
        if 0 < full and fills > 1:
            for rest in _neighbours(millilitres - full * size, mark):
                if _ml(rest, mark) <= size + _SLACK:
                    yield index, (size,) * full + ((_ml(rest, mark),) if rest > 0 else ())


def smallest_syringe(volume) -> Syringe | None:
    """The smallest syringe whose capacity holds `volume` as measured on its own marks."""
    table = _table()
    index = _smallest(magnitude(volume, ML), table)
    return None if index is None else table.syringes[index]


def measure(volume, within: Within = ANYTHING) -> Measured | None:
    """`volume` measured as the module docstring says; None for no volume at all."""
    return measure_ml(magnitude(volume, ML), within)


def measure_ml(millilitres: float, within: Within = ANYTHING) -> Measured | None:
    table = _table()
    if millilitres <= _NOTHING:
        return None
    most, least = within.kept(millilitres)
    tolerance = within.tolerance
    fewest = max(1, math.ceil(millilitres / table.sizes[-1] - _SLACK))
    best_key, best = None, None
    for index, fills in _candidates(millilitres, table):
        total = round(sum(fills), 9)
        kept = _fits(total, most, least)
        kept_most = most is None or not above(total, most)
        off = abs(total / millilitres - 1.0)
        # without a rule (the diluent), the nearest mark in the fewest fills is "within" it
        inside = (off <= tolerance + _SLACK if tolerance is not None
                  else len(fills) == fewest and abs(total - millilitres) <= table.marks[index] / 2 + _SLACK)
        # within the rule: fewest fills, then closest; otherwise the closest; never a zero
        # (ties: the larger volume, as rounding half up does; then the smaller syringe)
        # (a rule given: within it before a soft minimum; no rule: the bounds first)
        order = (not inside, not kept) if tolerance is not None else (not kept, not inside)
        key = (not kept_most, *order,
               (len(fills), round(off, 12)) if inside else (round(off, 12), len(fills)),
               -total, table.sizes[index])
        if best_key is None or key < best_key:
            best_key, best = key, (index, fills)
    index, fills = best
    return Measured(millilitres, table.syringes[index], fills, table.marks[index], table.sizes[index],
                    table.hubs[index])


def deviation(delivered, ordered) -> float:
    """delivered / ordered − 1: positive when more is given than ordered."""
    return magnitude(divided(delivered, ordered), DIMENSIONLESS) - 1.0


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
    floors = [int(math.floor(value + _SLACK)) for value in raw]
    spare = whole - sum(floors)
    for index in sorted(range(len(raw)), key=lambda i: raw[i] - floors[i], reverse=True)[:max(spare, 0)]:
        floors[index] += 1
    return tuple(_ml(value, mark) for value in floors)
