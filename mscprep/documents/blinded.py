"""A blinded trial's documents: the ward's bedside sheet and bag label, and the unblinded
pharmacy copy.

The ward document is built from the plan's figures and the code only. The arm is not even
an argument, so the active and the placebo arm cannot print differently: both arms'
plans come from the same entered figures through the same chain.
"""

from __future__ import annotations

from ..din import label_expiry

import json
from dataclasses import replace

from .. import __version__, clock, display
from ..defaults import app_defaults
from ..units import ML, ML_PER_H, ML_PER_MIN
from . import common
from ..preparation.measuring import measure
from .intravenous import sheet_document
from .model import Document, Fact, Facts, Heading, LabelContent, Paragraph, Steps, T, Table, Title


def _ward_identity(plan, code: str, container) -> str:
    """What the ward label's QR code carries: no figure that could tell the arms apart."""
    bag = {} if container.of == 1 else {"bag": f"{container.number}/{container.of}",
                                        "bag_mL": round(float(container.volume.m_as(ML)), 3)}
    return json.dumps({**bag, "code": code, "patient_id": plan.identity.patient_id or None,
                       "final_mL": round(float(plan.final_volume.m_as(ML)), 3),
                       "use_by": clock.iso(plan.use_by), "protocol": plan.protocol.id},
                      separators=(",", ":"), ensure_ascii=False)


def _infusion_line(volume, duration, plan) -> str:
    return (f"{display.quantity(volume, ML, 4)} · {display.quantity(plan.rate, ML_PER_MIN)} · "
            f"{display.duration(duration)}")


def ward_label(plan, code: str, blinding, container) -> LabelContent:
    lines = [blinding.label_product]
    if container.of > 1:
        lines.append(T("Bag {k} of {n}: {infusion}", k=container.number, n=container.of,
                       infusion=_infusion_line(container.volume, container.duration, plan)))
    else:
        lines.append(T("Final volume {infusion}", infusion=_infusion_line(plan.final_volume, plan.duration, plan)))
    return LabelContent(
        heading=plan.protocol.name, patient_name=plan.identity.patient_name,
        patient_line=T("ID {id} · {weight}", id=plan.identity.patient_id or "—",
                       weight=display.quantity(plan.inputs.weight, plan.inputs.weight.units)),
        code=code, lines=tuple(lines), use_by=label_expiry(plan.use_by), qr=_ward_identity(plan, code, container),
        under_qr=(code,), storage=T(app_defaults().storage.label), footer=T("For clinical trial use only"),
        patient_id=plan.identity.patient_id or "")


def _ward_bags(plan) -> list:
    """The bags as the ward infuses them: volume, time and start-by, never cells."""
    if len(plan.containers) < 2:
        return []
    rows = tuple((T("{k} of {n}", k=c.number, n=c.of), display.quantity(c.volume, ML, 4), display.duration(c.duration),
                  display.clock(c.latest_start)) for c in plan.containers)
    return [Heading(T("Bags (infused one after another)")),
            Table(tuple(T(head) for head in ("Bag", "Final volume", "Duration", "Start by")), rows,
                  (0.25, 0.25, 0.25, 0.25))]


def ward_document(plan, code: str, blinding, identity_missing: tuple[str, ...]) -> Document:
    identity, protocol = plan.identity, plan.protocol
    facts = common.identity_facts([
        ("Patient", identity.patient_name), ("Patient ID", identity.patient_id),
        ("Body weight", display.quantity(plan.inputs.weight, plan.inputs.weight.units)), ("Code", code),
        ("Product", blinding.label_product), ("Protocol", protocol.name)])
    infusion = Facts((
        Fact(T("Final volume"), display.quantity(plan.final_volume, ML, 4), True),
        Fact(T("Rate"), f"{display.quantity(plan.rate, ML_PER_MIN)} = {display.quantity(plan.rate, ML_PER_H)}",
             True),
        Fact(T("Duration"), display.duration(plan.duration), True),
        Fact(T("Start infusion by"), display.clock(plan.latest_start), True),
        Fact(T("Use by"), display.clock(plan.use_by), True)), per_row=1)
    sections = ([Title(T("Infusion sheet - blinded trial")), facts, common.intended_use(), Heading(T("Infusion")),
                 infusion]
                + _ward_bags(plan)
                + common.line_and_filter(plan.line_requirements)
                # Both arms share the plan, so its findings (and their typed reasons, e.g. the
                # anticoagulation decision the bedside checklist asks for) tell nothing of the arm.
                + common.findings(plan.findings)
                # The preparer's name stays off the ward sheet: in a small pharmacy it could tell the arm.
                + common.bedside(plan.duration, prepared_by="", extra_checklist=plan.protocol.checklist))
    return Document(
        audience="ward", title=f"Blinded infusion sheet {code}", subject=protocol.name,
        heading=T("Code {code}", code=code),
        footer=T("mscprep {version} · code {code} · protocol {protocol}", version=__version__, code=code,
                 protocol=protocol.id),
        plan_id=code, findings=plan.findings, sections=tuple(sections),
        labels=tuple(ward_label(plan, code, blinding, container) for container in plan.containers),
        clock=common.clock_of(plan), identity_missing=identity_missing)


def pharmacy_document(plan, code: str, arm: str, blinding, plan_id: str, identity_missing: tuple[str, ...]) -> Document:
    """The unblinded pharmacy copy: the arm and how to prepare it. It never goes to the
    ward and prints no label (the blinded label is the only one). `plan_id` is the blinded
    preparation's own, as in its JSON and record."""
    banner = T("UNBLINDED PHARMACY COPY - {code}: {arm}", words={"arm": arm.upper()}, code=code)
    if arm == "active":
        return replace(sheet_document(plan, banner=banner, with_labels=False, plan_id=plan_id,
                                      identity_missing=identity_missing), audience="pharmacy")
    diluent = app_defaults().diluent_label(blinding.placebo, blinding.placebo)
    measured = measure(plan.final_volume) if plan.fills else None   # volumes no preparation can have: not measured
    steps = [T("Prepare {volume} of {diluent} (no cells).", words={"diluent": diluent},
               volume=display.quantity(measured.volume if measured else plan.final_volume, ML, 4))]
    if plan.bags:
        steps.append(T("Divide into {n} bags of {volume} each.", n=len(plan.bags),
                       volume=display.quantity(plan.bags[0].final_volume, ML, 4)))
        steps.append(T("Label each bag with its blinded label only. Keep this sheet in the pharmacy."))
    else:
        steps.append(T("Label the bag with the blinded label only. Keep this sheet in the pharmacy."))
    sections = [
        Title(T("Pharmacy preparation - blinded trial")),
        Paragraph(T("Code {code}: PLACEBO", code=code), "warn"),
        Paragraph(T("Patient: {name} ({id})", name=plan.identity.patient_name or "—",
                    id=plan.identity.patient_id or "—"), "bold"),
        Steps(tuple(steps)),
        Paragraph(T("Appearance: {appearance}", appearance=blinding.appearance)),
        Paragraph(T("Rate: {rate}; Duration: {duration}; Use by: {use_by}",
                    rate=f"{display.quantity(plan.rate, ML_PER_MIN)} = {display.quantity(plan.rate, ML_PER_H)}",
                    duration=display.duration(plan.duration), use_by=display.clock(plan.use_by))),
        Paragraph(blinding.source, "small"),
        *common.findings(plan.findings),
        common.intended_use(),
    ]
    return Document(
        audience="pharmacy", title=f"Pharmacy copy {code}", subject=plan.protocol.name,
        heading=T("Code {code}", code=code),
        footer=T("mscprep {version} · code {code} · plan {plan} · UNBLINDED", version=__version__, code=code,
                 plan=plan_id),
        plan_id=plan_id, findings=plan.findings, sections=tuple(sections), banner=banner,
        clock=common.clock_of(plan), identity_missing=identity_missing)
