"""Who is signed in: session state first, then the signed cookie that survives a reload."""

from __future__ import annotations

import json

import streamlit as st

from components.runtime import auth, settings, tokens
from tracker_core.models import UserPublic
from tracker_core.services.auth import SESSION_COOKIE, SignedIn

_USER = "auth_user"
_RT = "auth_refresh_token"
_PENDING = "auth_cookie_pending"
_SIGNED_OUT = "auth_signed_out"


def current_user() -> UserPublic | None:
    """The signed-in user of this browser tab, restoring it from the cookie after a reload."""
    user: UserPublic | None = st.session_state.get(_USER)
    if user is not None or st.session_state.get(_SIGNED_OUT):
        return user
    payload = tokens().read(st.context.cookies.get(SESSION_COOKIE))
    if payload is None:
        return None
    signed_in = auth().resume(payload["uid"], payload.get("rt"))
    if signed_in is None:
        return None
    if signed_in.refresh_token != payload.get("rt"):
        remember(signed_in)  # Supabase rotated the refresh token
    else:
        st.session_state[_USER] = signed_in.user
        st.session_state[_RT] = signed_in.refresh_token
    return signed_in.user


def remember(signed_in: SignedIn) -> None:
    """Sign this tab in and queue the cookie that keeps it signed in."""
    st.session_state[_USER] = signed_in.user
    st.session_state[_RT] = signed_in.refresh_token
    st.session_state[_PENDING] = tokens().issue(signed_in)
    st.session_state.pop(_SIGNED_OUT, None)


def sign_out() -> None:
    auth().sign_out(st.session_state.get(_RT))
    for key in (_USER, _RT):
        st.session_state.pop(key, None)
    st.session_state[_PENDING] = ""
    st.session_state[_SIGNED_OUT] = True


def write_cookie() -> None:
    """Set or clear the session cookie in the browser, once, on a run that is not cut short."""
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
