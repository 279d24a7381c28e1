"""Before adding: one service call says what to warn about; a failed search never blocks it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from tests.support.vectors import (
    DATA_JD,
    HashEmbedder,
    add_application,
    add_user,
    memory_index,
    new_session,
)
from tracker_core.db import make_engine, migrate
from tracker_core.services.add_check import NAMES_ONLY, SEARCH_FAILED, check_before_adding
from tracker_core.vectors import QdrantIndex, VectorStoreUnavailable, index_application

pytestmark = pytest.mark.filterwarnings("ignore:Payload indexes have no effect:UserWarning")


@pytest.fixture
def session() -> Iterator[Session]:
    eng: Engine = make_engine("sqlite://")
    migrate(eng)
    with new_session(eng) as s:
        yield s
    eng.dispose()


def _seeded(session: Session, index: QdrantIndex) -> tuple[str, int, int]:
    uid = add_user(session, "a@example.com")
    acme = add_application(session, uid, company="ACME, Inc.", position="Analyst", status="applied")
    foo = add_application(
        session, uid, company="Foo Analytics", position="Data Scientist", job_description=DATA_JD
    )
    for app in (acme, foo):
        index_application(index, HashEmbedder(), uid, app)
    assert acme.id is not None and foo.id is not None
    return uid, acme.id, foo.id


def test_earlier_applications_and_similar_jobs_come_back_together(session: Session) -> None:
    index = memory_index()
    uid, acme, foo = _seeded(session, index)
    found = check_before_adding(
        session=session,
        user_id=uid,
        company="Acme",
        position="Data Scientist",
        job_description=DATA_JD,
        index=index,
        embedder=HashEmbedder(),
    )
    assert found.any
    assert [e.id for e in found.earlier] == [acme]
    assert foo in [m.application_id for m in found.similar.matches]
    assert found.similar.notice is None


def test_nothing_to_warn_about(session: Session) -> None:
    index = memory_index()
    uid, _, _ = _seeded(session, index)
    found = check_before_adding(
        session=session,
        user_id=uid,
        company="Initech",
        position="Nurse",
        index=index,
        embedder=HashEmbedder(),
    )
    assert not found.any and found.earlier == [] and found.similar.matches == []


def test_without_an_index_names_and_links_are_still_compared(session: Session) -> None:
    uid, acme, _ = _seeded(session, memory_index())
    found = check_before_adding(
        session=session,
        user_id=uid,
        company="ACME",
        position="Analyst",
        job_description=DATA_JD,
        unavailable="Qdrant is not reachable.",
    )
    assert [e.id for e in found.earlier] == [acme]
    assert found.similar.notice == f"{NAMES_ONLY} Qdrant is not reachable."


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (VectorStoreUnavailable("Qdrant went away."), "Qdrant went away."),
        (RuntimeError("internal detail"), SEARCH_FAILED),
    ],
)
def test_a_failing_search_falls_back_to_names_and_says_why(
    session: Session, error: Exception, said: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = memory_index()
    uid, _, foo = _seeded(session, index)

    def broken(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(index, "search", broken)
    found = check_before_adding(
        session=session,
        user_id=uid,
        company="Foo Analytics",
        position="Data Scientist",
        job_description=DATA_JD,
        index=index,
        embedder=HashEmbedder(),
    )
    assert [m.application_id for m in found.similar.matches] == [foo]  # same name: still found
    assert found.similar.notice == f"{NAMES_ONLY} {said}"
    assert "internal detail" not in (found.similar.notice or "")
