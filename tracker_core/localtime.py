"""Moments are stored in UTC and shown in the user's time zone; the two conversions live here.

A wall-clock time the user types is read in their zone. Two kinds of local time are awkward
at a daylight-saving change: one that never happens (clocks jump over it, the "gap") is
refused with a sentence saying so, rather than silently moved; one that happens twice (clocks
go back, the "fold") is taken as its first occurrence, the one before the change.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from tracker_core.errors import InvalidInput

DEFAULT_ZONE = "UTC"


@lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    """Every IANA zone this server knows (tzdata), sorted, UTC included."""
    return tuple(sorted(available_timezones() | {DEFAULT_ZONE}))


def is_zone(name: str | None) -> bool:
    """True for a zone name this server knows, like "Europe/Berlin"."""
    return bool(name) and name in zone_names()


def zone(name: str | None) -> ZoneInfo:
    """The named zone; UTC for a name this server does not know (never an error on display)."""
    if not is_zone(name):
        return ZoneInfo(DEFAULT_ZONE)
    try:
        return ZoneInfo(str(name))
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def as_utc(moment: datetime) -> datetime:
    """A stored moment (aware, or naive meaning UTC) as an aware UTC datetime."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def to_local(moment: datetime, tz: ZoneInfo) -> datetime:
    """A stored moment (aware, or naive meaning UTC) as wall-clock time in `tz`."""
    return as_utc(moment).astimezone(tz)


def from_local(day: date, at: time, tz: ZoneInfo) -> datetime:
    """The UTC moment of wall-clock `day` `at` in `tz`.

    Raises:
        InvalidInput: the time does not exist that day in `tz` (clocks jumped over it).
    """
    wall = datetime.combine(day, at.replace(tzinfo=None, fold=0), tzinfo=tz)
    moment = wall.astimezone(UTC)
    if moment.astimezone(tz).replace(tzinfo=None) != wall.replace(tzinfo=None):
        raise InvalidInput(
            f"{at:%H:%M} does not exist on {day.isoformat()} in {tz.key}: the clocks skip "
            "it for daylight saving. Pick a time after the change.",
            field="at",
        )
    return moment


def show(moment: datetime, tz: ZoneInfo, pattern: str = "%Y-%m-%d %H:%M") -> str:
    """A stored moment as local text with the zone's short name: "2026-12-03 14:00 CET"."""
    local = to_local(moment, tz)
    return f"{local:{pattern}} {local.tzname() or tz.key}"
