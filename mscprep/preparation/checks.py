"""Every check of a plan against its limits. Each check returns findings; none raises.

A limit that is not set (no protocol value, nothing entered) is simply not checked. Each
finding carries the limit it was measured against and that limit's source.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from .. import clock, display
from ..defaults import app_defaults
from ..form.fields import plausible_range
from ..protocol.limits import limit_text
from ..units import CELL, CELL_PER_KG_MIN, CELL_PER_ML, G, KG, ML, magnitude, of
from . import measuring
from .beyond import above, apart, below, beyond, percent_apart
from .findings import Finding, make
from .model import HemocytometerStats, PlanInputs


@dataclass(frozen=True)
class PlanValues:
    """The computed figures the checks look at."""
    now: datetime
    total_concentration: object | None
    viable_concentration: object | None
    dose_wanted: object
    dose: object
    dose_per_kg: object
    viability: float | None
    volume_to_draw: object
    final_volume: object
    dilution_impossible: bool
    rate: object
    product_rate: object | None
    duration: object
    cell_rate: object
    dmso: object | None
    use_by: datetime | None
    latest_start: datetime | None
    hemocytometer: HemocytometerStats | None
    bags: tuple = ()
    course: object | None = None
    fluid_load: object | None = None
    fills: tuple = ()                  # every container filled, measured
    containers: object | None = None   # containers.ContainerUse
    dose_delivered: object | None = None
    bags_needed: int | None = None     # a split refused for needing more bags than allowed
    delivered: object | None = None    # delivered.Delivered: what reaches the patient, as measured
    draw_within: object = measuring.ANYTHING   # measuring.Within: where rounding the draw must stay
    weight: object | None = None       # the patient's actual body weight
    dmso_day: object | None = None     # dmso_day.DmsoDay: this patient's DMSO today, with the records'
    bag_share_too_small: tuple | None = None   # (bags, share of the draw, finest mark): not split, not measured
    dosing_weight: object | None = None  # the weight the per-kg cell figures are on


def check_all(inputs: PlanInputs, values: PlanValues) -> list[Finding]:
    found: list[Finding] = []
    for check in (_plausible, _dose, _patient, _dmso_today, _viability, _volume, _containers, _measured, _speed, _time,
                  _hemocytometer, _anticoagulation, _line, _plain_diluent, _bags, _course):
        found.extend(check(inputs, values))
    return found


_q = display.any_quantity


def _finding(code: str, template: str, limit, **params) -> Finding:
    return make(code, template, limit=limit_text(limit), source=limit.source, **params)


_IMPLAUSIBLE = {"concentration": "Product concentration {value} is outside what a cell product can have ({low} "
                                 "to {high}): check the count or the label figures.","volume_to_draw": "Volume to draw {value} is outside what can be prepared ({low} to {high}): "
                                  "check the inputs.",
                "final_volume": "Final volume {value} is outside what can be prepared ({low} to {high}): "
                                "check the inputs.",
                "duration": "Duration {value} is outside what can be prepared ({low} to {high}): check the inputs."}


@lru_cache(maxsize=None)
def _bounds(name: str, unit) -> tuple[float, float]:
    low, high = plausible_range(name)
    return float(low.m_as(unit)), float(high.m_as(unit))


def _plausibly(value, name: str) -> bool:
    """Within the plausible range `name`, compared as numbers in the value's own unit: a
    pint comparison converts both sides each time, and this runs on every keystroke."""
    low, high = _bounds(name, value._units)     # the unit container: no Unit made per call
    return low <= value.magnitude <= high


def _plausible(inputs, v):
    """Results no preparation can have (from inputs that were each possible on their own)."""
    found = []
    concentration = v.total_concentration if v.total_concentration is not None else v.viable_concentration
    if concentration is not None:
        low, high = plausible_range("concentration")
        if not _plausibly(concentration, "concentration"):
            found.append(make("implausible_result", _IMPLAUSIBLE["concentration"], limit=f"{_q(low)} to {_q(high)}",
                              source="mscprep defaults.toml [plausible]", value=_q(concentration), low=_q(low),
                              high=_q(high)))
    for key, value, limit_name in (("volume_to_draw", v.volume_to_draw, "volume"),
                                   ("final_volume", v.final_volume, "volume"),
                                   ("duration", v.duration, "duration")):
        low, high = plausible_range(limit_name)
        if not _plausibly(value, limit_name):
            found.append(make("implausible_result", _IMPLAUSIBLE[key], limit=f"{_q(low)} to {_q(high)}",
                              source="mscprep defaults.toml [plausible]", value=_q(value), low=_q(low),
                              high=_q(high)))
    return found


def _dose(inputs, v):
    found = _order_per_kg(inputs, v)
    cap = inputs.limit("dose_cap")
    if cap is not None and v.dose < v.dose_wanted:
        found.append(_finding("dose_capped", "The computed dose {wanted} is reduced to the cap of {cap}.", cap,
                              wanted=_q(v.dose_wanted), cap=_q(cap.value)))
    return found


def _order_per_kg(inputs, v):
    """An order per kg above the per-kg maximum is above it whatever the cap then does to the
    total (a cap lowers the dose for heavy patients; it does not make the order right)."""
    limit = inputs.limit("max_dose_per_kg")
    order = inputs.dose_order
    if limit is None or order is None or order.dimensionality != limit.value.dimensionality:
        return []
    if not above(order, limit.value) or above(v.dose_per_kg, limit.value):   # the dose itself: _patient
        return []
    value, bound = apart(order, limit.value)
    return [_finding("dose_above_max", "The order {value} is above the maximum of {bound} (the cap lowers the total, "
                     "not the order): check the order.", limit, value=value, bound=bound)]


# Every limit on what reaches the patient: (limit, side, finding, figure). Each is checked on
# the figure as ordered and on the figure as measured on the syringe marks (delivered.py).
_PATIENT_LIMITS = (("max_dose", "max", "dose_above_max", "dose"),
                   ("max_dose_per_kg", "max", "dose_above_max", "dose_per_kg"),
                   ("dose_cap", "max", "dose_above_max", "dose"),     # the order is capped: as measured only
                   ("min_dose", "min", "dose_below_min", "dose"),
                   ("min_dose_per_kg", "min", "dose_below_min", "dose_per_kg"),
                   ("rate_ceiling", "max", "rate_above_ceiling", "rate"),
                   ("max_rate", "max", "rate_above_max", "rate"),
                   ("min_rate", "min", "rate_below_min", "rate"),
                   ("max_product_rate", "max", "product_rate_above_max", "product_rate"),
                   ("min_product_rate", "min", "product_rate_below_min", "product_rate"),
                   ("max_cell_rate", "max", "cell_rate_above_max", "cell_rate"),
                   ("dmso_limit", "max", "dmso_above_limit", "dmso"),
                   ("max_fluid_load", "max", "fluid_load_high", "fluid_load"),
                   ("min_weight", "min", "weight_below_min", "weight"))

_LIMITS = {"dose_above_max": "Dose {value} is above the maximum of {bound}.",
           "dose_below_min": "Dose {value} is below the minimum of {bound}.",
           "rate_above_ceiling": "Rate {value} is above the maximum of {bound}: infuse more slowly.",
           "rate_above_max": "Rate {value} is above the guide of {bound}.",
           "rate_below_min": "Rate {value} is below the guide of {bound}.",
           "product_rate_above_max": "Product flow {value} is above the guide of {bound}.",
           "product_rate_below_min": "Product flow {value} is below the guide of {bound}.",
           "cell_rate_above_max": "Cell rate {value} is above the maximum of {bound}: infuse more slowly.",
           "dmso_above_limit": "DMSO {value} is above the limit of {bound} per day.",
           "fluid_load_high": "The final volume is {value} of body weight, more than {bound}: confirm the volume "
                              "for this patient or concentrate the preparation.",
           "weight_below_min": "Body weight {value} is below {bound}, the lightest patient this protocol's dose is "
                               "for: the dose per kg would be too high."}

# The order is within the limit but what the syringes measure is not (when no rounding to
# the marks keeps both the maximum and the minimum).
_DELIVERED = {"dose_above_max": "As measured ({draw} drawn), the dose is {value}, above the maximum of {bound} "
                                "(ordered: {ordered}): measure with a finer syringe or lower the dose.",
              "dose_at_max": "As measured ({draw} drawn), the dose is {value}, above the maximum of {bound} "
                             "(ordered: {ordered}, at the maximum): measure with a finer syringe.",
              "dose_below_min": "As measured ({draw} drawn), the dose is {value}, below the minimum of {bound} "
                                "(ordered: {ordered}): measure with a finer syringe.",
              "rate_above_ceiling": "As measured ({final} in all), the rate is {value}, above the maximum of "
                                    "{bound} (ordered: {ordered}): infuse more slowly.",
              "rate_above_max": "As measured ({final} in all), the rate is {value}, above the guide of {bound} "
                                "(ordered: {ordered}).",
              "rate_below_min": "As measured ({final} in all), the rate is {value}, below the guide of {bound} "
                                "(ordered: {ordered}).",
              "product_rate_above_max": "As measured ({draw} drawn), the product flow is {value}, above the guide "
                                        "of {bound} (ordered: {ordered}).",
              "product_rate_below_min": "As measured ({draw} drawn), the product flow is {value}, below the guide "
                                        "of {bound} (ordered: {ordered}).",
              "cell_rate_above_max": "As measured ({draw} drawn), the cell rate is {value}, above the maximum of "
                                     "{bound} (ordered: {ordered}): infuse more slowly.",
              "dmso_above_limit": "As measured ({draw} drawn), DMSO is {value}, above the limit of {bound} per day "
                                  "(ordered: {ordered}): draw less product.",
              "fluid_load_high": "As measured ({final} in all), the fluid load is {value} of body weight, more than "
                                 "{bound} (ordered: {ordered}): confirm the volume for this patient or concentrate "
                                 "the preparation."}


def _patient(inputs, v):
    """Each limit on what reaches the patient, on the figure as ordered and, when the order
    is within it, on the figure as measured (a hard maximum crossed only by rounding to the
    syringe marks is still crossed)."""
    found = []
    measured = v.delivered
    for key, side, code, figure in _PATIENT_LIMITS:
        limit = inputs.limit(key)
        ordered = getattr(v, figure)
        if limit is None or ordered is None:
            continue
        if beyond(ordered, limit.value, side):
            value, bound = apart(ordered, limit.value)
            found.append(_finding(code, _LIMITS[code], limit, value=value, bound=bound))
            continue
        given = getattr(measured, figure, None) if measured is not None else None
        if given is not None and beyond(given, limit.value, side):
            value, bound = apart(given, limit.value)
            at_limit = code == "dose_above_max" and not below(ordered, limit.value)
            found.append(_finding(code, _DELIVERED["dose_at_max" if at_limit else code], limit, value=value, bound=bound,
                                  ordered=apart(ordered, given)[0], draw=display.quantity(measured.draw, ML, 4),
                                  final=display.quantity(measured.final, ML, 4)))
    return found + _each_bag(inputs, v)


def _each_bag(inputs, v):
    """Split bags: each bag is infused on its own, so each is held to the cell-rate maximum
    as measured (its cells over the time it runs), like a single draw."""
    limit = inputs.limit("max_cell_rate")
    if (limit is None or len(v.fills) < 2 or v.dosing_weight is None
            or (v.cell_rate is not None and above(v.cell_rate, limit.value))):   # the order already crosses it
        return []
    kg = magnitude(v.dosing_weight, KG)
    bound = magnitude(limit.value, CELL_PER_KG_MIN)
    for bag in v.fills:
        if bag.duration_min <= 0 or kg <= 0:
            continue
        rate = bag.cells_delivered_n / kg / bag.duration_min
        if above(rate, bound):
            value, shown = apart(of(rate, CELL_PER_KG_MIN), limit.value)
            return [_finding("cell_rate_above_max", "Cell rate of bag {number} of {count} as measured ({draw} drawn, "
                             "{cells} over {duration}): {value}, above the maximum of {bound}: infuse more "
                             "slowly.", limit, number=bag.number, count=bag.of,
                             draw=display.quantity(bag.draw_measured, ML, 4), cells=_q(bag.cells_delivered),
                             duration=display.duration(bag.duration), value=value, bound=shown)]
    return []


def _dmso_today(inputs, v):
    """The daily DMSO limit on the patient's day: earlier preparations in the records plus
    this one. This preparation alone above the limit is already a finding (_patient)."""
    limit, day = inputs.limit("dmso_limit"), v.dmso_day
    if limit is None or day is None or not above(day.per_kg, limit.value):
        return []
    alone = [figure for figure in (v.dmso, getattr(v.delivered, "dmso", None)) if figure is not None]
    if any(above(figure, limit.value) for figure in alone):
        return []
    from .dmso_day import earlier_mass
    value, bound = apart(day.per_kg, limit.value)
    return [_finding("dmso_day_above_limit", "DMSO today {value} is above the limit of {bound} per day: {earlier} "
                     "from {count} earlier preparation(s) today ({records}) + {this} from this one. Do not give "
                     "this preparation today, or wash the product.", limit, value=value, bound=bound,
                     earlier=display.quantity(earlier_mass(day.earlier), G), count=len(day.earlier),
                     records=", ".join(item.record_id for item in day.earlier),
                     this=display.quantity(day.this_mass, G))]


def _viability(inputs, v):
    limit = inputs.limit("min_viability")
    if limit is None or v.viability is None or not below(v.viability, limit.value):
        return []
    value, bound = percent_apart(v.viability, limit.value)
    return [_finding("viability_below_release", "Viability {value} is below the release specification of "
                     "{bound}: do not release.", limit, value=value, bound=bound)]


def _volume(inputs, v):
    found = []
    if inputs.available is not None:
        needed = product_needed(inputs, v)
        if above(needed, inputs.available):
            found.append(make("volume_exceeds_available", "{draw} must be drawn but only {available} can be drawn.",
                              limit=_q(inputs.available), source="entered: Volume available",
                              draw=display.quantity(needed, ML, 4), available=_q(inputs.available)))
    if v.dilution_impossible:
        by_concentration = inputs.final_concentration is not None
        target = (display.quantity(inputs.final_concentration, CELL_PER_ML) if by_concentration
                  else _q(inputs.final_volume))
        found.append(make("dilution_impossible", _DILUTION["concentration" if by_concentration else "volume"],
                          source="entered dilution target", target=target, draw=_q(v.volume_to_draw)))
    return found


def product_needed(inputs, v):
    """What leaves the product container: each draw as measured on its syringe's marks plus
    that syringe's hub and needle dead space (drawn, not delivered); the exact volume when
    nothing is measured (an implausible plan) or what is drawn is a diluted suspension
    (the product stays in its containers: their dead volume is the containers' check)."""
    draws = [fill.draw for fill in v.fills if fill.draw is not None]
    if not draws or inputs.method.kind == "dilute_each_then_draw":
        return v.volume_to_draw
    return of(round(sum(d.volume_ml + d.hub_ml for d in draws), 9), ML)


_DILUTION = {"concentration": "The final concentration {target} cannot be reached: the dose alone needs {draw} "
                              "of product, more than the target allows. Check the target.",
             "volume": "The final volume {target} cannot be reached: the dose alone needs {draw} of product, more "
                       "than the target allows. Check the target."}

def _speed(inputs, v):
    found = []
    ratio = inputs.limit("min_in_line_ratio")
    if (ratio is not None and inputs.dilution_mode == "in_line"
            and inputs.in_line_ratio is not None and below(inputs.in_line_ratio, ratio.value)):
        found.append(make("in_line_ratio_below_min", "In-line diluent at {ratio} × the product flow is below the "
                          "required {bound}.", limit=limit_text(ratio), source=ratio.source,
                          ratio=display.significant(inputs.in_line_ratio, 4), bound=limit_text(ratio)))
    shortest = inputs.limit("min_duration")
    if shortest is not None and below(v.duration, shortest.value):
        found.append(_finding("duration_below_min", "An infusion of {value} is shorter than {bound}: consider a "
                              "slower rate.", shortest, value=display.duration(v.duration),
                              bound=display.duration(shortest.value)))
    if inputs.administration == "syringe_push":
        found.append(make("syringe_push", "Syringe push: adverse events were more frequent than with a "
                          "controlled rate (odds ratio about 1.8); prefer a pump.",
                          source="Analysis of MSC administration methods (DOMAIN.md)"))
    return found


def _time(inputs, v):
    found = []
    stability = inputs.limit("stability")
    if inputs.thawed and inputs.thawed_at is None:
        found.append(make("thaw_time_missing", "Enter the thaw time: {why}, so it has a use-by time.",
                          limit=limit_text(stability) if stability else None,
                          source=stability.source if stability else inputs.protocol.reference,
                          words={"why": "the product holds DMSO" if inputs.dmso_fraction
                                 else "the protocol's product is thawed before use"}))
    if stability is not None and above(v.duration, stability.value):
        # Whatever the thaw time: an infusion longer than the window cannot end in time.
        fresh = not inputs.thawed and inputs.thawed_at is None     # counted from the end of preparation
        template = ("An infusion of {duration} cannot end within the stability window of {window} from the end "
                    "of preparation: shorten the infusion." if fresh else
                    "An infusion of {duration} cannot end within the stability window of {window} from thaw: "
                    "shorten the infusion.")
        return found + [_finding("infusion_longer_than_window", template, stability,
                                 duration=display.duration(v.duration), window=display.duration(stability.value))]
    return found + _use_by(inputs, v, stability)


def _use_by(inputs, v, stability):
    return use_by_findings(v.now, v.use_by, v.latest_start, v.duration, stability)


def use_by_findings(now, use_by, latest_start, duration, stability) -> list[Finding]:
    """Past use-by, or an infusion started now that would end after it. Asked again each
    time a saved preparation is printed: time passes between saving and printing."""
    if use_by is None:
        return []
    if now >= use_by:
        return [_finding("past_use_by", "Use-by time {use_by} has passed: do not infuse.", stability,
                         use_by=display.clock(use_by))]
    if latest_start is None or now > latest_start:
        return [_finding("infusion_ends_after_use_by", "An infusion of {duration} started now would end after the "
                         "use-by time {use_by} (latest start {latest}).", stability,
                         duration=display.duration(duration), use_by=display.clock(use_by),
                         latest=display.clock(latest_start))]
    return []


def _hemocytometer(inputs, v):
    limit = inputs.limit("max_hemocytometer_cv")
    stats = v.hemocytometer
    if limit is None or stats is None or stats.cv is None or not above(stats.cv, limit.value):
        return []
    cv, bound = percent_apart(stats.cv, limit.value)
    return [_finding("recount_required", "The counts of the {squares} squares vary by {cv} (CV), more than "
                     "{bound}: mix the sample and recount.", limit, squares=stats.squares, cv=cv, bound=bound)]


def _anticoagulation(inputs, v):
    limit = inputs.limit("anticoagulation_dose")
    tissue = app_defaults().tissue(inputs.identity.source_tissue)
    if limit is None or not tissue.high_tissue_factor or below(v.dose, limit.value):
        return []
    return [make("anticoagulation_decision", "{dose} of {tissue} MSCs: tissue factor (CD142) can trigger "
                 "clotting; record the anticoagulation decision.", limit=limit_text(limit), source=limit.source,
                 words={"tissue": tissue.label}, dose=_q(v.dose))]


def _line(inputs, v):
    found = []
    if inputs.filter == "leukocyte_reduction":
        found.append(make("leukocyte_filter", "A leukocyte-reduction filter removes the cells: use a "
                          "standard 170-260 µm blood administration set.", source="DOMAIN.md line and filter"))
    if inputs.irradiated:
        found.append(make("irradiated_product", "MSC products must not be irradiated: do not infuse this "
                          "product.", source="DOMAIN.md line and filter"))
    return found


def _plain_diluent(inputs, v):
    limit = inputs.limit("plain_diluent_max_time")
    diluents = app_defaults().diluents
    if (limit is None or inputs.diluent is None or diluents[inputs.diluent].albumin
            or v.final_volume <= v.volume_to_draw):
        return []
    exposure = v.duration
    if inputs.thawed_at is not None and v.now > inputs.thawed_at:
        exposure = exposure + clock.elapsed(inputs.thawed_at, v.now)
    if not above(exposure, limit.value):
        return []
    return [make("long_infusion_plain_diluent", "Cells stay about {exposure} in {diluent} without albumin (more "
                 "than {bound}); viability falls: consider a diluent with albumin or a shorter infusion.",
                 limit=limit_text(limit), source=limit.source, words={"diluent": diluents[inputs.diluent].label},
                 exposure=display.duration(exposure), bound=display.duration(limit.value))]


def _bags(inputs, v):
    container = inputs.limit("max_container_volume")
    if v.bag_share_too_small is not None:
        count, share, finest = v.bag_share_too_small
        return [_finding("bag_share_too_small", "Split into {count} bags of at most {largest}, each bag would get "
                         "{share} of product, less than the finest syringe mark ({finest}): use fewer, larger bags "
                         "or a more dilute product.", container, count=count, largest=_q(container.value),
                         share=display.quantity(share, ML, 3), finest=_q(finest))]
    if v.bags_needed is not None:
        most = inputs.limit("max_bags")
        return [_finding("too_many_bags", "The preparation would need {count} bags of at most {largest}, more than "
                         "{most}: check the largest bag and the volumes.", most, count=v.bags_needed,
                         largest=_q(container.value), most=limit_text(most))]
    if not v.bags:
        return []
    return [_finding("split_into_bags", "The preparation is split into {count} bags of {volume} (largest "
                     "container {largest}); label and infuse them one after another.", container,
                     count=len(v.bags), volume=_q(v.bags[0].final_volume), largest=_q(container.value))]


def _containers(inputs, v):
    use = v.containers
    if use is None:
        return []
    found = []
    spec = use.spec
    if spec.available is not None and use.count > spec.available:
        found.append(make("not_enough_containers", "{count} × {kind} needed, {available} available.",
                          limit=f"{spec.available}", source="entered: Containers available", count=use.count,
                          available=spec.available, words={"kind": spec.kind}))
    most = inputs.limit("max_containers")
    if most is not None and use.count > most.value:
        found.append(_finding("too_many_containers", "The draw would need {count} × {kind}, more than {most}: check "
                              "the container volume, the dead volume and the dose.", most, count=use.count,
                              most=f"{most.value:g}", words={"kind": spec.kind}))
        return found
    limit = inputs.limit("last_container_share")
    if use.count > 1 and limit is not None and below(use.last_share(), limit.value):
        found.append(_finding("last_container_small", "{kind} {number} gives only {volume} of the draw ({share}): "
                              "a dose one {kind} smaller would spare it.", limit, number=use.count,
                              volume=_q(use.takes[-1]), share=display.percent(use.last_share()),
                              words={"kind": spec.kind}))
    return found


def _measured(inputs, v):
    """The dose as the syringes measure it, against the order. The measurement is already
    the best the syringe table gives (measuring.py): a deviation left beyond the site's rule
    is soft (a typed reason), beyond the site's hard limit it blocks."""
    limit, hard = inputs.limit("dose_deviation"), inputs.limit("dose_deviation_hard")
    if v.dose_delivered is None or v.dose.magnitude <= 0 or not v.fills:
        return []
    draw = v.fills[0].draw
    if draw is None:
        return []
    change = magnitude(v.dose_delivered, CELL) / magnitude(v.dose, CELL) - 1.0
    for bag in v.fills:       # split bags: each bag's dose against its share, as for a single draw
        if len(v.fills) > 1 and bag.draw is not None and bag.cells_n > 0:
            own = bag.cells_delivered_n / bag.cells_n - 1.0
            if abs(own) > abs(change):
                change, draw = own, bag.draw
    figures = dict(ordered=_q(draw.ordered), measured=_q(draw.volume), size=_q(draw.syringe.size),
                   graduation=_q(draw.syringe.graduation), change=_signed_percent(change))
    if hard is not None and above(abs(change), hard.value):
        return [_finding("dose_delivered_beyond", "{ordered} is measured at best as {measured} on the {size} syringe "
                         "({graduation} marks): the dose given differs by {change} from the order, more than {bound}: "
                         "no syringe of the table can measure this dose; dilute the product or change the dose.",
                         hard, bound=limit_text(hard), **figures)]
    if limit is None or not above(abs(change), limit.value):
        return []
    capped = _held_by_maximum(v, draw)
    if capped is not None:      # the closer mark crosses a maximum: say so, never "no closer measurement"
        return [_finding("dose_delivered_deviates", "{ordered} is measured as {measured} on the {size} syringe "
                         "({graduation} marks): the dose given differs by {change} from the order; the nearer mark "
                         "{nearer} would give more than the maximum the order keeps: measure with a finer syringe or "
                         "dilute the product.", limit, nearer=_q(capped), **figures)]
    return [_finding("dose_delivered_deviates", "{ordered} is measured as {measured} on the {size} syringe "
                     "({graduation} marks): the dose given differs by {change} from the order; no syringe of "
                     "the table measures it closer: confirm or change the dose.", limit, **figures)]


def _held_by_maximum(v, draw):
    """The nearer mark (a quantity) when rounding to it would cross a hard maximum that the
    order keeps, so that the measurement was held below it; else None."""
    within = v.draw_within
    share = len(v.fills) if len(v.fills) > 1 else 1
    most, _least = within.share(share).kept(draw.ordered_ml) if share > 1 else within.kept(draw.ordered_ml)
    if most is None:
        return None
    nearer = magnitude(measuring.rounded(draw.ordered, draw.syringe.graduation), ML)
    if nearer > draw.volume_ml and above(nearer, most):
        return of(nearer, ML)
    return None


def _signed_percent(fraction: float) -> str:
    return ("+" if fraction > 0 else "") + display.percent(fraction)


def _course(inputs, v):
    status, course = v.course, inputs.protocol.course
    if status is None:
        return []
    found = []
    if status.dose_number > course.doses:
        found.append(make("course_beyond_last_dose", "This would be dose {number}; the course has {doses} doses.",
                          limit=f"{course.doses} doses", source=course.source, number=status.dose_number,
                          doses=course.doses))
    if status.dose_number > 1 and status.since_previous is None:
        found.append(make("course_previous_dose_unknown", "Dose {number}: enter when the previous dose was given, "
                          "so the interval can be checked.", limit=display.duration(course.min_interval),
                          source=course.source, number=status.dose_number))
    elif status.since_previous is not None and below(status.since_previous, course.min_interval):
        found.append(make("course_interval_short", "Only {since} since the previous dose; the course needs at "
                          "least {minimum}.", limit=_days(course.min_interval), source=course.source,
                          since=_days_below(status.since_previous, course.min_interval),
                          minimum=_days(course.min_interval)))
    return found


def _days(quantity, digits: int = 3) -> str:
    return f"{display.significant(float(quantity.m_as('day')), digits)} days"


def _days_below(quantity, limit) -> str:
    """`quantity` in days with enough digits to read below `limit` (29 d 23 h 30 min is
    29.98 days, never "30 days" against a limit of 30)."""
    days, bound = float(quantity.m_as("day")), float(limit.m_as("day"))
    for digits in range(3, 10):
        if float(f"{days:.{digits}g}") < bound:
            return _days(quantity, digits)
    return _days(quantity, 10)
