"""What a preparation is computed from: the cell count, the identity and the checked
inputs, as frozen dataclasses of pint quantities (the plans themselves are in kinds/)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Union

from ..protocol.definitions import Limit, Method, Protocol
from .findings import Finding


@dataclass(frozen=True)
class CounterCount:
    """A cell counter's read-out: all nucleated cells per mL."""
    total_concentration: object
    viability: float | None


@dataclass(frozen=True)
class LabelCount:
    """Cells and volume as stated on the bag or vial label."""
    cells: object
    volume: object
    viability: float | None


@dataclass(frozen=True)
class HemocytometerCount:
    """Trypan-blue counts per large square: unstained (viable) and, optionally, stained
    (dead) for the same squares; without stained counts the viability is entered."""
    viable_counts: tuple[int, ...]
    dead_counts: tuple[int, ...] | None
    dilution_factor: float
    viability: float | None


CellCount = Union[CounterCount, LabelCount, HemocytometerCount]


@dataclass(frozen=True)
class Identity:
    patient_name: str = ""
    patient_id: str = ""
    din: str = ""              # 14 characters with the check character, when given
    container_dins: tuple[str, ...] = ()   # the other containers of a thaw of several, 14 characters each
    product_code: str = ""
    prepared_by: str = ""
    source_tissue: str = "other"
    donor: str = "allogeneic"


@dataclass(frozen=True)
class ContainerSpec:
    """The containers the product comes in, as this plan uses them."""
    kind: str                  # bag | vial | syringe
    volume: object             # per container: the label's nominal volume or the lot certificate's
    dead_volume: object        # stays behind in each container
    figures: str               # "nominal" (the protocol's label figures) or "entered" (e.g. a lot certificate)
    source: str
    available: int | None = None   # containers on hand, when entered


DRAW_THEN_DILUTE = Method("draw_then_dilute", source="mscprep: draw the dose, then dilute it")


@dataclass(frozen=True)
class PlanInputs:
    protocol: Protocol
    identity: Identity
    weight: object
    dose_order: object                 # cell/kg or cell
    basis: str                         # "viable" or "total"
    count: CellCount
    available: object | None = None
    final_concentration: object | None = None
    final_volume: object | None = None
    diluent: str | None = None
    dilution_mode: str = "bag"
    in_line_ratio: float | None = None
    rate: object | None = None
    duration: object | None = None
    product_rate: object | None = None
    administration: str = "pump"
    drop_factor: object | None = None
    filter: str = "standard_blood_set"
    irradiated: bool = False
    dmso_fraction: float | None = None
    thawed_at: datetime | None = None
    prepared_at: datetime | None = None       # end of preparation (a fresh product's window starts here)
    dose_number: int | None = None
    previous_dose_at: datetime | None = None
    containers: ContainerSpec | None = None   # None: the product is not counted in containers
    method: Method = DRAW_THEN_DILUTE
    thawed: bool = False                      # cryopreserved or holding DMSO: a thaw time is needed
    limits: dict[str, Limit] = field(default_factory=dict)
    notices: tuple[Finding, ...] = ()
    entered: dict[str, str] = field(default_factory=dict)   # every field's text as used
    defaulted: frozenset[str] = frozenset()                 # fields taken from the protocol
    # DMSO of other preparations for this patient on this site day, from the records
    # (dmso_day.EarlierDmso; records/dmso_day.py finds them): the daily limit is on the sum.
    dmso_earlier: tuple = ()
    height: object | None = None       # for a protocol dosing on ideal or adjusted body weight
    sex: str | None = None

    def limit(self, key: str) -> Limit | None:
        return self.limits.get(key)


@dataclass(frozen=True)
class HemocytometerStats:
    squares: int
    mean_viable: float
    mean_dead: float | None
    cv: float | None          # of the per-square counts the dose is computed from (its basis)
    counted: str = "unstained"          # which counts `cv` and `mean` are of: "unstained" or "all"
    mean: float | None = None           # of those counts per square
    cv_unstained: float | None = None   # of the unstained (viable) counts
    cv_all: float | None = None         # of unstained + stained per square, when stained were counted


@dataclass(frozen=True)
class TraceLine:
    """How one result was obtained: formula, the numbers put in, the result."""
    key: str
    formula: str
    substitution: str
    result: str
