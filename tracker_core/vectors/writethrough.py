"""Write-through for the services: a vector failure never fails the database write.

`WriteThrough` is what the services are given (it has the shape of services.vector_sync.VectorSync);
the functions below do one step each with an index and embedder the caller already holds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence

from sqlmodel import Session

from tracker_core.models import Application, Resume
from tracker_core.vectors import sync
from tracker_core.vectors.errors import VectorStoreUnavailable
from tracker_core.vectors.index import Embedder, VectorIndex
from tracker_core.vectors.stale import StaleMarks

log = logging.getLogger(__name__)

Action = Callable[[VectorIndex, Embedder], object]
# Up to this many imported applications are indexed in the request that saved them (one
# embedding batch: 500 with a page of posting each took 3 s on a busy machine, so 200 is about
# a second); more only mark the user, and the next search or `python -m tracker_core.vectors
# rebuild` catches up, so a big import does not hold the page.
IN_REQUEST_LIMIT = 200


def _mark_stale(stale: StaleMarks | None, index: VectorIndex | None, user_id: str) -> None:
    try:
        if stale is not None:
            stale.add(user_id)
        elif index is not None:
            index.mark_stale(user_id)
    except Exception:  # nothing more we can do; rebuild-all still repairs it
        log.exception("Could not record that user %s needs a vector rebuild", user_id)


def _safely(
    user_id: str,
    what: str,
    action: Action,
    index_of: Callable[[], VectorIndex],
    embedder_of: Callable[[], Embedder],
    stale: StaleMarks | None = None,
) -> bool:
    """Run action; on any failure log it, mark the user for rebuild and return False."""
    index: VectorIndex | None = None
    try:
        index = index_of()
        action(index, embedder_of())
        return True
    except VectorStoreUnavailable as exc:  # Qdrant down, the local folder held by another process
        log.warning("Similarity index not updated (%s): %s User marked for rebuild.", what, exc)
        _mark_stale(stale, index, user_id)
        return False
    except Exception:  # derived data: the database row, already committed, is what counts
        log.warning(
            "Similarity index not updated (%s); user marked for rebuild", what, exc_info=True
        )
        _mark_stale(stale, index, user_id)
        return False


def _removal(user_id: str, application_id: int) -> Action:
    return lambda i, e: sync.remove_application(i, e, user_id, application_id)


class WriteThrough:
    """Keeps the similarity index in step after a service commits.

    Args:
        index: gives the index when first needed (opening it may fail: Qdrant down, folder
            locked); a failure then only marks the user.
        embedder: gives the embedding model when first needed.
        stale: where a missed change is recorded (the database table in the app), so it is
            recorded even when the index cannot be opened.
    """

    def __init__(
        self,
        *,
        index: Callable[[], VectorIndex],
        embedder: Callable[[], Embedder],
        stale: StaleMarks,
    ) -> None:
        self._index = index
        self._embedder = embedder
        self.stale = stale

    def _run(self, user_id: str, what: str, action: Action) -> bool:
        return _safely(user_id, what, action, self._index, self._embedder, self.stale)

    def resume_saved(self, user_id: str, resume: Resume) -> None:
        """Index a resume that was created or got a new version."""
        self._run(
            user_id,
            f"resume {resume.id}",
            lambda i, e: sync.index_resume(i, e, user_id, resume),
        )

    def resume_deleted(self, user_id: str, resume_id: int) -> None:
        """Drop a deleted resume's points."""
        self._run(
            user_id,
            f"delete resume {resume_id}",
            lambda i, e: sync.remove_resume(i, e, user_id, resume_id),
        )

    def application_saved(self, user_id: str, app: Application) -> None:
        """Index (or, when trashed, drop) an application after its row changed."""
        self._run(
            user_id,
            f"application {app.id}",
            lambda i, e: sync.index_application(i, e, user_id, app),
        )

    def applications_deleted(self, user_id: str, application_ids: Iterable[int]) -> None:
        """Drop the points of applications deleted for good."""
        for application_id in application_ids:
            self._run(
                user_id,
                f"delete application {application_id}",
                _removal(user_id, application_id),
            )

    def applications_saved(self, user_id: str, apps: Sequence[Application]) -> None:
        """After an import: index the new applications in one batch, or mark the user.

        Only what changed is indexed (not the whole account); past IN_REQUEST_LIMIT the user is
        marked stale, so the import returns at once and the catch-up indexes them later.
        """
        if len(apps) > IN_REQUEST_LIMIT:
            _mark_stale(self.stale, None, user_id)
            return
        self._run(
            user_id,
            f"{len(apps)} imported applications",
            lambda i, e: sync.index_applications(i, e, user_id, apps),
        )


def sync_resume(user_id: str, resume: Resume, *, index: VectorIndex, embedder: Embedder) -> bool:
    """After a resume row is created or changed: index it; False if that failed."""
    return _safely(
        user_id,
        f"resume {resume.id}",
        lambda i, e: sync.index_resume(i, e, user_id, resume),
        lambda: index,
        lambda: embedder,
    )


def unsync_resume(user_id: str, resume_id: int, *, index: VectorIndex, embedder: Embedder) -> bool:
    """After a resume row is deleted: delete its points; False if that failed."""
    return _safely(
        user_id,
        f"delete resume {resume_id}",
        lambda i, e: sync.remove_resume(i, e, user_id, resume_id),
        lambda: index,
        lambda: embedder,
    )


def sync_application(
    user_id: str, app: Application, *, index: VectorIndex, embedder: Embedder
) -> bool:
    """After an application row is created, changed or soft-deleted; False if that failed."""
    return _safely(
        user_id,
        f"application {app.id}",
        lambda i, e: sync.index_application(i, e, user_id, app),
        lambda: index,
        lambda: embedder,
    )


def unsync_application(
    user_id: str, application_id: int, *, index: VectorIndex, embedder: Embedder
) -> bool:
    """After an application row is deleted for good; False if that failed."""
    return _safely(
        user_id,
        f"delete application {application_id}",
        lambda i, e: sync.remove_application(i, e, user_id, application_id),
        lambda: index,
        lambda: embedder,
    )


def resync_user(session: Session, user_id: str, *, index: VectorIndex, embedder: Embedder) -> bool:
    """After a bulk change (an import): rebuild the user's points once; False if that failed."""
    return _safely(
        user_id,
        f"rebuild user {user_id}",
        lambda i, e: sync.rebuild_user(session, i, e, user_id),
        lambda: index,
        lambda: embedder,
    )
