"""A donation identification number belongs to one donation, given to one patient: the same
DIN already in the records for another patient is a hard finding (a mixed-up bag, or a label
scanned from the wrong product). Every container's DIN counts, on both sides: this
preparation's first container and the others of a thaw of several, against the DIN and the
other containers' DINs of every record (issue 24). The one rule, asked by the window's
session (mscprep.session) and by the command line (`plan --db/--save`, `sheet --db`, `label`)."""

from __future__ import annotations

import json

from ..preparation.findings import Finding, make


def _same_patient(one: str, other: str) -> bool:
    return one.strip().upper() == other.strip().upper()


def preparation_dins(preparation) -> tuple[str, ...]:
    """Every container's DIN of a preparation (13 characters, first container first, once each)."""
    identity = preparation.identity
    dins = [identity.din or ""] + list(getattr(identity, "container_dins", ()) or ())
    return tuple(dict.fromkeys(din.strip().upper()[:13] for din in dins if din and din.strip()))


def recorded_dins(din: str, inputs_json: str | None) -> set[str]:
    """Every container's DIN a stored record names: its DIN column and its other containers'
    DINs as typed or scanned in its inputs (an unreadable text names none)."""
    from ..din import parse_dins
    from ..errors import InputError
    found = {din.strip().upper()[:13]} if din and din.strip() else set()
    try:
        inputs = json.loads(inputs_json or "{}")
        found |= {other[:13] for other in parse_dins(str(inputs.get("container_dins") or ""))}
    except (ValueError, InputError, AttributeError):
        pass
    return found


def din_reuse_findings(store, preparation, record_id: str | None = None) -> tuple[Finding, ...]:
    """The hard finding when any of the preparation's containers' DINs is recorded for
    another patient (the records' newest versions; `record_id`: the record this
    preparation is a version of, never counted against itself)."""
    if store is None:
        return ()
    patient = preparation.identity.patient_id or ""
    dins = preparation_dins(preparation)
    candidates = [(found_id, recorded_dins(other_din or "", inputs))
                  for found_id, other_patient, other_din, inputs in store.records_naming_dins(dins, patient.strip(),
                                                                                               record_id)
                  if found_id != record_id and not _same_patient(other_patient or "", patient)]
    found = []
    for din in dins:
        others = sorted({found_id for found_id, named in candidates if din in named})
        if others:
            found.append(make("din_used_for_other_patient", "DIN {din} is already recorded for another patient "
                              "(record {records}): check the container and the patient before going on.",
                              source="ISBT 128: one DIN identifies one donation", din=din,
                              records=", ".join(others[:3])))
    return tuple(found)


def with_din_reuse(store, preparation, record_id: str | None = None):
    """The preparation with its DIN-reuse finding, if any (the same preparation without one):
    what the window's session and the command line both show, print and save."""
    extra = din_reuse_findings(store, preparation, record_id)
    return preparation.with_findings(extra) if extra else preparation
