"""Time on the site's clock: every moment is computed in UTC and shown with the rules of
the site's time zone (zoneinfo), so that a use-by across a clock change is right.

A datetime with a fixed offset (what `datetime.astimezone()` gives) does not know that the
offset changes at a clock change: 01:30+02:00 plus 4 h would stay +02:00 (05:30) while the
wall clock says 04:30+01:00. A zoneinfo-aware datetime has the opposite trap: `+` adds to
the wall clock, not to the elapsed time. `later()` therefore adds in UTC and converts back.
"""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import InputError
from .units import MIN

_LOCALTIME = Path("/etc/localtime")


class _SystemZone(tzinfo):
    """The operating system's own rules (time.localtime), where no zoneinfo database names
    the local zone (Windows without tzdata): still right across clock changes."""

    def fromutc(self, moment: datetime) -> datetime:
        seconds = (moment.replace(tzinfo=None) - datetime(1970, 1, 1)).total_seconds()
        return moment + timedelta(seconds=time.localtime(seconds).tm_gmtoff)

    def utcoffset(self, moment: datetime | None) -> timedelta:
        if moment is None:
            return timedelta(seconds=time.localtime().tm_gmtoff)
        stamp = time.mktime((*moment.timetuple()[:8], -1))
        return timedelta(seconds=time.localtime(stamp).tm_gmtoff)

    def dst(self, moment: datetime | None) -> timedelta:
        return timedelta(0)

    def tzname(self, moment: datetime | None) -> str:
        return time.strftime("%Z", time.localtime())

    def __repr__(self) -> str:
        return "_SystemZone()"


@lru_cache(maxsize=8)
def _zone_for(tz_variable: str | None) -> tzinfo:
    name = (tz_variable or "").lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass   # a POSIX rule string such as "CET-1CEST": the system applies it
    elif _LOCALTIME.is_file():
        try:
            with open(_LOCALTIME, "rb") as handle:
                return ZoneInfo.from_file(handle, key="localtime")
        except (ValueError, OSError):
            pass
    return _SystemZone()


def site_zone() -> tzinfo:
    """The time zone of this computer (TZ, else /etc/localtime, else the system's rules)."""
    return _zone_for(os.environ.get("TZ"))


def zone_named(name: str) -> tzinfo:
    return ZoneInfo(name)


def now(zone: tzinfo | None = None) -> datetime:
    return datetime.now(zone or site_zone())


def on_site_clock(moment: datetime | None, zone: tzinfo | None = None) -> datetime | None:
    """The same instant shown with the site zone's rules."""
    if moment is None:
        return None
    return moment.astimezone(zone or site_zone())


def later(moment: datetime, duration, zone: tzinfo | None = None) -> datetime:
    """`moment` plus a time quantity, counted in elapsed time, on the site's clock."""
    step = timedelta(minutes=float(duration.m_as(MIN)))
    return (moment.astimezone(timezone.utc) + step).astimezone(zone or site_zone())


def earlier(moment: datetime, duration, zone: tzinfo | None = None) -> datetime:
    step = timedelta(minutes=float(duration.m_as(MIN)))
    return (moment.astimezone(timezone.utc) - step).astimezone(zone or site_zone())


def elapsed(start: datetime, end: datetime):
    """end − start as a quantity of minutes (negative when end comes first)."""
    return ((end - start) / timedelta(minutes=1)) * MIN


def wall_clock(moment: datetime, field: str, zone: tzinfo | None = None) -> datetime:
    """A time typed without an offset, placed on the site's clock. A wall-clock time that
    happens twice (clocks go back) or never (clocks go forward) is refused: guessing would
    move a use-by by an hour."""
    zone = zone or site_zone()
    placed = moment.replace(tzinfo=zone)
    if isinstance(zone, ZoneInfo):
        first, second = placed.replace(fold=0), placed.replace(fold=1)
        if first.utcoffset() != second.utcoffset():
            back = placed.astimezone(timezone.utc).astimezone(zone).replace(tzinfo=None)
            offsets = " or ".join(_offset(m.utcoffset()) for m in (first, second))
            if back != moment:
                raise InputError(field, f"'{moment.isoformat(timespec='minutes')}' does not exist on this "
                                 "computer's clock (the clocks go forward then); check the time")
            raise InputError(field, f"'{moment.isoformat(timespec='minutes')}' happens twice on this computer's "
                             f"clock (the clocks go back then); add the offset, {offsets}")
    return placed


def _offset(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"
