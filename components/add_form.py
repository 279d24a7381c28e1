"""The "Add an application" form, shared by the board and any page that needs it."""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from components.duplicates import render_duplicate_warning
from components.forms import run_action, show_error
from components.runtime import engine
from tracker_core.db import user_session
from tracker_core.models import STANDARD_STAGES, ApplicationCreate, UserPublic
from tracker_core.services import applications as svc
from tracker_core.services.duplicates import find_earlier, normalise_company


def _add(user: UserPublic) -> None:
    state = st.session_state

    def action() -> None:
        key = normalise_company(state.add_company)
        if key and state.get("add_dup_seen") != key:
            with user_session(engine(), user.id) as session:
                earlier = find_earlier(session=session, user_id=user.id, company=key)
            if earlier:  # warn once per company; the next click saves
                state.add_dup, state.add_dup_seen = earlier, key
                return
        data = ApplicationCreate(
            company=state.add_company,
            position=state.add_position,
            status=state.add_status,
            deadline=state.add_deadline,
        )
        with user_session(engine(), user.id) as session:
            app = svc.create_application(session=session, user_id=user.id, data=data)
        state.add_saved = f"Saved {app.company}: {app.position}."
        state.add_dup, state.add_dup_seen = [], None
        for key in ("add_company", "add_position"):
            state[key] = ""
        state.add_deadline = None

    run_action("add", action)


def render_add_form(user: UserPublic, stages: Mapping[str, str] | None = None) -> None:
    """The add form (stages: key -> label); errors appear beside their field, input stays."""
    labels = dict(stages or {s: s.capitalize() for s in STANDARD_STAGES})
    with st.form("add_form", clear_on_submit=False):
        # The board's expander already says "Add an application"; a second heading repeated it.
        st.caption(
            "A company and a position are enough; add the rest later from the card's Open link."
        )
        left, right = st.columns(2)
        left.text_input("Company", key="add_company", max_chars=200)
        with left:
            show_error("add", "company")
            render_duplicate_warning(st.session_state.get("add_dup", []))
        right.text_input("Position", key="add_position", max_chars=200)
        with right:
            show_error("add", "position")
        left.selectbox("Status", list(labels), key="add_status", format_func=labels.__getitem__)
        right.date_input("Deadline", value=None, key="add_deadline", format="YYYY-MM-DD")
        with right:
            show_error("add", "deadline")
        show_error("add")
        st.form_submit_button("Add application", type="primary", on_click=_add, args=(user,))
    if saved := st.session_state.pop("add_saved", None):
        st.success(saved, icon=":material/check_circle:")
