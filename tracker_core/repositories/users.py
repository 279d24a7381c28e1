"""Users (sign-in looks them up by email) and the similarity index's rebuild marks."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from tracker_core.models import (
    User,
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
