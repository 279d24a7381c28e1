"""The stats service on SQLite and Postgres: the hand-worked history, isolation, weekly goal."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine

from tests.support import NOW, make_user
from tests.support.fakes import RecordingVectors
from tests.support.stats import RESUME, record_stories
from tracker_core.clock import FixedClock, use_clock
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.models import ApplicationCreate
from tracker_core.services import applications as apps_svc
from tracker_core.services import stats as svc
from tracker_core.services import user_zone
from tracker_core.stats import StatsFilter


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest) -> Engine:
    name = "engine" if request.param == "sqlite" else "pg_engine"
    eng: Engine = request.getfixturevalue(name)
    return eng


def _funnel(db: Engine, user_id: str, **filters: object) -> list[tuple[str, int]]:
    with user_session(db, user_id) as s:
        result = svc.stats_for(
            session=s, user_id=user_id, filters=StatsFilter.model_validate(filters), now=NOW
        )
    return [(r.step, r.reached) for r in result.funnel]


HAND_FUNNEL = [("applied", 6), ("screening", 3), ("interview", 3), ("offer", 1), ("accepted", 1)]


def test_recorded_history_gives_the_hand_worked_figures(db: Engine, settings: Settings) -> None:
    me = make_user(db, settings)
    record_stories(db, me.id)
    assert _funnel(db, me.id) == HAND_FUNNEL
    with user_session(db, me.id) as s:
        result = svc.stats_for(session=s, user_id=me.id, now=NOW)
    assert (result.sent, result.not_sent) == (6, 1)
    assert (result.time.first_response.median_days, result.time.still_waiting) == (4.0, 1)
    links = {(link.source, link.target): link.value for link in result.flow.links}
    assert links[("interview", "rejected")] == 1 and links[("applied", "still open")] == 1
    assert [o.label for o in result.resumes] == [RESUME]
    assert _funnel(db, me.id, source="Referral") == [
        ("applied", 1),
        *[(s, 0) for s in ("screening", "interview", "offer", "accepted")],
    ]


def test_only_the_users_own_applications_count(db: Engine, settings: Settings) -> None:
    me, other = make_user(db, settings), make_user(db, settings)
    record_stories(db, other.id)
    assert _funnel(db, me.id) == [(step, 0) for step, _ in HAND_FUNNEL]
    record_stories(db, me.id)
    assert _funnel(db, me.id) == HAND_FUNNEL  # not doubled by the other user's identical rows
    with user_session(db, other.id) as s:
        assert svc.stats_for(session=s, user_id=other.id, now=NOW).sent == 6


def test_weekly_goal_is_stored_and_checked(db: Engine, settings: Settings) -> None:
    me = make_user(db, settings)
    with user_session(db, me.id) as s:
        assert svc.stats_for(session=s, user_id=me.id).activity.goal is None
        svc.set_weekly_goal(session=s, user_id=me.id, goal=5)
    with user_session(db, me.id) as s:
        assert svc.stats_for(session=s, user_id=me.id).activity.goal == 5
        with pytest.raises(svc.InvalidWeeklyGoal, match="whole number from 0 to 200"):
            svc.set_weekly_goal(session=s, user_id=me.id, goal=-1)
        assert svc.set_weekly_goal(session=s, user_id=me.id, goal=0) is None


def test_days_to_answer_count_utc_days_whatever_the_connection_time_zone(
    db: Engine, settings: Settings
) -> None:
    """An answer at 23:30 UTC is on that UTC day, even when Postgres talks in UTC+14."""
    me = make_user(db, settings)
    with user_session(db, me.id) as s:
        with use_clock(FixedClock(datetime(2026, 11, 2, 9, tzinfo=UTC))):
            data = ApplicationCreate(company="Late Reply", position="Dev", status="applied")
            app = apps_svc.create_application(
                session=s, user_id=me.id, data=data, vectors=RecordingVectors()
            )
        assert app.id is not None
        with use_clock(FixedClock(datetime(2026, 11, 5, 23, 30, tzinfo=UTC))):
            apps_svc.change_status(
                session=s, user_id=me.id, application_id=app.id, to_status="screening"
            )
    with user_session(db, me.id) as s:
        if db.dialect.name == "postgresql":
            s.connection().exec_driver_sql("SET TIME ZONE 'Pacific/Kiritimati'")
        result = svc.stats_for(session=s, user_id=me.id, now=NOW)
    assert result.time.first_response.median_days == 3.0


def test_weeks_and_sent_days_are_the_users_not_utcs(db: Engine, settings: Settings) -> None:
    """Sent Sunday 12:00 UTC is Monday 01:00 in Auckland: this week there, last week in UTC."""
    weeks = {}
    for zone in ("UTC", "Pacific/Auckland"):
        me = make_user(db, settings)
        with user_session(db, me.id) as s:
            user_zone.set_zone(session=s, user_id=me.id, name=zone)
            svc.set_weekly_goal(session=s, user_id=me.id, goal=1)
            with use_clock(FixedClock(datetime(2026, 11, 22, 12, tzinfo=UTC))):  # Sunday, UTC
                data = ApplicationCreate(company="Kiwi Ltd", position="Dev", status="applied")
                app = apps_svc.create_application(
                    session=s, user_id=me.id, data=data, vectors=RecordingVectors()
                )
            assert app.applied_on is not None
            activity = svc.stats_for(session=s, user_id=me.id, now=NOW).activity
        weeks[zone] = (app.applied_on.isoformat(), activity.this_week, activity.streak)
    assert weeks == {
        "UTC": ("2026-11-22", 0, 1),  # last week met the goal, nothing yet this week
        "Pacific/Auckland": ("2026-11-23", 1, 1),  # Monday there: this week's
    }
