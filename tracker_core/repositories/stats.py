"""What the stats computation reads: history rows as plain tuples, and the weekly goal."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import String, func, type_coerce
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from tracker_core.models import (
    Application,
    StatusChange,
    User,
)

# --- stats (appended by the stats branch) ------------------------------------------------


def _naive_utc(session: Session, column: Any) -> Any:
    """A timestamp column read as it is stored, with no per-row type processing: naive UTC.

    SQLite hands back its ISO text (parsed below, five times faster than the DateTime type's
    processor); Postgres is asked for the moment in UTC without an offset, whatever the
    connection's time zone.
    """
    if session.get_bind().dialect.name == "postgresql":
        return func.timezone("UTC", column)
    return type_coerce(column, String())


def _moment(value: str | datetime) -> datetime:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _day(value: str | date | None) -> date | None:
    return date.fromisoformat(value[:10]) if isinstance(value, str) else value


def _driver_rows(session: Session, statement: Any) -> Sequence[Any]:
    """Every row of `statement` as the driver's own tuples, in one fetchall.

    Iterating a result fetches row by row (psycopg's fetchone is Python code) and `.all()`
    wraps each row in a Row; for the stats' 40,000 rows one fetchall is a third cheaper.
    """
    result = session.connection().execute(statement)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


def list_stats_applications(
    *, session: Session, user_id: str
) -> list[tuple[int, str, str | None, int | None, date | None]]:
    """(id, status, source, resume_id, applied_on) of every counted application: live and
    archived, never deleted ones or samples."""
    # Core, not the ORM, and no type processing: 10,000 plain tuples.
    rows = _driver_rows(
        session,
        sa_select(
            col(Application.id),
            col(Application.status),
            col(Application.source),
            col(Application.resume_id),
            type_coerce(col(Application.applied_on), String()),
        ).where(
            col(Application.user_id) == user_id,
            col(Application.deleted_at).is_(None),
            col(Application.is_sample).is_(False),
        ),
    )
    found = [
        (i, status, source, resume, _day(applied)) for i, status, source, resume, applied in rows
    ]
    return cast("list[tuple[int, str, str | None, int | None, date | None]]", found)  # stored ids


def list_stats_changes(*, session: Session, user_id: str) -> list[tuple[int, str, datetime]]:
    """(application_id, to_status, changed_at) of every status change the user owns, by
    application and time; ix_status_changes_user_app_time alone answers it.

    `changed_at` is naive UTC: the computation takes only dates and differences of it.
    """
    rows = _driver_rows(
        session,
        sa_select(
            col(StatusChange.application_id),
            col(StatusChange.to_status),
            _naive_utc(session, col(StatusChange.changed_at)),
        )
        .where(col(StatusChange.user_id) == user_id)
        .order_by(
            col(StatusChange.application_id), col(StatusChange.changed_at), col(StatusChange.id)
        ),
    )
    return [(app_id, status, _moment(moment)) for app_id, status, moment in rows]


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
