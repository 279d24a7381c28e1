"""What is due this week, the calendar file, and one timeline of everything on an application."""

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import Engine
from sqlmodel import Session

from tests.support.factories import make_user, new_application
from tests.support.fakes import RecordingVectors
from tracker_core.clock import FixedClock
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.models import Analysis
from tracker_core.services import applications as apps
from tracker_core.services import (
    board,
    contacts,
    details,
    due,
    interviews,
    timeline,
    undo,
    user_zone,
)


@pytest.fixture
def owner(engine: Engine, settings: Settings) -> str:
    return make_user(engine, settings).id


@pytest.fixture
def session(engine: Engine, owner: str) -> Iterator[Session]:
    with user_session(engine, owner) as s:
        yield s


def _interview(
    session: Session, owner: str, app_id: int, at: datetime | None, **kw: object
) -> None:
    data = interviews.InterviewIn(scheduled_at=at, **kw)  # type: ignore[arg-type]
    interviews.add_interview(session=session, user_id=owner, application_id=app_id, data=data)


def test_due_this_week_lists_deadlines_actions_and_interviews_soonest_first(
    session: Session, owner: str, clock: FixedClock
) -> None:
    today = clock.now().date()
    now = clock.now()
    a = new_application(session, owner, "Acme", deadline=today + timedelta(days=3))
    b = new_application(
        session,
        owner,
        "Globex",
        next_action="Email the recruiter",
        next_action_on=today + timedelta(days=1),
        deadline=today + timedelta(days=30),  # too far
    )
    assert a.id is not None and b.id is not None
    _interview(session, owner, b.id, now + timedelta(days=2), kind="technical", round=2)
    _interview(session, owner, a.id, now + timedelta(days=9))  # too far
    _interview(session, owner, a.id, None)  # no date: not due
    new_application(session, owner, "Initech", deadline=today - timedelta(days=1))  # past
    closed = new_application(
        session, owner, "Hooli", deadline=today + timedelta(days=2), status="rejected"
    )
    archived = new_application(session, owner, "Umbrella", deadline=today + timedelta(days=2))
    assert archived.id is not None and closed.id is not None
    undo.archive(session=session, user_id=owner, application_ids=[archived.id])

    items = due.due_this_week(session=session, user_id=owner)

    assert [(i.company, i.what) for i in items] == [
        ("Globex", "Email the recruiter"),
        ("Globex", "Interview round 2 (technical)"),
        ("Acme", "Deadline"),
    ]
    assert items[1].at is not None and items[1].kind == "interview"


def test_the_week_and_overdue_follow_the_users_time_zone_not_utc(
    session: Session, owner: str, clock: FixedClock
) -> None:
    # 12:00 UTC is already 01:00 tomorrow in Auckland (UTC+13 in November).
    user_zone.set_zone(session=session, user_id=owner, name="Pacific/Auckland")
    utc_today = clock.now().date()
    a = new_application(session, owner, "Acme", deadline=utc_today)  # yesterday in Auckland
    b = new_application(session, owner, "Globex", deadline=utc_today + timedelta(days=8))
    assert a.id is not None and b.id is not None
    # 23:30 UTC today is 12:30 tomorrow in Auckland: shown on the local day it happens.
    late = datetime.combine(utc_today, datetime.min.time(), tzinfo=UTC) + timedelta(hours=23.5)
    _interview(session, owner, b.id, late)

    items = due.due_this_week(session=session, user_id=owner)
    assert [(i.company, i.kind, i.day) for i in items] == [
        ("Globex", "interview", utc_today + timedelta(days=1)),
        ("Globex", "deadline", utc_today + timedelta(days=8)),  # 7 local days ahead
    ]
    cards = {
        c.company: c.deadline_state
        for col in board.board_data(session=session, user_id=owner).columns
        for c in col.cards
    }
    assert cards["Acme"] == "overdue"

    user_zone.set_zone(session=session, user_id=owner, name="UTC")
    items = due.due_this_week(session=session, user_id=owner)
    assert [(i.company, i.kind) for i in items][0] == ("Acme", "deadline")  # today in UTC
    assert "Globex" not in {i.company for i in items if i.kind == "deadline"}  # 8 days off


def test_due_items_are_only_the_users_own(
    engine: Engine, settings: Settings, clock: FixedClock
) -> None:
    alice, bob = make_user(engine, settings).id, make_user(engine, settings).id
    with user_session(engine, alice) as s:
        new_application(s, alice, "Acme", deadline=clock.now().date())
    with user_session(engine, bob) as s:
        assert due.due_this_week(session=s, user_id=bob) == []
        assert b"Acme" not in due.calendar_ics(session=s, user_id=bob)


def test_calendar_file_holds_interviews_at_their_time_and_deadlines_all_day(
    session: Session, owner: str
) -> None:
    app = new_application(session, owner, "Acme", deadline=date(2031, 5, 4))
    assert app.id is not None
    at = datetime(2031, 5, 1, 14, 30, tzinfo=UTC)
    _interview(session, owner, app.id, at, kind="onsite")

    cal = Calendar.from_ical(due.calendar_ics(session=session, user_id=owner))

    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {
        "Interview round 1 (onsite): Acme, Engineer",
        "Deadline: Acme, Engineer",
    }
    interview = events["Interview round 1 (onsite): Acme, Engineer"]
    assert interview.decoded("dtstart") == at
    assert events["Deadline: Acme, Engineer"].decoded("dtstart") == date(2031, 5, 4)
    again = Calendar.from_ical(due.calendar_ics(session=session, user_id=owner))
    assert {str(e["uid"]) for e in again.walk("VEVENT")} == {str(e["uid"]) for e in events.values()}


def test_calendar_token_names_its_user_and_refuses_a_forged_one(owner: str) -> None:
    token = due.calendar_token("secret-one", owner)
    assert due.calendar_user("secret-one", token) == (owner, 0)
    assert due.calendar_user("secret-one", due.calendar_token("secret-one", owner, 3)) == (owner, 3)
    assert due.calendar_user("secret-two", token) is None
    assert due.calendar_user("secret-one", token[:-2] + "xx") is None


def test_timeline_holds_moves_contacts_interviews_analyses_and_edits_newest_first(
    session: Session, owner: str, clock: FixedClock
) -> None:
    app = new_application(session, owner, "Acme")
    assert app.id is not None
    clock.advance(timedelta(hours=1))
    apps.change_status(session=session, user_id=owner, application_id=app.id, to_status="applied")
    clock.advance(timedelta(hours=1))
    contacts.add_contact(
        session=session,
        user_id=owner,
        application_id=app.id,
        data=contacts.ContactIn(name="Grace", role="Recruiter"),
    )
    clock.advance(timedelta(hours=1))
    session.add(
        Analysis(
            user_id=owner,
            application_id=app.id,
            jd_hash="j",
            input_hash="i",
            score=7.5,
            engine="offline",
        )
    )
    session.commit()
    clock.advance(timedelta(hours=1))
    fresh = details.get_application(session=session, user_id=owner, application_id=app.id)
    form = {k: getattr(fresh, k) for k in details.EDITABLE_FIELDS} | {"location": "Berlin"}
    details.update_application(
        session=session,
        user_id=owner,
        vectors=RecordingVectors(),
        application_id=app.id,
        data=apps.ApplicationCreate.model_validate(form),
        expected_version=fresh.version,
    )
    _interview(session, owner, app.id, clock.now() + timedelta(days=3), kind="video")
    _interview(session, owner, app.id, None, round=2)

    events = timeline.application_history(session=session, user_id=owner, application_id=app.id)

    assert [(e.kind, e.title) for e in events] == [
        ("interview", "Interview round 1 (video)"),
        ("edit", "Edited"),
        ("analysis", "Resume analysed: 7.5/10"),
        ("contact", "Contact Grace (Recruiter)"),
        ("stage", "Saved → Applied"),
        ("stage", "Added as Saved"),
        ("interview", "Interview round 2, no date yet"),
    ]
