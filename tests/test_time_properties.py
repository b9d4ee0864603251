"""Time holds for every instant (issue 21): property tests around the clock changes of
Europe/Berlin, America/New_York and Australia/Lord_Howe (a 30-minute change).

- a use-by is passed exactly when the UTC instant is past it, whatever the wall clock shows;
- the interval since a previous dose is the UTC difference;
- course dates keep the planned local time of day on calendar days, never less than the
  course's shortest interval apart in elapsed time;
- every datetime a preparation holds is a UTC instant, and every shipped intravenous
  protocol gives a use-by.

Derandomised and small (a few seconds), like the rest of the suite.
"""

from __future__ import annotations

import dataclasses
import math
from datetime import date, datetime, time, timedelta, timezone
from functools import cache
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mscprep import clock
from mscprep.preparation.build import prepare
from mscprep.preparation.course import next_doses
from mscprep.protocol.definitions import Course
from mscprep.protocol.loader import shipped_protocols
from mscprep.resources import resource_dir
from mscprep.units import MIN, ureg

ZONES = ("Europe/Berlin", "America/New_York", "Australia/Lord_Howe")
FAST = settings(derandomize=True, max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
UTC = timezone.utc
DAY = ureg.Unit("day")


@cache
def changes(zone_name: str) -> tuple[datetime, ...]:
    """The UTC instants (to the minute) when the zone's offset changes in 2026-2027."""
    zone = ZoneInfo(zone_name)
    found = []
    step = timedelta(hours=1)
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    while moment < datetime(2028, 1, 1, tzinfo=UTC):
        if moment.astimezone(zone).utcoffset() != (moment + step).astimezone(zone).utcoffset():
            low, high = moment, moment + step
            while high - low > timedelta(minutes=1):
                middle = low + (high - low) / 2
                if middle.astimezone(zone).utcoffset() == low.astimezone(zone).utcoffset():
                    low = middle
                else:
                    high = middle
            found.append(high.replace(second=0, microsecond=0))
        moment += step
    return tuple(found)


def test_each_zone_has_its_clock_changes():
    for name in ZONES:
        assert len(changes(name)) == 4, name
    lord_howe = ZoneInfo("Australia/Lord_Howe")
    change = changes("Australia/Lord_Howe")[0]
    before, after = (change - timedelta(minutes=1)).astimezone(lord_howe), change.astimezone(lord_howe)
    assert abs(before.utcoffset() - after.utcoffset()) == timedelta(minutes=30)


@st.composite
def around_a_change(draw, spread_minutes: int = 6 * 60):
    """(zone name, a UTC instant within `spread_minutes` of one of its clock changes)."""
    name = draw(st.sampled_from(ZONES))
    change = draw(st.sampled_from(changes(name)))
    offset = draw(st.integers(-spread_minutes, spread_minutes))
    return name, change + timedelta(minutes=offset)


def local(moment: datetime, name: str) -> datetime:
    """The instant as the site's clock shows it (a zoneinfo datetime: the trap)."""
    return moment.astimezone(ZoneInfo(name))


# --- use-by ------------------------------------------------------------------------------

@FAST
@given(around_a_change(), st.integers(0, 8 * 60))
def test_a_use_by_is_passed_exactly_when_the_utc_instant_is_past_it(case, minutes_after_thaw):
    name, thawed = case
    now = thawed + timedelta(minutes=minutes_after_thaw)
    with clock.site_zone_as(name):
        p = prepare({"protocol": "temcell", "weight": "60 kg", "thawed_at": local(thawed, name).isoformat()},
                    now=local(now, name))
        use_by = thawed + timedelta(hours=4)         # TEMCELL: DMSO, the app-wide 4 h window
        assert p.use_by == use_by and p.use_by.tzinfo is UTC
        codes = {f.code for f in p.findings}
        assert ("past_use_by" in codes) == (now >= use_by)
        latest = use_by - timedelta(minutes=float(p.duration.m_as(MIN)))
        assert ("infusion_ends_after_use_by" in codes) == (latest < now < use_by)


@FAST
@given(around_a_change(), st.integers(1, 12 * 60), st.integers(0, 12 * 60))
def test_a_fresh_products_use_by_counts_elapsed_time_from_the_end_of_preparation(case, ago, after):
    name, prepared = case
    now = prepared + timedelta(minutes=after)
    with clock.site_zone_as(name):
        p = prepare({"protocol": "duke-ards", "weight": "70 kg", "concentration": "1e7 cell/mL",
                     "viability": "90%", "final_volume": "50 mL", "diluent": "saline", "duration": "30 min",
                     "prepared_at": local(prepared, name).isoformat()}, now=local(now, name))
        assert p.use_by == prepared + timedelta(hours=4) and p.use_by_from == "preparation"
        assert ("past_use_by" in {f.code for f in p.findings}) == (now >= p.use_by)


# --- intervals ---------------------------------------------------------------------------

@FAST
@given(around_a_change(spread_minutes=3 * 24 * 60), st.integers(71 * 60, 74 * 60))
def test_the_interval_since_the_previous_dose_is_the_utc_difference(case, gap_minutes):
    name, now = case
    previous = now - timedelta(minutes=gap_minutes)
    with clock.site_zone_as(name):
        p = prepare({"protocol": "temcell", "weight": "60 kg", "dose_number": "2",
                     "thawed_at": local(now - timedelta(minutes=5), name).isoformat(),
                     "previous_dose_at": local(previous, name).isoformat()}, now=local(now, name))
    assert math.isclose(float(p.course.since_previous.m_as(MIN)), gap_minutes)
    assert ("course_interval_short" in {f.code for f in p.findings}) == (gap_minutes < 72 * 60)


# --- course calendar ---------------------------------------------------------------------

COURSES = (Course(8, 3.5 * DAY, 3 * DAY, "twice weekly, >= 3 days apart"),
           Course(2, 30 * DAY, 30 * DAY, "30 days apart"),
           Course(5, 7 * DAY, 6 * DAY, "weekly"))


def _exists(day: date, wall: time, zone: ZoneInfo) -> bool:
    placed = datetime.combine(day, wall, tzinfo=zone)
    return placed.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == placed.replace(tzinfo=None)


@FAST
@given(around_a_change(spread_minutes=40 * 24 * 60), st.sampled_from(COURSES), st.integers(1, 2))
def test_course_dates_are_calendar_days_at_the_planned_time_of_day(case, course, dose_number):
    name, this_dose = case
    zone = ZoneInfo(name)
    this_dose = this_dose.replace(second=0)
    with clock.site_zone_as(name):
        doses = next_doses(this_dose, dose_number, course)
    assert len(doses) == max(0, course.doses - dose_number)
    planned = this_dose.astimezone(zone)
    previous = this_dose
    interval, shortest = float(course.interval.m_as(DAY)), float(course.min_interval.m_as(DAY))
    for k, when in enumerate(doses, start=1):
        assert when.tzinfo is UTC
        shown = when.astimezone(zone)
        days = (shown.date() - planned.date()).days
        if _exists(shown.date(), planned.time().replace(tzinfo=None), zone):
            assert shown.time().replace(tzinfo=None) == planned.time().replace(tzinfo=None)   # no drift
        assert days >= math.floor(k * interval + 1e-9)                # never a day early
        gap_days = (shown.date() - previous.astimezone(zone).date()).days
        assert gap_days >= math.ceil(shortest - 1e-9)                  # whole calendar days apart
        assert (when - previous) >= timedelta(days=shortest)           # and the shortest interval elapsed
        assert gap_days <= math.ceil(interval) + 1                     # moved at most a day
        previous = when


def test_twice_weekly_is_three_then_four_days_at_ten_oclock_across_the_autumn_change():
    with clock.site_zone_as("Europe/Berlin"):
        doses = next_doses(datetime(2026, 10, 22, 8, 0, tzinfo=UTC), 1, COURSES[0])   # Thu 10:00+02:00
        assert [clock.iso(when) for when in doses[:3]] == [
            "2026-10-25T10:00:00+01:00", "2026-10-29T10:00:00+01:00", "2026-11-01T10:00:00+01:00"]


def test_thirty_days_apart_keeps_the_time_of_day_across_the_clock_changes():
    with clock.site_zone_as("America/New_York"):
        # Autumn: 30 calendar days at 09:00 are 30 days and 1 hour: the 30th day.
        doses = next_doses(datetime(2026, 10, 20, 13, 0, tzinfo=UTC), 1, COURSES[1])   # 09:00-04:00
        assert [clock.iso(when) for when in doses] == ["2026-11-19T09:00:00-05:00"]
        # Spring: the 30th day at 09:00 is 1 hour short of the 30-day minimum (it would be
        # refused when given): the dose is planned on the 31st day, still at 09:00.
        doses = next_doses(datetime(2026, 2, 20, 14, 0, tzinfo=UTC), 1, COURSES[1])   # 09:00-05:00
        assert [clock.iso(when) for when in doses] == ["2026-03-23T09:00:00-04:00"]


def test_a_three_day_gap_across_the_spring_change_moves_a_day_when_it_would_be_short():
    # 02:30 on the day before the clocks go forward: 3 calendar days later at 02:30 is only
    # 71 h of elapsed time, less than the 3-day minimum: the dose moves to the next day.
    with clock.site_zone_as("Europe/Berlin"):
        start = clock.wall_clock(datetime(2026, 3, 26, 10, 0), "x")
        doses = next_doses(start, 1, COURSES[0])
        assert clock.iso(doses[0]) == "2026-03-30T10:00:00+02:00"
        assert doses[0] - start >= timedelta(days=3)


# --- every datetime is UTC; every intravenous protocol has a use-by ----------------------

def _datetimes(value, seen=None):
    seen = set() if seen is None else seen
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, datetime):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _datetimes(getattr(value, field.name), seen)
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _datetimes(item, seen)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _datetimes(item, seen)


def _form(protocol, now: datetime) -> dict:
    form = {"protocol": protocol.id, "weight": "70 kg", "concentration": "1e7 cell/mL", "viability": "90%"}
    if not ({"rate", "duration"} & protocol.defaults.keys()) and protocol.defaults.get("dilution_mode") != "in_line":
        form["duration"] = "30 min"
    if "dose" not in protocol.defaults:
        form["dose"] = "1e6 cell/kg"
    if protocol.product is not None and protocol.product.thawed or protocol.defaults.get("dmso"):
        form["thawed_at"] = (now - timedelta(minutes=10)).isoformat()
    if "cells_in_product" in protocol.defaults or "concentration" in protocol.defaults:
        form.pop("concentration")
    if protocol.blinding is not None:
        form.update(randomisation_code="REF-001",
                    randomisation_list=str(resource_dir() / "reference_randomisation.csv"))
    return form


INTRAVENOUS = sorted(p.id for p in shipped_protocols().protocols.values() if p.route == "intravenous")


def test_every_shipped_intravenous_protocol_is_tested():
    assert {"adipose-msc-fixed", "duke-ards", "stemirac", "temcell", "ryoncil", "ucmsc-frailty",
            "generic-iv-msc"} <= set(INTRAVENOUS)


@FAST
@given(around_a_change(spread_minutes=24 * 60), st.sampled_from(INTRAVENOUS))
def test_every_intravenous_plan_has_a_use_by_and_holds_only_utc_instants(case, protocol_id):
    name, now = case
    protocol = shipped_protocols().get(protocol_id)
    with clock.site_zone_as(name):
        p = prepare(_form(protocol, now), now=local(now, name))
        use_by = p.infusion.use_by
        assert use_by is not None, protocol_id
        assert use_by > now
        held = list(_datetimes(p))
        assert held and all(moment.tzinfo is UTC for moment in held), protocol_id
        assert p.to_dict()["use_by"] is not None


def test_every_shipped_intravenous_window_names_its_own_source():
    for protocol in shipped_protocols().protocols.values():
        if protocol.route != "intravenous":
            continue
        window = protocol.limits.get("stability")
        if window is None:     # the app-wide window of a product holding DMSO applies
            assert protocol.defaults.get("dmso"), protocol.id
        else:
            assert window.source and window.source != protocol.reference, protocol.id


# --- the clock module hands out UTC ------------------------------------------------------

@FAST
@given(around_a_change(), st.integers(-600, 600))
def test_the_clock_hands_out_utc_instants(case, minutes):
    name, moment = case
    zone = ZoneInfo(name)
    with clock.site_zone_as(name):
        results = [clock.instant(local(moment, name)), clock.later(moment, minutes * MIN),
                   clock.earlier(local(moment, name), minutes * MIN),
                   clock.from_iso(local(moment, name).isoformat()),
                   clock.calendar_days_later(moment, 3),
                   clock.at_local(local(moment, name).date(), time(10, 0))]
        assert all(result.tzinfo is UTC for result in results)
        assert clock.later(moment, minutes * MIN) - moment == timedelta(minutes=minutes)
        assert clock.elapsed(local(moment, name), local(moment + timedelta(minutes=minutes), name)).m_as(MIN) \
            == pytest.approx(minutes)
        shown = clock.text(moment)
        assert shown.startswith(moment.astimezone(zone).strftime("%Y-%m-%d %H:%M"))
        wall = moment.astimezone(zone).replace(tzinfo=None)
        twice = wall.replace(tzinfo=zone, fold=0).utcoffset() != wall.replace(tzinfo=zone, fold=1).utcoffset()
        assert ("UTC" in shown) == twice                       # the repeated hour carries its offset
        if twice:
            assert shown.endswith(clock._offset(moment.astimezone(zone).utcoffset()))


def test_a_printed_time_in_the_repeated_hour_carries_its_offset():
    with clock.site_zone_as("Europe/Berlin"):
        first = datetime(2026, 10, 25, 0, 40, tzinfo=UTC)
        second = first + timedelta(hours=1)
        assert clock.text(first) == "2026-10-25 02:40 UTC+02:00"
        assert clock.text(second) == "2026-10-25 02:40 UTC+01:00"
        assert clock.text(second + timedelta(hours=1)) == "2026-10-25 03:40"


def test_every_clock_function_that_returns_a_datetime_is_checked_above():
    """A new public function of mscprep/clock.py that hands out a datetime must join
    test_the_clock_hands_out_utc_instants (none may hand out a wall-clock datetime)."""
    import inspect
    returning = {name for name, function in inspect.getmembers(clock, inspect.isfunction)
                 if function.__module__ == clock.__name__ and not name.startswith("_")
                 and "datetime" in str(inspect.signature(function).return_annotation)}
    assert returning == {"now", "instant", "from_iso", "later", "earlier", "wall_clock", "at_local",
                         "calendar_days_later", "last_single_wall_time"}
    with clock.site_zone_as("Europe/Berlin"):
        first_pass = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)          # 02:30+02:00
        assert clock.last_single_wall_time(first_pass).tzinfo is UTC
        assert clock.last_single_wall_time(datetime(2026, 12, 3, 12, 0, tzinfo=UTC)).tzinfo is UTC
    assert clock.now().tzinfo is UTC
    with clock.site_zone_as("Europe/Berlin"):
        assert clock.wall_clock(datetime(2026, 10, 25, 3, 30), "x").tzinfo is UTC
