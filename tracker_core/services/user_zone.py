"""The user's time zone: taken once from their browser, then whatever they choose."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session

from tracker_core import clock
from tracker_core import repositories as repo
from tracker_core.errors import InvalidInput, NotFound
from tracker_core.localtime import DEFAULT_ZONE, is_zone, to_local, zone
from tracker_core.models import User


def account_row(session: Session, user_id: str) -> User:
    """The signed-in user's own row; NotFound when the account is gone."""
    user = repo.get_user(session=session, user_id=user_id)
    if user is None:
        raise NotFound("Your account was not found. Sign in again.")
    return user


def zone_for(*, session: Session, user_id: str, browser_zone: str | None = None) -> str:
    """The user's zone name; the browser's is stored first, while they have chosen none."""
    user = account_row(session, user_id)
    if not user.timezone_set and is_zone(browser_zone) and browser_zone:
        user.timezone, user.timezone_set = browser_zone, True
        session.add(user)
        session.commit()
    return user.timezone if is_zone(user.timezone) else DEFAULT_ZONE


def set_zone(*, session: Session, user_id: str, name: str) -> str:
    """Store the zone the user chose on the Account page."""
    if not is_zone(name):
        raise InvalidInput(
            f"“{name}” is not a time zone this server knows (like Europe/Berlin).", field="tz"
        )
    user = account_row(session, user_id)
    user.timezone, user.timezone_set = name, True
    session.add(user)
    session.commit()
    return name


def user_tz(*, session: Session, user_id: str) -> ZoneInfo:
    """The user's stored zone (UTC for an unknown account or zone)."""
    user = repo.get_user(session=session, user_id=user_id)
    return zone(user.timezone if user else None)


def local_today(*, session: Session, user_id: str, now: datetime | None = None) -> date:
    """Today's date where the user is."""
    return to_local(now or clock.now(), user_tz(session=session, user_id=user_id)).date()
