"""Treatment courses: which dose of the protocol's course this is, when the next ones fall,
and how long it has been since the previous dose (checks.py judges the interval)."""

from __future__ import annotations

from dataclasses import dataclass
import math
from datetime import datetime

from .. import clock
from ..protocol.definitions import Course
from ..units import magnitude, ureg
from .beyond import below

DAY = ureg.Unit("day")


@dataclass(frozen=True)
class CourseStatus:
    dose_number: int
    doses: int
    next_doses: tuple[datetime, ...]
    since_previous: object | None      # time since the previous dose, when entered


def next_doses(this_dose: datetime, dose_number: int, course: Course) -> tuple[datetime, ...]:
    """Planned times (UTC instants) of the remaining doses, counted from this one.

    A course is dosed on calendar days at this dose's time of day on the site's clock:
    "twice weekly" (3.5 days) is every 3 then 4 days, "30 days apart" is the same time 30
    days later, whatever a clock change did to the offset. A dose falls on the k-th day
    (k x interval, whole days, rounded down) but never earlier than the course's shortest
    interval after the dose before it, in elapsed time (a 3-day gap across the spring
    clock change is 71 h: the dose moves to the next day). A course whose interval is
    shorter than a day is counted in elapsed time."""
    remaining = range(1, max(0, course.doses - dose_number) + 1)
    interval_days = magnitude(course.interval, DAY)
    if interval_days < 1:
        return tuple(clock.later(this_dose, course.interval * k) for k in remaining)
    doses: list[datetime] = []
    previous, offset = clock.instant(this_dose), 0
    zone = clock.site_zone()      # one zone for the whole course (asked once, not per dose)
    for k in remaining:
        offset = max(offset + 1, math.floor(k * interval_days + 1e-9))
        when = clock.calendar_days_later(this_dose, offset, zone)
        while below(clock.elapsed(previous, when), course.min_interval):
            offset += 1
            when = clock.calendar_days_later(this_dose, offset, zone)
        doses.append(when)
        previous = when
    return tuple(doses)


def course_status(course: Course, dose_number: int, this_dose: datetime,
                  previous_dose: datetime | None) -> CourseStatus:
    since = None
    if previous_dose is not None:
        since = clock.elapsed(previous_dose, this_dose)
    return CourseStatus(dose_number, course.doses, next_doses(this_dose, dose_number, course), since)
