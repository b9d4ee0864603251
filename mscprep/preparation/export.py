"""Plain-data helpers for every kind's JSON form (CONTRACT.md keys plus added ones).

Quantities become {"value": unrounded number, "unit": unit}; absent values are null. The
keys every kind shares (findings, status, identity of the plan) are written here once.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from .. import clock
from ..errors import InputError
from .release import status_of


def quantity_json(quantity, unit, unit_text: str):
    if quantity is None:
        return None
    return {"value": float(quantity.m_as(unit)), "unit": unit_text}


def moment(value: datetime | None) -> str | None:
    return clock.iso(value)


def identifier(entered: dict, protocol, computed_at: datetime) -> str:
    """A short identifier of a plan: the inputs as used, the protocol and the time."""
    material = json.dumps({"entered": entered, "protocol": protocol.id, "version": protocol.version,
                           "at": clock.iso(computed_at)}, sort_keys=True)
    return "P-" + hashlib.sha256(material.encode()).hexdigest()[:12].upper()


def finding_json(finding) -> dict:
    return {"code": finding.code, "severity": finding.severity.value, "message": finding.message,
            "limit": finding.limit, "source": finding.source, "override_reason": finding.override_reason,
            "releasable": finding.releasable}


def common_keys(preparation) -> dict:
    """What every kind's JSON says the same way: status, findings, protocol, inputs."""
    protocol = preparation.protocol
    status = status_of(preparation)
    return {
        "kind": preparation.kind,
        "route": protocol.route,
        "findings": [finding_json(finding) for finding in preparation.findings],
        "blocked": status.blocked,
        "reasons_missing": [finding.code for finding in status.reasons_missing],
        "identity_missing": list(status.identity_missing),
        "status": status.status.value,
        "plan_id": preparation.plan_id,
        "computed_at": moment(preparation.computed_at),
        "time_zone": clock.zone_name(),
        "protocol": {"id": protocol.id, "name": protocol.name, "version": protocol.version,
                     "reference": protocol.reference},
        "inputs": dict(preparation.entered),
        "reasons": dict(preparation.reasons),
    }


def require_audience(preparation, audience: str | None) -> str:
    """The audience asked for, or the preparation's first; an input error if it has none such."""
    if audience is None:
        return preparation.audiences[0]
    if audience not in preparation.audiences:
        raise InputError("pharmacy_sheet" if audience == "pharmacy" else "audience",
                         f"a {preparation.kind} preparation prints no {audience} copy "
                         "(only blinded trial preparations have a ward and a pharmacy copy)")
    return audience
