"""An intravenous plan (one bag or syringe, or split into bags): the figures the chain
computed, and how they are shown, exported and printed."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from functools import cached_property
from typing import ClassVar, Mapping

from ...defaults import app_defaults
from ...display import clock, duration, percent, quantity
from ...units import (CELL, CELL_PER_KG, CELL_PER_KG_MIN, CELL_PER_ML, DROP_PER_MIN, G, G_PER_KG, MIN, ML,
                      ML_PER_H, ML_PER_MIN)
from .. import export
from ..bags import Bag
from ..course import CourseStatus
from ..findings import Finding
from ..interface import Container, Infusion, OwnFindings, Row
from ..model import HemocytometerStats, PlanInputs, TraceLine

# key -> (plan attribute, unit, unit text); the first block is the contract's.
QUANTITY_KEYS = (
    ("dose", "dose", CELL, "cell"),
    ("dose_per_kg", "dose_per_kg", CELL_PER_KG, "cell/kg"),
    ("total_concentration", "total_concentration", CELL_PER_ML, "cell/mL"),
    ("viable_concentration", "viable_concentration", CELL_PER_ML, "cell/mL"),
    ("volume_to_draw", "volume_to_draw", ML, "mL"),
    ("diluent_volume", "diluent_volume", ML, "mL"),
    ("final_volume", "final_volume", ML, "mL"),
    ("final_concentration", "final_concentration", CELL_PER_ML, "cell/mL"),
    ("rate", "rate", ML_PER_MIN, "mL/min"),
    ("duration", "duration", MIN, "min"),
    ("cell_rate", "cell_rate", CELL_PER_KG_MIN, "cell/kg/min"),
    ("dmso", "dmso", G_PER_KG, "g/kg"),
    # added keys
    ("dose_requested", "dose_requested", CELL, "cell"),
    ("rate_per_hour", "rate", ML_PER_H, "mL/h"),
    ("drip_rate", "drip_rate", DROP_PER_MIN, "drop/min"),
    ("product_rate", "product_rate", ML_PER_MIN, "mL/min"),
    ("diluent_rate", "diluent_rate", ML_PER_MIN, "mL/min"),
    ("dmso_mass", "dmso_mass", G, "g"),
)


@dataclass(frozen=True)
class Plan(OwnFindings):
    kind: ClassVar[str] = "intravenous"
    audiences: ClassVar[tuple[str, ...]] = ("sheet",)

    inputs: PlanInputs
    computed_at: datetime
    dose_requested: object
    dose: object
    dose_per_kg: object
    total_concentration: object | None
    viable_concentration: object | None
    viability: float | None
    volume_to_draw: object
    diluent_volume: object
    final_volume: object
    final_concentration: object
    rate: object
    duration: object
    product_rate: object | None
    diluent_rate: object | None
    drip_rate: object | None
    cell_rate: object
    dmso_mass: object | None
    dmso: object | None
    use_by: datetime | None
    latest_start: datetime | None
    hemocytometer: HemocytometerStats | None
    line_requirements: tuple[str, ...]
    findings: tuple[Finding, ...]
    bags: tuple[Bag, ...] = ()            # only when split into several containers
    course: CourseStatus | None = None
    checked: tuple[Finding, ...] = field(default=(), repr=False)   # the findings before reasons
    reasons: Mapping[str, str] = field(default_factory=dict)
    trace_steps: tuple = field(default=(), repr=False, compare=False)

    # --- identity --------------------------------------------------------------------

    @property
    def protocol(self):
        return self.inputs.protocol

    @property
    def identity(self):
        return self.inputs.identity

    @property
    def entered(self) -> Mapping[str, str]:
        return self.inputs.entered

    @property
    def limits(self):
        return self.inputs.limits

    @cached_property
    def plan_id(self) -> str:
        return export.identifier(self.inputs.entered, self.protocol, self.computed_at)

    @cached_property
    def trace(self) -> tuple[TraceLine, ...]:
        """How each result was obtained, formatted when first asked for (not on every keystroke)."""
        return tuple(TraceLine(key, formula, *texts()) for key, formula, texts in self.trace_steps)

    @property
    def basis_concentration(self):
        return self.viable_concentration if self.inputs.basis == "viable" else self.total_concentration

    # --- containers and the clock ------------------------------------------------------

    @property
    def container_volume(self):
        """What one container holds in all: the product alone when diluted in line."""
        return self.volume_to_draw if self.inputs.dilution_mode == "in_line" else self.final_volume

    @property
    def containers(self) -> tuple[Container, ...]:
        if self.bags:
            in_line = self.inputs.dilution_mode == "in_line"
            return tuple(Container(bag.number, bag.of, bag.volume_to_draw if in_line else bag.final_volume,
                                   bag.cells, bag.duration, bag.latest_start) for bag in self.bags)
        return (Container(1, 1, self.container_volume, self.dose, self.duration, self.latest_start),)

    @property
    def infusion(self) -> Infusion:
        return Infusion(self.final_volume, self.duration, self.use_by, self.latest_start)

    @property
    def weighed_volume(self):
        return self.container_volume

    # --- behaviour -------------------------------------------------------------------

    def rows(self) -> tuple[Row, ...]:
        return result_rows(self)

    def to_dict(self) -> dict:
        return plan_to_dict(self)

    def document(self, audience: str | None = None):
        from ...documents.intravenous import sheet_document
        export.require_audience(self, audience)
        return sheet_document(self)


def course_text(plan: Plan) -> str:
    course = plan.course
    text = f"dose {course.dose_number} of {course.doses}"
    if course.next_doses:
        text += "; next " + ", ".join(moment.strftime("%Y-%m-%d") for moment in course.next_doses)
    return text


def result_rows(plan: Plan) -> tuple[Row, ...]:
    """Every result, in the order it is used."""
    diluent_name = app_defaults().diluent_label(plan.inputs.diluent)
    basis = plan.inputs.basis
    rows = [
        Row("dose", f"Dose ({basis} cells)", f"{quantity(plan.dose, CELL)} = {quantity(plan.dose_per_kg, CELL_PER_KG)}"),
        Row("total_concentration", "Total concentration", quantity(plan.total_concentration, CELL_PER_ML)),
        Row("viable_concentration", "Viable concentration", quantity(plan.viable_concentration, CELL_PER_ML)),
        Row("viability", "Viability", percent(plan.viability)),
        Row("volume_to_draw", "Volume to draw", quantity(plan.volume_to_draw, ML, 4)),
        Row("diluent_volume", "Diluent", quantity(plan.diluent_volume, ML, 4)
            + (f" {diluent_name}" if diluent_name and plan.diluent_volume.magnitude > 0 else "")
            + (" (in line)" if plan.inputs.dilution_mode == "in_line" else "")),
        Row("final_volume", "Final volume", quantity(plan.final_volume, ML, 4)),
        Row("final_concentration", "Final concentration", quantity(plan.final_concentration, CELL_PER_ML)),
        Row("rate", "Rate", f"{quantity(plan.rate, ML_PER_MIN)} = {quantity(plan.rate, ML_PER_H)}"),
    ]
    if plan.product_rate is not None:
        rows.append(Row("product_rate", "Product / diluent flow",
                        f"{quantity(plan.product_rate, ML_PER_MIN)} + {quantity(plan.diluent_rate, ML_PER_MIN)}"))
    if plan.drip_rate is not None:
        rows.append(Row("drip_rate", "Gravity drip rate", quantity(plan.drip_rate, DROP_PER_MIN)))
    rows += [
        Row("duration", "Duration", duration(plan.duration)),
        Row("cell_rate", "Cell rate", quantity(plan.cell_rate, CELL_PER_KG_MIN)),
        Row("dmso", "DMSO", "—" if plan.dmso is None else f"{quantity(plan.dmso_mass, G)} = {quantity(plan.dmso, G_PER_KG)}"),
        Row("use_by", "Use by", clock(plan.use_by)),
        Row("latest_start", "Start infusion by", clock(plan.latest_start)),
    ]
    if plan.bags:
        first = plan.bags[0]
        rows.append(Row("bags", "Bags", f"{len(plan.bags)} × {quantity(first.final_volume, ML, 4)} "
                                        f"({quantity(first.cells, CELL)}, {duration(first.duration)} each)"))
    if plan.course is not None:
        rows.append(Row("course", "Course", course_text(plan)))
    return tuple(rows)


def plan_to_dict(plan: Plan) -> dict:
    data: dict = {key: export.quantity_json(getattr(plan, attribute), unit, text)
                  for key, attribute, unit, text in QUANTITY_KEYS}
    inputs = plan.inputs
    data.update(export.common_keys(plan))
    data.update({
        "viability": plan.viability,
        "use_by": export.moment(plan.use_by),
        "latest_start": export.moment(plan.latest_start),
        "din": inputs.identity.din or None,
        "basis": inputs.basis,
        "hemocytometer": asdict(plan.hemocytometer) if plan.hemocytometer else None,
        "line_requirements": list(plan.line_requirements),
        "defaulted": sorted(inputs.defaulted),
        "trace": [asdict(line) for line in plan.trace],
        "bags": [{"number": bag.number, "of": bag.of,
                  "cells": export.quantity_json(bag.cells, CELL, "cell"),
                  "volume_to_draw": export.quantity_json(bag.volume_to_draw, ML, "mL"),
                  "diluent_volume": export.quantity_json(bag.diluent_volume, ML, "mL"),
                  "final_volume": export.quantity_json(bag.final_volume, ML, "mL"),
                  "rate": export.quantity_json(plan.rate, ML_PER_MIN, "mL/min"),
                  "duration": export.quantity_json(bag.duration, MIN, "min"),
                  "latest_start": export.moment(bag.latest_start)}
                 for bag in plan.bags],
        "course": None if plan.course is None else {
            "dose_number": plan.course.dose_number, "doses": plan.course.doses,
            "next_doses": [moment.isoformat() for moment in plan.course.next_doses],
            "since_previous": export.quantity_json(plan.course.since_previous, MIN, "min")},
    })
    return data
