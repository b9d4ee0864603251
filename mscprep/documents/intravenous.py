"""The preparation sheet of an intravenous plan and its bag labels, as a Document.

What the pharmacist signs and the nurse infuses from: identity, the bedside essentials,
bags, the steps in order, line and filter, findings with their reasons, the record's checks,
every input as entered, every result with its formula and numbers, and the bedside part.
"""

from __future__ import annotations

import json

from .. import __version__, display
from ..defaults import app_defaults
from ..protocol.definitions import NO_PROTOCOL
from ..units import CELL, CELL_PER_KG, CELL_PER_ML, DROP_PER_MIN, KG, ML, ML_PER_H, ML_PER_MIN
from . import common
from .model import (Checks, Din, Document, Fact, Facts, Heading, LabelContent, Paragraph, ResultRow, Results,
                    Steps, T, Table, Text, Title)


def _ml(quantity) -> str:
    return display.quantity(quantity, ML, 4)


def rate_text(plan) -> str:
    text = f"{display.quantity(plan.rate, ML_PER_MIN)} = {display.quantity(plan.rate, ML_PER_H)}"
    if plan.drip_rate is not None:
        text += f" = {display.quantity(plan.drip_rate, DROP_PER_MIN)}"
    return text


def course_text(plan) -> Text:
    course = plan.course
    if course.next_doses:
        return T("dose {k} of {n}; next {dates}", k=course.dose_number, n=course.doses,
                 dates=", ".join(moment.strftime("%Y-%m-%d") for moment in course.next_doses))
    return T("dose {k} of {n}", k=course.dose_number, n=course.doses)


def identity_section(plan) -> list:
    identity, protocol = plan.identity, plan.protocol
    tissue = app_defaults().tissue(identity.source_tissue).label
    block = common.identity_facts([
        ("Patient", identity.patient_name), ("Patient ID", identity.patient_id),
        ("Body weight", display.quantity(plan.inputs.weight, KG, 4)),
        ("DIN (ISBT 128)", Din(identity.din) if identity.din else ""),
        ("Product code", identity.product_code),
        ("Source / donor", T("{tissue}, {donor}", words={"tissue": tissue, "donor": identity.donor})),
        ("Protocol", protocol.name if protocol.id == NO_PROTOCOL else f"{protocol.name} [{protocol.id} v{protocol.version}]"),
        ("Prepared by", identity.prepared_by)])
    section = [Title(T("MSC infusion preparation sheet")), block]
    if identity.donor == "autologous":
        section.append(Paragraph(T("FOR AUTOLOGOUS USE ONLY"), "warn"))
    section.append(Paragraph(T("Protocol source: {source}", source=protocol.reference), "small"))
    return section


def essentials_section(plan) -> list:
    rows = dict((row.key, row.value) for row in plan.rows())
    facts = [Fact(T("Dose"), rows["dose"], True),
             Fact(T("Final volume"), f"{_ml(plan.final_volume)} · "
                                     f"{display.quantity(plan.final_concentration, CELL_PER_ML)}", True),
             Fact(T("Rate"), rate_text(plan), True)]
    if plan.product_rate is not None:
        facts.append(Fact(T("Product / diluent flow"), T("{product} + {diluent} (in line)",
                                                          product=display.quantity(plan.product_rate, ML_PER_MIN),
                                                          diluent=display.quantity(plan.diluent_rate, ML_PER_MIN)),
                          True))
    facts += [Fact(T("Duration"), display.duration(plan.duration), True),
              Fact(T("Start infusion by"), display.clock(plan.latest_start), True),
              Fact(T("Use by"), display.clock(plan.use_by), True)]
    if plan.course is not None:
        facts.append(Fact(T("Course"), course_text(plan), True))
    return [Heading(T("Infusion")), Facts(tuple(facts), per_row=1)]


def bags_section(plan) -> list:
    if not plan.bags:
        return []
    rows = tuple((T("{k} of {n}", k=bag.number, n=bag.of), display.quantity(bag.cells, CELL),
                  _ml(bag.volume_to_draw), _ml(bag.diluent_volume), _ml(bag.final_volume),
                  display.duration(bag.duration), display.clock(bag.latest_start)) for bag in plan.bags)
    header = tuple(T(head) for head in ("Bag", "Cells", "Draw", "Diluent", "Final volume", "Duration", "Start by"))
    return [Heading(T("Bags (infused one after another)")), Table(header, rows, (1 / 7,) * 7)]


def preparation_steps(plan) -> list[Text]:
    """The steps in the order they are done (whole sentences, so they translate)."""
    inputs = plan.inputs
    diluent = app_defaults().diluent_label(inputs.diluent, "diluent (not entered)")
    steps = []
    if inputs.thawed_at is not None:
        steps.append(T("Thawed at {thawed}; use by {use_by}.", thawed=display.clock(inputs.thawed_at),
                       use_by=display.clock(plan.use_by)))
    steps.append(T("Mix the product gently (do not shake); inspect for clumps."))
    steps.append(T("Draw {volume} of product ({cells}).", volume=_ml(plan.volume_to_draw),
                   cells=display.quantity(plan.dose, CELL)))
    if inputs.dilution_mode == "in_line":
        steps.append(T("Prepare {volume} {diluent} to run in line at {diluent_rate} with the product at "
                       "{product_rate}.", words={"diluent": diluent}, volume=_ml(plan.diluent_volume),
                       diluent_rate=display.quantity(plan.diluent_rate, ML_PER_MIN),
                       product_rate=display.quantity(plan.product_rate, ML_PER_MIN)))
    elif plan.diluent_volume.magnitude > 0:
        steps.append(T("Add {volume} {diluent} to a final volume of {final} ({concentration}).",
                       words={"diluent": diluent}, volume=_ml(plan.diluent_volume), final=_ml(plan.final_volume),
                       concentration=display.quantity(plan.final_concentration, CELL_PER_ML)))
    else:
        steps.append(T("No dilution."))
    if plan.bags:
        steps.append(T("Divide into {n} bags of {volume} each ({cells} per bag).", n=len(plan.bags),
                       volume=_ml(plan.bags[0].final_volume), cells=display.quantity(plan.bags[0].cells, CELL)))
    steps.append(T("Mix gently; label the bag or syringe with the label of this plan."))
    return steps


def results_section(plan) -> list:
    trace: dict[str, list] = {}
    for line in plan.trace:
        trace.setdefault(line.key, []).append((line.formula, line.substitution, line.result))
    rows = tuple(ResultRow(T(row.label), row.value, tuple(trace.get(row.key, ()))) for row in plan.rows())
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
    extra = {} if bag is None else {"bag": f"{bag.number}/{bag.of}", "bag_cells": float(bag.cells.m_as(CELL)),
                                    "bag_mL": round(float(bag.final_volume.m_as(ML)), 3)}
    return json.dumps({**extra, "plan": plan.plan_id, "din": identity.din or None,
                       "patient_id": identity.patient_id or None, "dose_cells": float(plan.dose.m_as(CELL)),
                       "final_mL": round(float(plan.final_volume.m_as(ML)), 3),
                       "use_by": plan.use_by.isoformat() if plan.use_by else None,
                       "protocol": f"{plan.protocol.id} v{plan.protocol.version}"},
                      separators=(",", ":"), ensure_ascii=False)


def label(plan, bag=None) -> LabelContent:
    identity, inputs = plan.identity, plan.inputs
    if bag is None:
        dose = T("Dose {dose} ({per_kg})", dose=display.quantity(plan.dose, CELL),
                 per_kg=display.quantity(plan.dose_per_kg, CELL_PER_KG))
    else:
        dose = T("Bag {k} of {n}: {cells} (total {dose})", k=bag.number, n=bag.of,
                 cells=display.quantity(bag.cells, CELL), dose=display.quantity(plan.dose, CELL))
    if inputs.dilution_mode == "in_line":   # the bag holds the product only
        contents = T("Bag {volume} · {concentration} + {diluent} in line", volume=_ml(plan.volume_to_draw),
                     concentration=display.quantity(plan.basis_concentration, CELL_PER_ML),
                     diluent=_ml(plan.diluent_volume))
    else:
        contents = T("Final volume {volume} · {concentration}",
                     volume=_ml(bag.final_volume if bag is not None else plan.final_volume),
                     concentration=display.quantity(plan.final_concentration, CELL_PER_ML))
    autologous = identity.donor == "autologous"
    return LabelContent(
        heading=T("MSC for IV infusion · {protocol}", protocol=plan.protocol.name),
        patient_name=identity.patient_name,
        patient_line=T("ID {id} · {weight}", id=identity.patient_id or "—",
                       weight=display.quantity(inputs.weight, inputs.weight.units)),
        din=identity.din, lines=(dose, contents), use_by=plan.use_by, qr=label_identity(plan, bag),
        under_qr=tuple(text for text in (plan.plan_id, identity.product_code) if text),
        storage=T(app_defaults().storage.label),
        footer=T("FOR AUTOLOGOUS USE ONLY") if autologous else None, footer_alert=autologous)


def sheet_document(plan, *, banner=None, with_labels: bool = True, plan_id: str | None = None) -> Document:
    protocol = plan.protocol
    plan_id = plan_id or plan.plan_id
    sections = (identity_section(plan) + essentials_section(plan) + bags_section(plan)
                + [Heading(T("Preparation steps")), Steps(tuple(preparation_steps(plan)))]
                + common.line_and_filter(plan.line_requirements)
                + common.findings(plan.findings) + [Heading(T("Checks")), Checks()]
                + common.inputs_table(plan.entered, plan.inputs.defaulted, protocol.default_sources)
                + results_section(plan)
                + common.bedside(plan.duration, plan.identity.prepared_by))
    labels = tuple(label(plan, bag) for bag in (plan.bags or (None,))) if with_labels else ()
    return Document(
        audience="sheet", title=f"MSC preparation sheet {plan_id}", subject=protocol.name,
        heading=T("plan {plan}", plan=plan_id),
        footer=T("mscprep {version} · plan {plan} · protocol {protocol} · computed {computed}",
                 version=__version__, plan=plan_id, protocol=f"{protocol.id} v{protocol.version}",
                 computed=display.clock(plan.computed_at)),
        plan_id=plan_id, findings=plan.findings, sections=tuple(sections), labels=labels, banner=banner)
