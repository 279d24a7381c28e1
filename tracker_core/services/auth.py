"""Accounts: local bcrypt accounts by default, Supabase Auth when configured; signed sessions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Protocol

import bcrypt
from email_validator import EmailNotValidError, validate_email
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import Engine
from sqlmodel import select

from tracker_core import clock
from tracker_core.config import Settings
from tracker_core.db import system_session
from tracker_core.errors import InvalidInput
from tracker_core.models import User, UserPublic

MIN_PASSWORD = 8
MAX_PASSWORD_BYTES = 72  # bcrypt ignores anything longer; refuse rather than truncate silently
SESSION_COOKIE = "tracker_session"

# Checked when the email is unknown, so a wrong email costs as long as a wrong password.
_DUMMY_HASH = bcrypt.hashpw(b"not-a-real-password", bcrypt.gensalt(rounds=12))


class AuthError(InvalidInput):
    """A sign-in or sign-up problem, worded for the user; `field` names the input at fault."""


@dataclass(frozen=True)
class SignedIn:
    """Who is signed in, plus what the session cookie must carry to survive a reload."""

    user: UserPublic
    refresh_token: str | None = None


class AuthBackend(Protocol):
    def sign_up(self, email: str, password: str, name: str = "") -> SignedIn: ...
    def sign_in(self, email: str, password: str) -> SignedIn: ...
    def change_password(self, user_id: str, current: str, new: str) -> None: ...
    def resume(self, user_id: str, refresh_token: str | None) -> SignedIn | None: ...
    def sign_out(self, refresh_token: str | None) -> None: ...


def normalise_email(email: str) -> str:
    """Lower-cased, validated address; raises AuthError naming the email field."""
    try:
        return validate_email(email.strip(), check_deliverability=False).normalized.lower()
    except EmailNotValidError as exc:
        raise AuthError(f"That email address is not valid: {exc}", field="email") from None


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AuthError(f"Use at least {MIN_PASSWORD} characters.", field="password")
    if len(password.encode()) > MAX_PASSWORD_BYTES:
        raise AuthError(f"Use at most {MAX_PASSWORD_BYTES} bytes.", field="password")


def hash_password(password: str) -> str:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()


def _public(user: User) -> UserPublic:
    return UserPublic(id=user.id, email=user.email, name=user.name)


class LocalAuth:
    """Accounts stored in our database with bcrypt hashes and a lockout after failures."""

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine = engine
        self.max_failures = settings.LOGIN_MAX_FAILURES
        self.lockout = timedelta(minutes=settings.LOGIN_LOCKOUT_MINUTES)

    def sign_up(self, email: str, password: str, name: str = "") -> SignedIn:
        email = normalise_email(email)
        check_password_rules(password)
        with system_session(self.engine) as session:
            if session.exec(select(User).where(User.email == email)).first():
                raise AuthError(
                    "An account with this email already exists. Log in instead.", field="email"
                )
            user = User(email=email, name=name.strip(), password_hash=hash_password(password))
            session.add(user)
            session.commit()
            return SignedIn(_public(user))

    def sign_in(self, email: str, password: str) -> SignedIn:
        email = email.strip().lower()
        with system_session(self.engine) as session:
            user = session.exec(select(User).where(User.email == email)).first()
            if user is None or user.password_hash is None:
                bcrypt.checkpw(password.encode()[:MAX_PASSWORD_BYTES], _DUMMY_HASH)
                raise AuthError("Email or password is wrong.", field="password")
            now = clock.now()
            if user.locked_until is not None and user.locked_until > now:
                minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
                raise AuthError(
                    f"Too many failed attempts. Try again in {minutes} minutes.", field="password"
                )
            if not bcrypt.checkpw(
                password.encode()[:MAX_PASSWORD_BYTES], user.password_hash.encode()
            ):
                user.failed_logins += 1
                if user.failed_logins >= self.max_failures:
                    user.locked_until = now + self.lockout
                    user.failed_logins = 0
                session.add(user)
                session.commit()
                raise AuthError("Email or password is wrong.", field="password")
            user.failed_logins = 0
            user.locked_until = None
            session.add(user)
            session.commit()
            return SignedIn(_public(user))

    def change_password(self, user_id: str, current: str, new: str) -> None:
        check_password_rules(new)
        with system_session(self.engine) as session:
            user = session.get(User, user_id)
            if user is None or user.password_hash is None:
                raise AuthError("This account no longer exists.")
            if not bcrypt.checkpw(
                current.encode()[:MAX_PASSWORD_BYTES], user.password_hash.encode()
            ):
                raise AuthError("The current password is wrong.", field="current")
            user.password_hash = hash_password(new)
            user.session_epoch += 1  # signs out every other browser
            session.add(user)
            session.commit()

    def resume(self, user_id: str, refresh_token: str | None) -> SignedIn | None:
        with system_session(self.engine) as session:
            user = session.get(User, user_id)
            return SignedIn(_public(user)) if user else None

    def sign_out(self, refresh_token: str | None) -> None:
        return None


class SessionTokens:
    """Signed, expiring session cookies: user id, session epoch and the refresh token."""

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine = engine
        self.max_age = settings.SESSION_DAYS * 86400
        self.serializer = URLSafeTimedSerializer(settings.session_secret(), salt="session")

    def issue(self, signed_in: SignedIn) -> str:
        with system_session(self.engine) as session:
            user = session.get(User, signed_in.user.id)
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
        with system_session(self.engine) as session:
            user = session.get(User, data.get("uid"))
            if user is None or user.session_epoch != data.get("ep"):
                return None
        return data


def ensure_user_row(engine: Engine, user_id: str, email: str, name: str = "") -> UserPublic:
    """The local row for an externally authenticated user (Supabase), created on first sight."""
    with system_session(engine) as session:
        user = session.get(User, user_id)
        if user is None:
            user = User(id=user_id, email=email, name=name)
            session.add(user)
            session.commit()
        return _public(user)


def make_auth(engine: Engine, settings: Settings) -> AuthBackend:
    """Supabase Auth when SUPABASE_URL and SUPABASE_KEY are set, else local accounts."""
    if settings.supabase_enabled:
        from tracker_core.services.supabase_auth import SupabaseAuth

        assert settings.SUPABASE_URL and settings.SUPABASE_KEY
        return SupabaseAuth(engine, settings.SUPABASE_URL, settings.SUPABASE_KEY.get_secret_value())
    return LocalAuth(engine, settings)
