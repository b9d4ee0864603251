"""The plan as rows of label and text: the CLI table, the GUI results and the sheet all
show the same rows in the same words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from .counting import hemocytometer_stats
from .display import clock, duration, percent, quantity, significant
from .findings import Severity
from .model import HemocytometerCount, Plan
from .resources import defaults_table
from .units import (CELL, CELL_PER_KG, CELL_PER_KG_MIN, CELL_PER_ML, DROP_PER_MIN, G, G_PER_KG,
                    MIN, ML, ML_PER_H, ML_PER_MIN)


def result_rows(plan: Plan) -> list[tuple[str, str, str]]:
    """(key, label, value text) for every result, in the order they are used."""
    diluent_name = defaults_table()["diluents"].get(plan.inputs.diluent or "", {}).get("label", "")
    basis = plan.inputs.basis
    rows = [
        ("dose", f"Dose ({basis} cells)",
         f"{quantity(plan.dose, CELL)} = {quantity(plan.dose_per_kg, CELL_PER_KG)}"),
        ("total_concentration", "Total concentration", quantity(plan.total_concentration, CELL_PER_ML)),
        ("viable_concentration", "Viable concentration", quantity(plan.viable_concentration, CELL_PER_ML)),
        ("viability", "Viability", percent(plan.viability)),
        ("volume_to_draw", "Volume to draw", quantity(plan.volume_to_draw, ML, 4)),
        ("diluent_volume", "Diluent", quantity(plan.diluent_volume, ML, 4)
         + (f" {diluent_name}" if diluent_name and plan.diluent_volume.magnitude > 0 else "")
         + (" (in line)" if plan.inputs.dilution_mode == "in_line" else "")),
        ("final_volume", "Final volume", quantity(plan.final_volume, ML, 4)),
        ("final_concentration", "Final concentration", quantity(plan.final_concentration, CELL_PER_ML)),
        ("rate", "Rate", f"{quantity(plan.rate, ML_PER_MIN)} = {quantity(plan.rate, ML_PER_H)}"),
    ]
    if plan.product_rate is not None:
        rows.append(("product_rate", "Product / diluent flow",
                     f"{quantity(plan.product_rate, ML_PER_MIN)} + {quantity(plan.diluent_rate, ML_PER_MIN)}"))
    if plan.drip_rate is not None:
        rows.append(("drip_rate", "Gravity drip rate", quantity(plan.drip_rate, DROP_PER_MIN)))
    rows += [
        ("duration", "Duration", duration(plan.duration)),
        ("cell_rate", "Cell rate", quantity(plan.cell_rate, CELL_PER_KG_MIN)),
        ("dmso", "DMSO", "—" if plan.dmso is None
         else f"{quantity(plan.dmso_mass, G)} = {quantity(plan.dmso, G_PER_KG)}"),
        ("use_by", "Use by", clock(plan.use_by)),
        ("latest_start", "Start infusion by", clock(plan.latest_start)),
    ]
    if plan.bags:
        first = plan.bags[0]
        rows.append(("bags", "Bags", f"{len(plan.bags)} × {quantity(first.final_volume, ML, 4)} "
                                     f"({quantity(first.cells, CELL)}, {duration(first.duration)} each)"))
    if plan.course is not None:
        rows.append(("course", "Course", course_text(plan)))
    return rows


def course_text(plan: Plan) -> str:
    course = plan.course
    text = f"dose {course.dose_number} of {course.doses}"
    if course.next_doses:
        text += "; next " + ", ".join(moment.strftime("%Y-%m-%d") for moment in course.next_doses)
    return text


@dataclass(frozen=True)
class Timeline:
    """The infusion on the clock, for a plot: volume delivered rises linearly from start to end."""
    start: datetime
    end: datetime
    final_volume: object
    use_by: datetime | None
    latest_start: datetime | None


def timeline(plan: Plan, start: datetime | None = None) -> Timeline:
    """The infusion if started at `start` (default: when the plan was computed)."""
    start = start or plan.computed_at
    return Timeline(start, start + timedelta(minutes=float(plan.duration.m_as(MIN))), plan.final_volume,
                    plan.use_by, plan.latest_start)


def hemocytometer_summary(viable: tuple[int, ...], dead: tuple[int, ...] | None) -> str:
    """Mean, CV and viability of square counts, shown while they are typed."""
    if not viable:
        return ""
    stats = hemocytometer_stats(HemocytometerCount(viable, dead if dead and len(dead) == len(viable) else None,
                                                   1.0, None))
    parts = [f"{stats.squares} square{'s' if stats.squares != 1 else ''}", f"mean {significant(stats.mean_viable)} unstained"]
    if stats.cv is not None:
        parts.append(f"CV {percent(stats.cv)}")
    if stats.mean_dead is not None and sum(viable) + sum(dead) > 0:
        parts.append(f"viability {percent(sum(viable) / (sum(viable) + sum(dead)))}")
    elif dead:
        parts.append(f"stained counts: {len(dead)} for {len(viable)} squares")
    return " · ".join(parts)


def status_text(plan: Plan) -> str:
    if plan.blocked:
        return "BLOCKED - NOT FOR ADMINISTRATION"
    if plan.reasons_missing:
        return f"NEEDS A REASON for {len(plan.reasons_missing)} soft finding(s)"
    return "OK - no hard finding"


def plan_table(plan: Plan) -> str:
    protocol = plan.inputs.protocol
    lines = [f"Protocol: {protocol.name} [{protocol.id}, version {protocol.version}]",
             f"Source:   {protocol.reference}", ""]
    width = max(len(label) for _, label, _ in result_rows(plan))
    lines += [f"{label:<{width}}  {value}" for _, label, value in result_rows(plan)]
    lines += ["", "Line and filter:"] + [f"  - {text}" for text in plan.line_requirements]
    lines += ["", "Findings:" if plan.findings else "Findings: none"]
    for finding in plan.findings:
        lines.append(f"  [{finding.severity.value.upper()}] {finding.code}: {finding.message}")
        if finding.limit or finding.source:
            lines.append(f"      limit {finding.limit or '-'}; source: {finding.source or '-'}")
        if finding.severity is Severity.SOFT:
            lines.append(f"      reason: {finding.override_reason or '(none given: --override ' + finding.code + '=REASON)'}")
    lines += ["", f"Status: {status_text(plan)}"]
    return "\n".join(lines)


__all__ = ["result_rows", "plan_table", "status_text", "timeline", "Timeline", "hemocytometer_summary",
           "aliquot_rows", "any_table"]


def aliquot_rows(plan) -> list[tuple[str, str, str]]:
    schedule = plan.protocol.aliquots
    rows = [
        ("aliquots", "Aliquots", f"{plan.count} × {quantity(plan.fill_volume, ML, 4)} "
                                 f"({quantity(plan.dose_volume, ML, 4)} dose + {quantity(schedule.overfill, ML, 4)} overfill)"),
        ("total_volume", "Total volume to prepare", quantity(plan.total_volume, ML, 4)),
        ("schedule", "Schedule", f"{schedule.doses_per_day} × daily for {schedule.days} days at "
                                 + ", ".join(moment.strftime("%H:%M") for moment in schedule.times)),
        ("first_dose", "First dose", clock(plan.calendar[0][1])),
        ("last_dose", "Last dose", clock(plan.calendar[-1][1])),
    ]
    return rows


def any_table(plan) -> str:
    from .blinding import BlindedPreparation
    if isinstance(plan, BlindedPreparation):
        view = plan.view
        head = [f"BLINDED TRIAL - code {plan.code} - arm: {plan.arm.upper()} (unblinded pharmacy data)",
                f"Ward sees: {view.label_product}, {quantity(view.final_volume, ML, 4)} at "
                f"{quantity(view.rate, ML_PER_MIN)} over {duration(view.duration)}", ""]
        if isinstance(plan.plan, Plan):
            return "\n".join(head) + plan_table(plan.plan)
        diluent = defaults_table()["diluents"][plan.plan.diluent]["label"]
        return "\n".join(head + [f"Prepare {quantity(plan.plan.final_volume, ML, 4)} of {diluent} (no cells).",
                                 f"Appearance: {plan.plan.protocol.blinding.appearance}",
                                 f"Use by: {clock(plan.plan.use_by)}", "", "Status: OK - no hard finding"])
    if isinstance(plan, Plan):
        return plan_table(plan)
    protocol = plan.protocol
    lines = [f"Protocol: {protocol.name} [{protocol.id}, version {protocol.version}]",
             f"Source:   {protocol.reference}", "Route:    nebulized (no filter, no infusion rate)", ""]
    rows = aliquot_rows(plan)
    width = max(len(label) for _, label, _ in rows)
    lines += [f"{label:<{width}}  {value}" for _, label, value in rows]
    lines += ["", f"Storage: {protocol.aliquots.storage}", f"Thaw:    {protocol.aliquots.thaw}", "", "Calendar:"]
    lines += [f"  dose {number:>2}  {clock(moment)}" for number, moment in plan.calendar]
    lines += ["", "Findings:" if plan.findings else "Findings: none"]
    lines += [f"  [{f.severity.value.upper()}] {f.code}: {f.message}" for f in plan.findings]
    lines += ["", f"Status: {'BLOCKED - NOT FOR ADMINISTRATION' if plan.blocked else 'OK - no hard finding'}"]
    return "\n".join(lines)
