"""Resumes (every version) and the analyses made of them."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from tracker_core.models import (
    Analysis,
    Resume,
    ResumeFile,
)


def get_resume(*, session: Session, user_id: str, resume_id: int) -> Resume | None:
    return session.exec(
        select(Resume).where(Resume.id == resume_id, Resume.user_id == user_id)
    ).first()


def get_resume_file(*, session: Session, user_id: str, resume_id: int) -> ResumeFile | None:
    """The uploaded file's bytes of this resume version, if it was uploaded as a file."""
    return session.exec(
        select(ResumeFile).where(ResumeFile.resume_id == resume_id, ResumeFile.user_id == user_id)
    ).first()


def resume_file_ids(*, session: Session, user_id: str) -> set[int]:
    """The resume versions of the user's that have their uploaded file stored (no bytes read)."""
    return set(session.exec(select(ResumeFile.resume_id).where(ResumeFile.user_id == user_id)))


def list_resumes(*, session: Session, user_id: str) -> Sequence[Resume]:
    return session.exec(
        select(Resume).where(Resume.user_id == user_id).order_by(col(Resume.id))
    ).all()


def list_resumes_newest_first(*, session: Session, user_id: str) -> Sequence[Resume]:
    """Every version of the user's resumes, newest upload first."""
    return session.exec(
        select(Resume)
        .where(Resume.user_id == user_id)
        .order_by(col(Resume.uploaded_at).desc(), col(Resume.id).desc())
    ).all()


def latest_versions(rows: Sequence[Resume]) -> list[Resume]:
    """The newest version of each label, from rows sorted newest first."""
    seen: set[str] = set()
    latest = []
    for row in rows:
        if row.label not in seen:
            seen.add(row.label)
            latest.append(row)
    return latest


def list_latest_resumes(*, session: Session, user_id: str) -> list[Resume]:
    """The newest version of each of the user's resumes, newest first."""
    return latest_versions(list_resumes_newest_first(session=session, user_id=user_id))


# --- analyses -------------------------------------------------------------------------------


def list_analyses_for_input(
    *, session: Session, user_id: str, input_hash: str
) -> Sequence[Analysis]:
    """The user's analyses of exactly this input, newest first."""
    return session.exec(
        select(Analysis)
        .where(Analysis.user_id == user_id, Analysis.input_hash == input_hash)
        .order_by(col(Analysis.created_at).desc())
    ).all()


def list_application_analyses(
    *, session: Session, user_id: str, application_id: int
) -> Sequence[Analysis]:
    """The analyses of one application, oldest first."""
    return session.exec(
        select(Analysis)
        .where(Analysis.user_id == user_id, Analysis.application_id == application_id)
        .order_by(col(Analysis.created_at), col(Analysis.id))
    ).all()


def list_recent_analyses(*, session: Session, user_id: str, limit: int) -> Sequence[Analysis]:
    """The user's latest analyses, newest first."""
    return session.exec(
        select(Analysis)
        .where(Analysis.user_id == user_id)
        .order_by(col(Analysis.created_at).desc())
        .limit(limit)
    ).all()


def get_analysis(*, session: Session, user_id: str, analysis_id: int) -> Analysis | None:
    return session.exec(
        select(Analysis).where(Analysis.id == analysis_id, Analysis.user_id == user_id)
    ).first()
