"""Analyses of a resume against a job description, kept per application and cached by input."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import Any

from pydantic import BaseModel
from sqlmodel import Session

from tracker_core import clock
from tracker_core import repositories as repo
from tracker_core.errors import InvalidInput, NotFound
from tracker_core.models import Analysis

# analyze_resume(resume_text, job_description, *, engine=...) -> ResumeAnalysis
Analyzer = Callable[..., BaseModel]


def content_hash(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.strip().encode())
        digest.update(b"\x00")
    return digest.hexdigest()


def _cached(session: Session, user_id: str, input_hash: str, engine: str) -> Analysis | None:
    rows = repo.list_analyses_for_input(session=session, user_id=user_id, input_hash=input_hash)
    # A fallback (offline answer to an OpenAI request) is not a cached OpenAI answer.
    return next((r for r in rows if engine == "offline" or r.engine != "offline"), None)


def analyze_and_store(
    *,
    session: Session,
    user_id: str,
    resume_text: str,
    job_description: str,
    engine: str,
    analyzer: Analyzer,
    resume_id: int | None = None,
    application_id: int | None = None,
) -> Analysis:
    """Analyse once per distinct input; the same inputs never cost a second engine call.

    The resume and the application, when given, must be the user's own (NotFound otherwise), so
    no row of one user ever points at another's.
    """
    resume = None
    if resume_id is not None:
        resume = repo.get_resume(session=session, user_id=user_id, resume_id=resume_id)
        if resume is None:
            raise NotFound(f"Resume {resume_id} was not found.")
    if application_id is not None and (
        repo.get_application(session=session, user_id=user_id, application_id=application_id)
        is None
    ):
        raise NotFound(f"Application {application_id} was not found.")
    if not resume_text.strip():
        raise InvalidInput("The resume is empty: upload or paste its text first.")
    if not job_description.strip():
        raise InvalidInput("Paste the job description first.")
    input_hash = content_hash(resume_text, job_description, engine)
    cached = _cached(session, user_id, input_hash, engine)
    if cached is not None and cached.application_id == application_id:
        return cached
    if cached is not None and cached.details is not None:
        details = dict(cached.details)
        tokens = None  # reused: no tokens spent this time
    else:
        result = analyzer(resume_text, job_description, engine=engine).model_dump()
        details, tokens = result, result.get("tokens_used")
    row = Analysis(
        user_id=user_id,
        resume_id=resume_id,
        application_id=application_id,
        jd_hash=content_hash(job_description),
        input_hash=input_hash,
        score=float(details["relevance"]),
        matched_keywords=list(details.get("matched_keywords", [])),
        missing_keywords=list(details.get("missing_keywords", [])),
        recommendations=list(details.get("recommendations", [])),
        details=details,
        engine=str(details.get("engine", engine)),
        tokens_used=tokens,
    )
    session.add(row)
    if resume is not None:
        resume.last_analyzed_at = clock.now()
        session.add(resume)
    session.commit()  # the session keeps the row as written (expire_on_commit=False)
    return row


def history(*, session: Session, user_id: str, application_id: int) -> Sequence[Analysis]:
    """Past analyses for an application, oldest first, so the score's movement shows."""
    return repo.list_application_analyses(
        session=session, user_id=user_id, application_id=application_id
    )


def recent(*, session: Session, user_id: str, limit: int = 20) -> Sequence[Analysis]:
    return repo.list_recent_analyses(session=session, user_id=user_id, limit=limit)


def as_details(row: Analysis) -> dict[str, Any]:
    return dict(row.details or {})


def get(*, session: Session, user_id: str, analysis_id: int) -> Analysis | None:
    return repo.get_analysis(session=session, user_id=user_id, analysis_id=analysis_id)
