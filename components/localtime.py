"""The signed-in user's time zone for this tab, and local-time text for stored UTC moments."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import streamlit as st

from components.runtime import engine
from components.session import current_user
from tracker_core.db import user_session
from tracker_core.localtime import DEFAULT_ZONE, show, zone
from tracker_core.services.user_zone import zone_for

ZONE_KEY = "tz_name"


def browser_zone() -> str | None:
    """The zone the browser reports (None when it reports none, as under AppTest)."""
    try:
        reported = st.context.timezone
    except Exception:  # no browser context: fall back to the stored zone
        return None
    return reported if isinstance(reported, str) and reported else None


def user_zone(user_id: str) -> ZoneInfo:
    """The user's zone: read once per tab; the browser's is stored while none was chosen."""
    name = st.session_state.get(ZONE_KEY)
    if name is None:
        with user_session(engine(), user_id) as session:
            name = zone_for(session=session, user_id=user_id, browser_zone=browser_zone())
        st.session_state[ZONE_KEY] = name
    return zone(name)


def current_zone() -> ZoneInfo:
    """The signed-in user's zone (UTC when nobody is signed in)."""
    user = current_user()
    return user_zone(user.id) if user is not None else zone(DEFAULT_ZONE)


def local_text(moment: datetime, pattern: str = "%Y-%m-%d %H:%M") -> str:
    """A stored moment in the signed-in user's zone, with the zone's short name."""
    return show(moment, current_zone(), pattern)
