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
    from ..din import parse_dins
    from ..errors import InputError
    identity = preparation.identity
    dins = [(identity.din or "").strip().upper()]
    try:   # the other containers of a thaw of several
        dins += list(parse_dins(preparation.entered.get("container_dins", "") or ""))
    except InputError:
        pass
    if store is None:
        return ()
    found = []
    for din in dict.fromkeys(din[:13] for din in dins if din):
        others = sorted({summary.record_id for summary in store.search(din=din, limit=50)
                         if summary.record_id != record_id and summary.din.strip().upper()[:13] == din
                         and not _same_patient(summary.patient_id, identity.patient_id or "")})
        if others:
            found.append(make("din_used_for_other_patient", "DIN {din} is already recorded for another patient "
                              "(record {records}): check the container and the patient before going on.",
                              source="ISBT 128: one DIN identifies one donation", din=din,
                              records=", ".join(others[:3])))
    return tuple(found)
