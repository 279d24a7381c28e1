"""What the stats computation reads: history rows as plain tuples, and the weekly goal."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from tracker_core.models import (
    Application,
    StatusChange,
    User,
)

# --- stats (appended by the stats branch) ------------------------------------------------


def list_stats_applications(
    *, session: Session, user_id: str
) -> Sequence[tuple[int, str, str | None, int | None, date | None]]:
    """(id, status, source, resume_id, applied_on) of every counted application: live and
    archived, never deleted ones or samples."""
    rows = session.execute(
        sa_select(
            col(Application.id),
            col(Application.status),
            col(Application.source),
            col(Application.resume_id),
            col(Application.applied_on),
        ).where(
            col(Application.user_id) == user_id,
            col(Application.deleted_at).is_(None),
            col(Application.is_sample).is_(False),
        )
    ).all()
    return rows  # Row is a tuple


def list_stats_changes(*, session: Session, user_id: str) -> Sequence[tuple[int, str, datetime]]:
    """(application_id, to_status, changed_at) of every status change the user owns, by
    application and time; ix_status_changes_user_app_time alone answers it."""
    rows = session.execute(
        sa_select(
            col(StatusChange.application_id),
            col(StatusChange.to_status),
            col(StatusChange.changed_at),
        )
        .where(col(StatusChange.user_id) == user_id)
        .order_by(
            col(StatusChange.application_id), col(StatusChange.changed_at), col(StatusChange.id)
        )
    ).all()
    return rows  # Row is a tuple


def get_weekly_goal(*, session: Session, user_id: str) -> int | None:
    return session.execute(
        sa_select(col(User.weekly_goal)).where(col(User.id) == user_id)
    ).scalar_one_or_none()


def set_weekly_goal(*, session: Session, user_id: str, goal: int | None) -> None:
    user = session.get(User, user_id)
    if user is not None:
        user.weekly_goal = goal
        session.add(user)


def list_stats_sources(*, session: Session, user_id: str) -> Sequence[str | None]:
    """The distinct sources of the user's counted applications (the stats page's filter)."""
    return (
        session.execute(
            sa_select(col(Application.source))
            .where(
                col(Application.user_id) == user_id,
                col(Application.deleted_at).is_(None),
                col(Application.is_sample).is_(False),
            )
            .distinct()
        )
        .scalars()
        .all()
    )
