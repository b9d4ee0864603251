"""The plan as plain data (the JSON contract of CONTRACT.md, plus added keys).

Quantities become {"value": unrounded number, "unit": unit}; absent values are null.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict

from .model import Plan
from .units import (CELL, CELL_PER_KG, CELL_PER_KG_MIN, CELL_PER_ML, DROP_PER_MIN, G, G_PER_KG,
                    MIN, ML, ML_PER_H, ML_PER_MIN)

# key -> (plan attribute, unit, unit text); the first block is the contract's.
QUANTITY_KEYS = (
    ("dose", "dose", CELL, "cell"),
    ("dose_per_kg", "dose_per_kg", CELL_PER_KG, "cell/kg"),
    ("total_concentration", "total_concentration", CELL_PER_ML, "cell/mL"),
    ("viable_concentration", "viable_concentration", CELL_PER_ML, "cell/mL"),
    ("volume_to_draw", "volume_to_draw", ML, "mL"),
    ("diluent_volume", "diluent_volume", ML, "mL"),
    ("final_volume", "final_volume", ML, "mL"),
    ("final_concentration", "final_concentration", CELL_PER_ML, "cell/mL"),
    ("rate", "rate", ML_PER_MIN, "mL/min"),
    ("duration", "duration", MIN, "min"),
    ("cell_rate", "cell_rate", CELL_PER_KG_MIN, "cell/kg/min"),
    ("dmso", "dmso", G_PER_KG, "g/kg"),
    # added keys
    ("dose_requested", "dose_requested", CELL, "cell"),
    ("rate_per_hour", "rate", ML_PER_H, "mL/h"),
    ("drip_rate", "drip_rate", DROP_PER_MIN, "drop/min"),
    ("product_rate", "product_rate", ML_PER_MIN, "mL/min"),
    ("diluent_rate", "diluent_rate", ML_PER_MIN, "mL/min"),
    ("dmso_mass", "dmso_mass", G, "g"),
)


def quantity_json(quantity, unit, unit_text: str):
    if quantity is None:
        return None
    return {"value": float(quantity.m_as(unit)), "unit": unit_text}


def identifier(entered: dict, protocol, computed_at) -> str:
    """A short identifier of a plan: the inputs as used, the protocol and the time."""
    material = json.dumps({"entered": entered, "protocol": protocol.id, "version": protocol.version,
                           "at": computed_at.isoformat()}, sort_keys=True)
    return "P-" + hashlib.sha256(material.encode()).hexdigest()[:12].upper()


def plan_identifier(plan: Plan) -> str:
    return identifier(plan.inputs.entered, plan.inputs.protocol, plan.computed_at)


def plan_to_dict(plan: Plan) -> dict:
    data: dict = {key: quantity_json(getattr(plan, attribute), unit, text)
                  for key, attribute, unit, text in QUANTITY_KEYS}
    inputs = plan.inputs
    data.update({
        "viability": plan.viability,
        "use_by": plan.use_by.isoformat() if plan.use_by else None,
        "latest_start": plan.latest_start.isoformat() if plan.latest_start else None,
        "din": inputs.identity.din or None,
        "findings": [{"code": f.code, "severity": f.severity.value, "message": f.message,
                      "limit": f.limit, "source": f.source, "override_reason": f.override_reason}
                     for f in plan.findings],
        "blocked": plan.blocked,
        "reasons_missing": [f.code for f in plan.reasons_missing],
        "basis": inputs.basis,
        "plan_id": plan_identifier(plan),
        "computed_at": plan.computed_at.isoformat(),
        "protocol": {"id": inputs.protocol.id, "name": inputs.protocol.name,
                     "version": inputs.protocol.version, "reference": inputs.protocol.reference},
        "hemocytometer": asdict(plan.hemocytometer) if plan.hemocytometer else None,
        "line_requirements": list(plan.line_requirements),
        "inputs": dict(inputs.entered),
        "defaulted": sorted(inputs.defaulted),
        "trace": [asdict(line) for line in plan.trace],
        "route": inputs.protocol.route,
        "bags": [{"number": bag.number, "of": bag.of,
                  "cells": quantity_json(bag.cells, CELL, "cell"),
                  "volume_to_draw": quantity_json(bag.volume_to_draw, ML, "mL"),
                  "diluent_volume": quantity_json(bag.diluent_volume, ML, "mL"),
                  "final_volume": quantity_json(bag.final_volume, ML, "mL"),
                  "rate": quantity_json(plan.rate, ML_PER_MIN, "mL/min"),
                  "duration": quantity_json(bag.duration, MIN, "min"),
                  "latest_start": bag.latest_start.isoformat() if bag.latest_start else None}
                 for bag in plan.bags],
        "course": None if plan.course is None else {
            "dose_number": plan.course.dose_number, "doses": plan.course.doses,
            "next_doses": [moment.isoformat() for moment in plan.course.next_doses],
            "since_previous": quantity_json(plan.course.since_previous, MIN, "min")},
    })
    return data


def aliquot_plan_to_dict(plan) -> dict:
    """A nebulized plan: the contract's keys are present and null (no cells, no infusion)."""
    data: dict = {key: None for key, *_ in QUANTITY_KEYS}
    data.update({
        "viability": None, "use_by": None, "latest_start": None, "din": None,
        "findings": [{"code": f.code, "severity": f.severity.value, "message": f.message, "limit": f.limit,
                      "source": f.source, "override_reason": f.override_reason} for f in plan.findings],
        "blocked": plan.blocked, "reasons_missing": [f.code for f in plan.reasons_missing],
        "route": plan.protocol.route,
        "protocol": {"id": plan.protocol.id, "name": plan.protocol.name, "version": plan.protocol.version,
                     "reference": plan.protocol.reference},
        "aliquots": {"count": plan.count, "dose_volume": quantity_json(plan.dose_volume, ML, "mL"),
                     "fill_volume": quantity_json(plan.fill_volume, ML, "mL"),
                     "total_volume": quantity_json(plan.total_volume, ML, "mL"),
                     "storage": plan.protocol.aliquots.storage, "thaw": plan.protocol.aliquots.thaw},
        "calendar": [{"dose": number, "at": moment.isoformat()} for number, moment in plan.calendar],
        "computed_at": plan.computed_at.isoformat(),
        "plan_id": identifier(plan.entered, plan.protocol, plan.computed_at),
        "inputs": dict(plan.entered),
    })
    return data


def placebo_to_dict(plan) -> dict:
    """The placebo arm in the contract's shape: no cells, the whole volume is diluent."""
    zero_cells, zero_volume = 0 * CELL, 0 * ML
    data: dict = {key: None for key, *_ in QUANTITY_KEYS}
    data.update({
        "dose": quantity_json(zero_cells, CELL, "cell"), "volume_to_draw": quantity_json(zero_volume, ML, "mL"),
        "diluent_volume": quantity_json(plan.final_volume, ML, "mL"),
        "final_volume": quantity_json(plan.final_volume, ML, "mL"),
        "final_concentration": {"value": 0.0, "unit": "cell/mL"},
        "rate": quantity_json(plan.rate, ML_PER_MIN, "mL/min"), "rate_per_hour": quantity_json(plan.rate, ML_PER_H, "mL/h"),
        "duration": quantity_json(plan.duration, MIN, "min"), "cell_rate": {"value": 0.0, "unit": "cell/kg/min"},
        "viability": None, "use_by": plan.use_by.isoformat() if plan.use_by else None,
        "latest_start": plan.latest_start.isoformat() if plan.latest_start else None, "din": None,
        "findings": [], "blocked": False, "reasons_missing": [], "route": plan.protocol.route,
        "diluent": plan.diluent, "computed_at": plan.computed_at.isoformat(), "inputs": dict(plan.entered),
        "plan_id": identifier(plan.entered, plan.protocol, plan.computed_at),
        "protocol": {"id": plan.protocol.id, "name": plan.protocol.name, "version": plan.protocol.version,
                     "reference": plan.protocol.reference},
    })
    return data


def to_dict(plan) -> dict:
    from .blinding import BlindedPreparation, PlaceboPlan
    if isinstance(plan, BlindedPreparation):
        data = to_dict(plan.plan)
        data["blinded"] = {"code": plan.code, "arm": plan.arm,
                           "note": "unblinded pharmacy data: the arm is never printed for the ward"}
        return data
    if isinstance(plan, PlaceboPlan):
        return placebo_to_dict(plan)
    return plan_to_dict(plan) if isinstance(plan, Plan) else aliquot_plan_to_dict(plan)

