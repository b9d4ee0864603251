"""Gravimetric check of the filled syringe, bag or aliquots: weigh, compare with the plan.

measured volume = (gross mass - tare) / density; deviation = measured / planned - 1.
Outside the tolerance (default 5 %, never looser than 10 %) is a hard finding and the
release rule blocks the label. Works on any preparation through its weighed volume.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import display
from ..defaults import app_defaults
from ..errors import InputError, clipped, message
from ..form import parse
from ..form.fields import plausible_range
from ..protocol.definitions import Limit
from ..protocol.limits import limit_text, parse_limit
from ..units import G, ML
from . import findings


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
    source: str = ""            # issue 25: "typed, not read" or "read from balance ..." ("" before it was kept)

    @property
    def within(self) -> bool:
        return self.finding is None


def density(preparation):
    return preparation.protocol.product_density or app_defaults().constants.product_density


def tolerance(preparation, entered: float | None = None) -> Limit:
    """The tolerance on what is weighed; an entered one may tighten it, never loosen it.

    Bags of a split preparation and the aliquots of a course are weighed together, so the
    tolerance is scaled to the smallest container: one container off by the tolerance moves
    the total by that much, and is caught; unscaled, a bag 19 % short in four would pass."""
    limit = preparation.limits.get("gravimetric_tolerance")
    if entered is not None and (limit is None or entered < limit.value):
        limit = Limit("gravimetric_tolerance", entered, "entered: Tolerance", "entered")
    containers = preparation.containers
    if len(containers) > 1:
        share = float(min(container.volume for container in containers) / preparation.weighed_volume)
        limit = Limit(limit.key, limit.value * min(share, 1.0),
                      f"{limit.source}; scaled to the smallest of {len(containers)} containers weighed together",
                      limit.origin)
    return limit


def expected_net_mass(preparation, entered_tolerance: float | None = None):
    """(lowest, expected, highest) net mass of the filled container(s): shown before weighing."""
    expected = (preparation.weighed_volume * density(preparation)).to(G)
    allowed = tolerance(preparation, entered_tolerance).value
    return expected * (1 - allowed), expected, expected * (1 + allowed)


def parse_mass(text: str, field: str, *, grams_if_bare: bool = False):
    """A mass as typed; a bare number is taken in grams where the field is labelled in grams."""
    text = str(text).strip()
    if grams_if_bare and text and parse.looks_like_bare_number(text):
        text += " g"
    mass = parse.parse_quantity(text, field, G, example="52.3 g")
    low, high = plausible_range("mass")
    if not low <= mass <= high:
        raise InputError(field, message("'{text}' is outside the possible range {low} to {high}", text=clipped(text),
                                        low=f"{low:~P}", high=f"{high:~P}"))
    return mass


def check_masses(expected_volume, product_density, tare, gross, limit: Limit) -> Weighing:
    """The weighing's verdict from its figures alone (a stored weighing is re-read this way)."""
    if gross <= tare:
        raise InputError("gross", message("the filled mass {gross} must be more than the tare {tare}",
                                          gross=f"{gross:~P}", tare=f"{tare:~P}"))
    expected = expected_volume.to(ML)
    measured = ((gross - tare) / product_density).to(ML)
    deviation = float(measured / expected) - 1.0
    finding = None
    if abs(deviation) > limit.value:
        finding = findings.make(
            "gravimetric_out_of_tolerance",
            "The weighed volume {measured} differs from the planned {expected} by {deviation}: more than "
            "{bound}. Do not label; find the cause and re-prepare or re-weigh.",
            limit=limit_text(limit), source=limit.source, measured=display.quantity(measured, ML, 4),
            expected=display.quantity(expected, ML, 4), deviation=display.percent(deviation),
            bound=limit_text(limit))
    return Weighing(tare, gross, product_density, expected, measured, deviation, limit, finding)


def weigh(preparation, tare, gross, entered_tolerance: float | None = None) -> Weighing:
    """Check masses (quantities) against the preparation's weighed volume."""
    return check_masses(preparation.weighed_volume, density(preparation), tare, gross,
                        tolerance(preparation, entered_tolerance))


def weigh_entered(preparation, tare_text: str, gross_text: str, tolerance_text: str | None = None,
                  *, grams_if_bare: bool = False) -> Weighing:
    """A weighing as typed; bad entries raise InputError naming the field."""
    tare = parse_mass(tare_text, "tare", grams_if_bare=grams_if_bare)
    gross = parse_mass(gross_text, "gross", grams_if_bare=grams_if_bare)
    entered = parse_limit("gravimetric_tolerance", tolerance_text, "tolerance") if tolerance_text else None
    return weigh(preparation, tare, gross, entered)
