"""Local accounts: bcrypt hashes in our own database, sign-ins throttled per client address."""

from __future__ import annotations

from datetime import timedelta

import bcrypt
from sqlalchemy import Engine

from tracker_core import repositories as repo
from tracker_core.config import Settings
from tracker_core.db import system_session
from tracker_core.models import User
from tracker_core.services.auth.base import (
    AuthError,
    LoginThrottle,
    SignedIn,
    check_password,
    check_password_rules,
    normalise_email,
    public,
    revoke_all_sessions,
)


def hash_password(password: str) -> str:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()


class LocalAuth:
    """Accounts stored in our database with bcrypt hashes; see LoginThrottle for the limit."""

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine = engine
        self.throttle = LoginThrottle(
            engine, settings.LOGIN_MAX_FAILURES, timedelta(minutes=settings.LOGIN_LOCKOUT_MINUTES)
        )

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

    def sign_in(self, email: str, password: str, client: str | None = None) -> SignedIn:
        """Check the password, at most LOGIN_MAX_FAILURES times per client and lockout window.

        `client` is the caller's network address (the page's st.context.ip_address, the API's
        request.client.host); without one the email is the throttle's key. A throttled, unknown
        or wrong sign-in costs one bcrypt check each and reads the same for known and unknown
        emails.
        """
        email = email.strip().lower()
        keys = self.throttle.keys(email, client)
        self.throttle.check(keys, password)
        with system_session(self.engine) as session:
            user = repo.get_user_by_email(session=session, email=email)
        if not check_password(password, user.password_hash if user else None):
            raise AuthError("Email or password is wrong.", field="password")
        assert user is not None
        self.throttle.clear(keys)
        return SignedIn(public(user))

    def change_password(self, user_id: str, current: str, new: str) -> SignedIn:
        """Set a new password and sign the user out everywhere; this browser signs in anew."""
        check_password_rules(new)
        keys = self.throttle.password_keys(user_id)  # a stolen session
        self.throttle.check(keys, current)
        with system_session(self.engine) as session:
            user = repo.get_user(session=session, user_id=user_id)
            if user is None or user.password_hash is None:
                raise AuthError("This account no longer exists.")
            if not check_password(current, user.password_hash):
                raise AuthError("The current password is wrong.", field="current")
            user.password_hash = hash_password(new)
            session.add(user)
            session.commit()
            signed_in = SignedIn(public(user))
        self.throttle.clear(keys)
        revoke_all_sessions(self.engine, user_id)
        return signed_in

    def resume(self, user_id: str, refresh_token: str | None) -> SignedIn | None:
        with system_session(self.engine) as session:
            user = repo.get_user(session=session, user_id=user_id)
            return SignedIn(public(user)) if user else None

    def sign_out(self, refresh_token: str | None) -> None:
        return None

    def delete_sign_in(self, user_id: str) -> bool:
        """The password hash lives in the users row, which deleting the account removes."""
        return True
