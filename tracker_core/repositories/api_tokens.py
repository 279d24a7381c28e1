"""The REST API's refresh tokens (hashed) and deleting an account's rows."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from tracker_core.models import ApiRefreshToken, User

# Refreshing finds the user from the token, so get_refresh_token and revoke_refresh_family run
# in a system session (db.system_session), like the sign-in lookups by email.


def get_refresh_token(*, session: Session, token_hash: str) -> ApiRefreshToken | None:
    stmt = select(ApiRefreshToken).where(ApiRefreshToken.token_hash == token_hash)
    return session.exec(stmt).first()


def revoke_refresh_family(*, session: Session, family: str, when: datetime) -> None:
    session.execute(
        update(ApiRefreshToken)
        .where(col(ApiRefreshToken.family) == family, col(ApiRefreshToken.revoked_at).is_(None))
        .values(revoked_at=when)
    )


def revoke_user_refresh_tokens(*, session: Session, user_id: str, when: datetime) -> int:
    """Revoke every live refresh token of the user; returns how many."""
    result = session.execute(
        update(ApiRefreshToken)
        .where(col(ApiRefreshToken.user_id) == user_id, col(ApiRefreshToken.revoked_at).is_(None))
        .values(revoked_at=when)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def delete_user(*, session: Session, user_id: str) -> int:
    """Delete the user's row; every user table cascades from it (ON DELETE CASCADE)."""
    result = session.execute(delete(User).where(col(User.id) == user_id))
    return int(getattr(result, "rowcount", 0) or 0)
