"""Whose product, for whom: the identity a preparation needs before anyone may call it ready.

One rule for the window, the sheet and the command line. A plan can be computed without a
patient (a calculation is still useful), but it is not ready to prepare, save as final or
label until the identity is complete:
- the patient's name and ID, always;
- the DIN (ISBT 128 donation identification) when the product has one: an allogeneic cell
  product given intravenously comes from a donation, an autologous one or a nebulized
  secretome aliquot does not carry one;
- the thaw time for a thawed product (it contains DMSO, or a stability window counts from
  thaw), because the use-by time counts from it.
"""

from __future__ import annotations

from ..errors import InputError
from ..form.fields import field

PATIENT = ("patient_name", "patient_id")


def _has_dmso(entered) -> bool:
    text = entered.get("dmso", "")
    if not text.strip():
        return False
    try:
        return field("dmso").parse(text) > 0
    except InputError:
        return False


def needs_din(preparation) -> bool:
    return preparation.infusion is not None and preparation.identity.donor == "allogeneic"


def needs_thaw_time(preparation) -> bool:
    return preparation.infusion is not None and ("stability" in preparation.limits
                                                 or _has_dmso(preparation.entered))


def missing_identity(preparation) -> tuple[str, ...]:
    """The identity fields (form keys) still empty, in form order."""
    identity = preparation.identity
    missing = [key for key in PATIENT if not getattr(identity, key).strip()]
    if needs_din(preparation) and not identity.din:
        missing.append("din")
    if needs_thaw_time(preparation) and not preparation.entered.get("thawed_at", "").strip():
        missing.append("thawed_at")
    return tuple(missing)
