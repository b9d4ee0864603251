"""One entry for every kind of preparation: the protocol's route decides whether the form
becomes an intravenous plan or a nebulized aliquot plan. CLI, GUI and self-test call this."""

from __future__ import annotations

from datetime import datetime

from .aliquots import AliquotPlan, compute_aliquot_plan
from .blinding import BlindedPreparation, prepare_blinded
from .calculation import compute_plan
from .inputs import build_inputs
from .model import Plan
from .protocols import ProtocolSet, find_protocol


def prepare(raw: dict, protocols: ProtocolSet | None = None,
            now: datetime | None = None) -> Plan | AliquotPlan | BlindedPreparation:
    protocol = protocols.get(raw.get("protocol")) if protocols is not None else find_protocol(raw.get("protocol"))
    if protocol.route == "nebulized":
        return compute_aliquot_plan(raw, protocol, now)
    if raw.get("randomisation_code") or raw.get("randomisation_list"):
        return prepare_blinded(raw, protocol, protocols, now)
    return compute_plan(build_inputs(raw, protocols), now)
