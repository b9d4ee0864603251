"""Time: every instant is kept in UTC; the site's clock is for reading and display only.

Python compares and subtracts two datetimes that share one tzinfo object (a zoneinfo zone)
by their wall-clock fields, ignoring `fold`: in the hour that happens twice when the clocks
go back, 02:40 (second time, +01:00) then compares as *before* 02:50 (first time, +02:00),
and 3 days 30 min across the change subtracts as 2 days 23 h 30 min. A datetime in UTC has no
such trap. So this module is the one place that:

- places a typed wall-clock time on the site's clock and turns it into a UTC instant
  (a time that happens twice or never is refused: guessing would move a use-by by an hour);
- returns every instant in UTC (`now`, `instant`, `later`, `earlier`, `at_local`,
  `calendar_days_later`, `from_iso`);
- reads an instant on the site's clock (`text`, `iso`, `local_date`, `local_time`,
  `wall_fields`) without ever handing a zone-aware datetime to the rest of the program.

`tests/test_clock_discipline.py` scans the package so that no other module builds a
datetime in a zone with changing offsets; every datetime elsewhere is UTC (or a fixed
offset read from a record), which compares and subtracts as the instant it is.

The site's zone is a site setting (`defaults.toml` `[site] time_zone`, an IANA name); left
empty, it is this computer's zone: `TZ`, else `/etc/localtime`, else `tzlocal` (Windows).
A zone that none of these names is refused: never a fallback that accepts a time that
happens twice or never.
"""

from __future__ import annotations

import math
import os
import time as _time
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import InputError, message
from .defaults import app_defaults
from .units import MIN, magnitude, of

UTC = timezone.utc
_LOCALTIME = Path("/etc/localtime")


class ZoneUnknown(RuntimeError):
    """No IANA time zone could be found for the site: set `[site] time_zone`."""


# --- which zone ------------------------------------------------------------------------

def _setting() -> str:
    return app_defaults().site_time_zone


@lru_cache(maxsize=16)
def _zone(setting: str, tz_variable: str | None) -> ZoneInfo:
    if setting:
        try:
            return ZoneInfo(setting)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            raise ZoneUnknown(message("the site's time zone '{zone}' (defaults.toml [site] time_zone) is not a "
                                      "time zone name such as Europe/Berlin", zone=setting)) from None
    return _computer_zone(tz_variable)


@lru_cache(maxsize=16)
def _computer_zone(tz_variable: str | None) -> ZoneInfo:
    name = (tz_variable or "").lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass    # a POSIX rule string ("CET-1CEST"): tzlocal may still name the zone
    elif _LOCALTIME.is_file():
        try:
            with open(_LOCALTIME, "rb") as handle:
                return ZoneInfo.from_file(handle, key=_localtime_name())
        except (ValueError, OSError):
            pass
    try:
        import tzlocal
        zone = tzlocal.get_localzone()
        if isinstance(zone, ZoneInfo):
            return zone
        return ZoneInfo(str(zone))
    except Exception:   # tzlocal raises several kinds (ZoneInfoNotFoundError, LookupError, ValueError)
        pass
    raise ZoneUnknown(message("this computer's time zone has no IANA name (TZ, /etc/localtime and the system "
                              "settings give none): set the site's time zone in defaults.toml [site] time_zone"))


def _localtime_name() -> str:
    try:
        target = os.path.realpath(_LOCALTIME)
        marker = "zoneinfo" + os.sep
        if marker in target:
            return target.split(marker, 1)[1]
    except OSError:
        pass
    return "localtime"


_OVERRIDE: ContextVar[ZoneInfo | None] = ContextVar("mscprep_site_zone", default=None)


def site_zone() -> ZoneInfo:
    """The site's time zone: the setting, else this computer's zone."""
    return _OVERRIDE.get() or _zone(_setting(), os.environ.get("TZ"))


@contextmanager
def site_zone_as(zone: ZoneInfo | str):
    """Within the block, the site's zone is `zone` (a reference case of a named zone)."""
    token = _OVERRIDE.set(zone if isinstance(zone, ZoneInfo) else ZoneInfo(zone))
    try:
        yield
    finally:
        _OVERRIDE.reset(token)


def zone_named(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def zone_name(zone: ZoneInfo | None = None) -> str:
    return str((zone or site_zone()).key)


@dataclass(frozen=True)
class ZoneCheck:
    """The site's zone against this computer's clock (asked once at start)."""
    site: str
    computer: str | None         # None: the computer's zone has no IANA name
    site_offset: str
    computer_offset: str
    matches: bool

    def message(self) -> str:
        if self.matches:
            return ""
        return (f"The site's time zone {self.site} (UTC{self.site_offset}) differs from this computer's clock "
                f"({self.computer or 'unnamed zone'}, UTC{self.computer_offset}): times typed without an offset "
                "are read on the site's zone; correct the computer's clock or the site setting "
                "(defaults.toml [site] time_zone).")


def check_zone(at: datetime | None = None) -> ZoneCheck:
    """Whether this computer's clock keeps the site's zone now (same offset from UTC)."""
    moment = instant(at) if at is not None else now()
    site = site_zone()
    site_offset = moment.astimezone(site).utcoffset()
    computer_offset = timedelta(seconds=_time.localtime(moment.timestamp()).tm_gmtoff)
    try:
        computer = str(_computer_zone(os.environ.get("TZ")).key)
    except ZoneUnknown:
        computer = None
    return ZoneCheck(str(site.key), computer, _offset(site_offset), _offset(computer_offset),
                     site_offset == computer_offset)


# --- instants (always UTC) ---------------------------------------------------------------

def now() -> datetime:
    return datetime.now(UTC)


def instant(moment: datetime) -> datetime:
    """The same instant in UTC. A naive datetime is not an instant: refused."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("a time without an offset is not an instant; place it with wall_clock()")
    return moment.astimezone(UTC)


def from_iso(text: str) -> datetime:
    """An ISO 8601 instant with its offset (as the program writes them), in UTC."""
    return instant(datetime.fromisoformat(text))


def _step(duration) -> timedelta:
    minutes = magnitude(duration, MIN)
    if not math.isfinite(minutes):
        raise OverflowError("duration is not finite")
    return timedelta(minutes=minutes)


def later(moment: datetime, duration) -> datetime:
    """`moment` plus a time quantity, in elapsed time (UTC)."""
    return instant(moment) + _step(duration)


def earlier(moment: datetime, duration) -> datetime:
    return instant(moment) - _step(duration)


def elapsed(start: datetime, end: datetime):
    """end − start as a quantity of minutes (negative when end comes first), on instants."""
    return of((instant(end) - instant(start)) / timedelta(minutes=1), MIN)    # = number * MIN, as pint makes it


def before(first: datetime, second: datetime) -> bool:
    return instant(first) < instant(second)


# --- the site's wall clock ---------------------------------------------------------------

def wall_clock(moment: datetime, field: str, zone: ZoneInfo | None = None) -> datetime:
    """A time typed without an offset, placed on the site's clock, as a UTC instant. A
    wall-clock time that happens twice (clocks go back) or never (clocks go forward) is
    refused: guessing would move a use-by by an hour."""
    zone = zone or site_zone()
    placed = moment.replace(tzinfo=zone)
    first, second = placed.replace(fold=0), placed.replace(fold=1)
    if first.utcoffset() != second.utcoffset():
        back = placed.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
        offsets = " or ".join(_offset(m.utcoffset()) for m in (first, second))
        if back != moment:
            raise InputError(field, message("'{text}' does not exist on this computer's clock (the clocks go forward "
                                            "then); check the time", text=moment.isoformat(timespec='minutes')))
        raise InputError(field, message("'{text}' happens twice on this computer's clock (the clocks go back then); "
                                        "add the offset, {offsets}", text=moment.isoformat(timespec='minutes'),
                                        offsets=offsets))
    return placed.astimezone(UTC)


def _local(moment: datetime, zone: ZoneInfo | None = None) -> datetime:
    return instant(moment).astimezone(zone or site_zone())


def local_date(moment: datetime, zone: ZoneInfo | None = None) -> date:
    """The calendar day of `moment` on the site's clock."""
    return _local(moment, zone).date()


def local_time(moment: datetime, zone: ZoneInfo | None = None) -> time:
    """The time of day of `moment` on the site's clock (naive)."""
    return _local(moment, zone).time().replace(tzinfo=None)


def wall_fields(moment: datetime, zone: ZoneInfo | None = None) -> tuple[int, int, int, int]:
    """(year, day of year, hour, minute) on the site's clock (ISBT 128 expiry)."""
    local = _local(moment, zone)
    return local.year, local.timetuple().tm_yday, local.hour, local.minute


def at_local(day: date, time_of_day: time, zone: ZoneInfo | None = None) -> datetime:
    """The instant (UTC) when the site's clock shows `time_of_day` on `day`. In the hour
    that happens twice, the first one; in the hour skipped, the same elapsed time after the
    previous midnight's offset (02:30 in a skipped 02:00-03:00 is 03:30)."""
    zone = zone or site_zone()
    return datetime.combine(day, time_of_day.replace(tzinfo=None), tzinfo=zone).astimezone(UTC)


def calendar_days_later(moment: datetime, days: int, zone: ZoneInfo | None = None) -> datetime:
    """The same time of day on the site's clock, `days` calendar days later (UTC)."""
    zone = zone or site_zone()
    local = _local(moment, zone)
    return at_local(local.date() + timedelta(days=days), local.time().replace(tzinfo=None), zone)


def repeated(moment: datetime, zone: ZoneInfo | None = None) -> bool:
    """Whether the site's clock shows `moment` in an hour that happens twice."""
    zone = zone or site_zone()
    local = _local(moment, zone).replace(tzinfo=None)
    return (local.replace(tzinfo=zone, fold=0).utcoffset() != local.replace(tzinfo=zone, fold=1).utcoffset())


def last_single_wall_time(moment: datetime, zone: ZoneInfo | None = None) -> datetime:
    """The latest instant at or before `moment` whose wall-clock minute happens once on the
    site's clock: `moment` itself, unless it lies in the first pass of an hour that happens
    twice (clocks go back); then the last minute before that hour. A moment in the second
    pass is kept: its wall time can only read as passed too early."""
    zone = zone or site_zone()
    local = _local(moment, zone)
    if not repeated(moment, zone) or local.fold == 1:
        return instant(moment)
    wall = local.replace(tzinfo=None, second=0, microsecond=0)
    while repeated(wall.replace(tzinfo=zone, fold=0), zone):
        wall -= timedelta(minutes=1)
    return wall.replace(tzinfo=zone, fold=0).astimezone(UTC)


def text(moment: datetime | None, zone: ZoneInfo | None = None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """An instant as the site's clock shows it; inside the repeated hour with its UTC
    offset ("2026-10-25 02:40 UTC+01:00"), since the wall-clock time alone happens twice."""
    if moment is None:
        return "—"
    if any(name in fmt for name in _BY_LOCALE):     # day and month names: as the locale is now
        return _text.__wrapped__(instant(moment), zone or site_zone(), fmt)
    return _text(instant(moment), zone or site_zone(), fmt)


_BY_LOCALE = ("%a", "%A", "%b", "%B", "%c", "%p", "%x", "%X", "%h")


@lru_cache(maxsize=1024)
def _text(moment: datetime, zone: ZoneInfo, fmt: str) -> str:
    """text() of a UTC instant: a function of the instant, the zone and the format alone
    (every keystroke writes the course's dose times again); formats with names the locale
    gives are not kept (text() calls this unkept for them)."""
    local = _local(moment, zone)
    shown = local.strftime(fmt)
    if "%H" in fmt and repeated(moment, zone):
        shown += f" UTC{_offset(local.utcoffset())}"
    return shown


def iso(moment: datetime | None, zone: ZoneInfo | None = None, timespec: str = "auto") -> str | None:
    """ISO 8601 on the site's clock with its offset (JSON, QR codes): the same instant."""
    if moment is None:
        return None
    return _local(moment, zone).isoformat(timespec=timespec)


def _offset(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"
