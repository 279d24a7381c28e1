"""The private calendar link: copy it into a calendar app, or reset it if it leaked."""

from __future__ import annotations

import streamlit as st

from components.forms import run_action, show_error
from components.runtime import engine, settings
from tracker_core.db import user_session
from tracker_core.services import due


def _reset(user_id: str) -> None:
    def action() -> None:
        with user_session(engine(), user_id) as session:
            due.reset_calendar_link(session=session, user_id=user_id)
        st.session_state["cal_reset_done"] = True

    run_action("cal", action)


def render_calendar_link(user_id: str) -> None:
    """The subscription address (served by the REST API), or how to get one."""
    st.subheader("Calendar")
    cfg = settings()
    if not cfg.API_BASE_URL:
        st.caption(
            "Interviews and deadlines can be downloaded from the board (Due this week). "
            "To subscribe from a calendar app instead, run the REST API (`make api`) where your "
            "calendar app can reach it and set API_BASE_URL to its address."
        )
        return
    with user_session(engine(), user_id) as session:
        link = due.calendar_link(
            session=session,
            secret=cfg.session_secret(),
            base_url=cfg.API_BASE_URL,
            user_id=user_id,
        )
    st.caption(
        "Subscribe to this private address in your calendar app (Google Calendar: Other "
        "calendars → From URL). Anyone with it sees your interviews and deadlines."
    )
    st.code(link, language=None, wrap_lines=True)
    st.button(
        "Reset the link",
        key="cal_reset",
        on_click=_reset,
        args=(user_id,),
        icon=":material/link_off:",
        help="A new address; calendars subscribed to the old one stop updating.",
    )
    show_error("cal")
    if st.session_state.pop("cal_reset_done", False):
        st.success("New link made. The old one no longer works: subscribe again with this one.")
