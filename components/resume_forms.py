"""Resume upload, correction and version list; the text is always shown so the user can fix it."""

from __future__ import annotations

import streamlit as st

from components.forms import run_action, set_errors, show_error
from components.localtime import local_text
from components.runtime import engine, vectors
from components.text import md_escape
from tracker_core.db import user_session
from tracker_core.models import Resume, UserPublic
from tracker_core.services import resumes as svc
from tracker_core.text.extract import ExtractionError, extract_text

FILE_TYPES = ["pdf", "docx", "txt", "md"]
# The file's own error lives apart from the save form's, so pressing Save (even while the file
# is still being read) cannot wipe the sentence that says why the file gave no text.
FILE_FORM = "resume_file"


def _on_upload() -> None:
    state = st.session_state
    upload = state.get("resume_file")
    set_errors(FILE_FORM, {})
    set_errors("resume", {})
    if upload is None:
        return
    try:
        state.resume_text = extract_text(upload.getvalue(), upload.name)
    except ExtractionError as exc:
        set_errors(FILE_FORM, {"file": exc.message})
        return
    if not state.get("resume_label"):
        state.resume_label = upload.name.rsplit(".", 1)[0]
    state.resume_from_file = upload.file_id  # the next save keeps this file's bytes


def _save(user: UserPublic) -> None:
    state = st.session_state

    def action() -> None:
        upload = state.get("resume_file")
        if upload is not None and state.get("resume_from_file") != upload.file_id:
            upload = None  # that file was saved already; this text was pasted
        name = upload.name if upload is not None else None
        with user_session(engine(), user.id) as session:
            saved = svc.create_resume(
                session=session,
                user_id=user.id,
                label=state.resume_label,
                text=state.resume_text,
                file_name=name,
                file_type=name.rsplit(".", 1)[-1].lower() if name else "text",
                original=upload.getvalue() if upload is not None else None,
                vectors=vectors(),
            )
        state.resume_saved = f"Saved “{saved.label}”."
        state.resume_text, state.resume_label = "", ""
        set_errors(FILE_FORM, {})
        state.pop("resume_from_file", None)

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
        show_error(FILE_FORM, "file")
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


def _download_original(user: UserPublic, resume_id: int) -> None:
    """The uploaded file, byte for byte; nothing when the resume was pasted."""
    with user_session(engine(), user.id) as session:
        found = svc.original_file(session=session, user_id=user.id, resume_id=resume_id)
    if found is None:
        return

    def data() -> bytes:
        with user_session(engine(), user.id) as session:
            return svc.original_bytes(session=session, user_id=user.id, original=found)

    st.download_button(
        f"Download the original ({found.name})",
        data,
        file_name=found.name,
        mime=found.mime,
        icon=":material/download:",
        key=f"resume_orig_{resume_id}",
        on_click="ignore",
    )


def render_resume(user: UserPublic, resume: Resume, versions: int) -> None:
    """One resume: its text to correct (saved as a new version), and delete."""
    assert resume.id is not None
    title = f"{resume.label} · version {resume.version}"
    if versions > 1:
        title += f" of {versions}"
    with st.expander(md_escape(title)):
        source = resume.file_name or "pasted text"
        st.caption(md_escape(f"From {source}, saved {local_text(resume.uploaded_at)}"))
        st.text_area("Text", value=resume.text, key=f"resume_edit_{resume.id}", height=220)
        show_error(f"resume_{resume.id}")
        left, right = st.columns(2)
        left.button(
            "Save as new version",
            key=f"resume_v_{resume.id}",
            on_click=_new_version,
            args=(user, resume.id),
        )
        _download_original(user, resume.id)
        confirm = right.checkbox("I want to delete this version", key=f"resume_del_ok_{resume.id}")
        right.button(
            "Delete",
            key=f"resume_del_{resume.id}",
            disabled=not confirm,
            on_click=_delete,
            args=(user, resume.id),
        )
