"""Resume upload, correction and version list; the text is always shown so the user can fix it."""

from __future__ import annotations

import streamlit as st

from components.forms import run_action, show_error
from components.runtime import engine, vectors
from components.text import md_escape
from tracker_core.db import user_session
from tracker_core.models import Resume, UserPublic
from tracker_core.services import resumes as svc
from tracker_core.text.extract import ExtractionError, extract_text

FILE_TYPES = ["pdf", "docx", "txt", "md"]


def _on_upload() -> None:
    state = st.session_state
    upload = state.get("resume_file")
    state.resume_errors = {}
    if upload is None:
        return
    try:
        state.resume_text = extract_text(upload.getvalue(), upload.name)
    except ExtractionError as exc:
        state.resume_errors = {"file": exc.message}
        return
    if not state.get("resume_label"):
        state.resume_label = upload.name.rsplit(".", 1)[0]


def _save(user: UserPublic) -> None:
    state = st.session_state

    def action() -> None:
        upload = state.get("resume_file")
        name = upload.name if upload is not None else None
        with user_session(engine(), user.id) as session:
            saved = svc.create_resume(
                session=session,
                user_id=user.id,
                label=state.resume_label,
                text=state.resume_text,
                file_name=name,
                file_type=name.rsplit(".", 1)[-1].lower() if name else "text",
                vectors=vectors(),
            )
        state.resume_saved = f"Saved “{saved.label}”."
        state.resume_text, state.resume_label = "", ""

    run_action("resume", action)


def render_upload(user: UserPublic) -> None:
    """Upload a file or paste text, check the text, label it, save."""
    with st.container(border=True):
        st.subheader("Add a resume")
        st.file_uploader(
            "Upload PDF, DOCX, TXT or Markdown (up to 10 MB), or paste the text below",
            type=FILE_TYPES,
            key="resume_file",
            on_change=_on_upload,
        )
        show_error("resume", "file")
        st.text_input("Label", key="resume_label", placeholder="e.g. Data engineer, 2026")
        st.text_area(
            "Resume text: check it and correct anything the file reading got wrong",
            key="resume_text",
            height=260,
        )
        show_error("resume")
        st.button("Save resume", type="primary", on_click=_save, args=(user,))
    if saved := st.session_state.pop("resume_saved", None):
        st.success(md_escape(saved), icon=":material/check_circle:")


def _new_version(user: UserPublic, resume_id: int) -> None:
    def action() -> None:
        with user_session(engine(), user.id) as session:
            new = svc.save_new_version(
                session=session,
                user_id=user.id,
                resume_id=resume_id,
                text=st.session_state[f"resume_edit_{resume_id}"],
                vectors=vectors(),
            )
        st.session_state.resume_saved = f"Saved “{new.label}” as version {new.version}."

    run_action(f"resume_{resume_id}", action)


def _delete(user: UserPublic, resume_id: int) -> None:
    def action() -> None:
        with user_session(engine(), user.id) as session:
            svc.delete_resume(
                session=session, user_id=user.id, resume_id=resume_id, vectors=vectors()
            )
        st.session_state.resume_saved = "Resume deleted."

    run_action(f"resume_{resume_id}", action)


def render_resume(user: UserPublic, resume: Resume, versions: int) -> None:
    """One resume: its text to correct (saved as a new version), and delete."""
    assert resume.id is not None
    title = f"{resume.label} · version {resume.version}"
    if versions > 1:
        title += f" of {versions}"
    with st.expander(md_escape(title)):
        source = resume.file_name or "pasted text"
        st.caption(md_escape(f"From {source}, saved {resume.uploaded_at:%Y-%m-%d %H:%M} UTC"))
        st.text_area("Text", value=resume.text, key=f"resume_edit_{resume.id}", height=220)
        show_error(f"resume_{resume.id}")
        left, right = st.columns(2)
        left.button(
            "Save as new version",
            key=f"resume_v_{resume.id}",
            on_click=_new_version,
            args=(user, resume.id),
        )
        confirm = right.checkbox("I want to delete this version", key=f"resume_del_ok_{resume.id}")
        right.button(
            "Delete",
            key=f"resume_del_{resume.id}",
            disabled=not confirm,
            on_click=_delete,
            args=(user, resume.id),
        )
