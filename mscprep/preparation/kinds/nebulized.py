"""A nebulized (not intravenous) product: an aliquot plan and a dosing calendar.

Seed 003 (nebulized MSC secretome, 2 mL twice daily for 5 days): the number of aliquots,
each filled with the dose plus the nebulizer's overfill, the total volume to prepare,
storage, the thaw schedule and the calendar of doses. No filter, rate or cell count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property
from typing import ClassVar, Mapping

from ... import clock, display
from ...display import clock as clock_text, quantity
from ...errors import InputError, message
from ...form.fields import FIELD_BY_KEY
from ...protocol.definitions import AliquotSchedule, Protocol
from ...units import ML
from .. import export, findings
from ..findings import Finding
from ..identity import PATIENT
from ..interface import Container, OwnFindings, Row
from ..model import Identity
from .intravenous import QUANTITY_KEYS


@dataclass(frozen=True)
class AliquotPlan(OwnFindings):
    kind: ClassVar[str] = "nebulized"
    audiences: ClassVar[tuple[str, ...]] = ("sheet",)

    protocol: Protocol
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
    checked: tuple[Finding, ...] = field(default=(), repr=False)
    reasons: Mapping[str, str] = field(default_factory=dict)

    @property
    def limits(self):
        return self.protocol.limits

    @cached_property
    def plan_id(self) -> str:
        return export.identifier(self.entered, self.protocol, self.computed_at)

    @property
    def containers(self) -> tuple[Container, ...]:
        return tuple(Container(number, self.count, self.fill_volume, due=moment) for number, moment in self.calendar)

    @property
    def infusion(self):
        return None

    @property
    def line_requirements(self) -> tuple[str, ...]:
        return ()

    @property
    def identity_required(self) -> tuple[str, ...]:
        return PATIENT

    @property
    def weighed_volume(self):
        """The bulk filled into the aliquots."""
        return self.total_volume

    def rows(self) -> tuple[Row, ...]:
        schedule = self.protocol.aliquots
        return (
            Row("aliquots", "Aliquots", message("{count} × {volume} ({dose} dose + {overfill} overfill)",
                                                count=self.count, volume=quantity(self.fill_volume, ML, 4),
                                                dose=quantity(self.dose_volume, ML, 4),
                                                overfill=quantity(schedule.overfill, ML, 4))),
            Row("total_volume", "Total volume to prepare", quantity(self.total_volume, ML, 4)),
            Row("schedule", "Schedule", message("{per_day} × daily for {days} days at {times}",
                                                per_day=schedule.doses_per_day, days=schedule.days,
                                                times=", ".join(moment.strftime("%H:%M") for moment in schedule.times))),
            Row("first_dose", "First dose", clock_text(self.calendar[0][1])),
            Row("last_dose", "Last dose", clock_text(self.calendar[-1][1])),
        )

    def to_dict(self) -> dict:
        """The contract's keys are present and null: no cells, no infusion."""
        data: dict = {key: None for key, *_ in QUANTITY_KEYS}
        data.update({"viability": None, "use_by": None, "latest_start": None, "din": None,
                     "container_dins": None})
        data.update(export.common_keys(self))
        data.update({
            "aliquots": {"count": self.count, "dose_volume": export.quantity_json(self.dose_volume, ML, "mL"),
                         "fill_volume": export.quantity_json(self.fill_volume, ML, "mL"),
                         "total_volume": export.quantity_json(self.total_volume, ML, "mL"),
                         "storage": self.protocol.aliquots.storage, "thaw": self.protocol.aliquots.thaw},
            "calendar": [{"dose": number, "at": export.moment(moment)} for number, moment in self.calendar],
        })
        return data

    def document(self, audience: str | None = None):
        from ...documents.nebulized import aliquot_document
        export.require_audience(self, audience)
        return aliquot_document(self)


def _slots_of_day(schedule: AliquotSchedule, day) -> list[datetime]:
    """The dosing times of one calendar day on the site's clock (as UTC instants): the
    wall-clock time of day is what the ward doses by, whatever the clock change did to the
    offset."""
    return [clock.at_local(day, moment) for moment in schedule.times]


def first_slot(schedule: AliquotSchedule, now: datetime) -> datetime:
    """The next dosing time of day at or after `now`."""
    today = clock.local_date(now)
    for day in range(3):
        for candidate in _slots_of_day(schedule, today + timedelta(days=day)):
            if not clock.before(candidate, now):
                return candidate
    raise AssertionError("a day always has a dosing time")


def is_slot(schedule: AliquotSchedule, moment: datetime) -> bool:
    return clock.local_time(moment) in schedule.times


def calendar(schedule: AliquotSchedule, first: datetime, count: int) -> tuple[tuple[int, datetime], ...]:
    """Dose times: the protocol's times of day, from the first dose on, `count` doses."""
    moments = []
    day = clock.local_date(first)
    while len(moments) < count:
        for candidate in _slots_of_day(schedule, day):
            if not clock.before(candidate, first) and len(moments) < count:
                moments.append(candidate)
        day += timedelta(days=1)
    return tuple(enumerate(moments, start=1))


RELEVANT = ("patient_name", "patient_id", "product_code", "prepared_by", "available", "first_dose_at")
# What a nebulized plan takes besides RELEVANT: the protocol, and its own tissue and donor.
_ALSO_ACCEPTED = ("protocol", "source_tissue", "donor")


def _refuse_intravenous_fields(raw: dict, protocol) -> None:
    """A nebulized course has no weight, dose, count, rate or line: such an entry would be
    silently ignored, so it is refused, naming the first such field."""
    given = [key for key, text in raw.items()
             if key not in RELEVANT and key not in _ALSO_ACCEPTED and text is not None and str(text).strip()]
    if given:
        raise InputError(given[0], message("does not apply to the nebulized protocol {protocol} (no weight, dose, "
                                           "cell count, rate or line); leave it empty", protocol=protocol.id))


def compute_aliquot_plan(raw: dict, protocol, now: datetime) -> AliquotPlan:
    """The aliquot plan of a nebulized protocol; InputError names a bad field."""
    schedule: AliquotSchedule = protocol.aliquots
    _refuse_intravenous_fields(raw, protocol)
    errors = []
    values = {}
    for key in RELEVANT:
        text = raw.get(key)
        if text is None or not str(text).strip():
            continue
        try:
            values[key] = FIELD_BY_KEY[key].parse(str(text))
        except InputError as error:
            errors.append((key, error.message))
    first = values.get("first_dose_at")
    if first is not None and not is_slot(schedule, first):
        errors.append(("first_dose_at", f"{clock.text(first, fmt='%H:%M')} is not a dosing time of this "
                       f"protocol ({', '.join(t.strftime('%H:%M') for t in schedule.times)}); enter the first dose at "
                       "one of them"))
    if errors:
        raise InputError.collected(errors)
    count = schedule.doses_per_day * schedule.days
    fill = (schedule.dose_volume + schedule.overfill).to(ML)
    total = (fill * count).to(ML)
    first = first or first_slot(schedule, now)
    found = []
    available = values.get("available")
    if available is not None and total > available:
        found.append(findings.make("volume_exceeds_available",
                                   "{count} aliquots of {fill} need {total}; only {available} is available.",
                                   limit=display.quantity(available, ML, 4), source="entered: Volume available",
                                   count=count, fill=display.quantity(fill, ML, 4),
                                   total=display.quantity(total, ML, 4), available=display.quantity(available, ML, 4)))
    identity = Identity(patient_name=values.get("patient_name", ""), patient_id=values.get("patient_id", ""),
                        product_code=values.get("product_code", ""), prepared_by=values.get("prepared_by", ""),
                        source_tissue=protocol.source_tissue, donor=protocol.donor)
    entered = {key: str(raw[key]) for key in RELEVANT if raw.get(key)}
    return AliquotPlan(protocol, identity, now, first, count, schedule.dose_volume.to(ML), fill, total, available,
                       calendar(schedule, first, count), tuple(found), entered, checked=tuple(found))
