"""Services tell the VectorSync they are given about every change to what is indexed."""

from __future__ import annotations

from sqlalchemy import Engine

from tests.support.factories import make_user
from tests.support.fakes import RecordingVectors
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.models import ApplicationCreate
from tracker_core.services import applications, details, resumes, samples, transfer


def test_application_writes_are_reported_after_they_are_saved(
    engine: Engine, settings: Settings
) -> None:
    me = make_user(engine, settings).id
    vectors = RecordingVectors()
    with user_session(engine, me) as s:
        app = applications.create_application(
            session=s,
            user_id=me,
            vectors=vectors,
            data=ApplicationCreate(company="A", position="B"),
        )
        assert app.id is not None
        assert vectors.calls == [("application_saved", me, app.id)]
        ids = {"session": s, "user_id": me, "vectors": vectors, "application_id": app.id}
        applications.update_fields(**ids, changes={"notes": "not indexed"})
        assert len(vectors.calls) == 1
        applications.update_fields(**ids, changes={"position": "C"})
        form = ApplicationCreate.model_validate(
            app.model_dump(include=set(details.EDITABLE_FIELDS)) | {"company": "D"}
        )
        details.update_application(**ids, data=form, expected_version=app.version)
        applications.set_deleted(
            session=s, user_id=me, vectors=vectors, application_ids=[app.id], deleted=True
        )
    assert vectors.calls[1:] == [("application_saved", me, app.id)] * 3


def test_an_edit_that_leaves_the_indexed_text_alone_is_not_reported(
    engine: Engine, settings: Settings
) -> None:
    me = make_user(engine, settings).id
    vectors = RecordingVectors()
    with user_session(engine, me) as s:
        app = applications.create_application(
            session=s,
            user_id=me,
            vectors=vectors,
            data=ApplicationCreate(company="A", position="B"),
        )
        assert app.id is not None
        form = ApplicationCreate.model_validate(
            app.model_dump(include=set(details.EDITABLE_FIELDS)) | {"notes": "just notes"}
        )
        details.update_application(
            session=s,
            user_id=me,
            vectors=vectors,
            application_id=app.id,
            data=form,
            expected_version=app.version,
        )
    assert vectors.calls == [("application_saved", me, app.id)]


def test_resume_writes_are_reported(engine: Engine, settings: Settings) -> None:
    me = make_user(engine, settings).id
    vectors = RecordingVectors()
    with user_session(engine, me) as s:
        first = resumes.create_resume(
            session=s, user_id=me, vectors=vectors, label="CV", text="python"
        )
        assert first.id is not None
        second = resumes.save_new_version(
            session=s, user_id=me, vectors=vectors, resume_id=first.id, text="python sql"
        )
        resumes.delete_resume(session=s, user_id=me, vectors=vectors, resume_id=first.id)
    assert vectors.calls == [
        ("resume_saved", me, first.id),
        ("resume_saved", me, second.id),
        ("resume_deleted", me, first.id),
    ]


def test_samples_and_imports_are_reported(engine: Engine, settings: Settings) -> None:
    me = make_user(engine, settings).id
    vectors = RecordingVectors()
    with user_session(engine, me) as s:
        count = samples.load_samples(session=s, user_id=me, vectors=vectors)
        saved = [i for what, _, i in vectors.calls if what == "application_saved"]
        assert len(saved) == count
        samples.remove_samples(session=s, user_id=me, vectors=vectors)
        deleted = [i for what, _, i in vectors.calls if what == "application_deleted"]
        assert sorted(deleted) == sorted(saved)
        csv_file = transfer.read_csv(b"Company,Position\nFoo,Data Scientist\n")
        plan = transfer.plan_import(
            session=s,
            user_id=me,
            csv_file=csv_file,
            mapping={"company": "Company", "position": "Position"},
        )
        transfer.run_import(session=s, user_id=me, vectors=vectors, plan=plan)
        (foo,) = applications.list_applications(session=s, user_id=me)
    # Only the imported row is told to the index, not the whole account.
    assert vectors.calls[-1] == ("applications_saved", me, foo.id)
