"""An intravenous plan (one bag or syringe, or split into bags): the figures the chain
computed, and how they are shown, exported and printed."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from functools import cached_property
from typing import ClassVar, Mapping

from ...defaults import app_defaults
from ...errors import message
from ...display import cells_text, clock, duration, percent, quantity, significant
from ...units import (CELL, CELL_PER_KG, CELL_PER_KG_MIN, CELL_PER_ML, DROP_PER_MIN, DROP_PER_ML, G, G_PER_KG, KG, MIN, ML,
                      ML_PER_H, ML_PER_KG, ML_PER_MIN, magnitude, of)
from .. import export
from ..bags import Bag
from ..containers import ContainerUse
from ..measuring import Measured
from ..course import CourseStatus
from ..delivered import Delivered
from ..dmso_day import DmsoDay, earlier_mass
from ..dosing_weight import DosingWeight
from ..findings import Finding
from ..identity import intravenous_identity
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
    fills: tuple[Bag, ...] = ()           # every container filled (the one, or the bags), measured
    container_use: ContainerUse | None = None   # the product's containers thawed, taken from, discarded
    dose_delivered: object = None         # cells in the volumes as measured
    drawn_concentration: object = None    # of what is drawn (product, or the diluted suspension)
    diluent_each: Measured | None = None  # the diluent added to each container first (dilute each, then draw)
    drop_factor: object = None            # the gravity set's
    drip_rate_whole: object = None        # drops/min, whole drops
    fluid_load: object = None             # final volume per kg
    delivered: Delivered | None = None    # what reaches the patient, from the volumes as measured
    use_by_from: str | None = None        # "thaw" or "preparation": where the stability window starts
    use_by_start: datetime | None = None  # the thaw time, or the end of preparation (entered, or now)
    dmso_day: DmsoDay | None = None       # this patient's DMSO today, with earlier preparations in the records
    dosing: DosingWeight | None = None    # the weight per-kg cell figures are on (dosing_weight.py)
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
    def dosing_weight(self):
        """The weight per-kg cell figures are on: the actual body weight unless the protocol
        states another ([dosing_weight])."""
        return self.dosing.weight if self.dosing is not None else self.inputs.weight

    @property
    def basis_concentration(self):
        return self.viable_concentration if self.inputs.basis == "viable" else self.total_concentration

    # --- what is measured at the bench ----------------------------------------------------

    @property
    def drawn_material(self) -> str:
        """"product", or "diluted suspension" when the label dilutes each container first."""
        return "diluted suspension" if self.inputs.method.kind == "dilute_each_then_draw" else "product"

    @property
    def draw_destination(self) -> str | None:
        """Where the drawn volume goes: see draw_destination()."""
        return draw_destination(self)

    @property
    def draw(self) -> Measured | None:
        """The one measured draw, or for bags the first bag's (its syringe is every bag's)."""
        return self.fills[0].draw if self.fills else None

    def _measured_total(self, attribute: str):
        return of(round(sum(getattr(fill, attribute) for fill in self.fills), 9), ML) if self.fills else None

    @cached_property
    def volume_to_draw_measured(self):
        return self._measured_total("draw_ml")

    @cached_property
    def diluent_volume_measured(self):
        return self._measured_total("diluent_measured_ml")

    @cached_property
    def final_volume_measured(self):
        return self._measured_total("final_measured_ml")

    @cached_property
    def final_concentration_measured(self):
        final = self.final_volume_measured
        if final is None or final.magnitude <= 0:
            return None
        return of(magnitude(self.dose_delivered, CELL) / magnitude(final, ML), CELL_PER_ML)

    @property
    def storage(self) -> dict:
        """How the prepared product is kept until infused: text, label text, source."""
        return plan_storage(self)

    @property
    def dose_deviation(self) -> float | None:
        if self.dose_delivered is None or self.dose.magnitude <= 0:
            return None
        return magnitude(self.dose_delivered, CELL) / magnitude(self.dose, CELL) - 1.0

    # --- containers and the clock ------------------------------------------------------

    @property
    def container_volume(self):
        """What one container holds in all, as measured: the product alone when diluted in line."""
        if not self.fills:
            return self.volume_to_draw if self.inputs.dilution_mode == "in_line" else self.final_volume
        return self.volume_to_draw_measured if self.inputs.dilution_mode == "in_line" else self.final_volume_measured

    @property
    def containers(self) -> tuple[Container, ...]:
        in_line = self.inputs.dilution_mode == "in_line"
        if self.bags:
            return tuple(Container(bag.number, bag.of, bag.draw_measured if in_line else bag.final_measured,
                                   bag.cells_delivered, bag.duration, bag.latest_start) for bag in self.bags)
        return (Container(1, 1, self.container_volume, self.dose_delivered if self.fills else self.dose,
                          self.duration, self.latest_start),)

    @property
    def infusion(self) -> Infusion:
        return Infusion(self.final_volume, self.duration, self.use_by, self.latest_start)

    @property
    def identity_required(self) -> tuple[str, ...]:
        return intravenous_identity(self)

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


# Where a draw goes, by how many fills it takes: one fill stays in its syringe; several fills
# of one syringe cannot all stay in it, so each fill is emptied into one transfer bag, or,
# for a syringe push, each fill is a syringe of its own (given one after another).
DESTINATIONS = {"syringe": "the syringe", "transfer_bag": "one transfer bag", "syringes": "one syringe per fill"}


def draw_destination(plan: Plan) -> str | None:
    """"syringe" (one fill: the syringe holds what was drawn), "transfer_bag" (several fills,
    each emptied into one transfer bag) or "syringes" (several fills, one syringe each, for a
    syringe push); None when nothing is drawn. A split plan's fills go into their bag."""
    draw = plan.draw
    if draw is None:
        return None
    if len(draw.fills_ml) <= 1:
        return "syringe"
    return "syringes" if plan.inputs.administration == "syringe_push" else "transfer_bag"


def fills_text(plan: Plan) -> str | None:
    """'3 fills of the 50 mL syringe → one transfer bag': only for a draw of several fills."""
    draw = plan.draw
    if draw is None or len(draw.fills_ml) <= 1 or plan.bags:
        return None
    return message("{count} fills of the {size} syringe → {destination}",
                   {"destination": DESTINATIONS[draw_destination(plan)]}, count=len(draw.fills_ml),
                   size=_ml(draw.size_ml))


def dmso_day_text(day: DmsoDay) -> str:
    """'1.5 g earlier today (R-..., R-...) + 2 g = 3.5 g = 0.05 g/kg'."""
    records = ", ".join(item.record_id for item in day.earlier)
    return message("{earlier} earlier today ({records}) + {this} = {total} = {per_kg}",
                   earlier=quantity(earlier_mass(day.earlier), G), records=records, this=quantity(day.this_mass, G),
                   total=quantity(day.mass, G), per_kg=quantity(day.per_kg, G_PER_KG))


def dosing_weight_json(dosing: DosingWeight | None) -> dict | None:
    """The weight per-kg figures are on, how it was obtained and its source (null: actual)."""
    if dosing is None or dosing.is_actual:
        return None
    return {"basis": dosing.basis, "weight": export.quantity_json(dosing.weight, KG, "kg"),
            "actual": export.quantity_json(dosing.actual, KG, "kg"),
            "ideal": export.quantity_json(dosing.ideal, KG, "kg"), "cap": export.quantity_json(dosing.cap, KG, "kg"),
            "formula": dosing.formula, "substitution": dosing.substitution, "source": dosing.source}


def dmso_day_json(day: DmsoDay | None) -> dict | None:
    if day is None:
        return None
    return {"day": day.day.isoformat(),
            "earlier": [{"record_id": item.record_id, "version": item.version,
                         "dmso_mass": export.quantity_json(item.mass, G, "g"), "saved_at": item.saved_at.isoformat()}
                        for item in day.earlier],
            "this_mass": export.quantity_json(day.this_mass, G, "g"),
            "dmso_mass": export.quantity_json(day.mass, G, "g"),
            "dmso": export.quantity_json(day.per_kg, G_PER_KG, "g/kg")}


def course_text(plan: Plan) -> str:
    course = plan.course
    if course.next_doses:
        return message("dose {k} of {n}; next {dates}", k=course.dose_number, n=course.doses,
                       dates=", ".join(clock(moment) for moment in course.next_doses))
    return message("dose {k} of {n}", k=course.dose_number, n=course.doses)


def drip_text(plan: Plan) -> str:
    """Whole drops per minute, with the set they are counted for."""
    return message("{drops} drops/min ({factor} drops/mL set)", drops=f"{magnitude(plan.drip_rate_whole, DROP_PER_MIN):g}",
                   factor=f"{magnitude(plan.drop_factor, DROP_PER_ML):g}")


def _ml(millilitres: float, digits: int = 4) -> str:
    return f"{significant(millilitres, digits)} mL"


def _measured(template: str, words: dict, params: dict, per_bag_ml: list[float], measured):
    """'TOTAL: bag + bag (syringe)': a split names each bag's share of the total. `template`
    is the total's own ("{volume} of {material}"), completed here."""
    syringe = {"size": _ml(measured.size_ml), "marks": _ml(measured.mark_ml)}
    head, _, tail = template.partition("|")   # where the shares and the syringe go
    if per_bag_ml:
        return message(head + ": {shares} ({size} syringe, {marks} marks)" + tail, words, **params, **syringe,
                       shares=" + ".join(_ml(share) for share in per_bag_ml))
    return message(head + " ({size} syringe, {marks} marks)" + tail, words, **params, **syringe)


def syringe_text(measured) -> str:
    """'10 mL syringe, 0.2 mL marks' (the sheet's steps say how many fills a large volume takes)."""
    return f"{_ml(measured.size_ml)} syringe, {_ml(measured.mark_ml)} marks"


def containers_text(use) -> str:
    spec = use.spec
    figures = "label nominal figures" if spec.figures == "nominal" else "entered figures"
    return message("{count} × {kind} of {volume} ({cells} cells each, {figures}; dead volume {dead})",
                   {"kind": spec.kind, "figures": figures}, count=use.count, volume=quantity(spec.volume, ML, 4),
                   cells=cells_text(use.cells_each_n), dead=quantity(spec.dead_volume, ML))


def bench_rows(plan: Plan) -> list[Row]:
    """What the technician does at the bench: containers, syringe, what is discarded. Read
    from the plain figures (these rows are redrawn on every keystroke), in a few fixed
    shapes that the window translates (ui/values.py)."""
    rows = []
    use = plan.container_use
    diluent_name = app_defaults().diluent_label(plan.inputs.diluent, "diluent")
    fills = plan.fills
    if use is not None:
        rows.append(Row("containers", "Containers to thaw", containers_text(use)))
        if plan.diluent_each is not None:
            rows.append(Row("dilute_each", "Dilute each container", message(
                "+ {volume} {diluent} ({size} syringe, {marks} marks) → {content} at {concentration}",
                {"diluent": diluent_name}, volume=_ml(plan.diluent_each.volume_ml),
                size=_ml(plan.diluent_each.size_ml), marks=_ml(plan.diluent_each.mark_ml),
                content=_ml(use.content_each_ml), concentration=f"{cells_text(use.concentration_n)} cells/mL")))
    draw = plan.draw
    if draw is not None:
        text = _measured("{volume} of {material}|", {"material": plan.drawn_material},
                         {"volume": _ml(sum(fill.draw_ml for fill in fills))}, [bag.draw_ml for bag in plan.bags], draw)
        rows.append(Row("draw_measured", "Draw (as measured)", text))
        destination = fills_text(plan)
        if destination is not None:
            rows.append(Row("draw_destination", "Fills go into", destination))
        if use is not None:
            rows.append(Row("takes", "Taken from each container", " + ".join(_ml(take) for take in use.takes_ml)))
    first = fills[0] if fills else None
    if first is not None and first.diluent is not None:
        text = _measured("{volume} {diluent}| → {final}", {"diluent": diluent_name},
                         {"volume": _ml(sum(fill.diluent_measured_ml for fill in fills)),
                          "final": _ml(sum(fill.final_measured_ml for fill in fills))},
                         [bag.diluent_measured_ml for bag in plan.bags], first.diluent)
        rows.append(Row("diluent_measured", "Add (as measured)", text))
    delivered = plan.delivered
    if delivered is not None and draw is not None:
        rows.append(Row("dose_delivered", "Dose as measured", message(
            "{cells} ({change} of the order)",
            cells=f"{quantity(delivered.dose, CELL)} = {quantity(delivered.dose_per_kg, CELL_PER_KG)}",
            change=signed_percent(plan.dose_deviation))))
    if use is not None:
        rows.append(Row("residual_volume", "Discard", message(
            "{volume} = {cells} cells (left in the containers and the syringe hub)", volume=_ml(use.residue_ml),
            cells=cells_text(use.residue_ml * use.concentration_n))))
    if plan.fluid_load is not None:
        rows.append(Row("fluid_load", "Fluid load", quantity(plan.fluid_load, ML_PER_KG)))
    return rows


def signed_percent(fraction: float | None) -> str:
    if fraction is None:
        return "—"
    if abs(fraction) < 5e-5:
        return "±0%"
    return ("+" if fraction > 0 else "") + percent(fraction, 2)


def hemocytometer_text(stats) -> str:
    """'4 squares: mean 45 unstained per square, CV 12.8%': of the counts the dose uses."""
    counted = "unstained + stained" if stats.counted == "all" else "unstained"
    return message("{squares} squares: mean {mean} {counted} per square, CV {cv}", {"counted": counted},
                   squares=stats.squares, mean=significant(stats.mean, 4),
                   cv=percent(stats.cv) if stats.cv is not None else "—")


def result_rows(plan: Plan) -> tuple[Row, ...]:
    """Every result, in the order it is used."""
    diluent_name = app_defaults().diluent_label(plan.inputs.diluent)
    basis = plan.inputs.basis
    rows = []
    if plan.dosing is not None and not plan.dosing.is_actual:
        on = plan.dosing.basis
        rows.append(Row("dosing_weight", "Dosing weight (ideal)" if on == "ideal" else
                        "Dosing weight (adjusted)" if on == "adjusted" else "Dosing weight (actual, capped)",
                        quantity(plan.dosing.weight, KG, 4)))
    rows += [
        Row("dose", f"Dose ({basis} cells)", f"{quantity(plan.dose, CELL)} = {quantity(plan.dose_per_kg, CELL_PER_KG)}"),
        Row("total_concentration", "Total concentration", quantity(plan.total_concentration, CELL_PER_ML)),
        Row("viable_concentration", "Viable concentration", quantity(plan.viable_concentration, CELL_PER_ML)),
        Row("viability", "Viability", percent(plan.viability)),
    ]
    if plan.hemocytometer is not None:
        rows.append(Row("hemocytometer", "Hemocytometer count", hemocytometer_text(plan.hemocytometer)))
    named = bool(diluent_name and plan.diluent_volume.magnitude > 0)
    in_line = plan.inputs.dilution_mode == "in_line"
    diluent_text = (message("{volume} {diluent}" + (" (in line)" if in_line else ""), {"diluent": diluent_name},
                            volume=quantity(plan.diluent_volume, ML, 4)) if named else
                    message("{volume} (in line)", volume=quantity(plan.diluent_volume, ML, 4)) if in_line else
                    quantity(plan.diluent_volume, ML, 4))
    if plan.inputs.method.kind == "dilute_each_then_draw":
        # Neither is measured on its own: the product and the diluent added to each container
        # are contained in the suspension drawn (the bench rows say what is done).
        rows += [Row("product_contained", "Product contained in the dose", quantity(plan.volume_to_draw, ML, 4)),
                 Row("diluent_contained", "Diluent contained in the dose", diluent_text),
                 Row("final_volume", "Suspension to give", quantity(plan.final_volume, ML, 4))]
    else:
        rows += [Row("volume_to_draw", "Volume to draw", quantity(plan.volume_to_draw, ML, 4)),
                 Row("diluent_volume", "Diluent", diluent_text),
                 Row("final_volume", "Final volume", quantity(plan.final_volume, ML, 4))]
    rows += [
        Row("final_concentration", "Final concentration", quantity(plan.final_concentration, CELL_PER_ML)),
        Row("rate", "Rate", f"{quantity(plan.rate, ML_PER_MIN)} = {quantity(plan.rate, ML_PER_H)}"),
    ]
    if plan.product_rate is not None:
        rows.append(Row("product_rate", "Product / diluent flow",
                        f"{quantity(plan.product_rate, ML_PER_MIN)} = {quantity(plan.product_rate, ML_PER_H)} + "
                        f"{quantity(plan.diluent_rate, ML_PER_MIN)} = {quantity(plan.diluent_rate, ML_PER_H)}"))
    if plan.drip_rate is not None:
        rows.append(Row("drip_rate", "Gravity drip rate", drip_text(plan)))
    rows += [
        Row("duration", "Duration", duration(plan.duration)),
        Row("cell_rate", "Cell rate", quantity(plan.cell_rate, CELL_PER_KG_MIN)),
        Row("dmso", "DMSO", "—" if plan.dmso is None else f"{quantity(plan.dmso_mass, G)} = {quantity(plan.dmso, G_PER_KG)}"),
    ]
    if plan.dmso_day is not None:
        rows.append(Row("dmso_day", "DMSO today", dmso_day_text(plan.dmso_day)))
    rows += [
        Row("use_by", "Use by", clock(plan.use_by)),
        Row("latest_start", "Start infusion by", clock(plan.latest_start)),
    ]
    rows += bench_rows(plan)
    if plan.bags:
        first = plan.bags[0]
        cells = (quantity(first.cells_delivered, CELL) if len({b.cells_delivered for b in plan.bags}) == 1
                 else " + ".join(quantity(bag.cells_delivered, CELL) for bag in plan.bags))
        if len({bag.final_measured for bag in plan.bags}) == 1:
            text = message("{count} × {volume} ({cells}, {duration} each)", count=len(plan.bags),
                           volume=quantity(first.final_measured, ML, 4), cells=cells, duration=duration(first.duration))
        else:
            text = message("{count} bags: {volumes} ({cells}, {duration} each)", count=len(plan.bags),
                           volumes=" + ".join(quantity(bag.final_measured, ML, 4) for bag in plan.bags), cells=cells,
                           duration=duration(first.duration))
        rows.append(Row("bags", "Bags", text))
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
        "use_by_from": plan.use_by_from,
        "use_by_start": export.moment(plan.use_by_start),
        "latest_start": export.moment(plan.latest_start),
        "din": inputs.identity.din or None,
        # the other containers of a thaw of several, 14 characters each (issue 24)
        "container_dins": list(inputs.identity.container_dins),
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
                  "latest_start": export.moment(bag.latest_start),
                  "volume_to_draw_measured": export.quantity_json(bag.draw_measured, ML, "mL"),
                  "diluent_volume_measured": export.quantity_json(bag.diluent_measured, ML, "mL"),
                  "final_volume_measured": export.quantity_json(bag.final_measured, ML, "mL"),
                  "cells_delivered": export.quantity_json(bag.cells_delivered, CELL, "cell"),
                  "syringe": syringe_json(bag.draw),
                  "diluent_syringe": syringe_json(bag.diluent)}
                 for bag in plan.bags],
        "course": None if plan.course is None else {
            "dose_number": plan.course.dose_number, "doses": plan.course.doses,
            "next_doses": [export.moment(moment) for moment in plan.course.next_doses],
            "since_previous": export.quantity_json(plan.course.since_previous, MIN, "min")},
    })
    data.update(measured_keys(plan))
    return data


def syringe_json(measured, every=None) -> dict | None:
    """The syringe of `measured` and its fills; `every` (split bags: each bag's measurement,
    all on this syringe) gives the fills of all bags in order, so that the fills add up to
    the measured total (each bag lists its own under `bags`)."""
    if measured is None:
        return None
    syringe = measured.syringe
    fills = [fill for each in (every or (measured,)) if each is not None for fill in each.fills]
    return {"size": export.quantity_json(syringe.size, ML, "mL"),
            "graduation": export.quantity_json(syringe.graduation, ML, "mL"),
            "dead_space": export.quantity_json(syringe.dead_space, ML, "mL"),
            "fills": [export.quantity_json(fill, ML, "mL") for fill in fills]}


def measured_keys(plan: Plan) -> dict:
    """CONTRACT.md "Containers and measured volumes", and what goes with them."""
    use = plan.container_use
    first = plan.fills[0] if plan.fills else None
    return {
        "containers_to_thaw": use.count if use is not None else None,
        "residual_volume": export.quantity_json(use.residue, ML, "mL") if use is not None else None,
        "volume_to_draw_measured": export.quantity_json(plan.volume_to_draw_measured, ML, "mL"),
        "syringe": syringe_json(plan.draw, [fill.draw for fill in plan.fills]),
        "dose_delivered": export.quantity_json(plan.dose_delivered, CELL, "cell"),
        # added with them
        "drawn_material": plan.drawn_material,
        "draw_destination": plan.draw_destination,
        "method": plan.inputs.method.kind,
        "dose_deviation": plan.dose_deviation,
        "diluent_volume_measured": export.quantity_json(plan.diluent_volume_measured, ML, "mL"),
        "diluent_syringe": syringe_json(first.diluent if first is not None else None,
                                        [fill.diluent for fill in plan.fills]),
        "final_volume_measured": export.quantity_json(plan.final_volume_measured, ML, "mL"),
        "final_concentration_measured": export.quantity_json(plan.final_concentration_measured, CELL_PER_ML, "cell/mL"),
        "containers": None if use is None else {
            "kind": use.spec.kind, "figures": use.spec.figures, "source": use.spec.source,
            "volume_each": export.quantity_json(use.spec.volume, ML, "mL"),
            "dead_volume": export.quantity_json(use.spec.dead_volume, ML, "mL"),
            "cells_each": export.quantity_json(use.cells_each, CELL, "cell"),
            "available": use.spec.available,
            "diluent_each": export.quantity_json(use.diluent_each, ML, "mL"),
            "diluent_each_syringe": syringe_json(plan.diluent_each),
            "content_each": export.quantity_json(use.content_each, ML, "mL"),
            "concentration": export.quantity_json(use.concentration, CELL_PER_ML, "cell/mL"),
            "takes": [export.quantity_json(take, ML, "mL") for take in use.takes],
            "residue_cells": export.quantity_json(use.residue_cells, CELL, "cell")},
        "fluid_load": export.quantity_json(plan.fluid_load, ML_PER_KG, "mL/kg"),
        "drop_factor": export.quantity_json(plan.drop_factor, DROP_PER_ML, "drop/mL"),
        "drip_rate_whole": export.quantity_json(plan.drip_rate_whole, DROP_PER_MIN, "drop/min"),
        "storage": plan.storage,
        "delivered": delivered_json(plan.delivered),
        "dmso_mass_measured": export.quantity_json(
            None if plan.delivered is None or plan.delivered.dmso is None else plan.delivered.dmso * plan.inputs.weight,
            G, "g"),
        "dmso_day": dmso_day_json(plan.dmso_day),
        "dosing_weight": dosing_weight_json(plan.dosing),
    }


def delivered_json(delivered) -> dict | None:
    """What reaches the patient, from the volumes as measured (every limit is checked on it too)."""
    if delivered is None:
        return None
    return {"volume_to_draw": export.quantity_json(delivered.draw, ML, "mL"),
            "final_volume": export.quantity_json(delivered.final, ML, "mL"),
            "dose": export.quantity_json(delivered.dose, CELL, "cell"),
            "dose_per_kg": export.quantity_json(delivered.dose_per_kg, CELL_PER_KG, "cell/kg"),
            "rate": export.quantity_json(delivered.rate, ML_PER_MIN, "mL/min"),
            "product_rate": export.quantity_json(delivered.product_rate, ML_PER_MIN, "mL/min"),
            "duration": export.quantity_json(delivered.duration, MIN, "min"),
            "cell_rate": export.quantity_json(delivered.cell_rate, CELL_PER_KG_MIN, "cell/kg/min"),
            "dmso": export.quantity_json(delivered.dmso, G_PER_KG, "g/kg"),
            "fluid_load": export.quantity_json(delivered.fluid_load, ML_PER_KG, "mL/kg")}


def plan_storage(plan: Plan) -> dict:
    """How the prepared product is kept: the protocol's product, else the app's text."""
    product = plan.protocol.product
    defaults = app_defaults().storage
    if product is not None and product.storage:
        return {"text": product.storage, "label": product.storage_label or product.storage, "source": product.source}
    return {"text": defaults.text, "label": defaults.label, "source": defaults.source}
