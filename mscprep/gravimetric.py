"""Gravimetric check of the filled syringe or bag: weigh it, compare with the plan.

measured volume = (gross mass - tare) / density; deviation = measured / planned - 1.
Outside the tolerance (default 5 %, never looser than 10 %) is a hard finding: the label
cannot be final.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import display, findings, parse
from .calculation import constants
from .errors import InputError
from .fields import plausible_range
from .limits import Limit, limit_text, parse_limit
from .model import Plan
from .units import G, ML


@dataclass(frozen=True)
class Weighing:
    tare: object
    gross: object
    density: object
    expected_volume: object
    measured_volume: object
    deviation: float            # measured / expected - 1
    tolerance: Limit
    finding: findings.Finding | None

    @property
    def within(self) -> bool:
        return self.finding is None


def _unwrap(plan):
    """A blinded preparation is weighed as the arm it really is."""
    return getattr(plan, "plan", plan) if not isinstance(plan, Plan) else plan


def container_volume(plan):
    """What the weighed container holds: the product alone when diluted in line."""
    plan = _unwrap(plan)
    if isinstance(plan, Plan) and plan.inputs.dilution_mode == "in_line":
        return plan.volume_to_draw
    return plan.final_volume


def _tolerance_limit(plan) -> Limit | None:
    return plan.inputs.limit("gravimetric_tolerance") if isinstance(plan, Plan) \
        else plan.protocol.limits.get("gravimetric_tolerance")


def _protocol(plan):
    return plan.inputs.protocol if isinstance(plan, Plan) else plan.protocol


def _mass(text: str, field: str):
    mass = parse.parse_quantity(text, field, G, example="52.3 g")
    low, high = plausible_range("mass")
    if not low <= mass <= high:
        raise InputError(field, f"'{text.strip()}' is outside the possible range {low:~P} to {high:~P}")
    return mass


def weigh(plan, tare_text: str, gross_text: str, tolerance_text: str | None = None) -> Weighing:
    """Check a weighing against the plan (of cells, or a placebo); bad entries raise
    InputError naming the field."""
    plan = _unwrap(plan)
    tare = _mass(tare_text, "tare")
    gross = _mass(gross_text, "gross")
    if gross <= tare:
        raise InputError("gross", f"the filled mass {gross:~P} must be more than the tare {tare:~P}")
    tolerance = _tolerance_limit(plan)
    if tolerance_text:  # may tighten, never loosen
        entered = parse_limit("gravimetric_tolerance", tolerance_text, "tolerance")
        if tolerance is None or entered < tolerance.value:
            tolerance = Limit("gravimetric_tolerance", entered, "entered: Tolerance", "entered")
    density = _protocol(plan).product_density or constants().product_density
    expected = container_volume(plan)
    measured = ((gross - tare) / density).to(ML)
    deviation = float(measured / expected) - 1.0
    finding = None
    if abs(deviation) > tolerance.value:
        finding = findings.make(
            "gravimetric_out_of_tolerance",
            "The weighed volume {measured} differs from the planned {expected} by {deviation}: more than "
            "{bound}. Do not label; find the cause and re-prepare or re-weigh.",
            limit=limit_text(tolerance), source=tolerance.source, measured=display.quantity(measured, ML, 4),
            expected=display.quantity(expected, ML, 4), deviation=display.percent(deviation),
            bound=limit_text(tolerance))
    return Weighing(tare, gross, density, expected, measured, deviation, tolerance, finding)



