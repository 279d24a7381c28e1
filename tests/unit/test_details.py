"""Detail services: edits with a version check, timeline, contacts, interviews, duplicates."""

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from pydantic import ValidationError
from sqlalchemy import Engine
from sqlmodel import Session

from tests.conftest import make_user
from tests.fakes import RecordingVectors
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.models import Application, ApplicationCreate, Resume
from tracker_core.services import applications as apps
from tracker_core.services import contacts, details, duplicates, interviews
from tracker_core.services.applications import NotFound


@pytest.fixture
def owner(engine: Engine, settings: Settings) -> str:
    return make_user(engine, settings).id


@pytest.fixture
def session(engine: Engine, owner: str) -> Iterator[Session]:
    with user_session(engine, owner) as s:
        yield s


def _new(session: Session, user_id: str, company: str = "Acme", **kw: object) -> Application:
    data = ApplicationCreate(company=company, position="Engineer", **kw)  # type: ignore[arg-type]
    return apps.create_application(
        session=session, user_id=user_id, data=data, vectors=RecordingVectors()
    )


def _form(app: Application, **changes: object) -> ApplicationCreate:
    values = {k: getattr(app, k) for k in ApplicationCreate.model_fields} | changes
    return ApplicationCreate.model_validate(values)


def test_update_saves_every_field_and_bumps_the_version(session: Session, owner: str) -> None:
    app = _new(session, owner)
    assert app.id is not None
    before = app.version
    saved = details.update_application(
        session=session,
        user_id=owner,
        application_id=app.id,
        data=_form(app, notes="**bold**", salary_min=100, salary_max=200, location="Berlin"),
        expected_version=app.version,
        vectors=RecordingVectors(),
    )
    assert (saved.notes, saved.salary_min, saved.location) == ("**bold**", 100, "Berlin")
    assert saved.version == before + 1


def test_a_stale_form_is_refused_and_nothing_changes(session: Session, owner: str) -> None:
    app = _new(session, owner)
    assert app.id is not None
    opened_at = app.version
    details.update_application(
        session=session,
        user_id=owner,
        application_id=app.id,
        data=_form(app, notes="tab one"),
        expected_version=opened_at,
        vectors=RecordingVectors(),
    )
    with pytest.raises(details.StaleEdit, match="changed elsewhere"):
        details.update_application(
            session=session,
            user_id=owner,
            application_id=app.id,
            data=_form(app, notes="tab two"),
            expected_version=opened_at,
            vectors=RecordingVectors(),
        )
    got = details.get_application(session=session, user_id=owner, application_id=app.id)
    assert got.notes == "tab one"


def test_edits_use_the_same_rules_as_a_new_application(session: Session, owner: str) -> None:
    app = _new(session, owner)
    with pytest.raises(ValidationError, match="Salary minimum is above"):
        _form(app, salary_min=300, salary_max=100)
    with pytest.raises(ValidationError, match="not a web address"):
        _form(app, url="not a url at all")


def test_timeline_lists_status_changes_with_times(session: Session, owner: str) -> None:
    app = _new(session, owner)
    assert app.id is not None
    apps.change_status(session=session, user_id=owner, application_id=app.id, to_status="applied")
    apps.change_status(session=session, user_id=owner, application_id=app.id, to_status="interview")
    steps = details.timeline(session=session, user_id=owner, application_id=app.id)
    assert [(s.from_status, s.to_status) for s in steps] == [
        (None, "saved"),
        ("saved", "applied"),
        ("applied", "interview"),
    ]
    assert all(isinstance(s.changed_at, datetime) for s in steps)


def test_contacts_add_edit_link_unlink(session: Session, owner: str) -> None:
    a, b = _new(session, owner), _new(session, owner, "Globex")
    assert a.id is not None and b.id is not None
    rita = contacts.add_contact(
        session=session,
        user_id=owner,
        application_id=a.id,
        data=contacts.ContactIn(name=" Rita ", email="Rita@Example.com", role=""),
    )
    assert rita.id is not None
    assert (rita.name, rita.email, rita.role) == ("Rita", "Rita@example.com", None)
    contacts.edit_contact(
        session=session, user_id=owner, contact_id=rita.id, data=contacts.ContactIn(name="Rita B")
    )
    contacts.link_contact(session=session, user_id=owner, application_id=b.id, contact_id=rita.id)
    contacts.link_contact(session=session, user_id=owner, application_id=b.id, contact_id=rita.id)
    detail = details.get_detail(session=session, user_id=owner, application_id=b.id)
    assert [c.name for c in detail.contacts] == ["Rita B"]
    contacts.unlink_contact(session=session, user_id=owner, application_id=b.id, contact_id=rita.id)
    assert details.get_detail(session=session, user_id=owner, application_id=b.id).contacts == []
    assert [c.name for c in contacts.list_contacts(session=session, user_id=owner)] == ["Rita B"]
    with pytest.raises(NotFound):
        contacts.unlink_contact(
            session=session, user_id=owner, application_id=b.id, contact_id=rita.id
        )


def test_contact_needs_a_name_and_a_real_email() -> None:
    with pytest.raises(ValidationError):
        contacts.ContactIn(name="  ")
    with pytest.raises(ValidationError, match="not an email address"):
        contacts.ContactIn(name="Rita", email="rita at example")


def test_interviews_add_edit_delete(session: Session, owner: str) -> None:
    app = _new(session, owner)
    assert app.id is not None
    when = datetime(2026, 12, 1, 14, 30)
    first = interviews.add_interview(
        session=session,
        user_id=owner,
        application_id=app.id,
        data=interviews.InterviewIn(round=1, scheduled_at=when, kind="phone", outcome=""),
    )
    assert first.id is not None and first.outcome is None
    interviews.edit_interview(
        session=session,
        user_id=owner,
        interview_id=first.id,
        data=interviews.InterviewIn(round=1, kind="phone", interviewers="Bo", outcome="passed"),
    )
    listed = interviews.list_interviews(session=session, user_id=owner, application_id=app.id)
    assert [(i.interviewers, i.outcome) for i in listed] == [("Bo", "passed")]
    interviews.delete_interview(session=session, user_id=owner, interview_id=first.id)
    assert interviews.list_interviews(session=session, user_id=owner, application_id=app.id) == []


def _others_rows(engine: Engine, settings: Settings) -> tuple[str, int, int, int]:
    other = make_user(engine, settings).id
    with user_session(engine, other) as s:
        app = _new(s, other)
        assert app.id is not None
        c = contacts.add_contact(
            session=s, user_id=other, application_id=app.id, data=contacts.ContactIn(name="X")
        )
        i = interviews.add_interview(
            session=s, user_id=other, application_id=app.id, data=interviews.InterviewIn()
        )
        assert c.id is not None and i.id is not None
        return other, app.id, c.id, i.id


def check_isolation(engine: Engine, settings: Settings) -> None:
    """A user can neither read nor change another user's application, contact or interview."""
    other, app_id, contact_id, interview_id = _others_rows(engine, settings)
    with user_session(engine, other) as s:
        resume = Resume(user_id=other, label="Theirs")
        s.add(resume)
        s.commit()
        resume_id = resume.id
    me = make_user(engine, settings).id
    with user_session(engine, me) as s:
        mine = _new(s, me)
        assert mine.id is not None
        ids = {"session": s, "user_id": me}
        blocked = [
            lambda: details.get_detail(**ids, application_id=app_id),
            lambda: details.timeline(**ids, application_id=app_id),
            lambda: details.update_application(
                **ids,
                application_id=app_id,
                data=_form(mine),
                expected_version=1,
                vectors=RecordingVectors(),
            ),
            lambda: contacts.edit_contact(
                **ids, contact_id=contact_id, data=contacts.ContactIn(name="pwned")
            ),
            lambda: contacts.link_contact(**ids, application_id=mine.id, contact_id=contact_id),
            lambda: contacts.unlink_contact(**ids, application_id=app_id, contact_id=contact_id),
            lambda: contacts.add_contact(
                **ids, application_id=app_id, data=contacts.ContactIn(name="x")
            ),
            lambda: interviews.list_interviews(**ids, application_id=app_id),
            lambda: interviews.add_interview(
                **ids, application_id=app_id, data=interviews.InterviewIn()
            ),
            lambda: interviews.edit_interview(
                **ids, interview_id=interview_id, data=interviews.InterviewIn(notes="pwned")
            ),
            lambda: interviews.delete_interview(**ids, interview_id=interview_id),
        ]
        for attempt in blocked:
            with pytest.raises(NotFound):
                attempt()
            s.rollback()
        assert contacts.list_contacts(session=s, user_id=me) == []
        for resume_attempt in (
            lambda: details.choose_resume(**ids, application_id=app_id, resume_id=None),
            lambda: details.choose_resume(**ids, application_id=mine.id, resume_id=resume_id),
        ):
            with pytest.raises(NotFound):
                resume_attempt()
            s.rollback()
        assert duplicates.find_earlier(session=s, user_id=me, company="Acme")[0].id == mine.id
    with user_session(engine, other) as s:
        detail = details.get_detail(session=s, user_id=other, application_id=app_id)
        assert [c.name for c in detail.contacts] == ["X"]
        assert [i.notes for i in detail.interviews] == [""]
        assert detail.application.version == 1


def test_isolation_on_sqlite(engine: Engine, settings: Settings) -> None:
    check_isolation(engine, settings)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Acme, Inc.", "acme"), ("ACME Corp", "Acme"), ("Société Générale SA", "societe generale")],
)
def test_company_names_are_compared_normalised(a: str, b: str) -> None:
    assert duplicates.normalise_company(a) == duplicates.normalise_company(b)


def test_earlier_applications_are_summarised(session: Session, owner: str) -> None:
    app = _new(session, owner, "Acme, Inc.", status="applied", applied_on=date(2026, 8, 20))
    assert app.id is not None
    apps.change_status(session=session, user_id=owner, application_id=app.id, to_status="rejected")
    _new(session, owner, "Globex")
    found = duplicates.find_earlier(
        session=session, user_id=owner, company="acme", today=date(2026, 11, 24)
    )
    assert [f.summary for f in found] == ["Engineer: applied 3 months ago, rejected"]
    assert duplicates.find_earlier(session=session, user_id=owner, company="  ") == []


def test_choose_the_resume_used(session: Session, owner: str) -> None:
    app = _new(session, owner)
    resume = Resume(user_id=owner, label="Data CV v2")
    session.add(resume)
    session.commit()
    assert app.id is not None and resume.id is not None
    details.choose_resume(
        session=session, user_id=owner, application_id=app.id, resume_id=resume.id
    )
    detail = details.get_detail(session=session, user_id=owner, application_id=app.id)
    assert detail.resume is not None and detail.resume.label == "Data CV v2"
    assert [r.label for r in details.list_resumes(session=session, user_id=owner)] == ["Data CV v2"]
    details.choose_resume(session=session, user_id=owner, application_id=app.id, resume_id=None)
    assert details.get_detail(session=session, user_id=owner, application_id=app.id).resume is None
