"""Signed, expiring session cookies that survive a reload and die with a password change."""

from __future__ import annotations

from typing import Any

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import Engine

from tracker_core import repositories as repo
from tracker_core.config import Settings
from tracker_core.db import system_session
from tracker_core.services.auth.base import SignedIn


class SessionTokens:
    """Signed, expiring session cookies: user id, session epoch and the refresh token."""

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine = engine
        self.max_age = settings.SESSION_DAYS * 86400
        self.serializer = URLSafeTimedSerializer(settings.session_secret(), salt="session")

    def issue(self, signed_in: SignedIn) -> str:
        with system_session(self.engine) as session:
            user = repo.get_user(session=session, user_id=signed_in.user.id)
            epoch = user.session_epoch if user else 0
        payload = {"uid": signed_in.user.id, "ep": epoch, "rt": signed_in.refresh_token}
        return self.serializer.dumps(payload)

    def read(self, token: str | None) -> dict[str, Any] | None:
        """The token's payload when it is genuine, unexpired and not revoked; else None."""
        if not token:
            return None
        try:
            data: dict[str, Any] = self.serializer.loads(token, max_age=self.max_age)
        except (BadSignature, SignatureExpired):
            return None
        uid = data.get("uid")
        if not isinstance(uid, str):
            return None
        with system_session(self.engine) as session:
            user = repo.get_user(session=session, user_id=uid)
            if user is None or user.session_epoch != data.get("ep"):
                return None
        return data
