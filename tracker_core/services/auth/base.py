"""What every way of signing in shares: the error, the backend protocol, results and rules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import Engine

from tracker_core import repositories as repo
from tracker_core.db import system_session
from tracker_core.errors import InvalidInput
from tracker_core.models import User, UserPublic

MIN_PASSWORD = 8
MAX_PASSWORD_BYTES = 72  # bcrypt ignores anything longer; refuse rather than truncate silently
SESSION_COOKIE = "tracker_session"


class AuthError(InvalidInput):
    """A sign-in or sign-up problem, worded for the user; `field` names the input at fault."""


class ConfirmEmail(AuthError):
    """Sign-up worked; the account needs its email confirmed before the first log-in."""


@dataclass(frozen=True)
class SignedIn:
    """Who is signed in, plus what the session cookie must carry to survive a reload."""

    user: UserPublic
    refresh_token: str | None = None
    access_token: str | None = None  # Supabase's own, passed through by the API
    expires_in: int | None = None


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


def public(user: User) -> UserPublic:
    return UserPublic(id=user.id, email=user.email, name=user.name)


def ensure_user_row(engine: Engine, user_id: str, email: str, name: str = "") -> UserPublic:
    """The local row for an externally authenticated user (Supabase), created on first sight."""
    with system_session(engine) as session:
        user = repo.get_user(session=session, user_id=user_id)
        if user is None:
            user = User(id=user_id, email=email, name=name)
            session.add(user)
            session.commit()
        return public(user)
