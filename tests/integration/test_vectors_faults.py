"""Qdrant down, a wrong-dimension collection, a locked folder: clear message, rebuild repairs."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from qdrant_client import models as qm
from sqlalchemy import Engine
from sqlmodel import Session

from tests.support.vectors import (
    DATA_JD,
    DATA_RESUME,
    add_application,
    add_resume,
    add_user,
    default_embedder,
    memory_index,
    new_session,
)
from tracker_core.config import Settings
from tracker_core.db import make_engine, migrate
from tracker_core.models import Resume
from tracker_core.vectors import (
    VectorStoreUnavailable,
    open_index,
    rank_resumes_for_job,
    rebuild,
    similar_applications,
    sync_resume,
)
from tracker_core.vectors.index import Embedder, Space


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return default_embedder()


@pytest.fixture
def session() -> Iterator[Session]:
    eng = make_engine("sqlite://")
    migrate(eng)
    with new_session(eng) as s:
        yield s
    eng.dispose()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _settings(tmp_path: Path, **kw: object) -> Settings:
    return Settings(DATABASE_URL="sqlite://", DATA_DIR=tmp_path / "data", _env_file=None, **kw)  # type: ignore[call-arg, arg-type]


def test_unreachable_server_says_so_and_a_later_search_heals(
    session: Session, embedder: Embedder, tmp_path: Path
) -> None:
    url = f"http://127.0.0.1:{_free_port()}"
    db = session.get_bind()  # the marks live in this database, where both indexes look
    down = open_index(_settings(tmp_path, QDRANT_URL=url), db)
    uid = add_user(session, "a@example.com")
    resume = add_resume(session, uid, "Data CV", DATA_RESUME)
    add_application(session, uid, company="Foo", position="Data Scientist")

    # The resume is saved even though indexing it fails; the user is marked for rebuild.
    assert sync_resume(uid, resume, index=down, embedder=embedder) is False
    assert session.get(Resume, resume.id) is not None
    assert down.is_stale(uid)
    started = time.perf_counter()
    with pytest.raises(VectorStoreUnavailable) as err:
        rank_resumes_for_job(session, down, embedder, uid, jd_text=DATA_JD)
    assert time.perf_counter() - started < 5
    assert url in err.value.user_message and "QDRANT_URL" in err.value.user_message
    assert "rebuild" in err.value.user_message
    # Adding an application still warns about the same role at the same company.
    found = similar_applications(
        session,
        down,
        embedder,
        uid,
        company="Foo",
        position="Data Scientist",
        job_description=DATA_JD,
    )
    assert [m.company for m in found.matches] == ["Foo"]
    assert found.notice and "does not answer" in found.notice

    # Qdrant is back (here: local mode on the same data folder): the stale mark triggers a rebuild.
    back = open_index(_settings(tmp_path), db)
    assert back.is_stale(uid)
    ranked = rank_resumes_for_job(session, back, embedder, uid, jd_text=DATA_JD)
    assert [m.label for m in ranked] == ["Data CV"]
    assert not back.is_stale(uid)
    back.client.close()


def test_wrong_dimension_collection_is_reported_and_rebuild_repairs_it(
    embedder: Embedder, tmp_path: Path
) -> None:
    eng = make_engine("sqlite://")
    migrate(eng)
    index = memory_index()
    with new_session(eng) as s:
        uid = add_user(s, "a@example.com")
        add_resume(s, uid, "Data CV", DATA_RESUME)
    name = index.collection_name(Space.of(embedder), uid, "resume")
    index.client.create_collection(
        name, vectors_config=qm.VectorParams(size=8, distance=qm.Distance.COSINE)
    )

    with new_session(eng) as s, pytest.raises(VectorStoreUnavailable) as err:
        rank_resumes_for_job(s, index, embedder, uid, jd_text=DATA_JD)
    assert "size 8" in str(err.value) and "rebuild" in str(err.value)

    rebuild(eng, index, embedder)
    with new_session(eng) as s:
        assert [
            m.label for m in rank_resumes_for_job(s, index, embedder, uid, jd_text=DATA_JD)
        ] == ["Data CV"]


def test_locked_local_folder_gives_a_clear_message(tmp_path: Path, engine: Engine) -> None:
    settings = _settings(tmp_path)
    first = open_index(settings, engine)
    with pytest.raises(VectorStoreUnavailable) as err:
        open_index(settings, engine)
    assert "in use by another program" in err.value.user_message
    first.client.close()
    open_index(settings, engine).client.close()  # once released, the folder opens again


def test_failing_embedder_never_fails_the_save(session: Session, tmp_path: Path) -> None:
    class Broken:
        name, dim = "broken", 4

        def embed(self, texts: object) -> object:
            raise RuntimeError("model file missing")

    index = memory_index()
    uid = add_user(session, "a@example.com")
    resume = add_resume(session, uid, "CV", DATA_RESUME)
    assert sync_resume(uid, resume, index=index, embedder=Broken()) is False  # type: ignore[arg-type]
    assert index.is_stale(uid)


def test_a_broken_model_is_reported_by_the_panels_and_names_still_match(
    session: Session,
) -> None:
    class Broken:
        name, dim = "broken", 4

        def embed(self, texts: object) -> object:
            raise RuntimeError("model file missing")

    uid = add_user(session, "a@example.com")
    add_resume(session, uid, "CV", DATA_RESUME)
    add_application(session, uid, company="Foo", position="Data Scientist")
    with pytest.raises(VectorStoreUnavailable, match="embedding model 'broken' could not run"):
        rank_resumes_for_job(session, memory_index(), Broken(), uid, jd_text=DATA_JD)  # type: ignore[arg-type]
    # No index at all (it could not be opened): "similar jobs" still compares names.
    found = similar_applications(
        session,
        None,
        Broken(),
        uid,
        company="Foo Inc",  # type: ignore[arg-type]
        position="Data Scientist",
        job_description=DATA_JD,
    )
    assert [m.reasons for m in found.matches] == [["Same role at the same company"]]
    assert found.notice and "unavailable" in found.notice


def test_the_app_shares_one_index_per_process_and_releases_the_folder(
    tmp_path: Path, engine: Engine
) -> None:
    from tracker_core.vectors import close_index, get_index

    settings = _settings(tmp_path)
    first = get_index(settings, engine)
    assert get_index(settings, engine) is first  # a second page or session does not lock again
    close_index()
    reopened = open_index(settings, engine)  # the folder is free once closed
    reopened.client.close()
