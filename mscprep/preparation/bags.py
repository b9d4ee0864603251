"""A preparation larger than the largest bag or syringe is split into equal containers,
infused one after another, whose totals add up exactly."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from .. import clock
from ..units import CELL, MIN, ML


@dataclass(frozen=True)
class Bag:
    number: int
    of: int
    cells: object
    volume_to_draw: object
    diluent_volume: object
    final_volume: object
    duration: object
    latest_start: datetime | None       # infused one after another, each must end by use-by


def _shares(total, count: int) -> list:
    """`count` equal parts of `total`; the last takes the rounding so the sum is exact."""
    part = total / count
    parts = [part] * (count - 1)
    return parts + [total - sum(parts, 0 * total)] if count > 1 else [total]


def split_into_bags(dose, volume_to_draw, diluent_volume, final_volume, duration, largest_container,
                    use_by: datetime | None, *, contained=None) -> tuple[Bag, ...]:
    """Equal containers no larger than `largest_container`, infused one after another.
    `contained` is what one container must hold in all (the product alone when diluted in
    line); by default the final volume."""
    contained = final_volume if contained is None else contained
    count = max(1, math.ceil(float((contained / largest_container).m_as("")) - 1e-9))
    cells = _shares(dose.to(CELL), count)
    drawn = _shares(volume_to_draw.to(ML), count)
    diluent = _shares(diluent_volume.to(ML), count)
    final = _shares(final_volume.to(ML), count)
    each = _shares(duration.to(MIN), count)
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
                        latest))
    return tuple(bags)
