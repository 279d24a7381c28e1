"""The notifier's cross-user reads and its claims: used only by python -m tracker_core.notify."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, update
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from tracker_core.models import (
    CLOSED_STAGES,
    Application,
    Interview,
    NotificationLog,
    NotificationPref,
    StatusChange,
    User,
)

# --- notifications: the notifier's cross-user reads (used only by the notify script) ------
# These read every user's rows. On Postgres they run under the notifier's own role
# (NOTIFY_DATABASE_URL: Supabase's service role or the table owner), never in an app session.


def _live_application(query: Any) -> Any:
    return query.where(
        col(Application.deleted_at).is_(None),
        col(Application.archived_at).is_(None),
        col(Application.status).not_in(tuple(CLOSED_STAGES)),
    )


def notifier_deadline_apps(
    *,
    session: Session,
    first: date,
    last: date,
    user_id: str | None = None,
    application_id: int | None = None,
) -> Sequence[Application]:
    """Live applications whose deadline is in [first, last] (index ix_applications_deadline)."""
    query = _live_application(
        select(Application).where(
            col(Application.deadline) >= first, col(Application.deadline) <= last
        )
    )
    if user_id is not None:
        query = query.where(Application.user_id == user_id)
    if application_id is not None:
        query = query.where(Application.id == application_id)
    found: Sequence[Application] = session.exec(query).all()
    return found


def notifier_interviews(
    *,
    session: Session,
    start: datetime,
    end: datetime,
    user_id: str | None = None,
    application_id: int | None = None,
) -> Sequence[Any]:
    """(Interview, Application) for interviews scheduled in [start, end] of live applications."""
    query = _live_application(
        select(Interview, Application)
        .join(Application, col(Application.id) == col(Interview.application_id))
        .where(col(Interview.scheduled_at) >= start, col(Interview.scheduled_at) <= end)
    )
    if user_id is not None:
        query = query.where(Interview.user_id == user_id)
    if application_id is not None:
        query = query.where(Interview.application_id == application_id)
    found: Sequence[Any] = session.exec(query).all()
    return found


def notifier_stale_apps(
    *,
    session: Session,
    stages: Sequence[str],
    changed_after: datetime,
    changed_before: datetime,
    user_id: str | None = None,
    application_id: int | None = None,
) -> Sequence[Any]:
    """(Application, when it entered its stage) for live applications in `stages` last changed
    in [changed_after, changed_before] (served by ix_applications_status_updated)."""
    entered = (
        sa_select(func.max(StatusChange.changed_at))
        .where(
            col(StatusChange.application_id) == col(Application.id),
            col(StatusChange.to_status) == col(Application.status),
        )
        .scalar_subquery()
    )
    query = _live_application(
        select(Application, entered).where(
            col(Application.status).in_(tuple(stages)),
            col(Application.updated_at) >= changed_after,
            col(Application.updated_at) <= changed_before,
        )
    )
    if user_id is not None:
        query = query.where(Application.user_id == user_id)
    if application_id is not None:
        query = query.where(Application.id == application_id)
    found: Sequence[Any] = session.exec(query).all()
    return found


def notifier_digest_user_ids(*, session: Session) -> Sequence[str]:
    """Users who switched the digest on (served by ix_notification_prefs_kind)."""
    return session.exec(
        select(NotificationPref.user_id).where(
            NotificationPref.kind == "digest", col(NotificationPref.enabled).is_(True)
        )
    ).all()


def notifier_users(
    *, session: Session, user_ids: Sequence[str]
) -> tuple[Sequence[User], Sequence[NotificationPref]]:
    """The users and all their preferences, in two queries."""
    if not user_ids:
        return [], []
    ids = tuple(set(user_ids))
    users = session.exec(select(User).where(col(User.id).in_(ids))).all()
    prefs = session.exec(
        select(NotificationPref).where(col(NotificationPref.user_id).in_(ids))
    ).all()
    return users, prefs


def notifier_logged_keys(*, session: Session, keys: Sequence[str]) -> set[str]:
    """Which of `keys` the log already holds, whatever their status."""
    found: set[str] = set()
    unique = list(dict.fromkeys(keys))
    for i in range(0, len(unique), 500):
        chunk = unique[i : i + 500]
        found.update(
            session.exec(
                select(NotificationLog.dedupe_key).where(col(NotificationLog.dedupe_key).in_(chunk))
            ).all()
        )
    return found


def notifier_claim(*, session: Session, values: dict[str, Any]) -> int | None:
    """Insert a claimed log row unless its dedupe key exists; the new row's id, or None.

    A unique insert (ON CONFLICT DO NOTHING) on SQLite and Postgres alike: of two runs that
    claim the same message at once, exactly one gets a row. The caller commits.
    """
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        stmt: Any = pg_insert(NotificationLog)
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        stmt = sqlite_insert(NotificationLog)
    stmt = (
        stmt.values(**values)
        .on_conflict_do_nothing(index_elements=["dedupe_key"])
        .returning(NotificationLog.__table__.c.id)  # type: ignore[attr-defined]
    )
    row = session.execute(stmt).first()
    return None if row is None else int(row[0])


def notifier_reclaim(
    *, session: Session, log_id: int, status: str, attempts: int, now: datetime
) -> bool:
    """Take over a row left `status` with `attempts` tries; True for exactly one caller."""
    table = NotificationLog.__table__  # type: ignore[attr-defined]
    result = session.execute(
        update(table)
        .where(table.c.id == log_id, table.c.status == status, table.c.attempts == attempts)
        .values(status="claimed", attempts=attempts + 1, claimed_at=now)
    )
    return bool(getattr(result, "rowcount", 0) == 1)


def notifier_unfinished(*, session: Session, before: datetime) -> Sequence[NotificationLog]:
    """Rows claimed (a run may have died) or waiting for a retry, untouched since `before`."""
    return session.exec(
        select(NotificationLog).where(
            col(NotificationLog.status).in_(("claimed", "retry")),
            col(NotificationLog.claimed_at) < before,
        )
    ).all()


def notifier_mark(
    *,
    session: Session,
    log_id: int,
    status: str,
    at: datetime,
    error: str | None = None,
    subject: str | None = None,
) -> None:
    """Record how a claimed message ended; the caller commits."""
    table = NotificationLog.__table__  # type: ignore[attr-defined]
    values: dict[str, Any] = {"status": status, "sent_at": at, "error": error}
    if subject is not None:
        values["subject"] = subject[:300]
    session.execute(update(table).where(table.c.id == log_id).values(**values))


def notifier_status_changes(
    *, session: Session, user_id: str, since: datetime, until: datetime
) -> Sequence[Any]:
    """(StatusChange, company, position) of one user in [since, until), for the digest."""
    return session.exec(
        select(StatusChange, Application.company, Application.position)
        .join(Application, col(Application.id) == col(StatusChange.application_id))
        .where(
            StatusChange.user_id == user_id,
            col(StatusChange.changed_at) >= since,
            col(StatusChange.changed_at) < until,
            col(Application.deleted_at).is_(None),
        )
        .order_by(col(StatusChange.changed_at))
    ).all()
