"""The injected clock, and dates in postings that depend on what day it is."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from tracker_core import clock as app_clock
from tracker_core.clock import FixedClock, use_clock
from tracker_core.jd_parser import parse_job_description


def test_the_installed_clock_answers_now_and_today_and_can_be_moved(
    clock: FixedClock,
) -> None:
    assert clock.now() == datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    clock.advance(timedelta(days=40))
    assert clock.now() == datetime(2027, 1, 3, 12, 0, tzinfo=UTC)
    assert app_clock.today() == date(2027, 1, 3)


def test_use_clock_puts_the_previous_clock_back() -> None:
    outer = app_clock.now()
    with use_clock(FixedClock(datetime(2030, 5, 1, tzinfo=UTC))):
        assert app_clock.today() == date(2030, 5, 1)
    assert app_clock.now() == outer


def test_a_fixed_clock_refuses_a_naive_datetime() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        FixedClock(datetime(2026, 1, 1))


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 12, 1), date(2027, 1, 5)),  # January is next year in December
        (date(2027, 1, 5), date(2027, 1, 5)),  # the day itself still counts
        (date(2027, 1, 6), date(2028, 1, 5)),  # the day after: next year's
        (date(2026, 3, 1), date(2027, 1, 5)),
    ],
)
def test_a_deadline_without_a_year_is_the_next_such_day(today: date, expected: date) -> None:
    posting = "Backend Engineer\nWe build payment tools.\nApply by January 5."
    assert parse_job_description(posting, today=today).deadline == expected


def test_a_deadline_without_a_year_follows_the_installed_clock(clock: FixedClock) -> None:
    posting = "Backend Engineer\nWe build payment tools.\nApplications close November 20."
    assert parse_job_description(posting).deadline == date(2027, 11, 20)  # NOW is Nov 24, 2026
    clock.advance(timedelta(days=-10))
    assert parse_job_description(posting).deadline == date(2026, 11, 20)


def test_a_deadline_with_a_year_is_kept_even_when_past() -> None:
    posting = "Backend Engineer\nWe build payment tools.\nApply by 5 January 2020."
    assert parse_job_description(posting, today=date(2026, 12, 1)).deadline == date(2020, 1, 5)
