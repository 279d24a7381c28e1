"""What every way of signing in shares: the error, the backend protocol, results and rules."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple, Protocol

import bcrypt
from email_validator import EmailNotValidError, validate_email
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError

from tracker_core import clock
from tracker_core import repositories as repo
from tracker_core.db import system_session
from tracker_core.errors import InvalidInput
from tracker_core.models import User, UserPublic

MIN_PASSWORD = 8
MAX_PASSWORD_BYTES = 72  # bcrypt ignores anything longer; refuse rather than truncate silently
SESSION_COOKIE = "tracker_session"

# Checked when no real hash is: an unknown email or a throttled client costs as long as a wrong
# password, so the time of the answer tells nothing about the account.
_DUMMY_HASH = bcrypt.hashpw(b"not-a-real-password", bcrypt.gensalt(rounds=12))


class AuthError(InvalidInput):
    """A sign-in or sign-up problem, worded for the user; `field` names the input at fault."""


class ConfirmEmail(AuthError):
    """Sign-up worked; the account needs its email confirmed before the first log-in."""


class LoginThrottled(AuthError):
    """Too many sign-ins for this key in the window; `retry_after` seconds until one is let in.

    The pages show its message as any AuthError's; the API answers it with 429 and Retry-After.
    """

    def __init__(self, message: str, retry_after: int, field: str | None = None) -> None:
        super().__init__(message, field=field)
        self.retry_after = retry_after


@dataclass(frozen=True)
class SignedIn:
    """Who is signed in, plus what the session cookie must carry to survive a reload."""

    user: UserPublic
    refresh_token: str | None = None
    access_token: str | None = None  # Supabase's own, passed through by the API
    expires_in: int | None = None


class AuthBackend(Protocol):
    """Sign-in for the pages and the API; `client` is the caller's network address (or None).

    sign_in throttles by `client` (by the email when None), answers a throttled, unknown or
    wrong sign-in alike and in the same time. change_password revokes every session of the
    user (revoke_all_sessions) and returns what a new session for this browser needs.
    delete_sign_in removes the user's sign-in kept outside our database (account deletion):
    True when removed or there is none, False when it remains because this server cannot
    remove it; it raises Unavailable when the sign-in service fails.
    """

    def sign_up(self, email: str, password: str, name: str = "") -> SignedIn: ...
    def sign_in(self, email: str, password: str, client: str | None = None) -> SignedIn: ...
    def change_password(self, user_id: str, current: str, new: str) -> SignedIn: ...
    def resume(self, user_id: str, refresh_token: str | None) -> SignedIn | None: ...
    def sign_out(self, refresh_token: str | None) -> None: ...
    def delete_sign_in(self, user_id: str) -> bool: ...


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


def check_password(password: str, hashed: str | None) -> bool:
    """bcrypt's check; with no hash it checks a dummy one, so it costs the same and is False."""
    candidate = password.encode()[:MAX_PASSWORD_BYTES]
    if hashed is None:
        bcrypt.checkpw(candidate, _DUMMY_HASH)
        return False
    return bcrypt.checkpw(candidate, hashed.encode())


class ThrottleKey(NamedTuple):
    """One count a sign-in goes into: its key, its limit, whether a success clears it."""

    key: str
    limit: int
    cleared: bool


class LoginThrottle:
    """At most `max_attempts` sign-ins per key in a window; the (max+1)th waits for the window.

    With a client address the keys are (address, email), allowed `max_attempts`; the address
    alone, allowed CLIENT_FACTOR times as many (so spraying many emails from one address is
    slowed too, and signing in to one's own account does not reset it); and the account from
    every address, allowed CLIENT_FACTOR times as many too (so guesses spread over many
    addresses stop as well). An attacker from one address slows that address, not the
    account's owner; only a spread attack, CLIENT_FACTOR times the limit, locks the account
    for a window. Without an address the key is the email, known or not, so the answer reveals
    nothing. Each attempt is counted by one atomic statement per key *before* the password is
    checked, so parallel guesses cannot all slip in under the limit; a successful sign-in
    clears its (address, email) key and the account's count, not the address's.
    """

    CLIENT_FACTOR = 10

    def __init__(self, engine: Engine, max_attempts: int, window: timedelta) -> None:
        self.engine = engine
        self.max_attempts = max_attempts
        self.window = window

    def keys(self, email: str, client: str | None) -> list[ThrottleKey]:
        """The counts a sign-in goes into, always in this order (no deadlock between two)."""
        address = (client or "").strip()
        if not address:
            return [ThrottleKey(f"email:{email}", self.max_attempts, cleared=True)]
        wide = self.max_attempts * self.CLIENT_FACTOR
        return [
            ThrottleKey(f"client:{address}|email:{email}", self.max_attempts, cleared=True),
            ThrottleKey(f"client:{address}", wide, cleared=False),
            ThrottleKey(f"account:{email}", wide, cleared=True),
        ]

    def password_keys(self, user_id: str) -> list[ThrottleKey]:
        """The count for checking a signed-in user's current password (a password change)."""
        return [ThrottleKey(f"password:{user_id}", self.max_attempts, cleared=True)]

    def check(self, keys: list[ThrottleKey], password: str) -> None:
        """Count this attempt; raise LoginThrottled (after a dummy bcrypt check) when over a
        limit."""
        now = clock.now()
        over: list[datetime] = []
        with system_session(self.engine) as session:
            for key, limit, _ in keys:
                attempts, since = repo.count_login_attempt(
                    session=session, key=key, now=now, window=self.window
                )
                if attempts > limit:
                    over.append(since + self.window)
            session.commit()
        if over:
            check_password(password, None)  # the same time as a real check
            seconds = max(1, math.ceil((max(over) - now).total_seconds()))
            minutes = math.ceil(seconds / 60)
            raise LoginThrottled(
                f"Too many failed attempts. Try again in {minutes} minutes.",
                retry_after=seconds,
                field="password",
            )

    def clear(self, keys: list[ThrottleKey]) -> None:
        """After a success: forget the attempts of the keys a success clears."""
        with system_session(self.engine) as session:
            for key in keys:
                if key.cleared:
                    repo.clear_login_attempts(session=session, key=key.key)
            session.commit()


def revoke_all_sessions(engine: Engine, user_id: str) -> int:
    """Sign the user out everywhere: revoke every server-side session; how many were live.

    The "Sign out everywhere" button, a password change and the API's own sign-out-everywhere
    call this; the cookies (and Supabase refresh tokens kept in the rows) and the API's refresh
    tokens stop working at once.
    It also moves the user's session epoch on, for anything that signs tokens with it.
    """
    with system_session(engine) as session:
        count = repo.revoke_user_auth_sessions(session=session, user_id=user_id, when=clock.now())
        count += repo.revoke_user_refresh_tokens(session=session, user_id=user_id, when=clock.now())
        repo.bump_session_epoch(session=session, user_id=user_id)
        session.commit()
    return count


_TAKEN = (
    "This email belongs to an earlier account here that the sign-in service no longer knows. "
    "Ask the administrator to link or remove the old account."
)


def ensure_user_row(engine: Engine, user_id: str, email: str, name: str = "") -> UserPublic:
    """The local row for an externally authenticated user (Supabase), created on first sight.

    An email whose local row belongs to another (earlier) Supabase id is refused with a clear
    message: silently giving the new account the old account's applications would hand one
    person's data to whoever registers the address next.
    """
    with system_session(engine) as session:
        user = repo.get_user(session=session, user_id=user_id)
        if user is None:
            other = repo.get_user_by_email(session=session, email=email.strip().lower())
            if other is not None:
                raise AuthError(_TAKEN, field="email")
            user = User(id=user_id, email=email, name=name)
            session.add(user)
            try:
                session.commit()
            except IntegrityError:  # a parallel first sign-in of the same user made the row
                session.rollback()
                user = repo.get_user(session=session, user_id=user_id)
                if user is None:
                    raise AuthError(_TAKEN, field="email") from None
        return public(user)
