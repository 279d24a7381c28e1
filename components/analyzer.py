"""Analyzer inputs and actions: pick or paste a resume and a posting, analyse, keep the result."""

from __future__ import annotations

from typing import Any

import streamlit as st

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


def _create_app(user: UserPublic) -> None:
    state = st.session_state

    def action() -> None:
        fields: dict[str, Any] = dict(state.an_draft)
        fields |= {"company": state.an_new_company, "position": state.an_new_position}
        with user_session(engine(), user.id) as session:
            app = create_application(
                session=session,
                user_id=user.id,
                data=validate_application(fields),
                vectors=vectors(),
            )
        state.an_created = f"Added {app.company}: {app.position} to your board."
        state.pop("an_draft", None)

    run_action("an_new", action)


def render_create_from_posting(user: UserPublic, posting: str) -> None:
    """Parse the posting into a prefilled application the user checks before saving."""
    if st.button("Create application from this posting", icon=":material/add_task:"):

        def read() -> None:
            draft = draft_application(posting)  # InvalidInput for an over-long posting
            st.session_state.an_draft = draft.fields
            st.session_state.an_new_company = draft.fields["company"]
            st.session_state.an_new_position = draft.fields["position"]
            st.session_state.an_summary = draft.summary

        run_action("an_read", read)
    show_error("an_read", "job_description")
    if "an_draft" in st.session_state:
        with st.form("an_new_form"):
            st.text_input("Company", key="an_new_company")
            show_error("an_new", "company")
            st.text_input("Position", key="an_new_position")
            show_error("an_new", "position")
            st.caption("Read from the posting: " + st.session_state.an_summary)
            show_error("an_new")
            st.form_submit_button(
                "Save application", type="primary", on_click=_create_app, args=(user,)
            )
    if created := st.session_state.pop("an_created", None):
        st.success(created, icon=":material/check_circle:")
