"""The product's containers at the bench: how many bags or vials to thaw (and, when the
label says so, to dilute each), how much to take from each, and what is left to discard.

What is drawn must come out of whole containers: each gives its content less the dead
volume that stays behind, and the syringe's hub and needle take their dead space too. The
residue is everything thawed that is not delivered (left in the containers and the hub).
Figures are numbers in mL and cells inside (this runs on every keystroke) and quantities
when read.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property

from ..units import CELL, CELL_PER_ML, ML, magnitude, of
from .model import ContainerSpec

_SLACK = 1e-9
# Takes from each container are printed to this step (mL) or the syringe's finer one: they
# are what comes out, read on the syringe as it fills, not separately measured volumes.
TAKE_STEP_ML = 0.1


@dataclass(frozen=True)
class ContainerUse:
    spec: ContainerSpec
    count: int                          # containers to thaw
    diluent_each_ml: float | None       # diluent added to each container first (dilute each, then draw)
    content_each_ml: float              # what each holds when drawn from (product, or diluted suspension)
    usable_each_ml: float               # content less the dead volume
    cells_each_n: float                 # cells in each (on the dose basis)
    concentration_n: float              # cells/mL of what is drawn, on the dose basis
    drawn_ml: float                     # the volume delivered from them (the measured draw)
    hub_ml: float                       # syringe dead space drawn with it
    takes_ml: tuple[float, ...]         # taken from each container; they add up to the draw

    @property
    def diluted(self) -> bool:
        return self.diluent_each_ml is not None

    @property
    def residue_ml(self) -> float:
        """Thawed but not delivered: discarded."""
        return round(self.content_each_ml * self.count - self.drawn_ml, 9)

    @cached_property
    def residue(self):
        return of(self.residue_ml, ML)

    @cached_property
    def residue_cells(self):
        return of(self.residue_ml * self.concentration_n, CELL)

    @cached_property
    def takes(self) -> tuple:
        return tuple(of(take, ML) for take in self.takes_ml)

    @property
    def diluent_each(self):
        return None if self.diluent_each_ml is None else of(self.diluent_each_ml, ML)

    @property
    def content_each(self):
        return of(self.content_each_ml, ML)

    @property
    def usable_each(self):
        return of(self.usable_each_ml, ML)

    @property
    def cells_each(self):
        return of(self.cells_each_n, CELL)

    @property
    def concentration(self):
        return of(self.concentration_n, CELL_PER_ML)

    @property
    def drawn(self):
        return of(self.drawn_ml, ML)

    @property
    def hub(self):
        return of(self.hub_ml, ML)

    def last_share(self) -> float:
        """The part of the draw the last container gives."""
        if not self.takes_ml or self.drawn_ml <= 0:
            return 1.0
        return self.takes_ml[-1] / self.drawn_ml

    @property
    def planned(self) -> bool:
        """Whether each container's take is planned (not when there are too many)."""
        return bool(self.takes_ml) or self.drawn_ml <= 0


def containers_needed(needed_ml: float, usable_each_ml: float) -> int:
    return max(1, math.ceil(needed_ml / usable_each_ml - _SLACK))


def takes_from(drawn_ml: float, hub_ml: float, usable_each_ml: float, count: int, step_ml: float) -> tuple[float, ...]:
    """Each container emptied (to its dead volume) in turn until the draw and the hub are
    filled; the hubs fill with the first fills. Rounded to `step_ml` so that they add up to
    the draw, and never printed as more than a container gives."""
    remaining = drawn_ml + hub_ml
    exact = []
    for _ in range(count):
        take = min(usable_each_ml, remaining)
        exact.append(take)
        remaining -= take
    # the hubs fill first: from the first container, and from the next when they hold more
    # than it gives (nine bags' syringes hold more than one 0.6 mL vial)
    hub_left, caps = hub_ml, []
    for index in range(count):
        cut = min(exact[index], hub_left)
        exact[index] -= cut
        hub_left -= cut
        caps.append(usable_each_ml - cut)
    steps = [math.floor(take / step_ml + 1e-9) for take in exact]
    spare = round(drawn_ml / step_ml) - sum(steps)

    def room(index: int) -> bool:
        return (steps[index] + 1) * step_ml <= caps[index] + 1e-9

    order = sorted(range(count), key=lambda i: exact[i] / step_ml - steps[i], reverse=True)
    for index in order:                   # as in rounding: the largest remainders first
        if spare > 0 and room(index):
            steps[index] += 1
            spare -= 1
    for index in reversed(range(count)):  # what is left goes where there is room, the last first
        while spare > 0 and room(index):
            steps[index] += 1
            spare -= 1
    for index in order[:max(spare, 0)]:   # no room left: rounding shows a step more than comes out
        steps[index] += 1
    return tuple(round(value * step_ml, 9) for value in steps)


def use_containers(spec: ContainerSpec, *, drawn_ml: float, hub_ml: float, basis_concentration,
                   diluent_each=None, step_ml: float | None = None, most: int | None = None) -> ContainerUse:
    """The containers behind a measured draw of `drawn_ml` (product, or the suspension when
    `diluent_each` is added to each container first), `hub_ml` the syringes' dead space.
    More containers than `most` (the site's max_containers) are counted but not planned
    one by one: no takes (the plan is blocked, too_many_containers)."""
    volume = magnitude(spec.volume, ML)
    concentration = magnitude(basis_concentration, CELL_PER_ML)
    cells_each = concentration * volume
    added = magnitude(diluent_each, ML) if diluent_each is not None else None
    content = volume + added if added is not None else volume
    if added is not None:
        concentration = cells_each / content
    usable = content - magnitude(spec.dead_volume, ML)
    count = containers_needed(drawn_ml + hub_ml, usable)
    step = min(step_ml, TAKE_STEP_ML) if step_ml is not None else TAKE_STEP_ML
    takes = takes_from(drawn_ml, hub_ml, usable, count, step) if most is None or count <= most else ()
    return ContainerUse(spec, count, added, content, usable, cells_each, concentration, drawn_ml, hub_ml, takes)
