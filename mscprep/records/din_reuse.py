"""A donation identification number belongs to one donation, given to one patient: the same
DIN already in the records for another patient is a hard finding (a mixed-up bag, or a label
scanned from the wrong product). Asked of the record store whenever a preparation with a
DIN is shown or saved from a session (mscprep.session)."""

from __future__ import annotations

from ..preparation.findings import Finding, make


def _same_patient(one: str, other: str) -> bool:
    return one.strip().upper() == other.strip().upper()


def din_reuse_findings(store, preparation, record_id: str | None = None) -> tuple[Finding, ...]:
    """The hard finding when the preparation's DIN is recorded for another patient (the
    records' newest versions; `record_id`: the record this preparation is a version of,
    never counted against itself)."""
    identity = preparation.identity
    din = (identity.din or "").strip().upper()
    if store is None or not din:
        return ()
    others = sorted({summary.record_id for summary in store.search(din=din[:13], limit=50)
                     if summary.record_id != record_id and summary.din.strip().upper()[:13] == din[:13]
                     and not _same_patient(summary.patient_id, identity.patient_id or "")})
    if not others:
        return ()
    return (make("din_used_for_other_patient", "DIN {din} is already recorded for another patient (record "
                 "{records}): check the container and the patient before going on.",
                 source="ISBT 128: one DIN identifies one donation", din=din[:13], records=", ".join(others[:3])),)
