"""What is filled: the one bag or syringe, or equal bags when the preparation is larger than
the largest container, infused one after another.

Each container has its exact share (the shares add up exactly) and what the technician
measures for it: the draw and the diluent on real syringes, rounded to their marks, with
the printed shares of all containers adding up to the printed totals.

The figures are kept as numbers in mL, cells and minutes and become quantities when read
(properties): filling runs on every keystroke, and most of its figures are only printed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from .. import clock
from ..units import CELL, CELL_PER_ML, MIN, ML, ML_PER_MIN, magnitude, of
from .measuring import ANYTHING, Measured, Within, measure_ml


@dataclass(frozen=True)
class Bag:
    number: int
    of: int
    cells_n: float                      # exact share of the dose
    drawn_ml: float                     # exact share of the product drawn
    diluent_ml: float
    final_ml: float
    duration_min: float                 # its part of the infusion
    latest_start: datetime | None       # infused one after another, each must end by use-by
    draw: Measured | None = None        # what is drawn for it, measured (product, or diluted suspension)
    diluent: Measured | None = None     # diluent measured with a syringe; None when none is, or it runs in line
    diluent_measured_ml: float = 0.0    # diluent in it (measured, the stated infusion-bag volume, or in line)
    final_measured_ml: float = 0.0      # what it holds in all, as measured
    cells_delivered_n: float = 0.0      # cells in the measured draw

    @property
    def draw_ml(self) -> float:
        return self.draw.volume_ml if self.draw is not None else 0.0

    @cached_property
    def cells(self):
        return of(self.cells_n, CELL)

    @cached_property
    def volume_to_draw(self):
        return of(self.drawn_ml, ML)

    @cached_property
    def diluent_volume(self):
        return of(self.diluent_ml, ML)

    @cached_property
    def final_volume(self):
        return of(self.final_ml, ML)

    @cached_property
    def duration(self):
        return of(self.duration_min, MIN)

    @cached_property
    def draw_measured(self):
        return of(self.draw_ml, ML)

    @cached_property
    def diluent_measured(self):
        return of(self.diluent_measured_ml, ML)

    @cached_property
    def final_measured(self):
        return of(self.final_measured_ml, ML)

    @cached_property
    def cells_delivered(self):
        return of(self.cells_delivered_n, CELL)


def _shares(total: float, count: int) -> list[float]:
    """`count` equal parts of `total`; the last takes the rounding so the sum is exact."""
    if count == 1:
        return [total]
    part = total / count
    return [part] * (count - 1) + [total - part * (count - 1)]


def bags_needed(contained, largest_container) -> int:
    return max(1, math.ceil(magnitude(contained, ML) / magnitude(largest_container, ML) - 1e-9))


def _measured_shares(total: float, count: int, within: Within = ANYTHING) -> list[Measured | None]:
    """`total` mL measured in `count` equal shares. Each bag is a draw of its own and is
    measured under the same rules as a single draw (measuring.measure_ml): every hard
    maximum that the exact share keeps (dose, DMSO, cells/kg/min over the bag's part of the
    infusion) is kept per bag, within the deviation rule. The bags are equal, so the
    measured total is the sum of the identical measured shares."""
    if total <= 1e-9:
        return [None] * count
    if count == 1:
        return [measure_ml(total, within)]
    each = measure_ml(total / count, within.share(count))
    return [each] * count


def _diluent_shares(total: float, draws: list, finals: list[float]) -> list[Measured | None]:
    """The diluent measured per container so that the containers come out as equal as the
    marks allow: a bag that got one more step of product gets one step less of diluent."""
    count = len(finals)
    if total <= 1e-9:
        return [None] * count
    if count == 1:
        return [measure_ml(total)]
    # each bag measured on its own (as its draw is), so that equal draws give equal bags
    # that run equally long: no bag runs faster than its share of the infusion
    ideal = tuple(max(final - (draw.volume_ml if draw is not None else 0.0), 0.0) for final, draw in zip(finals, draws))
    return [measure_ml(share) for share in ideal]


@dataclass(frozen=True)
class Filling:
    """How the containers are filled, from the plan's exact figures."""
    count: int                  # containers filled (1 unless split)
    drawn_total: object         # exact volume drawn in all (product, or the diluted suspension)
    concentration: object       # of what is drawn, on the dose basis
    diluent_total: object       # exact diluent in the containers (0 when it runs in line)
    diluent_by_syringe: bool    # False: in line, in the infusion bag already, or in the suspension
    diluent_each_fixed: object | None = None   # the stated infusion-bag volume, per container
    diluent_in_draw: float | None = None       # diluted suspension: the diluent's part of what is drawn
    within: Within = ANYTHING                  # bounds of the total drawn, from the hard limits


def fill_containers(dose, volume_to_draw, diluent_volume, final_volume, duration, use_by: datetime | None,
                    filling: Filling, rate=None, product_rate=None) -> tuple[Bag, ...]:
    """The containers with their exact and measured shares, infused one after another.
    `rate` (entered): the pump runs at it and each bag takes as long as its measured volume
    needs; `product_rate` (the product flow a protocol sets): each bag takes as long as its
    measured draw needs at that flow; otherwise each bag runs for its part of the duration
    (delivered.pump_holds says which, for the totals too: the bags add up to them)."""
    count = filling.count
    cells = _shares(magnitude(dose, CELL), count)
    drawn = _shares(magnitude(volume_to_draw, ML), count)
    diluent = _shares(magnitude(diluent_volume, ML), count)
    final = _shares(magnitude(final_volume, ML), count)
    minutes = magnitude(duration, MIN)
    concentration = magnitude(filling.concentration, CELL_PER_ML)
    draws = _measured_shares(magnitude(filling.drawn_total, ML), count, filling.within)
    measured_draws = [m.volume_ml if m is not None else 0.0 for m in draws]
    diluents = [None] * count
    if filling.diluent_in_draw is not None:     # the diluent came in with the suspension drawn
        added = [d * filling.diluent_in_draw for d in measured_draws]
        finals = list(measured_draws)
    else:
        if filling.diluent_by_syringe:
            diluents = _diluent_shares(magnitude(filling.diluent_total, ML), draws, final)
            added = [m.volume_ml if m is not None else 0.0 for m in diluents]
        elif filling.diluent_each_fixed is not None:
            added = [magnitude(filling.diluent_each_fixed, ML)] * count
        else:       # in line: the diluent runs beside the product in its ratio to what was drawn, as measured
            drawn_total = magnitude(filling.drawn_total, ML)
            ratio = magnitude(filling.diluent_total, ML) / drawn_total if drawn_total > 0 else 0.0
            added = [round(d * ratio, 9) for d in measured_draws]
        finals = [round(d + a, 9) for d, a in zip(measured_draws, added)]
    total_final = sum(finals)
    # Each container runs for its part of the measured volume; the parts add up to the duration.
    if rate is not None and magnitude(rate, ML_PER_MIN) > 0:
        each = [f / magnitude(rate, ML_PER_MIN) for f in finals]
    elif product_rate is not None and magnitude(product_rate, ML_PER_MIN) > 0:
        each = [d / magnitude(product_rate, ML_PER_MIN) for d in measured_draws]
    else:
        each = [minutes * f / total_final for f in finals] if total_final > 0 else _shares(minutes, count)
    bags = []
    for index in range(count):
        latest = None
        if use_by is not None:
            remaining = sum(each[index:])    # this bag and all after it must end by use-by
            try:
                latest = clock.earlier(use_by, of(remaining, MIN))
            except OverflowError:
                latest = None
        bags.append(Bag(index + 1, count, cells[index], drawn[index], diluent[index], final[index], each[index],
                        latest, draws[index], diluents[index], added[index], finals[index],
                        measured_draws[index] * concentration))
    return tuple(bags)
