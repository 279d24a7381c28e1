"""The "Add an application" form, shared by the board and any page that needs it."""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from components.detail_edit import PERIODS, REMOTE
from components.duplicates import render_duplicate_warning
from components.forms import errors, run_action, show_error
from components.runtime import engine, vectors
from components.similarity_panels import vector_adapters
from components.text import md_escape
from tracker_core.db import user_session
from tracker_core.models import STANDARD_STAGES, UserPublic
from tracker_core.services import applications as svc
from tracker_core.services.add_check import check_before_adding
from tracker_core.services.duplicates import normalise_company
from tracker_core.services.prefill import fill_empty_fields
from tracker_core.services.validation import validate_application

FIELDS = ("add_company", "add_position", "add_url", "add_jd")
# Optional fields as the form names them (add_<field>) and what "empty" is for each.
OPTIONAL: dict[str, object] = {
    "location": "",
    "remote": "",
    "source": "",
    "salary_min": None,
    "salary_max": None,
    "salary_currency": "",
    "salary_period": "",
    "next_action": "",
    "next_action_on": None,
}
FILLED = "add_filled"  # what the pasted description filled in, said before saving


def _values() -> dict[str, object]:
    state = st.session_state
    values: dict[str, object] = {
        "company": state.add_company,
        "position": state.add_position,
        "status": state.add_status,
        "deadline": state.add_deadline,
        "url": state.get("add_url") or None,
        "job_description": state.get("add_jd", ""),
    }
    return values | {name: state.get(f"add_{name}", empty) for name, empty in OPTIONAL.items()}


def _fill(say_nothing_found: bool = True) -> bool:
    """Fill the empty fields from the pasted description; True when anything was filled."""
    state = st.session_state
    jd = state.get("add_jd", "")
    if not jd.strip():
        state[FILLED] = "Paste the job description first, then fill the empty fields from it."
        return False
    state.add_jd_read = jd
    filled = fill_empty_fields(_values(), jd)
    for name, value in filled.items():
        state[f"add_{name}"] = value
    if filled:
        names = ", ".join(n.replace("_", " ") for n in filled)
        state[FILLED] = f"Filled from the job description: {names}. Check them, then add."
    elif say_nothing_found:
        state[FILLED] = "The job description gave nothing for the empty fields."
    return bool(filled)


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
        jd = state.get("add_jd", "")
        if jd.strip() and state.get("add_jd_read") != jd and _fill(False):
            return  # a newly pasted description fills the gaps; the user sees them first
        data = validate_application(_values())  # every invalid field, before any warning
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
        for name, empty in OPTIONAL.items():
            state[f"add_{name}"] = empty
        state.add_deadline = None
        state.pop("add_jd_read", None)

    run_action("add", action)


def _optional_fields() -> None:
    left, right = st.columns(2)
    left.text_input("Location", key="add_location", max_chars=200)
    right.selectbox("Remote", REMOTE, key="add_remote", format_func=_label)
    left.number_input("Salary from", min_value=0, step=1000, value=None, key="add_salary_min")
    right.number_input("Salary to", min_value=0, step=1000, value=None, key="add_salary_max")
    with right:
        show_error("add", "salary_max")
    left.text_input("Currency", key="add_salary_currency", max_chars=8, placeholder="EUR")
    right.selectbox("Per", PERIODS, key="add_salary_period", format_func=_label)
    left.text_input("Next action", key="add_next_action", max_chars=500)
    right.date_input("Next action on", value=None, key="add_next_action_on", format="YYYY-MM-DD")
    left.text_input("Source", key="add_source", max_chars=100, placeholder="LinkedIn, referral…")
    right.text_input("Link to the posting", key="add_url", max_chars=2000)
    with right:
        show_error("add", "url")
    st.text_area(
        "Job description",
        key="add_jd",
        height=120,
        help="Paste the posting: the empty fields above are filled from it before saving",
    )


def _label(value: str) -> str:
    return value.capitalize() if value else "Not set"


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
        found = errors("add")
        with st.expander(
            "Salary, place, next action, link and job description (optional)",
            expanded=bool(set(found) & {*OPTIONAL, "url"}) or FILLED in st.session_state,
        ):
            _optional_fields()
        if note := st.session_state.pop(FILLED, None):
            st.info(note, icon=":material/auto_fix_high:")
        show_error("add")
        add, fill = st.columns(2)
        add.form_submit_button("Add application", type="primary", on_click=_add, args=(user,))
        fill.form_submit_button(
            "Fill empty fields from the description",
            on_click=_fill,
            help="Reads the pasted job description; what you typed is never replaced",
        )
    if saved := st.session_state.pop("add_saved", None):
        st.success(md_escape(saved), icon=":material/check_circle:")
