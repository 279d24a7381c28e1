"""The notify script's arguments."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta

import pytest

from tracker_core.notify import main, parse_every, parse_now


def test_every_takes_seconds_minutes_and_hours() -> None:
    assert parse_every("5m") == timedelta(minutes=5)
    assert parse_every("30s") == timedelta(seconds=30)
    assert parse_every("1h") == timedelta(hours=1)
    assert parse_every("90") == timedelta(seconds=90)
    for bad in ("0m", "5 minutes", "-1m", ""):
        with pytest.raises(argparse.ArgumentTypeError):
            parse_every(bad)


def test_now_reads_iso_8601_and_takes_a_bare_time_as_utc() -> None:
    assert parse_now("2026-03-08T12:30:00Z") == datetime(2026, 3, 8, 12, 30, tzinfo=UTC)
    assert parse_now("2026-03-08T08:30:00-04:00") == datetime(2026, 3, 8, 12, 30, tzinfo=UTC)
    assert parse_now("2026-03-08T12:30") == datetime(2026, 3, 8, 12, 30, tzinfo=UTC)
    with pytest.raises(argparse.ArgumentTypeError):
        parse_now("next tuesday")


def test_now_and_loop_together_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--loop", "--now", "2026-03-08T12:30:00Z"]) == 2
    assert "do not go together" in capsys.readouterr().err
