"""Resumes: labelled versions of the user's resume text, kept until the user deletes them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session

from tracker_core import clock
from tracker_core import repositories as repo
from tracker_core.errors import InvalidInput, NotFound
from tracker_core.models import Resume, ResumeFile
from tracker_core.repositories import latest_versions as latest_versions
from tracker_core.services.vector_sync import VectorSync

MAX_TEXT_CHARS = 200_000
MAX_FILE_BYTES = 10 * 1024 * 1024  # the upload limit the resumes page states
MIME_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "txt": "text/plain",
    "md": "text/markdown",
}


class ResumeNotFound(NotFound):
    """The resume does not exist for this user."""


def _clean(label: str, text: str) -> tuple[str, str]:
    label, text = label.strip(), text.strip()
    if not label:
        raise InvalidInput("Give the resume a label, for example 'Data engineer, 2026'.")
    if not text:
        raise InvalidInput("The resume is empty. Upload a file with text or paste the text.")
    if len(text) > MAX_TEXT_CHARS:
        raise InvalidInput(f"The resume text is over {MAX_TEXT_CHARS:,} characters; trim it first.")
    return label, text


def create_resume(
    *,
    session: Session,
    user_id: str,
    vectors: VectorSync,
    label: str,
    text: str,
    file_name: str | None = None,
    file_type: str | None = None,
    original: bytes | None = None,
) -> Resume:
    """Save a new resume (version 1), with the uploaded file's bytes when there was a file."""
    label, text = _clean(label, text)
    if original is not None and len(original) > MAX_FILE_BYTES:
        raise InvalidInput("The file is over 10 MB; upload a smaller one.", field="file")
    resume = Resume(
        user_id=user_id, label=label, text=text, file_name=file_name, file_type=file_type
    )
    session.add(resume)
    if original is not None:
        session.flush()
        assert resume.id is not None
        session.add(ResumeFile(resume_id=resume.id, user_id=user_id, data=original))
    session.commit()
    session.refresh(resume)
    vectors.resume_saved(user_id, resume)
    return resume


def get_resume(*, session: Session, user_id: str, resume_id: int) -> Resume:
    resume = repo.get_resume(session=session, user_id=user_id, resume_id=resume_id)
    if resume is None:
        raise ResumeNotFound(f"Resume {resume_id} was not found.")
    return resume


def save_new_version(
    *, session: Session, user_id: str, vectors: VectorSync, resume_id: int, text: str
) -> Resume:
    """Keep the old text and save the corrected one as the next version of the same label."""
    old = get_resume(session=session, user_id=user_id, resume_id=resume_id)
    label, text = _clean(old.label, text)
    if text == old.text:
        return old
    new = Resume(
        user_id=user_id,
        label=label,
        text=text,
        file_name=old.file_name,
        file_type=old.file_type,
        version=old.version + 1,
        parent_id=old.id,
        uploaded_at=clock.now(),
    )
    session.add(new)
    session.commit()
    session.refresh(new)
    vectors.resume_saved(user_id, new)
    return new


@dataclass(frozen=True)
class OriginalFile:
    """Where a resume's uploaded file is kept: the version holding the bytes, name and type."""

    resume_id: int
    name: str
    mime: str


def original_file(*, session: Session, user_id: str, resume_id: int) -> OriginalFile | None:
    """The file this resume (or the version it was corrected from) was uploaded as, if kept."""
    stored = repo.resume_file_ids(session=session, user_id=user_id)
    resume: Resume | None = get_resume(session=session, user_id=user_id, resume_id=resume_id)
    seen: set[int] = set()
    while resume is not None and resume.id is not None and resume.id not in seen:
        seen.add(resume.id)
        if resume.id in stored:
            kind = (resume.file_type or "").lower()
            return OriginalFile(
                resume_id=resume.id,
                name=resume.file_name or f"{resume.label}.{kind or 'bin'}",
                mime=MIME_TYPES.get(kind, "application/octet-stream"),
            )
        parent = resume.parent_id
        resume = (
            None
            if parent is None
            else repo.get_resume(session=session, user_id=user_id, resume_id=parent)
        )
    return None


def original_bytes(*, session: Session, user_id: str, original: OriginalFile) -> bytes:
    """The uploaded file, byte for byte (read only when the user downloads it)."""
    row = repo.get_resume_file(session=session, user_id=user_id, resume_id=original.resume_id)
    if row is None:
        raise ResumeNotFound("The original file is no longer there.")
    return row.data


def list_resumes(*, session: Session, user_id: str, latest_only: bool = True) -> Sequence[Resume]:
    """The user's resumes, newest first; by default only the newest version of each label."""
    rows = repo.list_resumes_newest_first(session=session, user_id=user_id)
    return rows if not latest_only else latest_versions(rows)


def delete_resume(*, session: Session, user_id: str, vectors: VectorSync, resume_id: int) -> None:
    """Delete one resume version; applications that used it keep everything else."""
    resume = get_resume(session=session, user_id=user_id, resume_id=resume_id)
    session.delete(resume)
    session.commit()
    vectors.resume_deleted(user_id, resume_id)
