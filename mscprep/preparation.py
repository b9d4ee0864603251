"""One entry for every kind of preparation: the protocol's route decides whether the form
becomes an intravenous plan or a nebulized aliquot plan. CLI, GUI and self-test call this."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .aliquots import AliquotPlan, compute_aliquot_plan
from .blinding import BlindedPreparation, prepare_blinded
from .calculation import compute_plan
from .inputs import build_inputs
from .export import to_dict
from .model import Identity, Plan
from .protocols import ProtocolSet, find_protocol


def prepare(raw: dict, protocols: ProtocolSet | None = None,
            now: datetime | None = None) -> Plan | AliquotPlan | BlindedPreparation:
    protocol = protocols.get(raw.get("protocol")) if protocols is not None else find_protocol(raw.get("protocol"))
    if protocol.route == "nebulized":
        return compute_aliquot_plan(raw, protocol, now)
    if raw.get("randomisation_code") or raw.get("randomisation_list"):
        return prepare_blinded(raw, protocol, protocols, now)
    return compute_plan(build_inputs(raw, protocols), now)


@dataclass(frozen=True)
class Facts:
    """What a record keeps of any preparation, whatever its kind."""
    inputs: dict            # every field's text as used, and the protocol id
    identity: Identity
    protocol: object
    exported: dict          # the JSON form (to_dict), the unblinded truth included
    blocked: bool
    findings: tuple


def _kept(preparation):
    """(inputs as used with the protocol id, identity, protocol): cheap, no export."""
    if isinstance(preparation, BlindedPreparation):
        inputs, identity, protocol = _kept(preparation.plan)
        return dict(inputs, randomisation_code=preparation.code), identity, protocol
    if isinstance(preparation, Plan):
        protocol, identity, entered = preparation.inputs.protocol, preparation.inputs.identity, preparation.inputs.entered
    else:   # AliquotPlan or PlaceboPlan
        protocol, identity, entered = preparation.protocol, preparation.identity, preparation.entered
    inputs = dict(entered, protocol=protocol.id)
    inputs.pop("randomisation_list", None)   # where the list lives is not part of the record
    return inputs, identity, protocol


def record_inputs(preparation) -> dict:
    """The inputs a record keeps: compared on every keystroke, so without the export."""
    return _kept(preparation)[0]


def facts(preparation) -> Facts:
    inputs, identity, protocol = _kept(preparation)
    return Facts(inputs, identity, protocol, to_dict(preparation), preparation.blocked,
                 tuple(preparation.findings))
