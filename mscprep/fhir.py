"""A saved record as an HL7 FHIR R4 Bundle (JSON), for the hospital's systems.

The Bundle (type "collection") holds the prepared product as a Medication (the ISBT 128 DIN
as its identifier and lot, the cell count as the strength per final volume, expiry =
use-by), a MedicationDispense in status "preparation" (prepared, not yet handed over nor
given; "in-progress" once released, "declined" when blocked), and one Provenance each for
the preparer, the independent checker and the weighing. The patient is referred to by
identifier only. Everything comes from the stored record: the export never recomputes.

Deterministic: resource ids are UUIDs derived from the record id and version, keys are
sorted, so the same record always gives the same bytes.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime

# Identifier systems. The DIN's is ICCBBA's URI for the data element; the patient's and the
# record's are this program's own namespace: a site maps them to its own systems.
DIN_SYSTEM = "https://www.isbt128.org/uri/DIN"
PATIENT_SYSTEM = "urn:mscprep:patient-id"
RECORD_SYSTEM = "urn:mscprep:record"
UCUM = "http://unitsofmeasure.org"
PARTICIPANT = "http://terminology.hl7.org/CodeSystem/provenance-participant-type"
_NAMESPACE = uuid.UUID("6f0d7c8e-3b1a-5e0c-9a53-4d1e2f6b7c11")


def _uuid(record, part: str) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'{record.record_id}/{record.version}/{part}')}"


def _quantity(value: dict | None, unit_text: str, code: str) -> dict | None:
    if not value:
        return None
    return {"value": _number(value["value"]), "unit": unit_text, "system": UCUM, "code": code}


def _number(value: float):
    """Numbers as JSON: whole numbers without a fraction, others with up to 10 significant digits."""
    rounded = float(f"{value:.10g}")
    return int(rounded) if rounded == int(rounded) and abs(rounded) < 1e15 else rounded


def _instant(text: str) -> str:
    return datetime.fromisoformat(text).isoformat(timespec="seconds")


def _drop_empty(value):
    if isinstance(value, dict):
        cleaned = {key: _drop_empty(item) for key, item in value.items()}
        return {key: item for key, item in cleaned.items() if item not in (None, [], {}, "")}
    if isinstance(value, list):
        return [item for item in (_drop_empty(entry) for entry in value) if item not in (None, [], {}, "")]
    return value


def bundle(record, *, verified_by: str | None = None, check: dict | None = None, weighing: dict | None = None,
           final: bool = False) -> dict:
    """The Bundle as plain data. `check`: the verifying double check (checker, at_utc);
    `weighing`: the last weighing (operator, at_utc, measured_ml, deviation, within);
    `final`: the release rule says the product may be released."""
    plan = record.plan
    patient = {"identifier": {"system": PATIENT_SYSTEM, "value": record.patient_id},
               "display": record.patient_name} if record.patient_id else {"display": record.patient_name or "unknown"}
    medication_url, dispense_url = _uuid(record, "medication"), _uuid(record, "dispense")
    product = f"Mesenchymal stromal cells for {plan.get('route', 'intravenous')} use" + (
        f" ({record.protocol_id})" if record.protocol_id and record.protocol_id != "none" else "")
    medication = {
        "resourceType": "Medication", "id": medication_url.rsplit(":", 1)[1],
        "identifier": [{"system": DIN_SYSTEM, "value": record.din,
                        "type": {"text": "ISBT 128 Donation Identification Number"}}] if record.din else [],
        "code": {"text": product},
        "status": "active",
        "amount": {"numerator": _quantity(plan.get("final_volume"), "mL", "mL"),
                   "denominator": {"value": 1, "unit": "bag", "system": UCUM, "code": "{bag}"}}
        if plan.get("final_volume") else None,
        "ingredient": [{"itemCodeableConcept": {"text": "mesenchymal stromal cells"}, "isActive": True,
                        "strength": {"numerator": _quantity(plan.get("dose"), "cells", "{cells}"),
                                     "denominator": _quantity(plan.get("final_volume"), "mL", "mL")}}]
        if plan.get("dose") else [],
        "batch": {"lotNumber": record.din or None,
                  "expirationDate": _instant(plan["use_by"]) if plan.get("use_by") else None},
    }
    status = "declined" if record.blocked else "in-progress" if final else "preparation"
    dose_and_rate = {"doseQuantity": _quantity(plan.get("final_volume"), "mL", "mL"),
                     "rateQuantity": _quantity(plan.get("rate"), "mL/min", "mL/min")}
    dispense = {
        "resourceType": "MedicationDispense", "id": dispense_url.rsplit(":", 1)[1],
        "identifier": [{"system": RECORD_SYSTEM, "value": f"{record.record_id}/{record.version}"}],
        "status": status,
        "statusReasonCodeableConcept": {"text": "blocked by a hard finding: not for administration"}
        if record.blocked else None,
        "medicationReference": {"reference": medication_url},
        "subject": patient,
        "performer": [{"actor": {"display": record.operator}}],
        "quantity": _quantity(plan.get("final_volume"), "mL", "mL"),
        "whenPrepared": _instant(record.created_utc),
        "dosageInstruction": [{"text": _dosage_text(plan), "route": {"text": plan.get("route", "intravenous")},
                               "doseAndRate": [dose_and_rate]}],
        "note": [{"text": f"plan {record.plan_id}; protocol {record.protocol_id} version {record.protocol_version}"}],
    }
    targets = [{"reference": dispense_url}, {"reference": medication_url}]
    provenances = [_provenance(record, "prepared", record.created_utc, "author", record.operator,
                               "preparation and calculation saved", targets)]
    if verified_by and check:
        provenances.append(_provenance(record, "checked", check["at_utc"], "verifier", verified_by,
                                       "independent double check: every result agrees", targets))
    if weighing:
        verdict = "within tolerance" if weighing["within"] else "OUT OF TOLERANCE"
        provenances.append(_provenance(
            record, "weighed", weighing["at_utc"], "performer", weighing["operator"],
            f"gravimetric check: {_number(weighing['measured_ml'])} mL measured "
            f"({weighing['deviation']:+.1%}), {verdict}", targets))
    resources = [medication, dispense, *provenances]
    urls = [medication_url, dispense_url] + [_uuid(record, p["id"]) for p in provenances]
    for url, resource in zip(urls, resources):
        resource["id"] = url.rsplit(":", 1)[1]
    data = {"resourceType": "Bundle", "id": _uuid(record, "bundle").rsplit(":", 1)[1], "type": "collection",
            "identifier": {"system": RECORD_SYSTEM, "value": f"{record.record_id}/{record.version}"},
            "timestamp": _instant(record.created_utc),
            "entry": [{"fullUrl": url, "resource": resource} for url, resource in zip(urls, resources)]}
    return _drop_empty(data)


def _dosage_text(plan: dict) -> str:
    parts = []
    if plan.get("final_volume"):
        parts.append(f"{_number(plan['final_volume']['value'])} mL")
    if plan.get("rate"):
        parts.append(f"at {_number(plan['rate']['value'])} mL/min")
    if plan.get("duration"):
        parts.append(f"over {_number(plan['duration']['value'])} min")
    return " ".join(parts) or "see the preparation sheet"


def _provenance(record, part: str, at: str, role: str, who: str, activity: str, targets: list) -> dict:
    return {"resourceType": "Provenance", "id": part, "target": targets, "recorded": _instant(at),
            "activity": {"text": activity},
            "agent": [{"type": {"coding": [{"system": PARTICIPANT, "code": role}]}, "who": {"display": who}}]}


def bundle_json(data: dict) -> str:
    return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def export_record(store, record) -> str:
    """The record's Bundle as JSON text, with its check and weighing from the store."""
    from .documents.status import document_release
    store.prove(record)       # a record that does not match its chain is never exported
    status = store.status(record)
    checks = [check for check in store.checks(record) if check["matched"]]
    weighings = store.weighings(record)
    state = store.record_state(record)
    # As saved (not as of today): the same record exports the same bytes.
    final = document_release(record.document(), state).final if record.documents else False
    return bundle_json(bundle(record, verified_by=status.verified_by, check=checks[-1] if checks else None,
                              weighing=weighings[-1] if weighings else None, final=final))


def write_record(store, record, path):
    """Write the record's Bundle to `path` (owner-only, atomic); returns private_files.Written."""
    from .private_files import write_private
    return write_private(path, export_record(store, record))
