"""Whose product, for whom: the identity a preparation needs before it may be released.

A plan can be computed without a patient (a calculation is still useful), but the release
rule (release.py) keeps it NOT READY, and prints no label, until the identity its kind
requires is complete (each kind says which in `identity_required`):
- the patient's name and ID, always;
- the DIN (ISBT 128 donation identification) of an allogeneic intravenous product, which
  comes from a donation; an autologous product, a nebulized secretome aliquot and the
  ward's side of a blinded trial (whose placebo has none) do not carry one;
- the diluent, when the plan adds one (a bag whose fluid is not named is not a plan);
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
        if containers_thawed(plan) > 1:
            keys.append("container_dins")   # one DIN per container thawed
    if plan.inputs.thawed:
        keys.append("thawed_at")
    if plan.inputs.diluent is None and adds_diluent(plan):
        keys.append("diluent")
    return tuple(keys)


def adds_diluent(plan) -> bool:
    """Whether the plan adds a diluent (in the bag, in line, or to each container): then it
    must say which, or it is incomplete (a label cannot say what the bag holds)."""
    if plan.inputs.method.kind in ("dilute_each_then_draw", "into_infusion_bag"):
        return True
    diluent = getattr(plan, "diluent_volume", None)
    return diluent is not None and diluent.magnitude > 1e-9


def containers_thawed(plan) -> int:
    """How many containers the plan thaws (1 when it says nothing of containers)."""
    use = getattr(plan, "container_use", None)
    return use.count if use is not None else 1


def container_dins_needed(preparation) -> int:
    """DINs still owed for the containers after the first (0 when none is required)."""
    if "container_dins" not in preparation.identity_required:
        return 0
    plan = getattr(preparation, "plan", preparation)
    return containers_thawed(plan) - 1


def container_dins_given(preparation) -> int:
    from ..din import parse_dins
    from ..errors import InputError
    try:
        return len(parse_dins(preparation.entered.get("container_dins", "") or ""))
    except InputError:
        return 0


def missing_identity(preparation) -> tuple[str, ...]:
    """The identity fields (form keys) the preparation requires and still lacks, in form order.
    The other containers' DINs are complete only when there is exactly one for each."""
    identity = preparation.identity
    needed = container_dins_needed(preparation)
    have = {"patient_name": identity.patient_name, "patient_id": identity.patient_id, "din": identity.din,
            "thawed_at": preparation.entered.get("thawed_at", ""),
            "diluent": getattr(getattr(preparation, "inputs", None), "diluent", None) or "",
            "container_dins": "yes" if needed and container_dins_given(preparation) == needed else ""}
    return tuple(key for key in preparation.identity_required if not str(have.get(key) or "").strip())
