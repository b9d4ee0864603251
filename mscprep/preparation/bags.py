"""What is filled: the one bag or syringe, or equal bags when the preparation is larger than
the largest container, infused one after another.

Each container has its exact share (which adds up exactly) and what the technician
measures for it: the draw and the diluent on real syringes, rounded to their marks, with
the printed shares of all containers adding up to the printed totals.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from .. import clock
from ..units import CELL, MIN, ML
from .measuring import Measured, apportion, measure, shares_of


@dataclass(frozen=True)
class Bag:
    number: int
    of: int
    cells: object                       # exact share of the dose
    volume_to_draw: object              # exact share of the product drawn
    diluent_volume: object
    final_volume: object
    duration: object
    latest_start: datetime | None       # infused one after another, each must end by use-by
    draw: Measured | None = None        # what is drawn for it, measured (product, or diluted suspension)
    diluent: Measured | None = None     # diluent measured with a syringe; None when none is, or it runs in line
    diluent_measured: object = None     # diluent in it (measured, or the stated infusion-bag volume)
    final_measured: object = None       # what it holds in all, as measured
    cells_delivered: object = None      # cells in the measured draw

    @property
    def draw_measured(self):
        return self.draw.volume if self.draw is not None else 0 * ML


def _shares(total, count: int) -> list:
    """`count` equal parts of `total`; the last takes the rounding so the sum is exact."""
    part = total / count
    parts = [part] * (count - 1)
    return parts + [total - sum(parts, 0 * total)] if count > 1 else [total]


def bags_needed(contained, largest_container) -> int:
    return max(1, math.ceil(float((contained / largest_container).m_as("")) - 1e-9))


def _measured_shares(total, count: int) -> list[Measured | None]:
    """`total` measured in `count` near-equal shares whose measured volumes add up to the
    measured total (the syringe for one share sets the step)."""
    if total.magnitude <= 1e-9:
        return [None] * count
    if count == 1:
        return [measure(total)]
    unit = measure(total / count).syringe.graduation
    return [measure(share) for share in apportion(total, count, unit)]


def _diluent_shares(total, draws: list, finals: list) -> list[Measured | None]:
    """The diluent measured per container so that the containers come out as equal as the
    marks allow: a bag that got one more step of product gets one step less of diluent."""
    count = len(finals)
    if total.magnitude <= 1e-9:
        return [None] * count
    if count == 1:
        return [measure(total)]
    unit = measure(total / count).syringe.graduation
    ideal = tuple(max(final - (draw.volume if draw is not None else 0 * ML), 0 * ML)
                  for final, draw in zip(finals, draws))
    return [measure(share) for share in shares_of(ideal, unit)]


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


def fill_containers(dose, volume_to_draw, diluent_volume, final_volume, duration, use_by: datetime | None,
                    filling: Filling) -> tuple[Bag, ...]:
    """The containers with their exact and measured shares, infused one after another."""
    count = filling.count
    cells = _shares(dose.to(CELL), count)
    drawn = _shares(volume_to_draw.to(ML), count)
    diluent = _shares(diluent_volume.to(ML), count)
    final = _shares(final_volume.to(ML), count)
    draws = _measured_shares(filling.drawn_total.to(ML), count)
    if filling.diluent_by_syringe:
        diluents = _diluent_shares(filling.diluent_total.to(ML), draws, final)
        added = [m.volume if m is not None else 0 * ML for m in diluents]
    else:
        diluents = [None] * count
        fixed = filling.diluent_each_fixed
        added = [fixed] * count if fixed is not None else [part for part in _shares(filling.diluent_total.to(ML), count)]
    measured_draws = [m.volume if m is not None else 0 * ML for m in draws]
    if filling.diluent_in_draw is not None:     # the diluent came in with the suspension drawn
        added = [(d * filling.diluent_in_draw).to(ML) for d in measured_draws]
        finals = list(measured_draws)
    else:
        finals = [d + a for d, a in zip(measured_draws, added)]
    total_final = sum(finals, 0 * ML)
    # Each container runs for its part of the measured volume; the parts add up to the duration.
    each = ([(duration * float((f / total_final).m_as(""))).to(MIN) for f in finals] if total_final.magnitude > 0
            else _shares(duration.to(MIN), count))
    bags = []
    for index in range(count):
        latest = None
        if use_by is not None:
            remaining = sum(each[index:], 0 * MIN)   # this bag and all after it must end by use-by
            try:
                latest = clock.earlier(use_by, remaining)
            except OverflowError:
                latest = None
        bags.append(Bag(index + 1, count, cells[index], drawn[index], diluent[index], final[index], each[index],
                        latest, draws[index], diluents[index], added[index], finals[index],
                        (measured_draws[index] * filling.concentration).to(CELL)))
    return tuple(bags)
