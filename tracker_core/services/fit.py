"""One fit number for a resume and a posting: the analyzer's 0-10 relevance, on every page.

The vector similarity only orders the lists; the number shown beside each entry is the
analysis of that exact pair (the newest stored one, whatever its engine, so the analyzer page
and the panels agree), made with the offline engine and stored when there is none yet. A job
without a description gets no number at all.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session

from tracker_core import repositories as repo
from tracker_core.models import Analysis, Application, Resume
from tracker_core.services.analyses import Analyzer, analyze_and_store, content_hash

ENGINES = ("offline", "openai")  # the choices the analyzer page hashes its input with


def has_posting(app: Application | None) -> bool:
    """True when the application has a job description to fit a resume against."""
    return app is not None and bool(app.job_description.strip())


def job_has_posting(*, session: Session, user_id: str, application_id: int) -> bool:
    """True when this application of the user's has a job description."""
    return has_posting(
        repo.get_application(session=session, user_id=user_id, application_id=application_id)
    )


def _stored(session: Session, user_id: str, resume: str, posting: str) -> Analysis | None:
    rows = [
        row
        for engine in ENGINES
        for row in repo.list_analyses_for_input(
            session=session, user_id=user_id, input_hash=content_hash(resume, posting, engine)
        )
    ]
    return max(rows, key=lambda r: (r.created_at, r.id or 0), default=None)


def pair_fit(
    *,
    session: Session,
    user_id: str,
    resume: Resume,
    application: Application,
    analyzer: Analyzer,
) -> float | None:
    """The 0-10 fit of this resume for this application; None without a description or text."""
    if not has_posting(application) or not resume.text.strip():
        return None
    found = _stored(session, user_id, resume.text, application.job_description)
    if found is None:
        found = analyze_and_store(
            session=session,
            user_id=user_id,
            resume_text=resume.text,
            job_description=application.job_description,
            engine="offline",
            analyzer=analyzer,
            resume_id=resume.id,
            application_id=application.id,
        )
    return found.score


def fits(
    *,
    session: Session,
    user_id: str,
    pairs: Iterable[tuple[int, int]],
    analyzer: Analyzer,
) -> dict[tuple[int, int], float | None]:
    """(resume id, application id) -> fit; None for a job without a description (or not found)."""
    out: dict[tuple[int, int], float | None] = {}
    for resume_id, app_id in pairs:
        resume = repo.get_resume(session=session, user_id=user_id, resume_id=resume_id)
        app = repo.get_application(session=session, user_id=user_id, application_id=app_id)
        out[resume_id, app_id] = (
            pair_fit(
                session=session, user_id=user_id, resume=resume, application=app, analyzer=analyzer
            )
            if resume is not None and app is not None
            else None
        )
    return out
