"""Every check of a plan against its limits. Each check returns findings; none raises.

A limit that is not set (no protocol value, nothing entered) is simply not checked. Each
finding carries the limit it was measured against and that limit's source.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from . import display
from .fields import plausible_range
from .findings import Finding, make
from .limits import limit_text
from .model import HemocytometerStats, PlanInputs
from .resources import defaults_table
from .units import CELL_PER_ML, MIN


@dataclass(frozen=True)
class PlanValues:
    """The computed figures the checks look at."""
    now: datetime
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


def check_all(inputs: PlanInputs, values: PlanValues) -> list[Finding]:
    found: list[Finding] = []
    for check in (_plausible, _dose, _viability, _volume, _speed, _dmso, _time, _hemocytometer,
                  _anticoagulation, _line, _plain_diluent, _bags, _course):
        found.extend(check(inputs, values))
    return found


_q = display.any_quantity


def _finding(code: str, message: str, limit) -> Finding:
    return make(code, message, limit=limit_text(limit), source=limit.source)


def _plausible(inputs, v):
    """Results no preparation can have (from inputs that were each possible on their own)."""
    found = []
    for name, value, limit_name in (("Volume to draw", v.volume_to_draw, "volume"),
                                    ("Final volume", v.final_volume, "volume"),
                                    ("Duration", v.duration, "duration")):
        low, high = plausible_range(limit_name)
        if not low <= value <= high:
            found.append(make("implausible_result", f"{name} {_q(value)} is outside what can be "
                              f"prepared ({_q(low)} to {_q(high)}): check the inputs.",
                              limit=f"{_q(low)} to {_q(high)}", source="mscprep defaults.toml [plausible]"))
    return found


def _dose(inputs, v):
    found = []
    cap = inputs.limit("dose_cap")
    if cap is not None and v.dose < v.dose_wanted:
        found.append(_finding("dose_capped", f"The computed dose {_q(v.dose_wanted)} is reduced to "
                              f"the cap of {_q(cap.value)}.", cap))
    for key, value, bound in (("max_dose", v.dose, "max"), ("max_dose_per_kg", v.dose_per_kg, "max"),
                              ("min_dose", v.dose, "min"), ("min_dose_per_kg", v.dose_per_kg, "min")):
        limit = inputs.limit(key)
        if limit is None:
            continue
        if bound == "max" and value > limit.value:
            found.append(_finding("dose_above_max", f"Dose {_q(value)} is above the maximum of "
                                  f"{_q(limit.value)}.", limit))
        elif bound == "min" and value < limit.value:
            found.append(_finding("dose_below_min", f"Dose {_q(value)} is below the minimum of "
                                  f"{_q(limit.value)}.", limit))
    return found


def _viability(inputs, v):
    limit = inputs.limit("min_viability")
    if limit is None or v.viability is None or v.viability >= limit.value:
        return []
    return [_finding("viability_below_release", f"Viability {display.percent(v.viability)} is below "
                     f"the release specification of {display.percent(limit.value)}: do not release.", limit)]


def _volume(inputs, v):
    found = []
    if inputs.available is not None and v.volume_to_draw > inputs.available:
        found.append(make("volume_exceeds_available",
                          f"{_q(v.volume_to_draw)} must be drawn but only {_q(inputs.available)} "
                          "can be drawn.", limit=_q(inputs.available), source="entered: Volume available"))
    if v.dilution_impossible:
        target = (f"final concentration {display.quantity(inputs.final_concentration, CELL_PER_ML)}"
                  if inputs.final_concentration is not None else f"final volume {_q(inputs.final_volume)}")
        found.append(make("dilution_impossible",
                          f"The {target} cannot be reached: the dose alone needs {_q(v.volume_to_draw)} "
                          "of product, more than the target allows. Check the target.",
                          source="entered dilution target"))
    return found


def _speed(inputs, v):
    found = []
    checks = (("max_rate", v.rate, "max", "rate_above_max", "Rate"),
              ("min_rate", v.rate, "min", "rate_below_min", "Rate"),
              ("max_product_rate", v.product_rate, "max", "product_rate_above_max", "Product flow"),
              ("min_product_rate", v.product_rate, "min", "product_rate_below_min", "Product flow"),
              ("max_cell_rate", v.cell_rate, "max", "cell_rate_above_max", "Cell rate"))
    for key, value, bound, code, name in checks:
        limit = inputs.limit(key)
        if limit is None or value is None:
            continue
        if (bound == "max" and value > limit.value) or (bound == "min" and value < limit.value):
            side = "above the guide of" if bound == "max" else "below the guide of"
            found.append(_finding(code, f"{name} {_q(value)} is {side} {_q(limit.value)}.", limit))
    ratio = inputs.limit("min_in_line_ratio")
    if (ratio is not None and inputs.dilution_mode == "in_line"
            and inputs.in_line_ratio is not None and inputs.in_line_ratio < ratio.value):
        found.append(make("in_line_ratio_below_min",
                          f"In-line diluent at {inputs.in_line_ratio:g} × the product flow is below "
                          f"the required {limit_text(ratio)}.", limit=limit_text(ratio), source=ratio.source))
    if inputs.administration == "syringe_push":
        found.append(make("syringe_push", "Syringe push: adverse events were more frequent than with a "
                          "controlled rate (odds ratio about 1.8); prefer a pump.",
                          source="Analysis of MSC administration methods (DOMAIN.md)"))
    return found


def _dmso(inputs, v):
    limit = inputs.limit("dmso_limit")
    if limit is None or v.dmso is None or v.dmso <= limit.value:
        return []
    return [_finding("dmso_above_limit", f"DMSO {_q(v.dmso)} is above the limit of {_q(limit.value)} "
                     "per day.", limit)]


def _time(inputs, v):
    if v.use_by is None:
        return []
    stability = inputs.limit("stability")
    if v.now >= v.use_by:
        return [_finding("past_use_by", f"Use-by time {display.clock(v.use_by)} has passed: do not infuse.",
                         stability)]
    if v.latest_start is None or v.now > v.latest_start:
        return [_finding("infusion_ends_after_use_by",
                         f"An infusion of {display.duration(v.duration)} started now would end after the "
                         f"use-by time {display.clock(v.use_by)} (latest start {display.clock(v.latest_start)}).",
                         stability)]
    return []


def _hemocytometer(inputs, v):
    limit = inputs.limit("max_hemocytometer_cv")
    stats = v.hemocytometer
    if limit is None or stats is None or stats.cv is None or stats.cv <= limit.value:
        return []
    return [_finding("hemocytometer_cv_high", f"The counts of the {stats.squares} squares vary by "
                     f"{display.percent(stats.cv)} (CV), more than {display.percent(limit.value)}: "
                     "mix the sample and recount.", limit)]


def _anticoagulation(inputs, v):
    limit = inputs.limit("anticoagulation_dose")
    tissue = defaults_table()["tissues"].get(inputs.identity.source_tissue, {})
    if limit is None or not tissue.get("high_tissue_factor") or v.dose < limit.value:
        return []
    return [_finding("anticoagulation_decision",
                     f"{_q(v.dose)} of {tissue['label']} MSCs: tissue factor (CD142) can trigger clotting; "
                     "record the anticoagulation decision.", limit)]


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
    diluents = defaults_table()["diluents"]
    if (limit is None or inputs.diluent is None or diluents[inputs.diluent]["albumin"]
            or v.final_volume <= v.volume_to_draw):
        return []
    exposure = v.duration
    if inputs.thawed_at is not None and v.now > inputs.thawed_at:
        exposure = exposure + (v.now - inputs.thawed_at) / timedelta(minutes=1) * MIN
    if exposure <= limit.value:
        return []
    return [_finding("long_infusion_plain_diluent",
                     f"Cells stay about {display.duration(exposure)} in {diluents[inputs.diluent]['label']} "
                     f"without albumin (more than {display.duration(limit.value)}); viability falls: "
                     "consider a diluent with albumin or a shorter infusion.", limit)]


def _bags(inputs, v):
    if not v.bags:
        return []
    container = inputs.limit("max_container_volume")
    return [_finding("split_into_bags", f"The preparation is split into {len(v.bags)} bags of "
                     f"{_q(v.bags[0].final_volume)} (largest container {_q(container.value)}); label and infuse "
                     "them one after another.", container)]


def _course(inputs, v):
    status, course = v.course, inputs.protocol.course
    if status is None:
        return []
    found = []
    if status.dose_number > course.doses:
        found.append(make("course_beyond_last_dose", f"This would be dose {status.dose_number}; the course has "
                          f"{course.doses} doses.", limit=f"{course.doses} doses", source=course.source))
    if status.dose_number > 1 and status.since_previous is None:
        found.append(make("course_previous_dose_unknown", f"Dose {status.dose_number}: enter when the previous "
                          "dose was given, so the interval can be checked.",
                          limit=display.duration(course.min_interval), source=course.source))
    elif status.since_previous is not None and status.since_previous < course.min_interval:
        found.append(make("course_interval_short", f"Only {_days(status.since_previous)} since the previous dose; "
                          f"the course needs at least {_days(course.min_interval)}.",
                          limit=_days(course.min_interval), source=course.source))
    return found


def _days(quantity) -> str:
    return f"{display.significant(float(quantity.m_as('day')), 3)} days"
