"""Supabase Auth (GoTrue) through the official `supabase` client."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import Engine
from supabase import Client, ClientOptions, create_client
from supabase_auth.errors import AuthApiError, AuthRetryableError
from supabase_auth.errors import AuthError as GoTrueError

from tracker_core import repositories as repo
from tracker_core.db import system_session
from tracker_core.services.auth.base import (
    AuthError,
    ConfirmEmail,
    LoginThrottle,
    SignedIn,
    check_password_rules,
    ensure_user_row,
    normalise_email,
    revoke_all_sessions,
)
from tracker_core.services.auth.supabase_admin import SupabaseAdmin

_MESSAGES = {
    "invalid_credentials": ("Email or password is wrong.", "password"),
    "email_not_confirmed": (
        "Confirm your email first: open the link we sent you, then log in.",
        "email",
    ),
    "user_already_exists": ("An account with this email already exists. Log in instead.", "email"),
    "email_exists": ("An account with this email already exists. Log in instead.", "email"),
    "weak_password": ("Choose a stronger password.", "password"),
    "over_request_rate_limit": ("Too many attempts. Wait a minute, then try again.", None),
    "over_email_send_rate_limit": ("Too many emails sent. Wait a few minutes.", None),
    "signup_disabled": ("Sign-ups are turned off on this server.", None),
}


def _translate(exc: GoTrueError) -> AuthError:
    code = getattr(exc, "code", None)
    if code in _MESSAGES:
        message, field = _MESSAGES[code]
        return AuthError(message, field=field)
    if isinstance(exc, AuthApiError) and exc.status == 429:
        return AuthError(_MESSAGES["over_request_rate_limit"][0])
    if isinstance(exc, AuthRetryableError):
        return AuthError("The sign-in service is not answering. Try again in a moment.")
    return AuthError(f"The sign-in service refused: {exc.message}")


class SupabaseAuth:
    """Accounts in Supabase; a local `users` row with the same id holds the user's settings."""

    def __init__(
        self,
        engine: Engine,
        url: str,
        key: str,
        throttle: LoginThrottle | None = None,
        *,
        service_role_key: str | None = None,
    ) -> None:
        self.engine = engine
        self.url = url
        self.key = key
        self.throttle = throttle or LoginThrottle(engine, 5, timedelta(minutes=15))
        self.admin = SupabaseAdmin(url, service_role_key) if service_role_key else None

    def _client(self) -> Client:
        # One client per call: a client holds one user's session and must never be shared.
        options = ClientOptions(auto_refresh_token=False, persist_session=False)
        return create_client(self.url, self.key, options=options)

    def _signed_in(self, response: Any, name: str = "") -> SignedIn:
        return self._signed_in_as(response.user, response.session, name)

    def _signed_in_as(self, user: Any, session: Any, name: str = "") -> SignedIn:
        meta = user.user_metadata or {}
        public = ensure_user_row(self.engine, user.id, user.email or "", meta.get("name", name))
        return SignedIn(
            public,
            refresh_token=session.refresh_token,
            access_token=session.access_token,
            expires_in=session.expires_in,
        )

    def sign_up(self, email: str, password: str, name: str = "") -> SignedIn:
        email = normalise_email(email)
        check_password_rules(password)
        credentials: Any = {
            "email": email,
            "password": password,
            "options": {"data": {"name": name}},
        }
        try:
            response = self._client().auth.sign_up(credentials)
        except GoTrueError as exc:
            raise _translate(exc) from None
        if response.session is None:
            raise ConfirmEmail(f"We sent a confirmation link to {email}. Open it, then log in.")
        return self._signed_in(response, name)

    def sign_in(self, email: str, password: str, client: str | None = None) -> SignedIn:
        """Supabase checks the password; we throttle per client first, as LocalAuth does."""
        email = email.strip().lower()
        keys = self.throttle.keys(email, client)
        self.throttle.check(keys, password)
        credentials: Any = {"email": email, "password": password}
        try:
            response = self._client().auth.sign_in_with_password(credentials)
        except GoTrueError as exc:
            raise _translate(exc) from None
        self.throttle.clear(keys)
        return self._signed_in(response)

    def change_password(self, user_id: str, current: str, new: str) -> SignedIn:
        """Change it in Supabase, revoke every session here; the new session's refresh token."""
        check_password_rules(new)
        with system_session(self.engine) as session:
            row = repo.get_user(session=session, user_id=user_id)
            email = row.email if row else ""
        keys = self.throttle.password_keys(user_id)  # a stolen session
        self.throttle.check(keys, current)
        client = self._client()
        try:
            # Signing in again proves the current password and gives the client a session.
            client.auth.sign_in_with_password({"email": email, "password": current})
        except GoTrueError as exc:
            err = _translate(exc)
            if err.field == "password":
                raise AuthError("The current password is wrong.", field="current") from None
            raise err from None
        try:
            response = client.auth.update_user({"password": new})
        except GoTrueError as exc:
            raise _translate(exc) from None
        self.throttle.clear(keys)
        revoke_all_sessions(self.engine, user_id)
        # The session that proved the password keeps this browser signed in after a reload.
        kept = client.auth.get_session()
        if response.user is None or kept is None:
            raise AuthError("The password was changed. Log in again with the new one.")
        return self._signed_in_as(response.user, kept)

    def _refreshed(self, refresh_token: str) -> Any | None:
        """Supabase's answer to a refresh token (it rotates the token); None if refused."""
        try:
            response = self._client().auth.refresh_session(refresh_token)
        except GoTrueError:
            return None
        return None if response.user is None or response.session is None else response

    def resume(self, user_id: str, refresh_token: str | None) -> SignedIn | None:
        """Refresh the Supabase session behind a cookie; None when it was revoked."""
        response = self._refreshed(refresh_token) if refresh_token else None
        if response is None or response.user.id != user_id:
            return None
        return self._signed_in(response)

    def refresh(self, refresh_token: str) -> SignedIn | None:
        """A new Supabase session for a refresh token (rotated by Supabase); None if refused."""
        response = self._refreshed(refresh_token)
        return None if response is None else self._signed_in(response)

    def sign_out(self, refresh_token: str | None) -> None:
        if not refresh_token:
            return
        client = self._client()
        try:
            client.auth.refresh_session(refresh_token)
            client.auth.sign_out({"scope": "local"})
        except GoTrueError:
            pass  # already signed out on the server; the cookie is cleared either way

    def delete_sign_in(self, user_id: str) -> bool:
        """Delete the Supabase auth user; False without a service-role key (it remains)."""
        if self.admin is None:
            return False
        self.admin.delete_user(user_id)
        return True
