"""Nebulized (not intravenous) products: an aliquot plan and a dosing calendar.

Seed 003 (nebulized MSC secretome, 2 mL twice daily for 5 days): the number of aliquots,
each filled with the dose plus the nebulizer's overfill, the total volume to prepare,
storage, the thaw schedule and the calendar of doses. No filter, rate or cell count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from . import findings
from .errors import InputError
from .fields import FIELD_BY_KEY
from .findings import Finding, Verdict
from .model import Identity
from .units import ML


@dataclass(frozen=True)
class AliquotSchedule:
    """A protocol's [aliquots] table."""
    dose_volume: object
    overfill: object
    doses_per_day: int
    days: int
    times: tuple[time, ...]
    storage: str
    thaw: str
    source: str


@dataclass(frozen=True)
class AliquotPlan(Verdict):
    protocol: object
    identity: Identity
    computed_at: datetime
    first_dose_at: datetime
    count: int
    dose_volume: object
    fill_volume: object
    total_volume: object
    available: object | None
    calendar: tuple[tuple[int, datetime], ...]     # (dose number, when)
    findings: tuple[Finding, ...]
    entered: dict


def first_slot(schedule: AliquotSchedule, now: datetime) -> datetime:
    """The next dosing time of day at or after `now`."""
    for day in range(2):
        for moment in schedule.times:
            candidate = datetime.combine(now.date() + timedelta(days=day), moment, tzinfo=now.tzinfo)
            if candidate >= now:
                return candidate
    return datetime.combine(now.date() + timedelta(days=1), schedule.times[0], tzinfo=now.tzinfo)


def calendar(schedule: AliquotSchedule, first: datetime, count: int) -> tuple[tuple[int, datetime], ...]:
    """Dose times: the protocol's times of day, from the first dose on, `count` doses."""
    moments = []
    day = first.date()
    while len(moments) < count:
        for moment in schedule.times:
            candidate = datetime.combine(day, moment, tzinfo=first.tzinfo)
            if candidate >= first and len(moments) < count:
                moments.append(candidate)
        day += timedelta(days=1)
    return tuple(enumerate(moments, start=1))


RELEVANT = ("protocol", "patient_name", "patient_id", "product_code", "prepared_by", "available", "first_dose_at",
            "overrides")


def compute_aliquot_plan(raw: dict, protocol, now: datetime | None = None) -> AliquotPlan:
    """The aliquot plan of a nebulized protocol; InputError names a bad field."""
    now = now or datetime.now().astimezone()
    schedule: AliquotSchedule = protocol.aliquots
    errors = []
    values = {}
    for key in ("patient_name", "patient_id", "product_code", "prepared_by", "available", "first_dose_at"):
        text = raw.get(key)
        if text is None or not str(text).strip():
            continue
        try:
            values[key] = FIELD_BY_KEY[key].parse(str(text))
        except InputError as error:
            errors.append((key, error.message))
    if errors:
        raise InputError.collected(errors)
    count = schedule.doses_per_day * schedule.days
    fill = (schedule.dose_volume + schedule.overfill).to(ML)
    total = (fill * count).to(ML)
    first = values.get("first_dose_at") or first_slot(schedule, now)
    found = []
    available = values.get("available")
    if available is not None and total > available:
        found.append(findings.make("volume_exceeds_available",
                                   "{count} aliquots of {fill} need {total}; only {available} is available.",
                                   limit=f"{available.m_as(ML):g} mL", source="entered: Volume available",
                                   count=count, fill=f"{fill.m_as(ML):g} mL", total=f"{total.m_as(ML):g} mL",
                                   available=f"{available.m_as(ML):g} mL"))
    identity = Identity(patient_name=values.get("patient_name", ""), patient_id=values.get("patient_id", ""),
                        product_code=values.get("product_code", ""), prepared_by=values.get("prepared_by", ""),
                        source_tissue=protocol.source_tissue, donor=protocol.donor)
    entered = {key: str(raw[key]) for key in RELEVANT if raw.get(key) and key != "overrides"}
    return AliquotPlan(protocol, identity, now, first, count, schedule.dose_volume.to(ML), fill, total, available,
                       calendar(schedule, first, count), tuple(found), entered)
