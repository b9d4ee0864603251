"""The nebulized product's sheet: aliquots, storage, thaw, the dosing calendar with boxes,
and one label per aliquot."""

from __future__ import annotations

import json

from .. import __version__, clock, display
from ..units import ML
from . import common
from ..preparation.identity import missing_identity
from .model import Checks, Document, Heading, LabelContent, Paragraph, T, Table, Title, as_text


def aliquot_label(plan, container) -> LabelContent:
    identity = plan.identity
    qr = json.dumps({"plan": plan.plan_id, "aliquot": f"{container.number}/{container.of}",
                     "patient_id": identity.patient_id or None, "due": clock.iso(container.due),
                     "protocol": f"{plan.protocol.id} v{plan.protocol.version}"},
                    separators=(",", ":"), ensure_ascii=False)
    return LabelContent(
        heading=T("For nebulization only · {protocol}", protocol=plan.protocol.name),
        patient_name=identity.patient_name, patient_line=T("ID {id}", id=identity.patient_id or "—"),
        lines=(T("Aliquot {k} of {n}: {volume}", k=container.number, n=container.of,
                 volume=display.quantity(container.volume, ML, 4)),
               T("Dose at {when}", when=display.clock(container.due))),
        shows_use_by=False, qr=qr, under_qr=(plan.plan_id,) + ((identity.product_code,) if identity.product_code else ()),
        storage=plan.protocol.aliquots.storage, footer=T("NOT FOR INTRAVENOUS USE"), footer_alert=True,
        **common.isbt_label_fields(identity))


def aliquot_document(plan) -> Document:
    protocol, identity, schedule = plan.protocol, plan.identity, plan.protocol.aliquots
    facts = common.identity_facts([
        ("Patient", identity.patient_name), ("Patient ID", identity.patient_id),
        ("Product code", identity.product_code), ("Prepared by", identity.prepared_by),
        ("Protocol", f"{protocol.name} [{protocol.id} v{protocol.version}]"),
        ("Route", T("nebulized: no filter, no infusion rate"))])
    calendar = Table(tuple(T(head) for head in ("Dose", "Planned", "Thawed at", "Given at", "Initials")),
                     tuple((str(number), display.clock(moment), "", "", "") for number, moment in plan.calendar),
                     (0.1, 0.3, 0.2, 0.2, 0.2), row_height=7)
    sections = ([Title(T("Nebulized product: aliquot plan and dosing calendar")), facts,
                 Paragraph(T("Protocol source: {source}", source=protocol.reference), "small"),
                 common.intended_use(),
                 Heading(T("Aliquots"))]
                + [Paragraph(T("{label}: {value}", words={"label": row.label, "value": as_text(row.value)}), "bold")
                   if getattr(row.value, "template", None) else
                   Paragraph(T("{label}: {value}", words={"label": row.label}, value=row.value), "bold")
                   for row in plan.rows()]
                + [Paragraph(T("Storage: {text}", text=schedule.storage)), Paragraph(T("Thaw: {text}", text=schedule.thaw)),
                   Paragraph(schedule.source, "small")]
                + common.findings(plan.findings)
                + [Heading(T("Checks")), Checks()]
                + [Heading(T("Dosing calendar")), calendar]
                + common.signatures(identity.prepared_by, roles=("prepared", "checked")))
    return Document(
        audience="sheet", title="Nebulized aliquot plan", subject=protocol.name,
        heading=T("protocol {protocol}", protocol=protocol.id),
        footer=T("mscprep {version} · plan {plan} · protocol {protocol} · computed {computed}",
                 version=__version__, plan=plan.plan_id, protocol=f"{protocol.id} v{protocol.version}",
                 computed=display.clock(plan.computed_at)),
        plan_id=plan.plan_id, findings=plan.findings, sections=tuple(sections),
        labels=tuple(aliquot_label(plan, container) for container in plan.containers),
        identity_missing=missing_identity(plan))

