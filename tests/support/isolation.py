"""One user cannot reach another's rows: the check run on SQLite and on Postgres."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from tests.support.factories import edit_form, make_user, new_application
from tests.support.fakes import RecordingVectors
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.models import Resume
from tracker_core.services import contacts, details, duplicates, interviews, timeline
from tracker_core.services.applications import NotFound


def _others_rows(engine: Engine, settings: Settings) -> tuple[str, int, int, int]:
    other = make_user(engine, settings).id
    with user_session(engine, other) as s:
        app = new_application(s, other)
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
        mine = new_application(s, me)
        assert mine.id is not None
        ids = {"session": s, "user_id": me}
        blocked = [
            lambda: details.get_detail(**ids, application_id=app_id),
            lambda: details.timeline(**ids, application_id=app_id),
            lambda: timeline.application_history(**ids, application_id=app_id),
            lambda: details.update_application(
                **ids,
                application_id=app_id,
                data=edit_form(mine),
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
