"""Blinded placebo for randomised double-blind trials.

The pharmacy's randomisation list (CSV: code,arm) says whether a code gets the cell product
or the placebo; the app prepares either, with the same final volume, rate and duration.
What is printed for the ward (the bedside sheet and the bag label) is built from a
BlindedView holding only what both arms share, so the two print identically; the
unblinded truth stays in the pharmacy's record and preparation sheet.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from . import parse
from .calculation import compute_plan
from .errors import InputError
from .fields import FIELD_BY_KEY
from .findings import Finding, Verdict
from .inputs import build_inputs
from .model import Identity, Plan
from .units import MIN, ML, ML_PER_MIN

ARMS = ("active", "placebo")


@dataclass(frozen=True)
class Blinding:
    """A protocol's [blinding] table."""
    placebo: str            # diluent key of the placebo, e.g. "saline"
    label_product: str      # what the label and bedside sheet call the product, for both arms
    appearance: str         # how both arms are made to look the same
    source: str


@dataclass(frozen=True)
class PlaceboPlan(Verdict):
    """The placebo arm: diluent only, in the volume, rate and duration of the active arm."""
    protocol: object
    identity: Identity
    computed_at: datetime
    weight: object
    final_volume: object
    rate: object
    duration: object
    diluent: str
    use_by: datetime | None
    latest_start: datetime | None
    entered: dict
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class BlindedView:
    """Everything the ward may see; the same for both arms by construction."""
    protocol_id: str
    protocol_name: str
    label_product: str
    code: str
    patient_name: str
    patient_id: str
    weight: object
    final_volume: object
    rate: object
    duration: object
    use_by: datetime | None
    latest_start: datetime | None
    line_requirements: tuple[str, ...]


@dataclass(frozen=True)
class BlindedPreparation:
    arm: str
    code: str
    plan: Plan | PlaceboPlan
    view: BlindedView

    @property
    def blocked(self) -> bool:
        return self.plan.blocked

    @property
    def findings(self):
        return self.plan.findings

    @property
    def reasons_missing(self):
        return self.plan.reasons_missing


def arm_for(code: str, list_path: str) -> str:
    """Look the code up in the pharmacy's randomisation list (CSV with columns code, arm)."""
    path = Path(list_path)
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as error:
        raise InputError("randomisation_list", f"cannot read {path}: {error.strerror}") from None
    except (UnicodeDecodeError, csv.Error):
        raise InputError("randomisation_list", f"{path} is not a CSV text file") from None
    if not rows or not {"code", "arm"} <= set(rows[0]):
        raise InputError("randomisation_list", f"{path} needs the columns code and arm")
    matches = [row for row in rows if row["code"].strip().upper() == code.strip().upper()]
    if len(matches) != 1:
        raise InputError("randomisation_code", f"'{code}' is {'not in' if not matches else 'more than once in'} "
                                               f"the randomisation list")
    arm = matches[0]["arm"].strip().lower()
    if arm not in ARMS:
        raise InputError("randomisation_list", f"arm '{arm}' for code {code} is not active or placebo")
    return arm


def _placebo(raw: dict, protocol, now: datetime) -> PlaceboPlan:
    errors, values = [], {}
    for key in ("patient_name", "patient_id", "prepared_by", "weight", "final_volume", "rate", "duration",
                "thawed_at", "stability"):
        text = raw.get(key) or protocol.defaults.get(key)
        if not text:
            continue
        try:
            values[key] = FIELD_BY_KEY[key].parse(str(text))
        except InputError as error:
            errors.append((key, error.message))
    for key, message in (("weight", "is required (patient body weight, e.g. 60 kg)"),
                         ("final_volume", "is required: a blinded protocol fixes the final volume")):
        if key not in values and key not in dict(errors):
            errors.append((key, message))
    if "rate" in values and "duration" in values:
        errors.append(("duration", "give one of rate or duration, not both"))
    elif "rate" not in values and "duration" not in values and "rate" not in dict(errors):
        errors.append(("rate", "a rate or a duration is required"))
    if errors:
        raise InputError.collected(errors)
    final = values["final_volume"].to(ML)
    if "rate" in values:
        rate = values["rate"].to(ML_PER_MIN)
        duration = (final / rate).to(MIN)
    else:
        duration = values["duration"].to(MIN)
        rate = (final / duration).to(ML_PER_MIN)
    stability = values.get("stability") or (protocol.limits["stability"].value if "stability" in protocol.limits
                                            else None)
    use_by = latest = None
    if values.get("thawed_at") is not None and stability is not None:
        use_by = values["thawed_at"] + timedelta(minutes=float(stability.m_as(MIN)))
        latest = use_by - timedelta(minutes=float(duration.m_as(MIN)))
    identity = Identity(patient_name=values.get("patient_name", ""), patient_id=values.get("patient_id", ""),
                        prepared_by=values.get("prepared_by", ""), source_tissue=protocol.source_tissue,
                        donor=protocol.donor)
    entered = {key: str(raw[key]) for key in raw if raw.get(key)}
    return PlaceboPlan(protocol, identity, now, values["weight"], final, rate, duration, protocol.blinding.placebo,
                       use_by, latest, entered)


def prepare_blinded(raw: dict, protocol, protocols=None, now: datetime | None = None) -> BlindedPreparation:
    now = now or datetime.now().astimezone()
    if protocol.blinding is None:
        raise InputError("randomisation_code", f"protocol {protocol.id} is not a blinded trial protocol")
    code = parse.parse_text(raw.get("randomisation_code"), "randomisation_code", max_length=40)
    if not raw.get("randomisation_list"):
        raise InputError("randomisation_list", "is required with a randomisation code (the pharmacy's CSV list)")
    arm = arm_for(code, raw["randomisation_list"])
    unblinding = {k: v for k, v in raw.items() if k not in ("randomisation_code", "randomisation_list")}
    if arm == "active":
        plan = compute_plan(build_inputs(unblinding, protocols), now)
        identity, weight = plan.inputs.identity, plan.inputs.weight
        final, rate, duration = plan.final_volume, plan.rate, plan.duration
        use_by, latest, lines = plan.use_by, plan.latest_start, plan.line_requirements
    else:
        plan = _placebo(unblinding, protocol, now)
        identity, weight = plan.identity, plan.weight
        final, rate, duration = plan.final_volume, plan.rate, plan.duration
        use_by, latest, lines = plan.use_by, plan.latest_start, protocol.line_requirements
    view = BlindedView(protocol.id, protocol.name, protocol.blinding.label_product, code.upper(),
                       identity.patient_name, identity.patient_id, weight, final, rate, duration, use_by, latest,
                       lines)
    return BlindedPreparation(arm, code.upper(), plan, view)
