"""Accounts: local bcrypt accounts by default, Supabase Auth when configured; signed sessions.

base: what every backend shares; local: our own accounts; supabase: Supabase Auth;
tokens: the session cookie. Callers import from here.
"""

from __future__ import annotations

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
    SignedIn,
    check_password_rules,
    ensure_user_row,
    normalise_email,
)
from tracker_core.services.auth.local import LocalAuth, hash_password
from tracker_core.services.auth.tokens import SessionTokens

__all__ = [
    "MAX_PASSWORD_BYTES",
    "MIN_PASSWORD",
    "SESSION_COOKIE",
    "ApiTokens",
    "AuthBackend",
    "AuthError",
    "ConfirmEmail",
    "LocalAuth",
    "SessionTokens",
    "SignedIn",
    "TokenPair",
    "check_password_rules",
    "ensure_user_row",
    "hash_password",
    "make_auth",
    "normalise_email",
    "revoke_api_tokens",
]


def make_auth(engine: Engine, settings: Settings) -> AuthBackend:
    """Supabase Auth when SUPABASE_URL and SUPABASE_KEY are set, else local accounts."""
    if settings.supabase_enabled:
        # Imported on use: the supabase client is only loaded when it is configured.
        from tracker_core.services.auth.supabase import SupabaseAuth

        assert settings.SUPABASE_URL and settings.SUPABASE_KEY
        return SupabaseAuth(engine, settings.SUPABASE_URL, settings.SUPABASE_KEY.get_secret_value())
    return LocalAuth(engine, settings)
