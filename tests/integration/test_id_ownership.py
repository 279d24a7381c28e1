"""Ids passed to a service must be the caller's: analyses refuse another user's resume or
application (SQLite and Postgres), so no row of B points at A's data or vanishes with it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from tests.support.factories import make_user, new_application
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.errors import NotFound
from tracker_core.models import Analysis, Resume
from tracker_core.services import analyses


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_engine(request: pytest.FixtureRequest) -> Iterator[Engine]:
    name = "engine" if request.param == "sqlite" else "pg_engine"
    yield request.getfixturevalue(name)


def _never_called(*_args: object, **_kw: object) -> object:
    raise AssertionError("the analyzer ran for ids that are not the user's")


def test_another_users_resume_or_application_is_not_found(
    any_engine: Engine, settings: Settings
) -> None:
    alice, bob = make_user(any_engine, settings).id, make_user(any_engine, settings).id
    with user_session(any_engine, alice) as s:
        app = new_application(s, alice)
        resume = Resume(user_id=alice, label="Alice's", text="python")
        s.add(resume)
        s.commit()
        app_id, resume_id = app.id, resume.id
    common = {
        "user_id": bob,
        "resume_text": "python",
        "job_description": "python kafka",
        "engine": "offline",
        "analyzer": _never_called,
    }
    with user_session(any_engine, bob) as s:
        with pytest.raises(NotFound, match="Application"):
            analyses.analyze_and_store(session=s, application_id=app_id, **common)
        with pytest.raises(NotFound, match="Resume"):
            analyses.analyze_and_store(session=s, resume_id=resume_id, **common)
    with Session(any_engine) as s:
        stored = s.exec(
            select(func.count()).select_from(Analysis).where(Analysis.user_id == bob)
        ).one()
    assert stored == 0
