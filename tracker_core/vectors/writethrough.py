"""Write-through helpers for the services: a vector failure never fails the database write."""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlmodel import Session

from tracker_core.models import Application, Resume
from tracker_core.vectors import sync
from tracker_core.vectors.index import Embedder, VectorIndex

log = logging.getLogger(__name__)


def _default_embedder() -> Embedder:
    from tracker_core.embeddings import get_embedder

    embedder: Embedder = get_embedder()
    return embedder


def _default_index() -> VectorIndex:
    from tracker_core.vectors.client import get_index

    return get_index()


def _mark_stale(index: VectorIndex | None, user_id: str) -> None:
    try:
        if index is not None:
            index.mark_stale(user_id)
            return
        from tracker_core.config import get_settings
        from tracker_core.vectors.client import stale_marks

        stale_marks(get_settings()).add(user_id)
    except Exception:  # nothing more we can do; rebuild-all still repairs it
        log.exception("Could not record that user %s needs a vector rebuild", user_id)


def _safely(
    user_id: str,
    what: str,
    action: Callable[[VectorIndex, Embedder], object],
    index: VectorIndex | None,
    embedder: Embedder | None,
) -> bool:
    """Run action; on any failure log it, mark the user for rebuild and return False."""
    try:
        index = index or _default_index()
        action(index, embedder or _default_embedder())
        return True
    except Exception:  # derived data: the database row, already committed, is what counts
        log.warning(
            "Similarity index not updated (%s); user marked for rebuild", what, exc_info=True
        )
        _mark_stale(index, user_id)
        return False


def sync_resume(
    user_id: str,
    resume: Resume,
    *,
    index: VectorIndex | None = None,
    embedder: Embedder | None = None,
) -> bool:
    """After a resume row is created or changed: index it; False if that failed."""
    return _safely(
        user_id,
        f"resume {resume.id}",
        lambda i, e: sync.index_resume(i, e, user_id, resume),
        index,
        embedder,
    )


def unsync_resume(
    user_id: str,
    resume_id: int,
    *,
    index: VectorIndex | None = None,
    embedder: Embedder | None = None,
) -> bool:
    """After a resume row is deleted: delete its points; False if that failed."""
    return _safely(
        user_id,
        f"delete resume {resume_id}",
        lambda i, e: sync.remove_resume(i, e, user_id, resume_id),
        index,
        embedder,
    )


def sync_application(
    user_id: str,
    app: Application,
    *,
    index: VectorIndex | None = None,
    embedder: Embedder | None = None,
) -> bool:
    """After an application row is created, changed or soft-deleted; False if that failed."""
    return _safely(
        user_id,
        f"application {app.id}",
        lambda i, e: sync.index_application(i, e, user_id, app),
        index,
        embedder,
    )


def unsync_application(
    user_id: str,
    application_id: int,
    *,
    index: VectorIndex | None = None,
    embedder: Embedder | None = None,
) -> bool:
    """After an application row is deleted for good; False if that failed."""
    return _safely(
        user_id,
        f"delete application {application_id}",
        lambda i, e: sync.remove_application(i, e, user_id, application_id),
        index,
        embedder,
    )


def resync_user(
    session: Session,
    user_id: str,
    *,
    index: VectorIndex | None = None,
    embedder: Embedder | None = None,
) -> bool:
    """After a bulk change (an import): rebuild the user's points once; False if that failed."""
    return _safely(
        user_id,
        f"rebuild user {user_id}",
        lambda i, e: sync.rebuild_user(session, i, e, user_id),
        index,
        embedder,
    )
