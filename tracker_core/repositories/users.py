"""Users (sign-in looks them up by email) and the similarity index's rebuild marks."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, case, delete, update
from sqlalchemy import select as sa_select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from tracker_core.models import (
    AuthSession,
    LoginThrottle,
    User,
    UserPublic,
    VectorStaleMark,
)

# --- users ----------------------------------------------------------------------------------
# Signing in finds the user id, so these two are the only functions here not given one; they run
# in a system session (db.system_session) before anyone is signed in, or for the command line.


def get_user_by_email(*, session: Session, email: str) -> User | None:
    return session.exec(select(User).where(User.email == email)).first()


def find_user_id(*, session: Session, email_or_id: str) -> str | None:
    """The id of the user with this email (any case) or id."""
    stmt = select(User.id).where(
        (col(User.email) == email_or_id.strip().lower()) | (col(User.id) == email_or_id)
    )
    return session.exec(stmt).first()


def who_and_epoch(*, conn: Connection, user_id: str) -> tuple[UserPublic, int] | None:
    """The user and their session epoch by one Core query on a connection (no ORM session:
    every API request checks its token with it)."""
    stmt = sa_select(col(User.id), col(User.email), col(User.name), col(User.session_epoch)).where(
        col(User.id) == user_id
    )
    row = conn.execute(stmt).first()
    if row is None:
        return None
    return UserPublic(id=row.id, email=row.email, name=row.name), int(row.session_epoch)


def list_user_ids(*, session: Session) -> list[str]:
    """Every user's id, oldest account first (a system session only)."""
    return list(session.exec(select(User.id).order_by(col(User.created_at))))


def get_user(*, session: Session, user_id: str) -> User | None:
    return session.get(User, user_id)


# --- similarity index: users whose points need a rebuild ------------------------------------


def mark_vectors_stale(*, session: Session, user_id: str, when: datetime) -> None:
    """Remember that the user's points missed a change; marking twice keeps one row.

    INSERT ... ON CONFLICT, so two replicas marking the same user at once both succeed.
    """
    values = {"user_id": user_id, "marked_at": when}
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        stmt: Any = pg_insert(VectorStaleMark).values(**values)
    else:
        stmt = sqlite_insert(VectorStaleMark).values(**values)
    session.execute(
        stmt.on_conflict_do_update(index_elements=["user_id"], set_={"marked_at": when})
    )


def is_vectors_stale(*, session: Session, user_id: str) -> bool:
    stmt = select(VectorStaleMark.user_id).where(VectorStaleMark.user_id == user_id)
    return session.exec(stmt).first() is not None


def clear_vectors_stale(*, session: Session, user_id: str) -> None:
    session.execute(delete(VectorStaleMark).where(col(VectorStaleMark.user_id) == user_id))


def clear_all_vectors_stale(*, session: Session) -> None:
    """Forget every user's mark (after a rebuild of everyone; a system session only)."""
    session.execute(delete(VectorStaleMark))


# --- sign-in throttle and server-side sessions (system session: before anyone is signed in) ---


def count_login_attempt(
    *, session: Session, key: str, now: datetime, window: timedelta
) -> tuple[int, datetime]:
    """Count one sign-in attempt under `key` in a single statement; (attempts, window start).

    INSERT ... ON CONFLICT DO UPDATE ... RETURNING: parallel attempts each get their own number,
    so no two read the same count (a window older than `window` starts again at 1).
    """
    table = LoginThrottle.__table__  # type: ignore[attr-defined]
    stale = table.c.window_start <= now - window
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt: Any = insert(table).values(key=key, attempts=1, window_start=now)
    stmt = stmt.on_conflict_do_update(
        index_elements=["key"],
        set_={
            "attempts": case((stale, 1), else_=table.c.attempts + 1),
            "window_start": case((stale, now), else_=table.c.window_start),
        },
    ).returning(table.c.attempts, table.c.window_start)
    attempts, since = session.execute(stmt).one()
    return int(attempts), since


def clear_login_attempts(*, session: Session, key: str) -> None:
    session.execute(delete(LoginThrottle).where(col(LoginThrottle.key) == key))


def get_auth_session(*, session: Session, session_id: str) -> AuthSession | None:
    return session.get(AuthSession, session_id)


def set_auth_session_refresh_token(*, session: Session, session_id: str, token: str | None) -> None:
    session.execute(
        update(AuthSession).where(col(AuthSession.id) == session_id).values(refresh_token=token)
    )


def revoke_auth_session(*, session: Session, session_id: str, when: datetime) -> None:
    session.execute(
        update(AuthSession)
        .where(col(AuthSession.id) == session_id, col(AuthSession.revoked_at).is_(None))
        .values(revoked_at=when, refresh_token=None)
    )


def revoke_user_auth_sessions(*, session: Session, user_id: str, when: datetime) -> int:
    """Revoke every live session of the user (their refresh tokens are dropped); how many."""
    result = session.execute(
        update(AuthSession)
        .where(col(AuthSession.user_id) == user_id, col(AuthSession.revoked_at).is_(None))
        .values(revoked_at=when, refresh_token=None)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def bump_session_epoch(*, session: Session, user_id: str) -> None:
    session.execute(
        update(User).where(col(User.id) == user_id).values(session_epoch=User.session_epoch + 1)
    )
