"""Treatment courses: which dose of the protocol's course this is, when the next ones fall,
and how long it has been since the previous dose (checks.py judges the interval)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from .. import clock
from ..protocol.definitions import Course
from ..units import MIN, magnitude


@dataclass(frozen=True)
class CourseStatus:
    dose_number: int
    doses: int
    next_doses: tuple[datetime, ...]
    since_previous: object | None      # time since the previous dose, when entered


def next_doses(this_dose: datetime, dose_number: int, course: Course) -> tuple[datetime, ...]:
    """Planned times of the remaining doses, counted from this one."""
    step = timedelta(minutes=magnitude(course.interval, MIN))
    start, zone = this_dose.astimezone(timezone.utc), this_dose.tzinfo
    return tuple((start + step * k).astimezone(zone) for k in range(1, course.doses - dose_number + 1))


def course_status(course: Course, dose_number: int, this_dose: datetime,
                  previous_dose: datetime | None) -> CourseStatus:
    since = None
    if previous_dose is not None:
        since = clock.elapsed(previous_dose, this_dose)
    return CourseStatus(dose_number, course.doses, next_doses(this_dose, dose_number, course), since)
