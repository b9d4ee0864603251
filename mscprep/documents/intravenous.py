"""The preparation sheet of an intravenous plan and its bag labels, as a Document.

What the pharmacist signs and the nurse infuses from: identity, the bedside essentials,
bags, the steps in order, line and filter, findings with their reasons, the record's checks,
every input as entered, every result with its formula and numbers, and the bedside part.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..din import label_expiry

import json

from .. import __version__, clock, display
from ..defaults import app_defaults
from ..preparation.identity import missing_identity
from ..protocol.definitions import NO_PROTOCOL
from ..units import CELL, CELL_PER_KG, CELL_PER_ML, DROP_PER_MIN, DROP_PER_ML, KG, ML, ML_PER_H, ML_PER_MIN, magnitude
from . import common
from .model import (Checks, Din, Dins, Document, Fact, Facts, Heading, LabelContent, Paragraph, ResultRow, Results,
                    Steps, T, Table, Text, Title, as_text)


def _ml(quantity) -> str:
    return display.quantity(quantity, ML, 4)


@dataclass(frozen=True)
class PumpSettings:
    """What the pumps are set to and how long they run: the measured volumes' figures (a
    set rate or product flow stays and the duration follows the measured volume; a set
    duration stays and the rate follows it), so that figures printed together agree."""
    rate: object
    product_rate: object | None
    diluent_rate: object | None
    duration: object
    drops: object | None         # whole drops/min (gravity)


def pump_settings(plan) -> PumpSettings:
    delivered = plan.delivered
    if delivered is None or not plan.fills:         # not measured (blocked): the order
        return PumpSettings(plan.rate, plan.product_rate, plan.diluent_rate, plan.duration, plan.drip_rate_whole)
    diluent_rate = None
    if plan.product_rate is not None and plan.diluent_volume_measured is not None:
        diluent_rate = (plan.diluent_volume_measured / delivered.duration).to(ML_PER_MIN)
    drops = None
    if plan.drip_rate_whole is not None and plan.drop_factor is not None:
        drops = round(magnitude(delivered.rate, ML_PER_MIN) * magnitude(plan.drop_factor, DROP_PER_ML))
        drops = plan.drip_rate_whole.__class__(drops, plan.drip_rate_whole.units)
    return PumpSettings(delivered.rate, delivered.product_rate if plan.product_rate is not None else None,
                        diluent_rate, delivered.duration, drops)


def rate_text(plan) -> str:
    pumps = pump_settings(plan)
    text = f"{display.quantity(pumps.rate, ML_PER_MIN)} = {display.quantity(pumps.rate, ML_PER_H)}"
    if pumps.drops is not None:
        text += (f" = {magnitude(pumps.drops, DROP_PER_MIN):g} drops/min "
                 f"({magnitude(plan.drop_factor, DROP_PER_ML):g} drops/mL set)")
    return text


def course_text(plan) -> Text:
    course = plan.course
    if course.next_doses:
        return T("dose {k} of {n}; next {dates}", k=course.dose_number, n=course.doses,
                 dates=", ".join(display.clock(moment) for moment in course.next_doses))
    return T("dose {k} of {n}", k=course.dose_number, n=course.doses)


def dosing_weight_lines(plan) -> list:
    """The weight per-kg figures are on, with its formula, numbers and source, when it is
    not the actual body weight (nothing otherwise)."""
    dosing = plan.dosing
    if dosing is None or dosing.is_actual:
        return []
    return [Paragraph(T("Per-kg figures are on the dosing weight, {weight} ({basis} body weight; actual {actual}).",
                        words={"basis": "ideal" if dosing.basis == "ideal" else "adjusted" if dosing.basis == "adjusted"
                               else "actual"}, weight=display.quantity(dosing.weight, KG, 4),
                        actual=display.quantity(dosing.actual, KG, 4))),
            Paragraph(T("Dosing weight {weight}: {formula} ({numbers}). Source: {source}",
                        weight=display.quantity(dosing.weight, KG, 4), formula=dosing.formula,
                        numbers=dosing.substitution, source=dosing.source), "small")]


def identity_section(plan) -> list:
    identity, protocol = plan.identity, plan.protocol
    tissue = app_defaults().tissue(identity.source_tissue).label
    block = common.identity_facts([
        ("Patient", identity.patient_name), ("Patient ID", identity.patient_id),
        ("Body weight", display.quantity(plan.inputs.weight, KG, 4)),
        ("DIN (ISBT 128)", Din(identity.din) if identity.din else ""),
        *([("DINs of the other containers", Dins(identity.container_dins))] if identity.container_dins else []),
        ("Product code", identity.product_code),
        ("Source / donor", T("{tissue}, {donor}", words={"tissue": tissue, "donor": identity.donor})),
        ("Protocol", protocol.name if protocol.id == NO_PROTOCOL else f"{protocol.name} [{protocol.id} v{protocol.version}]"),
        ("Prepared by", identity.prepared_by)])
    section = [Title(T("MSC infusion preparation sheet")), block] + dosing_weight_lines(plan)
    if identity.donor == "autologous":
        section.append(Paragraph(T("FOR AUTOLOGOUS USE ONLY"), "warn"))
    section.append(Paragraph(T("Protocol source: {source}", source=protocol.reference), "small"))
    section.append(common.intended_use())
    return section


def storage_section(plan) -> list:
    storage = plan.storage
    return [Heading(T("Storage until infused")), Paragraph(T(storage["text"])), Paragraph(storage["source"], "small")]


def pump_rate(rate) -> str:
    return f"{display.quantity(rate, ML_PER_MIN)} = {display.quantity(rate, ML_PER_H)}"


def essentials_section(plan) -> list:
    # as measured; a plan whose volumes cannot be measured (blocked: implausible_result) shows the order
    measured = plan.fills != ()
    delivered = plan.dose_delivered if measured else plan.dose
    final = plan.final_volume_measured if measured else plan.final_volume
    concentration = plan.final_concentration_measured if measured else plan.final_concentration
    facts = [Fact(T("Dose (viable cells)") if plan.inputs.basis == "viable" else T("Dose (total cells)"),
                  f"{display.quantity(delivered, CELL)} = {display.quantity(delivered / plan.dosing_weight, CELL_PER_KG)}",
                  True),
             Fact(T("Final volume"), f"{_ml(final)} · {display.quantity(concentration, CELL_PER_ML)}", True),
             Fact(T("Rate (both pumps together)") if plan.product_rate is not None else T("Rate"), rate_text(plan),
                  True)]
    pumps = pump_settings(plan)
    if plan.product_rate is not None:
        # Each pump is set on its own: the combined rate on the product pump would run it too fast.
        facts.append(Fact(T("Product pump"), pump_rate(pumps.product_rate), True))
        facts.append(Fact(T("Diluent pump (in line)"), pump_rate(pumps.diluent_rate), True))
    facts += [Fact(T("Duration"), display.duration(pumps.duration), True),
              Fact(T("Start infusion by"), display.clock(plan.latest_start), True),
              Fact(T("Use by"), display.clock(plan.use_by), True)]
    window = plan.inputs.limit("stability")
    if plan.use_by is not None and window is not None:
        facts.append(Fact(T("Use-by window"), T("{window} from thaw", window=display.duration(window.value))
                          if plan.use_by_from == "thaw" else
                          T("{window} from the end of preparation", window=display.duration(window.value))))
    facts.append(Fact(T("Time zone"), clock.zone_name()))
    if plan.course is not None:
        facts.append(Fact(T("Course"), course_text(plan), True))
    return [Heading(T("Infusion")), Facts(tuple(facts), per_row=1)]


def bags_section(plan) -> list:
    if not plan.bags:
        return []
    rows = tuple((T("{k} of {n}", k=bag.number, n=bag.of), display.quantity(bag.cells_delivered, CELL),
                  _ml(bag.draw_measured), _ml(bag.diluent_measured), _ml(bag.final_measured),
                  display.duration(bag.duration), display.clock(bag.latest_start)) for bag in plan.bags)
    total = (T("Total"), display.quantity(plan.dose_delivered, CELL), _ml(plan.volume_to_draw_measured),
             _ml(plan.diluent_volume_measured), _ml(plan.final_volume_measured), display.duration(plan.duration), "")
    header = tuple(T(head) for head in ("Bag", "Cells", "Draw", "Diluent", "Final volume", "Duration", "Start by"))
    return [Heading(T("Bags (infused one after another)")), Table(header, rows + (total,), (1 / 7,) * 7)]


def _syringe(measured) -> Text:
    """"10 mL syringe, 0.2 mL marks", or the fills of one syringe."""
    syringe = measured.syringe
    if len(measured.fills) > 1:
        return T("{count} fills of the {size} syringe: {fills}", count=len(measured.fills),
                 size=display.quantity(syringe.size, ML), fills=" + ".join(_ml(f) for f in measured.fills))
    return T("{size} syringe, {marks} marks", size=display.quantity(syringe.size, ML),
             marks=display.quantity(syringe.graduation, ML))


def _takes(use) -> list[Text]:
    return [T("{volume} from {kind} {k}", words={"kind": use.spec.kind}, volume=_ml(take), k=number)
            for number, take in enumerate(use.takes, 1)]


def _joined(parts: list[Text]) -> Text:
    """Texts joined by commas, each translated."""
    template = ", ".join("{p%d}" % index for index in range(len(parts)))
    return Text(template, (), tuple(("p%d" % index, part) for index, part in enumerate(parts)))


def container_steps(plan, diluent: str) -> list[Text]:
    """Which containers to take and thaw (and dilute, when the label says so)."""
    use = plan.container_use
    if use is None:
        return []
    spec = use.spec
    steps = [T("Thaw {count} × {kind} ({volume}, {cells} each; {figures}).", words={
               "kind": spec.kind, "figures": "label nominal figures" if spec.figures == "nominal"
               else "entered figures (lot certificate)"}, count=use.count, volume=_ml(spec.volume), cells=display.quantity(use.cells_each, CELL))]
    if plan.diluent_each is not None:
        steps.append(T("Add {volume} {diluent} to each {kind} ({syringe}) → {content} each at {concentration}.",
                       words={"diluent": diluent, "kind": spec.kind, "syringe": _syringe(plan.diluent_each)},
                       volume=_ml(plan.diluent_each.volume), content=_ml(use.content_each),
                       concentration=display.quantity(use.concentration, CELL_PER_ML)))
    return steps


def draw_step(plan) -> Text:
    """What to draw, with which syringe, and where several fills go (draw_destination)."""
    use = plan.container_use
    viable = plan.inputs.basis == "viable"
    destination = plan.draw_destination
    words = {"material": "of the diluted suspension" if plan.drawn_material == "diluted suspension" else "of product",
             "syringe": _syringe(plan.draw)}
    figures = {"volume": _ml(plan.volume_to_draw_measured), "cells": _count(plan.dose_delivered)}
    if destination in ("transfer_bag", "syringes"):
        text = T("Draw {volume} {material} ({syringe}), {into}: {cells} viable cells." if viable
                 else "Draw {volume} {material} ({syringe}), {into}: {cells} total cells.",
                 words={**words, "into": "emptying each fill into one transfer bag" if destination == "transfer_bag"
                        else "one syringe per fill (label each syringe)"}, **figures)
    else:
        text = T("Draw {volume} {material} ({syringe}): {cells} viable cells." if viable
                 else "Draw {volume} {material} ({syringe}): {cells} total cells.", words=words, **figures)
    if use is None:
        return text
    return T("{draw} Take {takes}.", words={"draw": text, "takes": _joined(_takes(use))})


def _count(cells) -> str:
    """A number of cells without the word (the template says which cells)."""
    return display.cells_text(float(cells.m_as(CELL)))


def discard_step(plan) -> list[Text]:
    use = plan.container_use
    if use is None:
        return []
    return [T("Discard the rest: {volume} ({cells}) left in the containers and the syringe hub.",
              volume=_ml(use.residue), cells=display.quantity(use.residue_cells, CELL))]


def preparation_steps(plan) -> list[Text]:
    """The steps in the order the label's method does them, each with its volumes (whole
    sentences, so they translate). Printed volumes are the measured ones and add up."""
    inputs = plan.inputs
    diluent = app_defaults().diluent_label(inputs.diluent, "diluent (not entered)")
    steps = []
    if inputs.thawed_at is not None:
        steps.append(T("Thawed at {thawed}; use by {use_by}.", thawed=display.clock(inputs.thawed_at),
                       use_by=display.clock(plan.use_by)))
    steps += container_steps(plan, diluent)
    steps.append(T("Mix the product gently (do not shake); inspect for clumps."))
    if plan.bags:
        steps += bag_steps(plan, diluent)
    elif plan.draw is not None:
        steps.append(draw_step(plan))
        steps += dilution_steps(plan, diluent)
    if plan.use_by_from == "preparation":
        steps.append(T("Preparation ended {prepared}; use by {use_by}.", prepared=display.clock(plan.use_by_start),
                       use_by=display.clock(plan.use_by)))
    steps += discard_step(plan)
    steps.append(T("Mix gently; label the bag or syringe with the label of this plan."))
    return steps


def dilution_steps(plan, diluent: str) -> list[Text]:
    inputs = plan.inputs
    method = inputs.method.kind
    final = _ml(plan.final_volume_measured)
    concentration = display.quantity(plan.final_concentration_measured, CELL_PER_ML)
    if method == "dilute_each_then_draw":
        holder = plan.draw_destination
        if holder == "transfer_bag":
            return [T("The transfer bag holds the dose: {final} at {concentration}.", final=final,
                      concentration=concentration)]
        if holder == "syringes":
            return [T("The {count} syringes hold the dose: {final} in all at {concentration}; give them one after "
                      "another.", count=len(plan.draw.fills_ml), final=final, concentration=concentration)]
        return [T("The syringe holds the dose: {final} at {concentration}.", final=final, concentration=concentration)]
    if method == "into_infusion_bag":
        return [T("Inject it into an infusion bag holding {volume} {diluent} → {final} ({concentration}).",
                  words={"diluent": diluent}, volume=_ml(plan.diluent_volume_measured), final=final,
                  concentration=concentration)]
    if inputs.dilution_mode == "in_line":
        return [in_line_step(plan, diluent)]
    first = plan.fills[0]
    if first.diluent is None:
        return [T("No dilution.")]
    return [T("Add {volume} {diluent} ({syringe}) → final volume {final} ({concentration}).",
              words={"diluent": diluent, "syringe": _syringe(first.diluent)}, volume=_ml(first.diluent_measured),
              final=final, concentration=concentration)]


def in_line_step(plan, diluent: str) -> Text:
    """The in-line diluent as the pump runs it: the volume in its ratio to the product as
    measured, the flows over the duration as run (figures printed together agree)."""
    volume, product_rate, duration = plan.diluent_volume, plan.product_rate, plan.duration
    delivered = plan.delivered
    if delivered is not None and plan.fills and delivered.product_rate is not None:
        volume, product_rate, duration = plan.diluent_volume_measured, delivered.product_rate, delivered.duration
    diluent_rate = (volume / duration).to(ML_PER_MIN)
    return T("Prepare {volume} {diluent} to run in line at {diluent_rate} with the product at {product_rate}.",
             words={"diluent": diluent}, volume=_ml(volume), diluent_rate=display.quantity(diluent_rate, ML_PER_MIN),
             product_rate=display.quantity(product_rate, ML_PER_MIN))


def bag_steps(plan, diluent: str) -> list[Text]:
    """One step per bag: what to draw and add for bag k; the shares add up to the totals."""
    in_line = plan.inputs.dilution_mode == "in_line"
    steps = []
    if plan.container_use is not None:
        steps.append(T("Take {takes}.", words={"takes": _joined(_takes(plan.container_use))}))
    for bag in plan.bags:
        draw = T("Draw {volume} of product ({syringe})", words={"syringe": _syringe(bag.draw)}, volume=_ml(bag.draw_measured))
        if in_line or bag.diluent is None:
            steps.append(T("Bag {k} of {n}: {draw} → {final} ({cells}).", words={"draw": draw}, k=bag.number,
                           n=bag.of, final=_ml(bag.draw_measured), cells=display.quantity(bag.cells_delivered, CELL)))
        else:
            steps.append(T("Bag {k} of {n}: {draw}, add {volume} {diluent} ({syringe}) → {final} ({cells}).",
                           words={"draw": draw, "diluent": diluent, "syringe": _syringe(bag.diluent)}, k=bag.number,
                           n=bag.of, volume=_ml(bag.diluent_measured), final=_ml(bag.final_measured),
                           cells=display.quantity(bag.cells_delivered, CELL)))
    if in_line:
        steps.append(in_line_step(plan, diluent))
    steps.append(T("In all: {draw} of product + {diluent} = {final} ({cells} viable cells)."
                   if plan.inputs.basis == "viable" else
                   "In all: {draw} of product + {diluent} = {final} ({cells} total cells).",
                   draw=_ml(plan.volume_to_draw_measured), diluent=_ml(plan.diluent_volume_measured),
                   final=_ml(plan.final_volume_measured), cells=_count(plan.dose_delivered)))
    return steps


# How a figure without a formula of its own is obtained: a rule of the preparation,
# written out so that no computed figure reads "as entered" on the sheet.
RULES = {
    "viable_concentration": "total concentration × viability",
    "viability": "unstained ÷ (unstained + stained) cells counted",
    "containers": "whole containers holding the volume to draw, each less its dead volume",
    "dilute_each": "the protocol's diluent per container; content = container volume + diluent",
    "draw_measured": "the volume to draw on syringe marks: the syringe that holds it, or fills of a finer one when that measures the dose within the deviation rule; never above a hard maximum or cap",
    "draw_destination": "one fill stays in its syringe; several fills go into one transfer bag (one syringe per "
                        "fill for a syringe push)",
    "takes": "the draw taken from the containers in turn, each less its dead volume",
    "course": "the protocol's course: this dose's number and the interval from the previous dose",
    "diluent_measured": "the diluent on the marks of the syringe that holds it",
    "final_volume": "volume to draw + diluent",
    "arm": "from the randomisation list, by its code (pharmacy only)",
}
# A row named otherwise than the field it shows as entered.
FIELD_OF_ROW = {"total_concentration": "concentration"}


def _basis(plan, key: str):
    """Where a result row's figure comes from when it has no formula in the trace."""
    field = FIELD_OF_ROW.get(key, key)
    if field in plan.inputs.defaulted:
        return T("protocol default ({protocol})", protocol=plan.protocol.id)
    if field in plan.entered:
        return T("as entered")
    if key == "diluent_volume":
        return T("nothing to add: no final volume or concentration was entered" if plan.diluent_volume.magnitude == 0
                 else "the protocol's infusion bag volume")
    return T(RULES[key]) if key in RULES else T("as entered")


def results_section(plan) -> list:
    trace: dict[str, list] = {}
    for line in plan.trace:
        trace.setdefault(line.key, []).append((line.formula, line.substitution, line.result))
    rows = tuple(ResultRow(T(row.label), as_text(row.value), tuple(trace.get(row.key, ())), _basis(plan, row.key))
                 for row in plan.rows())
    defaults = app_defaults()
    limits = "; ".join(f"{key}: {limit.source}" for key, limit in plan.limits.items())
    section = [Heading(T("Results and how they were obtained")), Results(rows),
               Paragraph(T("Constants: {sources}", sources="; ".join(defaults.constants.sources.values())), "small"),
               Paragraph(T("Limits and their sources: {sources}", sources=limits), "small")]
    if plan.protocol.notes:
        section += [Heading(T("Protocol notes")), *(Paragraph(f"• {note}") for note in plan.protocol.notes)]
    return section


def label_identity(plan, bag=None) -> str:
    """What the QR code carries: enough to find the record and check the bag against it."""
    identity = plan.identity
    extra = {} if bag is None else {"bag": f"{bag.number}/{bag.of}", "bag_cells": float(bag.cells_delivered.m_as(CELL)),
                                    "bag_mL": round(float(bag.final_measured.m_as(ML)), 3)}
    return json.dumps({**extra, "plan": plan.plan_id, "din": identity.din or None,
                       "patient_id": identity.patient_id or None, "dose_cells": float(plan.dose_delivered.m_as(CELL)),
                       "final_mL": round(float(plan.final_volume_measured.m_as(ML)), 3),
                       "use_by": clock.iso(plan.use_by),
                       "protocol": f"{plan.protocol.id} v{plan.protocol.version}"},
                      separators=(",", ":"), ensure_ascii=False)


def label_weight(weight) -> str:
    """In kg, as the sheet and the per-kg dose are; a weight entered in another unit follows
    in parentheses: '69.85 kg (154 lb)'."""
    kg = display.quantity(weight, KG, 4)
    if weight.units == KG:
        return kg
    return f"{kg} ({display.quantity(weight, weight.units, 4)})"


def label(plan, bag=None) -> LabelContent:
    identity, inputs = plan.identity, plan.inputs
    viable = inputs.basis == "viable"
    # as measured; a plan whose volumes cannot be measured (blocked) labels the order
    delivered = plan.dose_delivered if plan.dose_delivered is not None else plan.dose
    number = lambda cells: display.cells_text(float(cells.m_as(CELL)))  # noqa: E731  (the word is in the template)
    if bag is None:
        dose = T("Dose {dose} viable cells ({per_kg})" if viable else "Dose {dose} total cells ({per_kg})",
                 dose=number(delivered), per_kg=display.quantity(delivered / plan.dosing_weight, CELL_PER_KG))
    else:
        dose = T("Bag {k} of {n}: {cells} viable cells (of {dose})" if viable
                 else "Bag {k} of {n}: {cells} total cells (of {dose})", k=bag.number, n=bag.of,
                 cells=number(bag.cells_delivered), dose=number(delivered))
    pumps = ()
    if inputs.dilution_mode == "in_line":   # the bag holds the product only
        product = bag.draw_measured if bag is not None else plan.volume_to_draw_measured
        contents = T("Bag {volume} · {concentration} + {diluent} in line", volume=_ml(product),
                     concentration=display.quantity(plan.drawn_concentration, CELL_PER_ML),
                     diluent=_ml(plan.diluent_volume))
        settings = pump_settings(plan)
        pumps = (T("Product pump {rate}", rate=pump_rate(settings.product_rate)),
                 T("Diluent pump {rate}", rate=pump_rate(settings.diluent_rate)))
    else:
        volume = bag.final_measured if bag is not None else plan.final_volume_measured
        if volume is None:
            volume = plan.final_volume
        cells = bag.cells_delivered if bag is not None else delivered
        contents = T("Final volume {volume} · {concentration}", volume=_ml(volume),
                     concentration=display.quantity((cells / volume).to(CELL_PER_ML), CELL_PER_ML)
                     if volume.magnitude > 0 else "—")
    autologous = identity.donor == "autologous"
    return LabelContent(
        heading=T("MSC for IV infusion · {protocol}", protocol=plan.protocol.name),
        patient_name=identity.patient_name,
        patient_line=T("ID {id} · {weight}", id=identity.patient_id or "—",
                       weight=label_weight(inputs.weight)),
        din=identity.din, container_dins=identity.container_dins, lines=(dose, contents) + pumps,
        use_by=label_expiry(plan.use_by), qr=label_identity(plan, bag),
        under_qr=tuple(text for text in (plan.plan_id, identity.product_code) if text),
        storage=T(plan.storage["label"]),
        footer=T("FOR AUTOLOGOUS USE ONLY") if autologous else None, footer_alert=autologous,
        **common.isbt_label_fields(identity))


def sheet_document(plan, *, banner=None, with_labels: bool = True, plan_id: str | None = None,
                   identity_missing: tuple[str, ...] | None = None) -> Document:
    protocol = plan.protocol
    plan_id = plan_id or plan.plan_id
    sections = (identity_section(plan) + essentials_section(plan) + bags_section(plan)
                + [Heading(T("Preparation steps")), Steps(tuple(preparation_steps(plan)))]
                + storage_section(plan)
                + common.line_and_filter(plan.line_requirements)
                + common.findings(plan.findings) + [Heading(T("Checks")), Checks()]
                + common.inputs_table(plan.entered, plan.inputs.defaulted, protocol.default_sources)
                + results_section(plan)
                + common.bedside(plan.duration, plan.identity.prepared_by, protocol.checklist))
    # no label for volumes that were never measured (blocked: implausible_result)
    labels = tuple(label(plan, bag) for bag in (plan.bags or (None,))) if with_labels and plan.fills else ()
    return Document(
        audience="sheet", title=f"MSC preparation sheet {plan_id}", subject=protocol.name,
        heading=T("plan {plan}", plan=plan_id),
        footer=T("mscprep {version} · plan {plan} · protocol {protocol} · computed {computed}",
                 version=__version__, plan=plan_id, protocol=f"{protocol.id} v{protocol.version}",
                 computed=display.clock(plan.computed_at)),
        plan_id=plan_id, findings=plan.findings, sections=tuple(sections), labels=labels, banner=banner,
        clock=common.clock_of(plan),
        identity_missing=missing_identity(plan) if identity_missing is None else identity_missing)
