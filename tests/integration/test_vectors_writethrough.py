"""The services keep the similarity index in step, and save rows even when Qdrant is down."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from tests.support.factories import make_user
from tests.support.vectors import (
    DATA_JD,
    DATA_RESUME,
    NURSE_JD,
    NURSE_RESUME,
    app_write_through,
    closed_port,
)
from tracker_core.config import Settings, get_settings
from tracker_core.db import user_session
from tracker_core.embeddings import get_embedder
from tracker_core.models import Application, ApplicationCreate, Resume
from tracker_core.services import applications, details, resumes, samples, transfer
from tracker_core.vectors import get_index, rank_resumes_for_job
from tracker_core.vectors.client import stale_marks
from tracker_core.vectors.index import Kind, Space


def _owners(engine: Engine, user_id: str, kind: Kind) -> set[int]:
    """Which resumes or applications of the user have points in the app's index."""
    space = Space.of(get_embedder())
    index = get_index(get_settings(), engine)
    ids = range(1, 200)
    return {c.owner_id for c in index.chunks(space, user_id, kind, list(ids))}


def _texts(engine: Engine, user_id: str, owner_id: int) -> str:
    space = Space.of(get_embedder())
    index = get_index(get_settings(), engine)
    return " ".join(c.text for c in index.chunks(space, user_id, "job", [owner_id]))


@pytest.fixture
def user_id(engine: Engine, settings: Settings) -> str:
    return make_user(engine, settings).id


def _new_app(s: Session, engine: Engine, user_id: str, **fields: object) -> Application:
    data = ApplicationCreate.model_validate(
        {"company": "Foo", "position": "Data Scientist"} | fields
    )
    return applications.create_application(
        session=s, user_id=user_id, data=data, vectors=app_write_through(engine)
    )


def test_resume_create_new_version_and_delete_update_the_index(
    engine: Engine, user_id: str
) -> None:
    with user_session(engine, user_id) as s:
        first = resumes.create_resume(
            session=s,
            user_id=user_id,
            label="CV",
            text=NURSE_RESUME,
            vectors=app_write_through(engine),
        )
        assert first.id is not None
        assert _owners(engine, user_id, "resume") == {first.id}
        second = resumes.save_new_version(
            session=s,
            user_id=user_id,
            resume_id=first.id,
            text=DATA_RESUME,
            vectors=app_write_through(engine),
        )
        assert second.id is not None
        assert _owners(engine, user_id, "resume") == {first.id, second.id}
        resumes.delete_resume(
            session=s, user_id=user_id, resume_id=first.id, vectors=app_write_through(engine)
        )
        assert _owners(engine, user_id, "resume") == {second.id}
    assert user_id not in stale_marks(engine)


def test_application_edits_trash_and_restore_update_the_index(engine: Engine, user_id: str) -> None:
    with user_session(engine, user_id) as s:
        app = _new_app(s, engine, user_id, job_description=NURSE_JD)
        assert app.id is not None
        assert _owners(engine, user_id, "job") == {app.id}
        assert "Registered Nurse" in _texts(engine, user_id, app.id)

        applications.update_fields(
            session=s,
            user_id=user_id,
            application_id=app.id,
            changes={"job_description": DATA_JD},
            vectors=app_write_through(engine),
        )
        assert "scikit-learn" in _texts(engine, user_id, app.id)

        form = ApplicationCreate.model_validate(
            app.model_dump(include=set(details.EDITABLE_FIELDS)) | {"position": "ML Engineer"}
        )
        details.update_application(
            session=s,
            user_id=user_id,
            application_id=app.id,
            data=form,
            expected_version=app.version,
            vectors=app_write_through(engine),
        )
        assert _texts(engine, user_id, app.id).startswith("ML Engineer at Foo")

        applications.set_deleted(
            session=s,
            user_id=user_id,
            application_ids=[app.id],
            deleted=True,
            vectors=app_write_through(engine),
        )
        assert _owners(engine, user_id, "job") == set()
        applications.set_deleted(
            session=s,
            user_id=user_id,
            application_ids=[app.id],
            deleted=False,
            vectors=app_write_through(engine),
        )
        assert _owners(engine, user_id, "job") == {app.id}
    assert user_id not in stale_marks(engine)


def test_the_detail_ranking_follows_the_saved_rows(engine: Engine, user_id: str) -> None:
    with user_session(engine, user_id) as s:
        resumes.create_resume(
            session=s,
            user_id=user_id,
            label="Nursing CV",
            text=NURSE_RESUME,
            vectors=app_write_through(engine),
        )
        resumes.create_resume(
            session=s,
            user_id=user_id,
            label="Data CV",
            text=DATA_RESUME,
            vectors=app_write_through(engine),
        )
        app = _new_app(s, engine, user_id, job_description=DATA_JD)
        ranked = rank_resumes_for_job(
            s, get_index(get_settings(), engine), get_embedder(), user_id, application_id=app.id
        )
    assert [m.label for m in ranked] == ["Data CV", "Nursing CV"]


def test_an_import_indexes_every_row_once_and_samples_come_and_go(
    engine: Engine, user_id: str
) -> None:
    csv_file = transfer.read_csv(b"Company,Position\nFoo,Data Scientist\nBar,Nurse\n")
    with user_session(engine, user_id) as s:
        plan = transfer.plan_import(
            session=s,
            user_id=user_id,
            csv_file=csv_file,
            mapping={"company": "Company", "position": "Position"},
        )
        assert (
            transfer.run_import(
                session=s, user_id=user_id, plan=plan, vectors=app_write_through(engine)
            )
            == 2
        )
        imported = _owners(engine, user_id, "job")
        assert len(imported) == 2
        samples.load_samples(session=s, user_id=user_id, vectors=app_write_through(engine))
        assert len(_owners(engine, user_id, "job")) == 2 + len(samples.SAMPLES)
        samples.remove_samples(session=s, user_id=user_id, vectors=app_write_through(engine))
        assert _owners(engine, user_id, "job") == imported


def test_rows_are_saved_when_qdrant_is_unreachable_and_the_user_is_marked(
    engine: Engine, user_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QDRANT_URL", f"http://127.0.0.1:{closed_port()}")
    get_settings.cache_clear()
    with user_session(engine, user_id) as s:
        resume = resumes.create_resume(
            session=s,
            user_id=user_id,
            label="CV",
            text=DATA_RESUME,
            vectors=app_write_through(engine),
        )
        app = _new_app(s, engine, user_id, job_description=DATA_JD)
        assert app.id is not None
        applications.set_deleted(
            session=s,
            user_id=user_id,
            application_ids=[app.id],
            deleted=True,
            vectors=app_write_through(engine),
        )
        resumes.delete_resume(
            session=s, user_id=user_id, resume_id=resume.id or 0, vectors=app_write_through(engine)
        )
        assert s.get(Application, app.id) is not None
        assert s.get(Resume, resume.id) is None
    assert user_id in stale_marks(engine)
