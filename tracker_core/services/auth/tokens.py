"""Session cookies: a signed, expiring id of a server-side session row that logout revokes."""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from cryptography.fernet import Fernet, InvalidToken
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import Engine

from tracker_core import clock
from tracker_core import repositories as repo
from tracker_core.config import Settings
from tracker_core.db import system_session
from tracker_core.models import AuthSession
from tracker_core.services.auth.base import SignedIn


def _row_id(session_id: str) -> str:
    """The row's key: a hash of the cookie's id, so reading the table gives no usable cookie."""
    return hashlib.sha256(session_id.encode()).hexdigest()


@dataclass(frozen=True)
class LiveSession:
    """A cookie that checked out: its session row is live and belongs to this user."""

    session_id: str
    user_id: str
    refresh_token: str | None  # Supabase's, decrypted; None for local accounts


class SessionTokens:
    """Issue, read and revoke sessions; the cookie is the signed session id and nothing else.

    The row (table auth_sessions) is what makes a cookie valid: logging out, a password change
    and revoke_all_sessions() revoke rows, so a copied cookie stops working on the server.
    Supabase's refresh token is stored in the row encrypted with a key derived from the session
    secret, so neither page scripts nor a database dump alone give it away.
    """

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine = engine
        self.max_age = settings.SESSION_DAYS * 86400
        secret = settings.session_secret()
        self.serializer = URLSafeTimedSerializer(secret, salt="session")
        key = hashlib.sha256(b"tracker refresh tokens\x00" + secret.encode()).digest()
        self._fernet = Fernet(base64.urlsafe_b64encode(key))

    def issue(self, signed_in: SignedIn) -> str:
        """A new session for this sign-in; returns the cookie's value."""
        session_id = secrets.token_urlsafe(32)
        row = AuthSession(
            id=_row_id(session_id),
            user_id=signed_in.user.id,
            expires_at=clock.now() + timedelta(seconds=self.max_age),
            refresh_token=self._encrypt(signed_in.refresh_token),
        )
        with system_session(self.engine) as session:
            session.add(row)
            session.commit()
        return self.serializer.dumps({"sid": session_id})

    def read(self, token: str | None) -> LiveSession | None:
        """The session behind a cookie when it is genuine, unexpired and not revoked; else None."""
        sid = self._session_id(token)
        return self.live(sid) if sid else None

    def live(self, session_id: str) -> LiveSession | None:
        """The session when it is still live (not revoked, not expired, its user still there)."""
        with system_session(self.engine) as session:
            row = repo.get_auth_session(session=session, session_id=_row_id(session_id))
            if row is None or row.revoked_at is not None or row.expires_at <= clock.now():
                return None
            if repo.get_user(session=session, user_id=row.user_id) is None:
                return None
        return LiveSession(session_id, row.user_id, self._decrypt(row.refresh_token))

    def store_refresh_token(self, session_id: str, refresh_token: str | None) -> None:
        """Keep Supabase's rotated refresh token with the session (the cookie does not change)."""
        with system_session(self.engine) as session:
            repo.set_auth_session_refresh_token(
                session=session, session_id=_row_id(session_id), token=self._encrypt(refresh_token)
            )
            session.commit()

    def revoke(self, session_id: str) -> None:
        """Log this one session out on the server."""
        with system_session(self.engine) as session:
            repo.revoke_auth_session(
                session=session, session_id=_row_id(session_id), when=clock.now()
            )
            session.commit()

    def _session_id(self, token: str | None) -> str | None:
        if not token:
            return None
        try:
            data = self.serializer.loads(token, max_age=self.max_age)
        except (BadSignature, SignatureExpired):
            return None
        sid = data.get("sid") if isinstance(data, dict) else None
        return sid if isinstance(sid, str) else None

    def _encrypt(self, value: str | None) -> str | None:
        return self._fernet.encrypt(value.encode()).decode() if value else None

    def _decrypt(self, value: str | None) -> str | None:
        if not value:
            return None
        try:
            return self._fernet.decrypt(value.encode()).decode()
        except InvalidToken:  # another secret: the session cannot refresh, so it ends
            return None
