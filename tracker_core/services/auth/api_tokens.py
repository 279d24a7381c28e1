"""The REST API's local sessions: short-lived signed access tokens and rotating refresh tokens.

The access token is a JWT (HS256, the session secret) that lives API_TOKEN_MINUTES and carries
the user's session epoch, so a password change ends it as it ends the app's cookies. The
refresh token is opaque; only its SHA-256 is stored. Each refresh revokes it and issues the
next one of the same family; a revoked one used again revokes the family.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import jwt
from sqlalchemy import Engine

from tracker_core import clock
from tracker_core import repositories as repo
from tracker_core.config import Settings
from tracker_core.db import system_session
from tracker_core.models import ApiRefreshToken, UserPublic

ISSUER = "application-tracker"
AUDIENCE = "tracker-api"
# Times are checked against tracker_core.clock here, not by PyJWT against the wall clock.
_DECODE_OPTIONS: jwt.types.Options = {
    "verify_exp": False,
    "verify_iat": False,
    "verify_nbf": False,
    "require": ["exp", "iat", "sub"],
}


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str
    expires_in: int  # seconds the access token lives
    token_type: str = "bearer"


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def revoke_api_tokens(engine: Engine, user_id: str) -> int:
    """Revoke every API refresh token of the user ("sign out everywhere"); returns how many.

    Access tokens already issued die within API_TOKEN_MINUTES; bump the user's session epoch
    too to end them at once.
    """
    with system_session(engine) as session:
        count = repo.revoke_user_refresh_tokens(session=session, user_id=user_id, when=clock.now())
        session.commit()
    return count


class ApiTokens:
    """Issue, check, rotate and revoke the API's local tokens."""

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine = engine
        self.secret = settings.session_secret()
        self.lifetime = timedelta(minutes=settings.API_TOKEN_MINUTES)
        self.refresh_lifetime = timedelta(days=settings.API_REFRESH_DAYS)

    def issue(self, user_id: str, family: str | None = None) -> TokenPair:
        """A new access token and a new refresh token (of `family`, or a new family)."""
        now = clock.now()
        refresh = secrets.token_urlsafe(32)
        with system_session(self.engine) as session:
            user = repo.get_user(session=session, user_id=user_id)
            epoch = user.session_epoch if user else 0
            session.add(
                ApiRefreshToken(
                    user_id=user_id,
                    token_hash=_hash(refresh),
                    family=family or str(uuid.uuid4()),
                    created_at=now,
                    expires_at=now + self.refresh_lifetime,
                )
            )
            session.commit()
        claims = {
            "sub": user_id,
            "ep": epoch,
            "iat": int(now.timestamp()),
            "exp": int((now + self.lifetime).timestamp()),
            "iss": ISSUER,
            "aud": AUDIENCE,
        }
        access = jwt.encode(claims, self.secret, algorithm="HS256")
        return TokenPair(access, refresh, int(self.lifetime.total_seconds()))

    def user(self, access_token: str) -> UserPublic | None:
        """The user an access token speaks for: genuine, unexpired, not revoked; else None.

        Every request asks, so the session epoch is read by one Core query, without an ORM
        session (a sign-out everywhere still ends the token at once)."""
        try:
            claims = jwt.decode(
                access_token,
                self.secret,
                algorithms=["HS256"],
                audience=AUDIENCE,
                issuer=ISSUER,
                options=_DECODE_OPTIONS,
            )
        except jwt.PyJWTError:
            return None
        sub, exp = claims.get("sub"), claims.get("exp")
        if not isinstance(sub, str) or not isinstance(exp, int | float):
            return None
        if exp <= clock.now().timestamp():
            return None
        with self.engine.connect() as conn:
            found = repo.who_and_epoch(conn=conn, user_id=sub)
        if found is None or found[1] != claims.get("ep"):
            return None
        return found[0]

    def refresh(self, refresh_token: str) -> TokenPair | None:
        """Rotate: revoke this refresh token and issue the next pair; None when it is not valid.

        A token that was already revoked revokes its whole family: someone replayed it.
        """
        now = clock.now()
        with system_session(self.engine) as session:
            row = repo.get_refresh_token(session=session, token_hash=_hash(refresh_token))
            if row is None:
                return None
            if row.revoked_at is not None:
                repo.revoke_refresh_family(session=session, family=row.family, when=now)
                session.commit()
                return None
            if _aware(row.expires_at) <= now:
                return None
            row.revoked_at = now
            session.add(row)
            session.commit()
            user_id, family = row.user_id, row.family
        return self.issue(user_id, family)

    def revoke(self, refresh_token: str, user_id: str) -> bool:
        """Revoke the family of this refresh token if it is the user's (log out)."""
        with system_session(self.engine) as session:
            row = repo.get_refresh_token(session=session, token_hash=_hash(refresh_token))
            if row is None or row.user_id != user_id:
                return False
            repo.revoke_refresh_family(session=session, family=row.family, when=clock.now())
            session.commit()
        return True
