"""What the services need from the similarity index: to hear about saved and deleted rows.

A service that changes indexed rows takes a `VectorSync` argument and calls it after it commits.
The app passes vectors.writethrough.WriteThrough (built in components/runtime.py), which never
fails the database write; tests pass a recording fake. Services never reach an index themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from tracker_core.models import Application, Resume

INDEXED_FIELDS: frozenset[str] = frozenset({"company", "position", "job_description"})


class VectorSync(Protocol):
    """Told after each commit that changed what is indexed; must not raise."""

    def resume_saved(self, user_id: str, resume: Resume) -> None:
        """A resume was created or got a new version."""

    def resume_deleted(self, user_id: str, resume_id: int) -> None:
        """A resume was deleted."""

    def application_saved(self, user_id: str, app: Application) -> None:
        """An application was created or changed, or went to (or came back from) the trash."""

    def applications_deleted(self, user_id: str, application_ids: Iterable[int]) -> None:
        """Applications were deleted for good."""

    def applications_saved(self, user_id: str, apps: Sequence[Application]) -> None:
        """Many applications were created at once (an import): only these are indexed.

        The write-through indexes a few in one batch and, for many, marks the user stale so the
        catch-up indexes them outside the request (vectors.writethrough.IN_REQUEST_LIMIT).
        """


def indexed_text(app: Application) -> tuple[str, str, str]:
    """The fields whose change needs re-indexing."""
    return app.company, app.position, app.job_description
