"""Whose product, for whom: the identity a preparation needs before it may be released.

A plan can be computed without a patient (a calculation is still useful), but the release
rule (release.py) keeps it NOT READY, and prints no label, until the identity its kind
requires is complete (each kind says which in `identity_required`):
- the patient's name and ID, always;
- the DIN (ISBT 128 donation identification) of an allogeneic intravenous product, which
  comes from a donation; an autologous product, a nebulized secretome aliquot and the
  ward's side of a blinded trial (whose placebo has none) do not carry one;
- the thaw time of a thawed product (cryopreserved, or holding DMSO), from which its use-by
  counts, so that the label can carry its use-by time (a fresh product's counts from the
  end of preparation, entered or the moment it was computed, and kept in the record).
"""

from __future__ import annotations

PATIENT = ("patient_name", "patient_id")


def intravenous_identity(plan) -> tuple[str, ...]:
    """What an intravenous plan needs (the blinded kind drops the DIN)."""
    keys = list(PATIENT)
    if plan.identity.donor == "allogeneic":
        keys.append("din")
    if plan.inputs.thawed:
        keys.append("thawed_at")
    return tuple(keys)


def missing_identity(preparation) -> tuple[str, ...]:
    """The identity fields (form keys) the preparation requires and still lacks, in form order."""
    identity = preparation.identity
    have = {"patient_name": identity.patient_name, "patient_id": identity.patient_id, "din": identity.din,
            "thawed_at": preparation.entered.get("thawed_at", "")}
    return tuple(key for key in preparation.identity_required if not str(have.get(key) or "").strip())
