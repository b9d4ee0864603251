"""The calculation chain: one pure function from PlanInputs to an intravenous Plan.

Each quantity has its own small function named after it, pint quantities in and out, so
the code reads like the formulas printed on the sheet. compute_plan() chains them, records
how each figure was obtained (the trace) and asks checks.py for the findings; typed reasons
are attached afterwards (Plan.with_reasons), so the figures never depend on them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from .. import clock, display
from ..defaults import app_defaults
from ..form.fields import plausible_range
from ..units import (CELL, CELL_PER_KG, CELL_PER_KG_MIN, CELL_PER_ML, DROP_PER_MIN, G, KG,
                     G_PER_KG, MIN, ML, ML_PER_H, ML_PER_KG, ML_PER_MIN, divided, magnitude, minus, of, plus, product, ratio,
                     times, to, ureg)
from . import checks
from .bags import Filling, bags_needed, fill_containers
from .containers import ContainerUse, use_containers
from .counting import concentrations
from .course import course_status
from .delivered import delivered_figures, draw_bounds, pump_holds
from .dmso_day import dmso_day, earlier_mass
from .dosing_weight import dosing_weight
from .kinds.intravenous import Plan
from .measuring import finest_mark_ml, measure
from .model import CounterCount, HemocytometerCount, LabelCount, PlanInputs

# Relative slack below which a dilution target equal to the product itself is not
# "impossible" merely through floating-point rounding.
_ROUNDING = 1e-9


UL = ureg.Unit("uL")


# --- one function per quantity ---------------------------------------------------------

def requested_dose(dose_order, weight):
    """A per-kg order times body weight, or a fixed total as ordered."""
    if dose_order.dimensionality == CELL_PER_KG.dimensionality:
        return product(dose_order, weight, CELL)
    return to(dose_order, CELL)


def capped_dose(dose, cap):
    return min(dose, to(cap, CELL)) if cap is not None else dose


def volume_to_draw(dose, concentration):
    return ratio(dose, concentration, ML)


def final_volume_for_concentration(dose, final_concentration):
    return ratio(dose, final_concentration, ML)


def diluent_volume(final_volume, volume_drawn):
    return to(minus(final_volume, volume_drawn), ML)


def final_concentration(dose, final_volume):
    return ratio(dose, final_volume, CELL_PER_ML)


def duration_from_rate(volume, rate):
    return ratio(volume, rate, MIN)


def rate_from_duration(volume, duration):
    return ratio(volume, duration, ML_PER_MIN)


def cell_rate(dose, weight, duration):
    return ratio(divided(dose, weight), duration, CELL_PER_KG_MIN)


def drip_rate(rate, drop_factor):
    return product(rate, drop_factor, DROP_PER_MIN)


def whole_drip_rate(drops):
    """Drops are counted whole: the nearest whole drop per minute."""
    return of(round(magnitude(drops, DROP_PER_MIN)), DROP_PER_MIN)


def fluid_load(final_volume, weight):
    return of(magnitude(final_volume, ML) / magnitude(weight, KG), ML_PER_KG)


def dmso_mass(volume, dmso_fraction: float, density):
    """DMSO mass = volume x v/v fraction x density of DMSO."""
    return product(times(volume, dmso_fraction), density, G)


def dmso_per_kg(mass, weight):
    return ratio(mass, weight, G_PER_KG)


def use_by(thawed_at: datetime, stability) -> datetime:
    """Thaw time plus the stability window, in elapsed time (a UTC instant)."""
    return clock.later(thawed_at, stability)


# --- the chain ---------------------------------------------------------------------------

def compute_plan(inputs: PlanInputs, now: datetime | None = None) -> Plan:
    """The preparation plan for `inputs`, checked against its limits at time `now`."""
    now = clock.instant(now) if now else clock.now()
    consts = app_defaults().constants
    trace: list[tuple] = []

    def record(key: str, formula: str, texts) -> None:
        # The texts are formatted only when the trace is read (sheet, GUI), not on every
        # recompute: formatting costs more than the calculation itself.
        trace.append((key, formula, texts))

    total, viable, viability, hemocytometer = concentrations(inputs.count, consts.hemocytometer_square_volume,
                                                             inputs.basis)
    _trace_count(inputs, total, viable, viability, hemocytometer, consts, record)
    basis_concentration = viable if inputs.basis == "viable" else total

    body = inputs.weight                      # DMSO and fluid per kg: the actual body weight
    dosing = dosing_weight(inputs.protocol.dosing_weight, body, inputs.height, inputs.sex)
    weight = dosing.weight                    # per-kg cell figures: the weight the protocol doses on
    if not dosing.is_actual:
        record("dosing_weight", dosing.formula, lambda: (dosing.substitution, _kg(weight)))
    dose_wanted = requested_dose(inputs.dose_order, weight)
    if inputs.dose_order.dimensionality == CELL_PER_KG.dimensionality:
        record("dose", "dose = dose per kg × dosing weight" if not dosing.is_actual else "dose = dose per kg × body weight",
               lambda: (f"{display.quantity(inputs.dose_order, CELL_PER_KG)} × {_kg(weight)}",
               display.quantity(dose_wanted, CELL)))
    cap = inputs.limit("dose_cap")
    dose = capped_dose(dose_wanted, cap.value if cap else None)
    if dose < dose_wanted:
        record("dose", "dose = dose cap (the computed dose is larger)",
               lambda: (f"min({display.quantity(dose_wanted, CELL)}, {display.quantity(cap.value, CELL)})",
               display.quantity(dose, CELL)))
    dose_per_kg = ratio(dose, weight, CELL_PER_KG)

    drawn = volume_to_draw(dose, basis_concentration)
    if inputs.method.kind == "dilute_each_then_draw":   # contained in the suspension, never drawn alone
        record("product_contained", f"product contained in the dose = dose ÷ {inputs.basis} concentration of the "
               "product", lambda: (f"{display.quantity(dose, CELL)} ÷ {display.quantity(basis_concentration, CELL_PER_ML)}",
                                   display.quantity(drawn, ML)))
    else:
        record("volume_to_draw", f"volume to draw = dose ÷ {inputs.basis} concentration",
               lambda: (f"{display.quantity(dose, CELL)} ÷ {display.quantity(basis_concentration, CELL_PER_ML)}",
                        display.quantity(drawn, ML)))

    final, diluent, dilution_impossible = _dilution(inputs, dose, drawn, record)
    final_conc = final_concentration(dose, final)
    if inputs.final_concentration is None:    # entered, it is shown as entered
        record("final_concentration", "final concentration = dose ÷ final volume",
               lambda: (f"{display.quantity(dose, CELL)} ÷ {display.quantity(final, ML)}",
               display.quantity(final_conc, CELL_PER_ML)))

    duration, rate, product_rate, diluent_rate = _speed(inputs, drawn, diluent, final, record)
    cells_per_kg_min = cell_rate(dose, weight, duration)
    record("cell_rate", "cells/kg/min = dose ÷ body weight ÷ duration",
           lambda: (f"{display.quantity(dose, CELL)} ÷ {_kg(weight)} ÷ {display.duration(duration)}",
           display.quantity(cells_per_kg_min, CELL_PER_KG_MIN)))
    drops = factor = whole_drops = None
    if inputs.administration == "gravity":
        factor = inputs.drop_factor if inputs.drop_factor is not None else consts.drop_factor
        drops = drip_rate(rate, factor)
        whole_drops = whole_drip_rate(drops)
        record("drip_rate", "drops/min = rate × drop factor, to whole drops",
               lambda: (f"{display.quantity(rate, ML_PER_MIN)} × {factor.m_as('drop/mL'):g} drops/mL",
               f"{display.quantity(drops, DROP_PER_MIN)} → {whole_drops.m_as(DROP_PER_MIN):g} drops/min"))

    dmso_grams = dmso_dose = None
    if inputs.dmso_fraction is not None and inputs.dmso_fraction > 0:
        dmso_grams = dmso_mass(drawn, inputs.dmso_fraction, consts.dmso_density)
        dmso_dose = dmso_per_kg(dmso_grams, body)
        product = "product contained" if inputs.method.kind == "dilute_each_then_draw" else "volume drawn"
        record("dmso", f"DMSO = {product} × DMSO fraction × DMSO density ÷ body weight",
               lambda: (f"{display.quantity(drawn, ML)} × {display.percent(inputs.dmso_fraction)} × "
               f"{consts.dmso_density.m_as('g/mL'):g} g/mL ÷ {_kg(body)}",
               f"{display.quantity(dmso_grams, G)} = {display.quantity(dmso_dose, G_PER_KG)}"))

    expiry = latest_start = None
    stability = inputs.limit("stability")
    window_start = window_from = None
    if inputs.thawed or inputs.thawed_at is not None:
        window_start, window_from = inputs.thawed_at, "thaw"
    else:      # a fresh product: from the end of preparation, as entered or now
        window_start, window_from = (inputs.prepared_at or now), "preparation"
    if window_start is not None and stability is not None:
        expiry = use_by(window_start, stability.value)
        record("use_by", "use-by = thawed at + stability window" if window_from == "thaw"
               else "use-by = end of preparation + stability window",
               lambda: (f"{display.clock(window_start)} + {display.duration(stability.value)}",
               display.clock(expiry)))
        try:
            latest_start = clock.earlier(expiry, duration)
        except OverflowError:  # an absurd duration; reported as implausible by the checks
            latest_start = None
        else:
            record("latest_start", "latest start = use-by − duration",
                   lambda: (f"{display.clock(expiry)} − {display.duration(duration)}", display.clock(latest_start)))

    filling, too_many = _filling(inputs, drawn, diluent, final, basis_concentration, record)
    filling = replace(filling, within=draw_bounds(inputs, weight, duration, basis_concentration,
                                                  filling.concentration, consts, body_weight=body))
    fills, use, dose_given, delivered, diluent_each = (), None, None, None, None
    share_too_small = _share_too_small(filling)
    if _measurable(drawn, final) and share_too_small is None:
        holds = pump_holds(inputs)
        fills = fill_containers(dose, drawn, diluent, final, duration, expiry, filling,
                                rate=inputs.rate if holds == "rate" else None,
                                product_rate=inputs.product_rate if holds == "product_rate" else None)
    # else: a volume no preparation can have (implausible_result, hard) is never measured:
    # 5,000,000 fills of a 50 mL syringe are not a task, and not a wait either
    bags = fills if filling.count > 1 else ()
    if bags:
        record("bags", "bags = volume ÷ largest bag, rounded up; each bag an equal share in whole syringe marks",
               lambda: (f"{display.quantity(final if inputs.dilution_mode != 'in_line' else drawn, ML)} ÷ "
                        f"{display.quantity(inputs.limit('max_container_volume').value, ML)}",
                        " + ".join(display.quantity(bag.final_measured, ML, 4) for bag in bags)))
    if fills:
        dose_given = of(sum(fill.cells_delivered_n for fill in fills), CELL)
        drawn_measured = round(sum(fill.draw_ml for fill in fills), 9)
        record("dose_delivered", "dose delivered = volume drawn as measured × concentration of what is drawn",
               lambda: (f"{display.quantity(of(drawn_measured, ML), ML, 4)} × "
                        f"{display.quantity(filling.concentration, CELL_PER_ML)}", display.quantity(dose_given, CELL)))
        use = _containers_used(inputs, fills, drawn_measured, basis_concentration, record)
        diluent_each = (measure(inputs.method.diluent_per_container)
                        if inputs.method.kind == "dilute_each_then_draw" else None)
        if drawn_measured > 0:
            delivered = delivered_figures(inputs, weight, dose_given, drawn_measured,
                                          round(sum(fill.final_measured_ml for fill in fills), 9),
                                          basis_concentration, duration, rate, consts, body_weight=body)
            _trace_delivered(inputs, delivered, weight, basis_concentration, consts, record, body)
    fluid = fluid_load(final, body)
    record("fluid_load", "fluid load = final volume ÷ body weight",
           lambda: (f"{display.quantity(final, ML, 4)} ÷ {_kg(body)}", display.quantity(fluid, ML_PER_KG)))

    day = _dmso_day(inputs, dmso_grams, delivered, body, now, record)

    course = None
    if inputs.protocol.course is not None:
        course = course_status(inputs.protocol.course, inputs.dose_number or 1, now, inputs.previous_dose_at)

    values = checks.PlanValues(
        now=now, total_concentration=total, viable_concentration=viable, dose_wanted=dose_wanted, dose=dose,
        dose_per_kg=dose_per_kg, viability=viability,
        volume_to_draw=drawn, final_volume=final, dilution_impossible=dilution_impossible,
        rate=rate, product_rate=product_rate, duration=duration, cell_rate=cells_per_kg_min,
        dmso=dmso_dose, use_by=expiry, latest_start=latest_start, hemocytometer=hemocytometer,
        bags=bags, course=course, fluid_load=fluid, fills=fills, containers=use, dose_delivered=dose_given,
        bags_needed=too_many, delivered=delivered, draw_within=filling.within, weight=inputs.weight, dmso_day=day,
        bag_share_too_small=share_too_small, dosing_weight=weight)
    found = tuple(inputs.notices) + tuple(checks.check_all(inputs, values))

    return Plan(
        inputs=inputs, computed_at=now, dose_requested=dose_wanted, dose=dose,
        dose_per_kg=dose_per_kg, total_concentration=total, viable_concentration=viable,
        viability=viability, volume_to_draw=drawn, diluent_volume=diluent, final_volume=final,
        final_concentration=final_conc, rate=rate, duration=duration, product_rate=product_rate,
        diluent_rate=diluent_rate, drip_rate=drops, cell_rate=cells_per_kg_min,
        dmso_mass=dmso_grams, dmso=dmso_dose, use_by=expiry, latest_start=latest_start,
        hemocytometer=hemocytometer, line_requirements=inputs.protocol.line_requirements,
        findings=found, checked=found, bags=bags, course=course, fills=fills, container_use=use,
        dose_delivered=dose_given, drawn_concentration=filling.concentration, diluent_each=diluent_each,
        drop_factor=factor, drip_rate_whole=whole_drops, fluid_load=fluid, delivered=delivered, dmso_day=day,
        dosing=dosing,
        use_by_from=window_from if expiry is not None else None,
        use_by_start=window_start if expiry is not None else None,
        trace_steps=tuple(trace))


def _most(inputs: PlanInputs, key: str) -> int | None:
    limit = inputs.limit(key)
    return None if limit is None else int(limit.value)


def _share_too_small(filling) -> tuple[int, object, object] | None:
    """(bags, each bag's share of the draw, the finest mark) when a split gives each bag less
    product than the finest syringe mark measures: bags without product are not a plan."""
    if filling.count <= 1:
        return None
    share = magnitude(filling.drawn_total, ML) / filling.count
    finest = finest_mark_ml()
    return None if share >= finest - 1e-9 else (filling.count, of(share, ML), of(finest, ML))


def _measurable(drawn, final) -> bool:
    """Whether the volumes lie within what can be prepared (defaults.toml [plausible]
    volume): only then are they measured on syringes and taken from containers. A draw
    finer than the finest mark has no measurement that keeps its limits."""
    low, high = plausible_range("volume")
    return low <= drawn and drawn <= high and final <= high


def _dmso_day(inputs: PlanInputs, ordered_grams, delivered, weight, now, record):
    """The patient's DMSO on this site day (dmso_day.py): this preparation's, the larger of
    ordered and measured, added to what the records hold for earlier ones today."""
    if ordered_grams is None:
        return None
    this = ordered_grams
    if delivered is not None and delivered.dmso is not None:
        this = max(this, product(delivered.dmso, weight, G))
    day = dmso_day(inputs.dmso_earlier, this, weight, now)
    if day is not None:
        earlier = earlier_mass(day.earlier)
        records = ", ".join(item.record_id for item in day.earlier)
        record("dmso_day", "DMSO today = DMSO of this patient's earlier preparations today (records) + this "
               "preparation, ÷ body weight",
               lambda: (f"({display.quantity(earlier, G)} [{records}] + {display.quantity(day.this_mass, G)}) ÷ "
                        f"{_kg(weight)}", f"{display.quantity(day.mass, G)} = {display.quantity(day.per_kg, G_PER_KG)}"))
    return day


def _filling(inputs: PlanInputs, drawn, diluent, final, basis_concentration, record):
    """How the containers are filled (Filling), and how many bags a split would need when
    that is more than the largest number allowed (None otherwise: then it is not split)."""
    method = inputs.method.kind
    in_line = inputs.dilution_mode == "in_line"
    count, too_many = 1, None
    largest = inputs.limit("max_container_volume")
    contained = drawn if in_line else final
    if largest is not None and contained > largest.value and method == "draw_then_dilute":
        needed = bags_needed(contained, largest.value)
        most = inputs.limit("max_bags")
        if most is not None and needed > most.value:
            too_many = needed          # not split: the plan is blocked, and 5,000 bags are never built
        else:
            count = needed
    if method == "dilute_each_then_draw":
        spec, added = inputs.containers, inputs.method.diluent_per_container
        volume, extra = magnitude(spec.volume, ML), magnitude(added, ML)
        part = extra / (volume + extra)
        return Filling(count, final, of(magnitude(basis_concentration, CELL_PER_ML) * (1 - part), CELL_PER_ML),
                       of(0.0, ML), False, diluent_in_draw=part), too_many
    if method == "into_infusion_bag":
        return Filling(count, drawn, basis_concentration, diluent, False,
                       diluent_each_fixed=inputs.method.bag_diluent_volume.to(ML)), too_many
    return Filling(count, drawn, basis_concentration, diluent, not in_line), too_many


def _containers_used(inputs: PlanInputs, fills, drawn_measured: float, basis_concentration,
                     record) -> ContainerUse | None:
    spec = inputs.containers
    if spec is None or drawn_measured <= 0:
        return None
    draws = [fill.draw for fill in fills if fill.draw is not None]
    diluted = inputs.method.kind == "dilute_each_then_draw"
    use = use_containers(spec, drawn_ml=drawn_measured, hub_ml=sum(draw.hub_ml for draw in draws),
                         basis_concentration=basis_concentration,
                         diluent_each=inputs.method.diluent_per_container if diluted else None,
                         step_ml=draws[0].mark_ml, most=_most(inputs, "max_containers"))
    record("containers_to_thaw", "containers = (volume drawn + syringe dead space) ÷ (content − dead volume), "
           "rounded up", lambda: (f"({display.quantity(use.drawn, ML, 4)} + {display.quantity(use.hub, ML)}) ÷ "
                                  f"({display.quantity(use.content_each, ML, 4)} − {display.quantity(spec.dead_volume, ML)})",
                                  str(use.count)))
    record("residual_volume", "residue = containers × content − volume drawn",
           lambda: (f"{use.count} × {display.quantity(use.content_each, ML, 4)} − {display.quantity(use.drawn, ML, 4)}",
                    f"{display.quantity(use.residue, ML, 4)} = {display.quantity(use.residue_cells, CELL)}"))
    return use


def _trace_delivered(inputs, d, weight, basis_concentration, consts, record, body=None) -> None:
    """The figures that reach the patient, from the volumes as measured."""
    record("dose_delivered", "dose per kg as measured = dose as measured ÷ body weight",
           lambda: (f"{display.quantity(d.dose, CELL)} ÷ {_kg(weight)}", display.quantity(d.dose_per_kg, CELL_PER_KG)))
    if inputs.rate is not None:
        record("duration", "duration as measured = final volume as measured ÷ rate",
               lambda: (f"{display.quantity(d.final, ML, 4)} ÷ {display.quantity(d.rate, ML_PER_MIN)}",
                        display.duration(d.duration)))
    else:
        record("rate", "rate as measured = final volume as measured ÷ duration",
               lambda: (f"{display.quantity(d.final, ML, 4)} ÷ {display.duration(d.duration)}",
                        f"{display.quantity(d.rate, ML_PER_MIN)} = {display.quantity(d.rate, ML_PER_H)}"))
    record("cell_rate", "cells/kg/min as measured = dose as measured ÷ body weight ÷ duration",
           lambda: (f"{display.quantity(d.dose, CELL)} ÷ {_kg(weight)} ÷ {display.duration(d.duration)}",
                    display.quantity(d.cell_rate, CELL_PER_KG_MIN)))
    if d.dmso is not None:
        record("dmso", "DMSO as measured = dose as measured ÷ concentration × DMSO fraction × DMSO "
               "density ÷ body weight",
               lambda: (f"{display.quantity(d.dose, CELL)} ÷ {display.quantity(basis_concentration, CELL_PER_ML)} × "
                        f"{display.percent(inputs.dmso_fraction)} × {consts.dmso_density.m_as('g/mL'):g} g/mL ÷ "
                        f"{_kg(body if body is not None else weight)}", display.quantity(d.dmso, G_PER_KG)))


def _kg(weight) -> str:
    return f"{display.significant(float(weight.m_as('kg')), 4)} kg"


def _dilution(inputs: PlanInputs, dose, drawn, record):
    """(final volume, diluent volume, whether the target could not be reached)."""
    method = inputs.method
    if method.kind == "dilute_each_then_draw":
        # The label dilutes every container first: the dose is drawn from the suspension.
        volume, added = inputs.containers.volume, method.diluent_per_container
        final = ratio(times(drawn, plus(volume, added)), volume, ML)
        record("final_volume", "suspension to give = product contained × (container volume + diluent per "
               "container) ÷ container volume", lambda: (f"{display.quantity(drawn, ML)} × ({display.quantity(volume, ML, 4)} + "
                                              f"{display.quantity(added, ML, 4)}) ÷ {display.quantity(volume, ML, 4)}",
                                              display.quantity(final, ML)))
        diluent = diluent_volume(final, drawn)
        record("diluent_contained", "diluent contained in the dose = suspension − product contained",
               lambda: (f"{display.quantity(final, ML)} − {display.quantity(drawn, ML)}", display.quantity(diluent, ML)))
        return final, diluent, False
    if method.kind == "into_infusion_bag":
        diluent = to(method.bag_diluent_volume, ML)
        final = to(plus(drawn, diluent), ML)
        record("final_volume", "final volume = volume drawn + diluent in the infusion bag",
               lambda: (f"{display.quantity(drawn, ML)} + {display.quantity(diluent, ML)}", display.quantity(final, ML)))
        return final, diluent, False
    if inputs.dilution_mode == "in_line":
        diluent = product(drawn, inputs.in_line_ratio, ML)
        record("diluent_volume", "in-line diluent = volume drawn × in-line ratio",
               lambda: (f"{display.quantity(drawn, ML)} × {inputs.in_line_ratio:g}", display.quantity(diluent, ML)))
        final = to(plus(drawn, diluent), ML)
        record("final_volume", "final volume = volume drawn + diluent",
               lambda: (f"{display.quantity(drawn, ML)} + {display.quantity(diluent, ML)}", display.quantity(final, ML)))
        return final, diluent, False
    if inputs.final_concentration is not None:
        target = final_volume_for_concentration(dose, inputs.final_concentration)
        record("final_volume", "final volume = dose ÷ final concentration",
               lambda: (f"{display.quantity(dose, CELL)} ÷ {display.quantity(inputs.final_concentration, CELL_PER_ML)}",
               display.quantity(target, ML)))
    elif inputs.final_volume is not None:
        target = to(inputs.final_volume, ML)
    else:
        record("final_volume", "final volume = volume drawn (no final volume or concentration entered: "
               "nothing is added)", lambda: (display.quantity(drawn, ML), display.quantity(drawn, ML)))
        return drawn, of(0, ML), False
    if target < drawn * (1 - _ROUNDING):
        return drawn, of(0, ML), True
    diluent = max(diluent_volume(target, drawn), of(0, ML))
    record("diluent_volume", "diluent = final volume − volume drawn",
           lambda: (f"{display.quantity(target, ML)} − {display.quantity(drawn, ML)}", display.quantity(diluent, ML)))
    return target, diluent, False


def _speed(inputs: PlanInputs, drawn, diluent, final, record):
    """(duration, rate, product flow, diluent flow); the flows only for in-line dilution."""
    if inputs.rate is not None:
        rate = to(inputs.rate, ML_PER_MIN)
        duration = duration_from_rate(final, rate)
        record("duration", "duration = final volume ÷ rate",
               lambda: (f"{display.quantity(final, ML)} ÷ {display.quantity(rate, ML_PER_MIN)}", display.duration(duration)))
    elif inputs.duration is not None:
        duration = to(inputs.duration, MIN)
        rate = rate_from_duration(final, duration)
        record("rate", "rate = final volume ÷ duration",
               lambda: (f"{display.quantity(final, ML)} ÷ {display.duration(duration)}",
               f"{display.quantity(rate, ML_PER_MIN)} = {display.quantity(rate, ML_PER_H)}"))
    else:
        duration = duration_from_rate(drawn, inputs.product_rate)
        rate = rate_from_duration(final, duration)
        record("duration", "duration = volume drawn ÷ product flow",
               lambda: (f"{display.quantity(drawn, ML)} ÷ {display.quantity(inputs.product_rate, ML_PER_MIN)}",
               display.duration(duration)))
        record("rate", "total rate = final volume ÷ duration",
               lambda: (f"{display.quantity(final, ML)} ÷ {display.duration(duration)}", display.quantity(rate, ML_PER_MIN)))
    if inputs.dilution_mode != "in_line":
        return duration, rate, None, None
    product_rate = rate_from_duration(drawn, duration)
    diluent_rate = rate_from_duration(diluent, duration)
    record("product_rate", "product flow = volume drawn ÷ duration; diluent flow = diluent ÷ duration",
           lambda: (f"{display.quantity(drawn, ML)} ÷ {display.duration(duration)}; "
           f"{display.quantity(diluent, ML)} ÷ {display.duration(duration)}",
           f"{display.quantity(product_rate, ML_PER_MIN)}; {display.quantity(diluent_rate, ML_PER_MIN)}"))
    return duration, rate, product_rate, diluent_rate


def _trace_count(inputs, total, viable, viability, stats, consts, record) -> None:
    count = inputs.count
    if isinstance(count, LabelCount):
        record("total_concentration", "total concentration = cells on label ÷ volume on label",
               lambda: (f"{display.quantity(count.cells, CELL)} ÷ {display.quantity(count.volume, ML)}",
               display.quantity(total, CELL_PER_ML)))
    elif isinstance(count, HemocytometerCount):
        square = magnitude(consts.hemocytometer_square_volume, UL)
        record("viable_concentration",
               "viable concentration = mean unstained count per square × dilution factor ÷ square volume",
               lambda: (f"{display.significant(stats.mean_viable, 4)} × {count.dilution_factor:g} ÷ {square:g} µL",
               display.quantity(viable, CELL_PER_ML)))
        if count.dead_counts is not None:
            record("viability", "viability = unstained ÷ (unstained + stained)",
                   lambda: (f"{sum(count.viable_counts)} ÷ ({sum(count.viable_counts)} + {sum(count.dead_counts)})",
                   display.percent(viability)))
            record("total_concentration",
                   "total concentration = mean (unstained + stained) per square × dilution factor ÷ square volume",
                   lambda: (f"{display.significant(stats.mean_viable + stats.mean_dead, 4)} × {count.dilution_factor:g} "
                   f"÷ {square:g} µL", display.quantity(total, CELL_PER_ML)))
        elif total is not None:
            record("total_concentration", "total concentration = viable concentration ÷ viability",
                   lambda: (f"{display.quantity(viable, CELL_PER_ML)} ÷ {display.percent(viability)}",
                   display.quantity(total, CELL_PER_ML)))
        return
    elif not isinstance(count, CounterCount):
        return
    if viable is not None:
        record("viable_concentration", "viable concentration = total concentration × viability",
               lambda: (f"{display.quantity(total, CELL_PER_ML)} × {display.percent(viability)}",
               display.quantity(viable, CELL_PER_ML)))
