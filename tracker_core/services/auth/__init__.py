"""Accounts: local bcrypt accounts by default, Supabase Auth when configured; signed sessions.

base: what every backend shares; local: our own accounts; supabase: Supabase Auth;
tokens: the session cookie. Callers import from here.

For the REST API: `make_auth(engine, settings).sign_in(email, password, client=<address>)`
throttles per client address; `revoke_all_sessions(engine, user_id)` signs a user out of every
browser (call it from the API's own "sign out everywhere" next to revoking its refresh tokens).
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine

from tracker_core.config import Settings
from tracker_core.services.auth.api_tokens import ApiTokens, TokenPair, revoke_api_tokens
from tracker_core.services.auth.base import (
    MAX_PASSWORD_BYTES,
    MIN_PASSWORD,
    SESSION_COOKIE,
    AuthBackend,
    AuthError,
    ConfirmEmail,
    LoginThrottle,
    LoginThrottled,
    SignedIn,
    check_password_rules,
    ensure_user_row,
    normalise_email,
    revoke_all_sessions,
)
from tracker_core.services.auth.local import LocalAuth, hash_password
from tracker_core.services.auth.tokens import LiveSession, SessionTokens

__all__ = [
    "MAX_PASSWORD_BYTES",
    "MIN_PASSWORD",
    "SESSION_COOKIE",
    "ApiTokens",
    "AuthBackend",
    "AuthError",
    "ConfirmEmail",
    "LiveSession",
    "LocalAuth",
    "LoginThrottle",
    "LoginThrottled",
    "SessionTokens",
    "SignedIn",
    "TokenPair",
    "check_password_rules",
    "ensure_user_row",
    "hash_password",
    "make_auth",
    "normalise_email",
    "revoke_all_sessions",
    "revoke_api_tokens",
]


def make_auth(engine: Engine, settings: Settings) -> AuthBackend:
    """Supabase Auth when SUPABASE_URL and SUPABASE_KEY are set, else local accounts."""
    if settings.supabase_enabled:
        # Imported on use: the supabase client is only loaded when it is configured.
        from tracker_core.services.auth.supabase import SupabaseAuth

        assert settings.SUPABASE_URL and settings.SUPABASE_KEY
        return SupabaseAuth(
            engine,
            settings.SUPABASE_URL,
            settings.SUPABASE_KEY.get_secret_value(),
            LoginThrottle(
                engine,
                settings.LOGIN_MAX_FAILURES,
                timedelta(minutes=settings.LOGIN_LOCKOUT_MINUTES),
            ),
            service_role_key=(
                settings.SUPABASE_SERVICE_ROLE_KEY.get_secret_value()
                if settings.SUPABASE_SERVICE_ROLE_KEY
                else None
            ),
        )
    return LocalAuth(engine, settings)
