"""Who is signed in: session state first, then the signed cookie that survives a reload.

The cookie holds only the signed id of a server-side session (tracker_core's SessionTokens);
each run checks that the session is still live, so logging out elsewhere, a password change or
"Sign out everywhere" end this tab too. Supabase's refresh token never reaches the browser.
"""

from __future__ import annotations

import json

import streamlit as st

from components.runtime import auth, engine, settings, tokens
from tracker_core import proxies
from tracker_core.models import UserPublic
from tracker_core.services.auth import (
    SESSION_COOKIE,
    LiveSession,
    SignedIn,
    revoke_all_sessions,
)

_USER = "auth_user"
_SID = "auth_session_id"
_PENDING = "auth_cookie_pending"
_SIGNED_OUT = "auth_signed_out"
_NOTICE = "auth_notice"


def current_user() -> UserPublic | None:
    """The signed-in user of this browser tab, restoring it from the cookie after a reload."""
    user: UserPublic | None = st.session_state.get(_USER)
    if st.session_state.get(_SIGNED_OUT):
        return None
    if user is not None:
        sid = st.session_state.get(_SID)
        if sid and tokens().live(sid) is not None:
            return user
        _forget()  # revoked elsewhere (sign out everywhere, a password change)
        return None
    live = tokens().read(st.context.cookies.get(SESSION_COOKIE))
    if live is None:
        return None
    signed_in = auth().resume(live.user_id, live.refresh_token)
    if signed_in is None:
        tokens().revoke(live.session_id)
        return None
    if signed_in.refresh_token != live.refresh_token:
        tokens().store_refresh_token(live.session_id, signed_in.refresh_token)  # rotated
    st.session_state[_USER] = signed_in.user
    st.session_state[_SID] = live.session_id
    return signed_in.user


def client_address() -> str | None:
    """The browser's address, the key of the sign-in throttle (None on localhost); behind a
    reverse proxy listed in TRUSTED_PROXIES, the client its X-Forwarded-For names."""
    forwarded = st.context.headers.get("X-Forwarded-For")
    return proxies.client_address(st.context.ip_address, forwarded, settings().trusted_proxies)


def remember(signed_in: SignedIn) -> None:
    """Sign this tab in: a new server-side session, and the cookie that keeps it."""
    st.session_state[_USER] = signed_in.user
    cookie = tokens().issue(signed_in)
    live = tokens().read(cookie)
    st.session_state[_SID] = live.session_id if live else None
    st.session_state[_PENDING] = cookie
    st.session_state.pop(_SIGNED_OUT, None)


def sign_out() -> None:
    """Log this browser out: its session is revoked on the server and the cookie cleared."""
    live = _this_session()
    if live is not None:
        auth().sign_out(live.refresh_token)
        tokens().revoke(live.session_id)
    _forget()


def show_after_sign_out(message: str, *, done: bool = True) -> None:
    """A message for the login page, shown once: information, or a warning when not `done`."""
    st.session_state[_NOTICE] = (message, done)


def render_notice() -> None:
    """Show (once) what show_after_sign_out left for the login page."""
    found = st.session_state.pop(_NOTICE, None)
    if found is None:
        return
    message, done = found
    if done:
        st.success(message, icon=":material/check_circle:")
    else:
        st.warning(message, icon=":material/warning:")


def sign_out_everywhere() -> None:
    """Revoke every session of the signed-in user, this browser's included."""
    live = _this_session()
    user: UserPublic | None = st.session_state.get(_USER)
    if live is not None:
        auth().sign_out(live.refresh_token)
    if user is not None:
        revoke_all_sessions(engine(), user.id)
    _forget()


def _this_session() -> LiveSession | None:
    sid = st.session_state.get(_SID)
    return tokens().live(sid) if sid else None


def _forget() -> None:
    for key in (_USER, _SID):
        st.session_state.pop(key, None)
    st.session_state[_PENDING] = ""
    st.session_state[_SIGNED_OUT] = True


def write_cookie() -> None:
    """Set or clear the session cookie in the browser, once; called first thing in a run."""
    value = st.session_state.pop(_PENDING, None)
    if value is None:
        return
    max_age = settings().SESSION_DAYS * 86400 if value else 0
    script = (
        "<script>document.cookie = "
        f"{json.dumps(SESSION_COOKIE)} + '=' + {json.dumps(value)} + "
        f"'; path=/; max-age={max_age}; SameSite=Strict' + "
        "(location.protocol === 'https:' ? '; Secure' : '');</script>"
    )
    st.html(script, unsafe_allow_javascript=True, width="content")
