"""The "Add an application" form, shared by the board and any page that needs it."""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from components.duplicates import render_duplicate_warning
from components.forms import errors, run_action, show_error
from components.runtime import engine, vectors
from components.similarity_panels import vector_adapters
from tracker_core.db import user_session
from tracker_core.models import STANDARD_STAGES, UserPublic
from tracker_core.services import applications as svc
from tracker_core.services.add_check import check_before_adding
from tracker_core.services.duplicates import normalise_company
from tracker_core.services.validation import validate_application

FIELDS = ("add_company", "add_position", "add_url", "add_jd")


def _entry_key() -> str:
    """What the user typed, normalised: a warning is shown once per entry."""
    state = st.session_state
    company = normalise_company(state.add_company)
    if not company:
        return ""
    rest = (state.add_position, state.get("add_url", ""), state.get("add_jd", ""))
    return "\x1f".join([company, *(v.strip().lower() for v in rest)])


def _warned(user: UserPublic) -> bool:
    """Look for earlier and similar applications; True when this click should warn, not save."""
    state = st.session_state
    key = _entry_key()
    if not key or state.get("add_dup_seen") == key:
        return False
    index, embedder, unavailable = vector_adapters()
    with user_session(engine(), user.id) as session:
        found = check_before_adding(
            session=session,
            user_id=user.id,
            company=state.add_company,
            position=state.add_position,
            job_description=state.get("add_jd", ""),
            url=state.get("add_url") or None,
            index=index,
            embedder=embedder,
            unavailable=unavailable,
        )
    if not found.any:
        return False
    state.add_dup, state.add_similar, state.add_dup_seen = found.earlier, found.similar, key
    return True


def _add(user: UserPublic) -> None:
    state = st.session_state

    def action() -> None:
        data = validate_application(  # every invalid field is reported before any warning
            {
                "company": state.add_company,
                "position": state.add_position,
                "status": state.add_status,
                "deadline": state.add_deadline,
                "url": state.get("add_url") or None,
                "job_description": state.get("add_jd", ""),
            }
        )
        if _warned(user):  # warn once per entry; the next click saves
            return
        with user_session(engine(), user.id) as session:
            app = svc.create_application(
                session=session, user_id=user.id, data=data, vectors=vectors()
            )
        state.add_saved = f"Saved {app.company}: {app.position}."
        state.add_dup, state.add_similar, state.add_dup_seen = [], None, None
        for key in FIELDS:
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
            render_duplicate_warning(
                st.session_state.get("add_dup", []), st.session_state.get("add_similar")
            )
        right.text_input("Position", key="add_position", max_chars=200)
        with right:
            show_error("add", "position")
        left.selectbox("Status", list(labels), key="add_status", format_func=labels.__getitem__)
        right.date_input("Deadline", value=None, key="add_deadline", format="YYYY-MM-DD")
        with right:
            show_error("add", "deadline")
        with st.expander(
            "Link and job description (optional: they help spot the same job)",
            expanded="url" in errors("add"),
        ):
            st.text_input("Link to the posting", key="add_url", max_chars=2000)
            show_error("add", "url")
            st.text_area("Job description", key="add_jd", height=120)
        show_error("add")
        st.form_submit_button("Add application", type="primary", on_click=_add, args=(user,))
    if saved := st.session_state.pop("add_saved", None):
        st.success(saved, icon=":material/check_circle:")
