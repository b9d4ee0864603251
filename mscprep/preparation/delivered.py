"""What reaches the patient when the volumes are measured on syringe marks.

The plan's figures are exact; the technician draws the nearest mark. Every limit on what
the patient receives (dose, DMSO, cell rate, rate, fluid load) is checked on both. The
pump is set to what was ordered: an entered rate (or a product flow set by the protocol)
stays and the infusion takes as long as the measured volume needs; otherwise the duration
stays and the rate follows the measured volume.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..units import (CELL, CELL_PER_KG, CELL_PER_KG_MIN, CELL_PER_ML, G_PER_KG, KG, MIN, ML, ML_PER_KG, ML_PER_MIN,
                     divided, magnitude, of, product, ratio, times)
from .measuring import Within


@dataclass(frozen=True)
class Delivered:
    draw: object             # mL drawn in all, as measured
    final: object            # mL in all, as measured (the product alone plus in-line diluent when in line)
    dose: object
    dose_per_kg: object
    rate: object
    product_rate: object | None
    duration: object
    cell_rate: object
    dmso: object | None      # g/kg
    fluid_load: object       # mL/kg


def pump_holds(inputs) -> str:
    """What the pump keeps when the volumes are measured (the one rule, for the totals and for
    each bag): "rate" (entered), "product_rate" (the product flow a protocol sets, no duration
    ordered: STEMIRAC), else "duration" (the rate follows the measured volume)."""
    if inputs.rate is not None:
        return "rate"
    if inputs.duration is None and inputs.product_rate is not None:
        return "product_rate"
    return "duration"


def delivered_figures(inputs, weight, dose_given, draw_ml: float, final_ml: float, basis_concentration,
                      duration, rate, consts, body_weight=None) -> Delivered:
    """`weight` is the dosing weight (per-kg cell figures); `body_weight` the actual weight
    (DMSO and fluid per kg), the dosing weight when not given."""
    body_weight = weight if body_weight is None else body_weight
    final = of(final_ml, ML)
    holds = pump_holds(inputs)
    if holds == "rate":
        rate_given = rate
        duration_given = ratio(final, rate, MIN)
    elif holds == "product_rate":
        # the product flow is set (STEMIRAC): it stays, and the measured draw sets the duration
        duration_given = ratio(of(draw_ml, ML), inputs.product_rate, MIN)
        rate_given = ratio(final, duration_given, ML_PER_MIN)
    else:
        duration_given = duration
        rate_given = ratio(final, duration, ML_PER_MIN)
    product_rate = ratio(of(draw_ml, ML), duration_given, ML_PER_MIN) if inputs.dilution_mode == "in_line" else None
    dmso = None
    if inputs.dmso_fraction:
        contained = ratio(dose_given, basis_concentration, ML)
        dmso = ratio(times(times(contained, inputs.dmso_fraction), consts.dmso_density), body_weight, G_PER_KG)
    return Delivered(of(draw_ml, ML), final, dose_given, ratio(dose_given, weight, CELL_PER_KG), rate_given,
                     product_rate, duration_given, ratio(divided(dose_given, weight), duration_given, CELL_PER_KG_MIN), dmso,
                     of(final_ml / magnitude(body_weight, KG), ML_PER_KG))


def draw_bounds(inputs, weight, duration, basis_concentration, drawn_concentration, consts,
                body_weight=None) -> Within:
    """The measured draws (mL of what is drawn) that reach each hard maximum of the dose
    (per kg, absolute, the dose cap of the protocol or as entered), DMSO or cell rate, and
    each minimum dose, with the site's deviation rule: rounding to the syringe marks keeps
    every one of them that the exact draw keeps (measuring.Within)."""
    most, least = [], []
    for key, scale in (("max_dose", 1.0), ("max_dose_per_kg", weight), ("dose_cap", 1.0),
                       ("max_cell_rate", times(weight, duration))):
        limit = inputs.limit(key)
        if limit is not None:
            most.append(product(limit.value, scale, CELL))
    limit = inputs.limit("dmso_limit")
    if limit is not None and inputs.dmso_fraction:
        body = weight if body_weight is None else body_weight     # DMSO is per kg of actual weight
        drawn = ratio(times(limit.value, body), inputs.dmso_fraction * consts.dmso_density, ML)
        most.append(product(drawn, basis_concentration, CELL))
    for key, scale in (("min_dose", 1.0), ("min_dose_per_kg", weight)):
        limit = inputs.limit(key)
        if limit is not None:
            least.append(product(limit.value, scale, CELL))
    concentration = magnitude(drawn_concentration, CELL_PER_ML)
    rule = inputs.limit("dose_deviation")

    def ml(cells):
        return magnitude(cells, CELL) / concentration
    return Within(tuple(map(ml, most)), tuple(map(ml, least)), None if rule is None else float(rule.value))
