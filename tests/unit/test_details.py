"""Detail services: edits with a version check, timeline, contacts, interviews, duplicates."""

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from pydantic import ValidationError
from sqlalchemy import Engine
from sqlmodel import Session

from tests.support.factories import edit_form, make_user, new_application
from tests.support.fakes import RecordingVectors
from tests.support.isolation import check_isolation
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.models import Resume
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


def test_update_saves_every_field_and_bumps_the_version(session: Session, owner: str) -> None:
    app = new_application(session, owner)
    assert app.id is not None
    before = app.version
    saved = details.update_application(
        session=session,
        user_id=owner,
        application_id=app.id,
        data=edit_form(app, notes="**bold**", salary_min=100, salary_max=200, location="Berlin"),
        expected_version=app.version,
        vectors=RecordingVectors(),
    )
    assert (saved.notes, saved.salary_min, saved.location) == ("**bold**", 100, "Berlin")
    assert saved.version == before + 1


def test_a_stale_form_is_refused_and_nothing_changes(session: Session, owner: str) -> None:
    app = new_application(session, owner)
    assert app.id is not None
    opened_at = app.version
    details.update_application(
        session=session,
        user_id=owner,
        application_id=app.id,
        data=edit_form(app, notes="tab one"),
        expected_version=opened_at,
        vectors=RecordingVectors(),
    )
    with pytest.raises(details.StaleEdit, match="changed elsewhere"):
        details.update_application(
            session=session,
            user_id=owner,
            application_id=app.id,
            data=edit_form(app, notes="tab two"),
            expected_version=opened_at,
            vectors=RecordingVectors(),
        )
    got = details.get_application(session=session, user_id=owner, application_id=app.id)
    assert got.notes == "tab one"


def test_edits_use_the_same_rules_as_a_new_application(session: Session, owner: str) -> None:
    app = new_application(session, owner)
    with pytest.raises(ValidationError, match="Salary minimum is above"):
        edit_form(app, salary_min=300, salary_max=100)
    with pytest.raises(ValidationError, match="not a web address"):
        edit_form(app, url="not a url at all")


def test_timeline_lists_status_changes_with_times(session: Session, owner: str) -> None:
    app = new_application(session, owner)
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
    a, b = new_application(session, owner), new_application(session, owner, "Globex")
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
    app = new_application(session, owner)
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


def test_isolation_on_sqlite(engine: Engine, settings: Settings) -> None:
    check_isolation(engine, settings)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Acme, Inc.", "acme"), ("ACME Corp", "Acme"), ("Société Générale SA", "societe generale")],
)
def test_company_names_are_compared_normalised(a: str, b: str) -> None:
    assert duplicates.normalise_company(a) == duplicates.normalise_company(b)


def test_earlier_applications_are_summarised(session: Session, owner: str) -> None:
    app = new_application(
        session, owner, "Acme, Inc.", status="applied", applied_on=date(2026, 8, 20)
    )
    assert app.id is not None
    apps.change_status(session=session, user_id=owner, application_id=app.id, to_status="rejected")
    new_application(session, owner, "Globex")
    found = duplicates.find_earlier(
        session=session, user_id=owner, company="acme", today=date(2026, 11, 24)
    )
    assert [f.summary for f in found] == ["Engineer: applied 3 months ago, rejected"]
    assert duplicates.find_earlier(session=session, user_id=owner, company="  ") == []


def test_choose_the_resume_used(session: Session, owner: str) -> None:
    app = new_application(session, owner)
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
