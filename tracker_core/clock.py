"""The one place that says what time it is.

Every service that needs "now" or "today" asks this module (or takes a ``now`` argument whose
default comes from here). Production reads the system clock; tests install a :class:`FixedClock`
with :func:`use_clock`, so no result depends on the day the tests run.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    """Something that tells the current moment as a timezone-aware UTC datetime."""

    def now(self) -> datetime: ...


class SystemClock:
    """The machine's clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FixedClock:
    """A clock that stands still until it is moved: for tests and for `--now` runs."""

    at: datetime

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware datetime")
        self.at = self.at.astimezone(UTC)

    def now(self) -> datetime:
        return self.at

    def advance(self, delta: timedelta) -> None:
        self.at += delta


_current: Clock = SystemClock()


def now() -> datetime:
    """The current moment (aware, UTC) from the installed clock."""
    return _current.now()


def today(tz: tzinfo | None = None) -> date:
    """Today's date in `tz` (UTC when not given) by the installed clock."""
    return now().astimezone(tz or UTC).date()


def current() -> Clock:
    return _current


def set_clock(clock: Clock) -> Clock:
    """Install `clock` for the whole process; returns the one it replaced."""
    global _current
    previous, _current = _current, clock
    return previous


@contextmanager
def use_clock(clock: Clock) -> Iterator[Clock]:
    """Run a block with `clock` installed, then put the previous one back."""
    previous = set_clock(clock)
    try:
        yield clock
    finally:
        set_clock(previous)
