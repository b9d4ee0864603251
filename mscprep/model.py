"""The data of a preparation: inputs and plan, as frozen dataclasses of pint quantities."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Union

from .course import Bag, CourseStatus
from .findings import Finding, Verdict
from .limits import Limit
from .protocols import Protocol


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
    product_code: str = ""
    prepared_by: str = ""
    source_tissue: str = "other"
    donor: str = "allogeneic"


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
    dose_number: int | None = None
    previous_dose_at: datetime | None = None
    limits: dict[str, Limit] = field(default_factory=dict)
    overrides: dict[str, str] = field(default_factory=dict)
    notices: tuple[Finding, ...] = ()
    entered: dict[str, str] = field(default_factory=dict)   # every field's text as used
    defaulted: frozenset[str] = frozenset()                 # fields taken from the protocol

    def limit(self, key: str) -> Limit | None:
        return self.limits.get(key)


@dataclass(frozen=True)
class HemocytometerStats:
    squares: int
    mean_viable: float
    mean_dead: float | None
    cv: float | None          # of the per-square counts (viable + dead when both given)


@dataclass(frozen=True)
class TraceLine:
    """How one result was obtained: formula, the numbers put in, the result."""
    key: str
    formula: str
    substitution: str
    result: str


@dataclass(frozen=True)
class Plan(Verdict):
    inputs: PlanInputs
    computed_at: datetime
    dose_requested: object
    dose: object
    dose_per_kg: object
    total_concentration: object | None
    viable_concentration: object | None
    viability: float | None
    volume_to_draw: object
    diluent_volume: object
    final_volume: object
    final_concentration: object
    rate: object
    duration: object
    product_rate: object | None
    diluent_rate: object | None
    drip_rate: object | None
    cell_rate: object
    dmso_mass: object | None
    dmso: object | None
    use_by: datetime | None
    latest_start: datetime | None
    hemocytometer: HemocytometerStats | None
    line_requirements: tuple[str, ...]
    findings: tuple[Finding, ...]
    bags: tuple[Bag, ...] = ()            # only when split into several containers
    course: CourseStatus | None = None
    trace_steps: tuple = field(default=(), repr=False, compare=False)

    @cached_property
    def trace(self) -> tuple[TraceLine, ...]:
        """How each result was obtained, formatted when first asked for."""
        return tuple(TraceLine(key, formula, *texts()) for key, formula, texts in self.trace_steps)

    @property
    def basis_concentration(self):
        return self.viable_concentration if self.inputs.basis == "viable" else self.total_concentration
