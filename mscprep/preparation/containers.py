"""The product's containers at the bench: how many bags or vials to thaw (and, when the
label says so, to dilute each), how much to take from each, and what is left to discard.

What is drawn must come out of whole containers: each gives its content less the dead
volume that stays behind, and the syringe's hub and needle take their dead space too. The
residue is everything thawed that is not delivered (left in the containers and the hub).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..units import CELL, ML
from .measuring import shares_of
from .model import ContainerSpec

_SLACK = 1e-9
# Takes from each container are printed to this step or the syringe's finer one: they are
# what comes out, read on the syringe as it fills, not separately measured volumes.
TAKE_STEP = 0.1 * ML


@dataclass(frozen=True)
class ContainerUse:
    spec: ContainerSpec
    count: int                      # containers to thaw
    diluent_each: object | None     # diluent added to each container first (dilute each, then draw)
    content_each: object            # what each holds when drawn from (product, or diluted suspension)
    usable_each: object             # content less the dead volume
    cells_each: object              # cells in each (on the dose basis)
    concentration: object           # of what is drawn, on the dose basis
    drawn: object                   # the volume delivered from them (the measured draw)
    hub: object                     # syringe dead space drawn with it
    takes: tuple[object, ...]       # taken from each container; they add up to `drawn`
    residue: object                 # thawed but not delivered: discarded
    residue_cells: object

    @property
    def diluted(self) -> bool:
        return self.diluent_each is not None

    @property
    def thawed_volume(self):
        return self.content_each * self.count

    def last_share(self) -> float:
        """The part of the draw the last container gives."""
        if not self.takes or self.drawn.magnitude <= 0:
            return 1.0
        return float((self.takes[-1] / self.drawn).m_as(""))


def containers_needed(drawn, hub, usable_each) -> int:
    return max(1, math.ceil(float(((drawn + hub) / usable_each).m_as("")) - _SLACK))


def takes_from(drawn, hub, usable_each, count: int, unit) -> tuple[object, ...]:
    """Each container emptied (to its dead volume) in turn until the draw and the hub are
    filled; the hub fills with the first fill. Rounded to `unit` so that they add up."""
    remaining = drawn + hub
    exact = []
    for _ in range(count):
        take = min(usable_each, remaining)
        exact.append(take)
        remaining = remaining - take
    exact[0] = max(exact[0] - hub, 0 * ML)
    return shares_of(tuple(exact), unit)


def use_containers(spec: ContainerSpec, *, drawn, hub, basis_concentration, cells_each,
                   diluent_each=None, step=None) -> ContainerUse:
    """The containers behind a measured draw of `drawn` (product, or the suspension when
    `diluent_each` is added to each container first), `hub` the syringe's dead space."""
    content = (spec.volume + diluent_each) if diluent_each is not None else spec.volume
    concentration = basis_concentration if diluent_each is None else (cells_each / content)
    usable = content - spec.dead_volume
    count = containers_needed(drawn, hub, usable)
    unit = min(step, TAKE_STEP) if step is not None else TAKE_STEP
    takes = takes_from(drawn, hub, usable, count, unit)
    residue = (content * count - drawn).to(ML)
    return ContainerUse(spec, count, diluent_each, content.to(ML), usable.to(ML), cells_each.to(CELL),
                        concentration, drawn.to(ML), hub.to(ML), takes, residue, (residue * concentration).to(CELL))
