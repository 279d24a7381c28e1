"""What is due, the calendar file and the history, on SQLite and Postgres (row-level security)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine

from tests.support import NOW, make_user
from tests.support.fakes import RecordingVectors
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.models import ApplicationCreate
from tracker_core.services import applications as svc
from tracker_core.services import due, interviews, timeline


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest) -> Engine:
    name = "engine" if request.param == "sqlite" else "pg_engine"
    eng: Engine = request.getfixturevalue(name)
    return eng


def test_due_calendar_and_history_hold_only_the_users_own(db: Engine, settings: Settings) -> None:
    owner, other = make_user(db, settings).id, make_user(db, settings).id
    for user_id, company in ((owner, "Acme"), (other, "Globex")):
        with user_session(db, user_id) as s:
            data = ApplicationCreate(
                company=company, position="Dev", deadline=NOW.date() + timedelta(days=2)
            )
            app = svc.create_application(
                session=s, user_id=user_id, data=data, vectors=RecordingVectors()
            )
            assert app.id is not None
            interviews.add_interview(
                session=s,
                user_id=user_id,
                application_id=app.id,
                data=interviews.InterviewIn(scheduled_at=NOW + timedelta(days=1)),
            )
    with user_session(db, owner) as s:
        items = due.due_this_week(session=s, user_id=owner)
        assert [(i.company, i.kind) for i in items] == [("Acme", "interview"), ("Acme", "deadline")]
        ics = due.calendar_ics(session=s, user_id=owner)
        assert b"Acme" in ics and b"Globex" not in ics
        assert [
            e.kind
            for e in timeline.application_history(
                session=s, user_id=owner, application_id=items[0].application_id
            )
        ] == ["interview", "stage"]
