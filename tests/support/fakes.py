"""Fakes for the services' collaborators: they record what they were told, nothing more."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tracker_core.models import Application, Resume


class RecordingVectors:
    """A VectorSync that remembers each call as (what, user_id, id) in `calls`."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, int | None]] = []

    def resume_saved(self, user_id: str, resume: Resume) -> None:
        self.calls.append(("resume_saved", user_id, resume.id))

    def resume_deleted(self, user_id: str, resume_id: int) -> None:
        self.calls.append(("resume_deleted", user_id, resume_id))

    def application_saved(self, user_id: str, app: Application) -> None:
        self.calls.append(("application_saved", user_id, app.id))

    def applications_deleted(self, user_id: str, application_ids: Iterable[int]) -> None:
        self.calls.extend(("application_deleted", user_id, i) for i in application_ids)

    def applications_saved(self, user_id: str, apps: Sequence[Application]) -> None:
        self.calls.extend(("applications_saved", user_id, a.id) for a in apps)
