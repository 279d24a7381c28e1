"""Tags: the filter the board, table and stats pages share, and the detail page's tag editor."""

from __future__ import annotations

import streamlit as st

from components.forms import run_action, show_error
from components.runtime import engine
from tracker_core.db import user_session
from tracker_core.services import tags as svc

ANY = ""


def tag_filter(user_id: str, key: str = "tag") -> str:
    """A tag picker kept in the page URL; "" means every application (also when none exist)."""
    with user_session(engine(), user_id) as session:
        names = svc.all_tags(session=session, user_id=user_id)
    if not names:
        return ANY
    chosen = st.selectbox(
        "Tag",
        [ANY, *names],
        format_func=lambda t: t or "Any tag",
        key=key,
        bind="query-params",
    )
    return chosen if chosen in names else ANY


def render_tag_editor(user_id: str, app_id: int) -> None:
    """The application's tags: pick existing ones or type a new one; removing one saves too."""
    with user_session(engine(), user_id) as session:
        mine = svc.tags_of(session=session, user_id=user_id, application_id=app_id)
        every = svc.all_tags(session=session, user_id=user_id)
    key = f"det_tags_{app_id}"

    def save() -> None:
        def action() -> None:
            with user_session(engine(), user_id) as session:
                st.session_state[key] = svc.set_tags(  # as stored: trimmed, lower case
                    session=session,
                    user_id=user_id,
                    application_id=app_id,
                    names=st.session_state[key],
                )
            st.toast("Tags saved.", icon=":material/sell:")

        run_action("tags", action)

    st.multiselect(
        "Tags",
        every,
        default=mine,
        key=key,
        accept_new_options=True,
        on_change=save,
        placeholder="Add a tag, e.g. remote or referral",
    )
    show_error("tags")
