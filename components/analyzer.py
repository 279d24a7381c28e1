"""Analyzer inputs and actions: pick or paste a resume and a posting, analyse, keep the result."""

from __future__ import annotations

from typing import Any

import streamlit as st

from components.duplicates import check_entry, render_duplicate_warning
from components.forms import run_action, show_error
from components.runtime import engine, settings, vectors
from tracker_core.analysis import analyze_resume
from tracker_core.db import user_session
from tracker_core.models import Application, Resume, UserPublic
from tracker_core.services import analyses
from tracker_core.services.applications import create_application
from tracker_core.services.postings import draft_application
from tracker_core.services.validation import validate_application

PASTE = 0  # the "paste" choice in both pickers


def resume_text(resumes: dict[int, Resume]) -> tuple[str, int | None]:
    choice = st.session_state.get("an_resume", PASTE)
    if choice == PASTE:
        return st.session_state.get("an_resume_text", ""), None
    return resumes[choice].text, choice


def posting_text(apps: dict[int, Application]) -> tuple[str, int | None]:
    choice = st.session_state.get("an_app", PASTE)
    if choice == PASTE:
        return st.session_state.get("an_posting", ""), None
    return apps[choice].job_description, choice


def render_inputs(resumes: dict[int, Resume], apps: dict[int, Application]) -> None:
    left, right = st.columns(2)
    with left:
        labels = {
            PASTE: "Paste a resume",
            **{i: f"{r.label} (v{r.version})" for i, r in resumes.items()},
        }
        st.selectbox("Resume", list(labels), format_func=labels.__getitem__, key="an_resume")
        if st.session_state.an_resume == PASTE:
            st.text_area("Resume text", key="an_resume_text", height=220)
    with right:
        names = {PASTE: "Paste a job description"}
        names |= {i: f"{a.company}: {a.position}" for i, a in apps.items()}
        st.selectbox("Job", list(names), format_func=names.__getitem__, key="an_app")
        if st.session_state.an_app == PASTE:
            st.text_area("Job description", key="an_posting", height=220)
    s = settings()
    if s.llm_enabled:
        st.checkbox(
            f"Send both texts to {s.OPENAI_MODEL} for this analysis "
            f"({s.OPENAI_BASE_URL or 'OpenAI'}); otherwise nothing leaves this machine",
            key="an_use_llm",
        )
    else:
        st.caption("Analysis runs on this machine. Set OPENAI_API_KEY to also offer OpenAI.")


def analyse(user: UserPublic, resumes: dict[int, Resume], apps: dict[int, Application]) -> None:
    def action() -> None:
        resume, resume_id = resume_text(resumes)
        posting, app_id = posting_text(apps)
        choice = "openai" if st.session_state.get("an_use_llm") else "offline"
        with user_session(engine(), user.id) as session:
            row = analyses.analyze_and_store(
                session=session,
                user_id=user.id,
                resume_text=resume,
                job_description=posting,
                engine=choice,
                analyzer=analyze_resume,
                resume_id=resume_id,
                application_id=app_id,
            )
        st.session_state.an_result = {"id": row.id, "resume": resume, "posting": posting}

    run_action("an", action)


_DRAFT_FIELDS = ("company", "position", "location", "url")


def _create_app(user: UserPublic) -> None:
    state = st.session_state

    def action() -> None:
        fields: dict[str, Any] = dict(state.an_draft)
        fields |= {f: state.get(f"an_new_{f}") for f in _DRAFT_FIELDS}
        data = validate_application(fields)  # every invalid field first, then any warning
        entry = (data.company.casefold(), data.position.casefold(), data.url or "")
        if state.get("an_dup_seen") != entry:  # warn once per entry; the next click saves
            found = check_entry(
                user.id,
                company=data.company,
                position=data.position,
                job_description=data.job_description,
                url=data.url,
            )
            if found.any:
                state.an_dup, state.an_similar, state.an_dup_seen = (
                    found.earlier,
                    found.similar,
                    entry,
                )
                return
        with user_session(engine(), user.id) as session:
            app = create_application(session=session, user_id=user.id, data=data, vectors=vectors())
        state.an_created = (app.id, f"Added {app.company}: {app.position} to your board.")
        for key in ("an_draft", "an_dup", "an_similar", "an_dup_seen"):
            state.pop(key, None)

    run_action("an_new", action)


def render_create_from_posting(user: UserPublic, posting: str) -> None:
    """Parse the posting into a prefilled application the user checks before saving."""
    state = st.session_state
    if st.button("Create application from this posting", icon=":material/add_task:"):

        def read() -> None:
            draft = draft_application(posting)  # InvalidInput for an over-long posting
            state.an_draft = draft.fields
            for f in _DRAFT_FIELDS:
                state[f"an_new_{f}"] = draft.fields.get(f) or ""
            state.an_summary = draft.summary
            for key in ("an_dup", "an_similar", "an_dup_seen"):
                state.pop(key, None)

        run_action("an_read", read)
    show_error("an_read", "job_description")
    if "an_draft" in state:
        with st.form("an_new_form"):
            left, right = st.columns(2)
            left.text_input("Company", key="an_new_company", max_chars=200)
            with left:
                show_error("an_new", "company")
            right.text_input("Position", key="an_new_position", max_chars=200)
            with right:
                show_error("an_new", "position")
            left.text_input("Location", key="an_new_location", max_chars=200)
            right.text_input("Link to the posting", key="an_new_url", max_chars=2000)
            with right:
                show_error("an_new", "url")
            render_duplicate_warning(state.get("an_dup", []), state.get("an_similar"))
            st.caption("Read from the posting: " + state.an_summary)
            show_error("an_new")
            st.form_submit_button(
                "Save application", type="primary", on_click=_create_app, args=(user,)
            )
    if created := state.pop("an_created", None):
        app_id, message = created
        st.success(message, icon=":material/check_circle:")
        st.page_link(
            "app_pages/detail.py",
            label="Open the new application",
            icon=":material/open_in_new:",
            query_params={"id": str(app_id)},
        )
