"""What a protocol file says, as frozen data: the protocol, its limits, course, aliquot
schedule and blinding. Definitions below behaviour: this module imports nothing of mscprep
but the unit registry, so the loader, the calculation and the printing may all import it
and no cycle can form.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from pathlib import Path

from ..units import CELL, CELL_PER_KG, CELL_PER_KG_MIN, G_PER_KG, MIN, ML, ML_PER_MIN

ROUTES = ("intravenous", "nebulized")
NO_PROTOCOL = "none"


@dataclass(frozen=True)
class LimitSpec:
    key: str
    unit: object | None  # None: a percentage (fraction) or, with plain=True, a number
    bound: str           # "max" or "min": which direction is stricter
    description: str
    plain: bool = False
    plausible: str | None = None   # the defaults.toml [plausible] range its value must lie in


LIMIT_SPECS: dict[str, LimitSpec] = {spec.key: spec for spec in (
    LimitSpec("dose_cap", CELL, "max", "dose cap", plausible="dose"),
    LimitSpec("max_dose", CELL, "max", "maximum dose", plausible="dose"),
    LimitSpec("max_dose_per_kg", CELL_PER_KG, "max", "maximum dose per kg", plausible="dose_per_kg"),
    LimitSpec("min_dose", CELL, "min", "minimum dose", plausible="dose"),
    LimitSpec("min_dose_per_kg", CELL_PER_KG, "min", "minimum dose per kg", plausible="dose_per_kg"),
    LimitSpec("min_viability", None, "min", "release viability"),
    LimitSpec("max_rate", ML_PER_MIN, "max", "maximum rate", plausible="rate"),
    LimitSpec("min_rate", ML_PER_MIN, "min", "minimum rate", plausible="rate"),
    LimitSpec("max_product_rate", ML_PER_MIN, "max", "maximum product flow", plausible="rate"),
    LimitSpec("min_product_rate", ML_PER_MIN, "min", "minimum product flow", plausible="rate"),
    LimitSpec("min_in_line_ratio", None, "min", "minimum in-line diluent ratio", plain=True, plausible="in_line_ratio"),
    LimitSpec("max_cell_rate", CELL_PER_KG_MIN, "max", "maximum cells per kg per minute", plausible="cell_rate"),
    LimitSpec("dmso_limit", G_PER_KG, "max", "DMSO limit per day", plausible="dmso_limit"),
    LimitSpec("stability", MIN, "max", "stability window", plausible="stability"),
    LimitSpec("max_hemocytometer_cv", None, "max", "largest CV of replicate counts"),
    LimitSpec("plain_diluent_max_time", MIN, "max", "longest time in plain crystalloid", plausible="duration"),
    LimitSpec("anticoagulation_dose", CELL, "max", "dose calling for an anticoagulation decision", plausible="dose"),
    LimitSpec("gravimetric_tolerance", None, "max", "gravimetric tolerance", plausible="gravimetric_tolerance"),
    LimitSpec("max_container_volume", ML, "max", "largest bag or syringe", plausible="volume"),
)}


@dataclass(frozen=True)
class Limit:
    key: str
    value: object  # a pint Quantity, or a float for percentages and ratios
    source: str
    origin: str    # where it came from: "protocol", "defaults" or "entered"


@dataclass(frozen=True)
class Course:
    """A protocol's [course]: number of doses, planned and shortest interval between them."""
    doses: int
    interval: object
    min_interval: object
    source: str


@dataclass(frozen=True)
class AliquotSchedule:
    """A nebulized protocol's [aliquots]: the dose volume, the nebulizer's overfill, how
    often, for how long, at which times of day, and how the aliquots are kept."""
    dose_volume: object
    overfill: object
    doses_per_day: int
    days: int
    times: tuple[time, ...]
    storage: str
    thaw: str
    source: str


@dataclass(frozen=True)
class Blinding:
    """A double-blind trial protocol's [blinding]."""
    placebo: str            # diluent key of the placebo, e.g. "saline"
    label_product: str      # what the ward's label and sheet call the product, for both arms
    appearance: str         # how both arms are made to look the same
    source: str


@dataclass(frozen=True)
class Protocol:
    id: str
    name: str
    version: str
    route: str
    reference: str
    source_tissue: str = "other"
    donor: str = "allogeneic"
    indication: str = ""
    url: str = ""
    notes: tuple[str, ...] = ()
    defaults: dict[str, str] = field(default_factory=dict)
    limits: dict[str, Limit] = field(default_factory=dict)
    default_sources: dict[str, str] = field(default_factory=dict)
    line_requirements: tuple[str, ...] = ()
    product_density: object | None = None   # for the gravimetric check; None: the app default
    course: Course | None = None
    aliquots: AliquotSchedule | None = None
    blinding: Blinding | None = None
    path: Path | None = None

    def __hash__(self) -> int:
        return hash((self.id, self.version))
