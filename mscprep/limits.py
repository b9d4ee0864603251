"""Protocol limits as data: what each limit key means, how its value is written, and how
a limit entered by the user combines with the protocol's (the stricter one wins).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import display, parse
from .fields import field
from .resources import defaults_table
from .errors import InputError
from .units import (CELL, CELL_PER_KG, CELL_PER_KG_MIN, G_PER_KG, MIN, ML,
                    ML_PER_MIN)


@dataclass(frozen=True)
class LimitSpec:
    key: str
    unit: object | None  # None: a percentage (fraction) or, with plain=True, a number
    bound: str           # "max" or "min": which direction is stricter
    description: str
    plain: bool = False


LIMIT_SPECS: dict[str, LimitSpec] = {spec.key: spec for spec in (
    LimitSpec("dose_cap", CELL, "max", "dose cap"),
    LimitSpec("max_dose", CELL, "max", "maximum dose"),
    LimitSpec("max_dose_per_kg", CELL_PER_KG, "max", "maximum dose per kg"),
    LimitSpec("min_dose", CELL, "min", "minimum dose"),
    LimitSpec("min_dose_per_kg", CELL_PER_KG, "min", "minimum dose per kg"),
    LimitSpec("min_viability", None, "min", "release viability"),
    LimitSpec("max_rate", ML_PER_MIN, "max", "maximum rate"),
    LimitSpec("min_rate", ML_PER_MIN, "min", "minimum rate"),
    LimitSpec("max_product_rate", ML_PER_MIN, "max", "maximum product flow"),
    LimitSpec("min_product_rate", ML_PER_MIN, "min", "minimum product flow"),
    LimitSpec("min_in_line_ratio", None, "min", "minimum in-line diluent ratio", plain=True),
    LimitSpec("max_cell_rate", CELL_PER_KG_MIN, "max", "maximum cells per kg per minute"),
    LimitSpec("dmso_limit", G_PER_KG, "max", "DMSO limit per day"),
    LimitSpec("stability", MIN, "max", "stability window"),
    LimitSpec("max_hemocytometer_cv", None, "max", "largest CV of replicate counts"),
    LimitSpec("plain_diluent_max_time", MIN, "max", "longest time in plain crystalloid"),
    LimitSpec("anticoagulation_dose", CELL, "max", "dose calling for an anticoagulation decision"),
    LimitSpec("gravimetric_tolerance", None, "max", "gravimetric tolerance"),
    LimitSpec("max_container_volume", ML, "max", "largest bag or syringe"),
)}


@dataclass(frozen=True)
class Limit:
    key: str
    value: object  # a pint Quantity, or a float for percentages and ratios
    source: str
    origin: str    # where it came from: "protocol", "defaults" or "entered"


def parse_limit(key: str, text: object, where: str):
    """Parse one limit value; `where` names the place in messages (a file key or flag)."""
    spec = LIMIT_SPECS[key]
    if spec.plain:
        return parse.parse_number(text, where, minimum=0, maximum=1e6, example="3")
    if spec.unit is None:
        value = parse.parse_fraction(text, where)
        bounds = defaults_table()["plausible"].get(key)
        if bounds:  # e.g. a gravimetric tolerance is never looser than 10 %
            low, high = (parse.parse_fraction(bound, key) for bound in bounds)
            if not low <= value <= high:
                raise InputError(where, f"'{text}' is outside {display.percent(low)} to {display.percent(high)}")
        return value
    if key == "dmso_limit":
        return field("dmso_limit").parser(str(text), where)
    value = parse.parse_quantity(text, where, spec.unit, example=f"1 {spec.unit:~P}")
    if value.magnitude <= 0:
        raise InputError(where, f"'{text}' must be more than zero")
    return value


def is_stricter(spec: LimitSpec, candidate, current) -> bool:
    return candidate < current if spec.bound == "max" else candidate > current


def merge(base: dict[str, Limit], entered: dict[str, Limit]) -> tuple[dict[str, Limit], list[tuple[Limit, Limit]]]:
    """Combine entered limits with the protocol's: an entry may tighten a limit, never
    loosen it. Returns the effective limits and the (entered, kept) pairs that were
    looser than the protocol's and therefore not used."""
    effective = dict(base)
    looser: list[tuple[Limit, Limit]] = []
    for key, limit in entered.items():
        current = effective.get(key)
        if current is None or is_stricter(LIMIT_SPECS[key], limit.value, current.value):
            effective[key] = limit
        elif limit.value != current.value:
            looser.append((limit, current))
    return effective, looser


def limit_text(limit: Limit) -> str:
    """The limit's value as printed: '3.34 × 10⁶ cells/kg', '70%', '3 ×', '4 h'."""
    spec = LIMIT_SPECS[limit.key]
    if spec.plain:
        return f"{display.significant(limit.value)} ×"
    if spec.unit is None:
        return display.percent(limit.value)
    return display.any_quantity(limit.value)


def describe(limit: Limit) -> str:
    return f"{LIMIT_SPECS[limit.key].description}: {limit_text(limit)}"
