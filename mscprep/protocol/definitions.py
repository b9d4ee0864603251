"""What a protocol file says, as frozen data: the protocol, its limits, course, aliquot
schedule and blinding. Definitions below behaviour: this module imports nothing of mscprep
but the unit registry, so the loader, the calculation and the printing may all import it
and no cycle can form.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from pathlib import Path

from ..units import CELL, CELL_PER_KG, CELL_PER_KG_MIN, G_PER_KG, KG, MIN, ML, ML_PER_KG, ML_PER_MIN

ROUTES = ("intravenous", "nebulized")
NO_PROTOCOL = "none"


@dataclass(frozen=True)
class LimitSpec:
    key: str
    unit: object | None  # None: a percentage (fraction) or, with plain=True, a number
    bound: str           # "max" or "min": which direction is stricter
    description: str
    plain: bool = False
    # An entry looser than the protocol's is normally not used (the protocol's applies, with
    # a note); for a window that sets a use-by it is a hard finding: the preparer believes
    # the product keeps longer than its protocol allows.
    refuse_looser: bool = False
    times_sign: bool = True      # a plain number is printed as a ratio ("3 ×"), or as a count ("10")
    plausible: str | None = None   # the defaults.toml [plausible] range its value must lie in


LIMIT_SPECS: dict[str, LimitSpec] = {spec.key: spec for spec in (
    LimitSpec("dose_cap", CELL, "max", "dose cap", plausible="dose"),
    LimitSpec("max_dose", CELL, "max", "maximum dose", plausible="dose"),
    LimitSpec("max_dose_per_kg", CELL_PER_KG, "max", "maximum dose per kg", plausible="dose_per_kg"),
    LimitSpec("min_dose", CELL, "min", "minimum dose", plausible="dose"),
    LimitSpec("min_dose_per_kg", CELL_PER_KG, "min", "minimum dose per kg", plausible="dose_per_kg"),
    # A fixed dose (cells per treatment) is bounded per kg by max_dose_per_kg or by the
    # lightest patient it is given to (schema: a fixed-dose protocol states one of them).
    LimitSpec("min_weight", KG, "min", "lightest patient for this dose", plausible="weight"),
    LimitSpec("min_viability", None, "min", "release viability"),
    LimitSpec("max_rate", ML_PER_MIN, "max", "maximum rate", plausible="rate"),
    LimitSpec("rate_ceiling", ML_PER_MIN, "max", "rate ceiling", plausible="rate"),
    LimitSpec("min_duration", MIN, "min", "shortest infusion", plausible="duration"),
    LimitSpec("max_fluid_load", ML_PER_KG, "max", "largest fluid volume per kg"),
    LimitSpec("min_rate", ML_PER_MIN, "min", "minimum rate", plausible="rate"),
    LimitSpec("max_product_rate", ML_PER_MIN, "max", "maximum product flow", plausible="rate"),
    LimitSpec("min_product_rate", ML_PER_MIN, "min", "minimum product flow", plausible="rate"),
    LimitSpec("min_in_line_ratio", None, "min", "minimum in-line diluent ratio", plain=True, plausible="in_line_ratio"),
    LimitSpec("max_cell_rate", CELL_PER_KG_MIN, "max", "maximum cells per kg per minute", plausible="cell_rate"),
    LimitSpec("dmso_limit", G_PER_KG, "max", "DMSO limit per day", plausible="dmso_limit"),
    LimitSpec("stability", MIN, "max", "stability window", refuse_looser=True, plausible="stability"),
    LimitSpec("dmso_stability", MIN, "max", "stability window of a product holding DMSO", plausible="stability"),
    LimitSpec("max_hemocytometer_cv", None, "max", "largest CV of replicate counts"),
    LimitSpec("plain_diluent_max_time", MIN, "max", "longest time in plain crystalloid", plausible="duration"),
    LimitSpec("anticoagulation_dose", CELL, "max", "dose calling for an anticoagulation decision", plausible="dose"),
    LimitSpec("gravimetric_tolerance", None, "max", "gravimetric tolerance", plausible="gravimetric_tolerance"),
    LimitSpec("max_container_volume", ML, "max", "largest bag or syringe", plausible="volume"),
    LimitSpec("max_bags", None, "max", "largest number of bags", plain=True, times_sign=False),
    LimitSpec("max_containers", None, "max", "largest number of containers to thaw", plain=True, times_sign=False),
    LimitSpec("dose_deviation", None, "max", "largest deviation of the measured dose"),
    LimitSpec("dose_deviation_hard", None, "max", "largest deviation of the measured dose that a reason may accept"),
    LimitSpec("last_container_share", None, "min", "smallest share of the draw from the last container"),
)}

# (lower, upper) limits that contradict each other when the lower is above the upper: a
# protocol saying so does not load.
LIMIT_RANGES = (("min_dose", "max_dose"), ("min_dose", "dose_cap"), ("min_dose_per_kg", "max_dose_per_kg"),
                ("min_rate", "max_rate"), ("min_rate", "rate_ceiling"),
                ("min_product_rate", "max_product_rate"))

CONTAINER_KINDS = ("bag", "vial", "syringe")
# Which body weight a protocol doses on (per-kg doses and per-kg ceilings): the actual
# weight (the default), Devine's ideal body weight, or the adjusted body weight.
DOSING_WEIGHTS = ("actual", "ideal", "adjusted")
# How the label prepares the dose: draw the product and dilute it (the default); dilute
# each container first and draw the diluted suspension (TEMCELL); or put the product into
# an infusion bag holding a stated volume of diluent (Ryoncil).
METHODS = ("draw_then_dilute", "dilute_each_then_draw", "into_infusion_bag")


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
class Product:
    """A protocol's [product]: how the product comes (container kind, nominal volume per
    container, the dead volume left in each), whether it is thawed before use, how it is
    kept afterwards and what the checklist must add (contraindications)."""
    container: str                      # one of CONTAINER_KINDS
    container_volume: object | None     # nominal mL per container; None: the label count's volume
    dead_volume: object                 # stays behind in each container (mL)
    thawed: bool                        # cryopreserved: thawed before use, so a thaw time is needed
    storage: str                        # how the prepared product is kept (sheet)
    storage_label: str                  # the same, short, for the label
    source: str
    sources: dict[str, str] = field(default_factory=dict)   # per figure, where the general one differs


@dataclass(frozen=True)
class Method:
    """A protocol's [method]: the label's way of preparing the dose, with its volumes."""
    kind: str                                   # one of METHODS
    diluent_per_container: object | None = None # dilute_each_then_draw: diluent added to each container
    bag_diluent_volume: object | None = None    # into_infusion_bag: diluent already in the infusion bag
    source: str = ""


@dataclass(frozen=True)
class DosingWeight:
    """A protocol's [dosing_weight]: the weight its per-kg figures are on, an optional cap
    (a heavier patient is dosed as this weight), and why (its source)."""
    basis: str                  # one of DOSING_WEIGHTS
    cap: object | None          # kg, or None
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
    product: Product | None = None
    method: Method | None = None
    dosing_weight: DosingWeight | None = None   # None: the actual body weight
    checklist: tuple[str, ...] = ()         # items the protocol adds to the pre-administration checklist
    path: Path | None = None

    def __hash__(self) -> int:
        return hash((self.id, self.version))
