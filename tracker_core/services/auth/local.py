"""Local accounts: bcrypt hashes in our own database and a lockout after repeated failures."""

from __future__ import annotations

from datetime import timedelta

import bcrypt
from sqlalchemy import Engine

from tracker_core import clock
from tracker_core import repositories as repo
from tracker_core.config import Settings
from tracker_core.db import system_session
from tracker_core.models import User
from tracker_core.services.auth.base import (
    MAX_PASSWORD_BYTES,
    AuthError,
    SignedIn,
    check_password_rules,
    normalise_email,
    public,
)

# Checked when the email is unknown, so a wrong email costs as long as a wrong password.
_DUMMY_HASH = bcrypt.hashpw(b"not-a-real-password", bcrypt.gensalt(rounds=12))


def hash_password(password: str) -> str:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()


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
            if repo.get_user_by_email(session=session, email=email):
                raise AuthError(
                    "An account with this email already exists. Log in instead.", field="email"
                )
            user = User(email=email, name=name.strip(), password_hash=hash_password(password))
            session.add(user)
            session.commit()
            return SignedIn(public(user))

    def sign_in(self, email: str, password: str) -> SignedIn:
        email = email.strip().lower()
        with system_session(self.engine) as session:
            user = repo.get_user_by_email(session=session, email=email)
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
            return SignedIn(public(user))

    def change_password(self, user_id: str, current: str, new: str) -> None:
        check_password_rules(new)
        with system_session(self.engine) as session:
            user = repo.get_user(session=session, user_id=user_id)
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
            user = repo.get_user(session=session, user_id=user_id)
            return SignedIn(public(user)) if user else None

    def sign_out(self, refresh_token: str | None) -> None:
        return None
