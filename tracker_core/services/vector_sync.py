"""Keep the similarity index in step after a service commits; never fails the database write.

The vector modules are imported on first use: they import the services (a cycle otherwise) and
qdrant-client, which pages that never write do not need.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session

from tracker_core.models import Application, Resume

INDEXED_FIELDS: frozenset[str] = frozenset({"company", "position", "job_description"})


def resume_saved(user_id: str, resume: Resume) -> None:
    """Index a resume that was created or got a new version."""
    from tracker_core.vectors.writethrough import sync_resume

    sync_resume(user_id, resume)


def resume_deleted(user_id: str, resume_id: int) -> None:
    """Drop a deleted resume's points."""
    from tracker_core.vectors.writethrough import unsync_resume

    unsync_resume(user_id, resume_id)


def application_saved(user_id: str, app: Application) -> None:
    """Index (or, when trashed, drop) an application after its row changed."""
    from tracker_core.vectors.writethrough import sync_application

    sync_application(user_id, app)


def applications_deleted(user_id: str, application_ids: Iterable[int]) -> None:
    """Drop the points of applications deleted for good."""
    from tracker_core.vectors.writethrough import unsync_application

    for application_id in application_ids:
        unsync_application(user_id, application_id)


def user_changed(session: Session, user_id: str) -> None:
    """After a bulk change: rebuild the user's points once, not row by row."""
    from tracker_core.vectors.writethrough import resync_user

    resync_user(session, user_id)


def indexed_text(app: Application) -> tuple[str, str, str]:
    """The fields whose change needs re-indexing."""
    return app.company, app.position, app.job_description
