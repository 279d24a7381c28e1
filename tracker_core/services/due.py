"""What is due soon: deadlines, next actions and interviews, and the calendar file of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Literal

from icalendar import Calendar, Event
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import Engine
from sqlmodel import Session

from tracker_core import clock
from tracker_core.db import user_session
from tracker_core.errors import NotFound
from tracker_core.localtime import as_utc
from tracker_core.repositories import dated, users
from tracker_core.services.stages import list_stages
from tracker_core.services.user_zone import account_row, user_tz

WEEK = 7
DueKind = Literal["deadline", "next_action", "interview"]
_TOKEN_SALT = "calendar"


@dataclass(frozen=True)
class DueItem:
    """One dated thing to do; `at` is set for interviews (a time), else only the day."""

    kind: DueKind
    day: date
    application_id: int
    company: str
    position: str
    what: str
    at: datetime | None = None


def _closed_stages(session: Session, user_id: str) -> set[str]:
    return {s.key for s in list_stages(session=session, user_id=user_id) if s.closed}


def _midnight(day: date, tz: tzinfo) -> datetime:
    """The moment (UTC) the user's day begins."""
    return datetime.combine(day, time.min, tzinfo=tz).astimezone(UTC)


def _items(
    session: Session, user_id: str, tz: tzinfo, first: date | None, last: date | None
) -> list[DueItem]:
    """Items dated from `first` through `last` (the user's days, in zone `tz`); None: no bound."""
    closed = _closed_stages(session, user_id)
    start = _midnight(first, tz) if first else None
    end = _midnight(last + timedelta(days=1), tz) if last else None
    items: list[DueItem] = []
    for app in dated.list_dated_applications(
        session=session, user_id=user_id, start=first, end=last
    ):
        assert app.id is not None
        if app.status in closed:  # a closed application has nothing left to do
            continue
        dates: tuple[tuple[DueKind, date | None, str], ...] = (
            ("deadline", app.deadline, "Deadline"),
            ("next_action", app.next_action_on, app.next_action or "Next action"),
        )
        for kind, day, what in dates:
            if (
                day is not None
                and (first is None or day >= first)
                and (last is None or day <= last)
            ):
                items.append(
                    DueItem(
                        kind=kind,
                        day=day,
                        application_id=app.id,
                        company=app.company,
                        position=app.position,
                        what=what,
                    )
                )
    for interview, app in dated.list_dated_interviews(
        session=session, user_id=user_id, start=start, end=end
    ):
        assert app.id is not None and interview.scheduled_at is not None
        at = as_utc(interview.scheduled_at)
        style = f" ({interview.kind})" if interview.kind else ""
        items.append(
            DueItem(
                kind="interview",
                day=at.astimezone(tz).date(),
                at=at,
                application_id=app.id,
                company=app.company,
                position=app.position,
                what=f"Interview round {interview.round}{style}",
            )
        )
    items.sort(key=lambda i: (i.day, i.at or datetime.min.replace(tzinfo=UTC), i.company))
    return items


def due_this_week(
    *, session: Session, user_id: str, now: datetime | None = None, days: int = WEEK
) -> list[DueItem]:
    """Deadlines, next actions and interviews from today through the next `days` days, soonest
    first; closed, archived and deleted applications have none."""
    tz = user_tz(session=session, user_id=user_id)  # "today" and the week are the user's
    today = as_utc(now or clock.now()).astimezone(tz).date()
    return _items(session, user_id, tz, today, today + timedelta(days=days))


def calendar_ics(*, session: Session, user_id: str, now: datetime | None = None) -> bytes:
    """Every interview and open deadline (and dated next action) as an iCalendar file.

    Interviews are one-hour events at their time (UTC); deadlines and next actions are
    all-day events. UIDs are stable, so a subscribed calendar updates rather than duplicates.
    """
    stamp = as_utc(now or clock.now())
    cal = Calendar()
    cal.add("prodid", "-//Application Tracker//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Applications")
    for item in _items(session, user_id, UTC, None, None):
        event = Event()
        event.add(
            "uid",
            f"{item.kind}-{item.application_id}-{item.day.isoformat()}"
            f"-{item.at.strftime('%H%M') if item.at else 'day'}@application-tracker",
        )
        event.add("summary", f"{item.what}: {item.company}, {item.position}")
        event.add("dtstamp", stamp)
        if item.at is not None:
            event.add("dtstart", item.at)
            event.add("dtend", item.at + timedelta(hours=1))
        else:
            event.add("dtstart", item.day)
            event.add("dtend", item.day + timedelta(days=1))
        cal.add_component(event)
    ics: bytes = cal.to_ical()
    return ics


def calendar_token(secret: str, user_id: str, epoch: int = 0) -> str:
    """The user's private calendar link token (signed, so it cannot be guessed or forged).

    It carries the user's calendar epoch: resetting the link bumps the epoch, so a link that
    was shared by mistake stops working.
    """
    return URLSafeSerializer(secret, salt=_TOKEN_SALT).dumps({"u": user_id, "e": epoch})


def calendar_user(secret: str, token: str) -> tuple[str, int] | None:
    """The user and epoch a calendar token names, or None when we did not sign it."""
    try:
        data = URLSafeSerializer(secret, salt=_TOKEN_SALT).loads(token)
    except BadSignature:
        return None
    user = data.get("u") if isinstance(data, dict) else None
    epoch = data.get("e", 0) if isinstance(data, dict) else None
    if not isinstance(user, str) or not isinstance(epoch, int):
        return None
    return user, epoch


def calendar_link(*, session: Session, secret: str, base_url: str, user_id: str) -> str:
    """The address a calendar app subscribes to: the API's `/calendar/{token}.ics`."""
    user = account_row(session, user_id)
    token = calendar_token(secret, user_id, user.calendar_epoch)
    return f"{base_url.rstrip('/')}/calendar/{token}.ics"


def reset_calendar_link(*, session: Session, user_id: str) -> None:
    """A new private link; the old one answers "not found" from now on."""
    user = account_row(session, user_id)
    user.calendar_epoch += 1
    session.add(user)
    session.commit()


def calendar_feed(*, engine: Engine, secret: str, token: str) -> bytes:
    """The calendar file a private link names; NotFound for a forged, reset or orphaned link."""
    found = calendar_user(secret, token)
    if found is None:
        raise NotFound("This calendar link is not valid (it was reset?). Copy the new one.")
    user_id, epoch = found
    with user_session(engine, user_id) as session:
        user = users.get_user(session=session, user_id=user_id)
        if user is None or user.calendar_epoch != epoch:
            raise NotFound("This calendar link is not valid (it was reset?). Copy the new one.")
        return calendar_ics(session=session, user_id=user_id)
