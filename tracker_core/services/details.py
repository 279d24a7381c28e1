"""One application in full: edit it safely (version check) and read its timeline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session

from tracker_core import clock
from tracker_core import repositories as repo
from tracker_core.errors import Conflict
from tracker_core.models import (
    Application,
    ApplicationCreate,
    Contact,
    Interview,
    Resume,
    StatusChange,
)
from tracker_core.services import vector_sync
from tracker_core.services.applications import NotFound
from tracker_core.services.vector_sync import VectorSync

# Everything an edit may change; status moves go through applications.change_status.
EDITABLE_FIELDS: tuple[str, ...] = tuple(
    name for name in ApplicationCreate.model_fields if name != "status"
)


class StaleEdit(Conflict):
    """Someone saved this application after the form was opened (another tab, say)."""


@dataclass(frozen=True)
class Detail:
    """An application with everything shown beside it."""

    application: Application
    timeline: Sequence[StatusChange]
    contacts: Sequence[Contact]
    interviews: Sequence[Interview]
    resume: Resume | None


def get_application(*, session: Session, user_id: str, application_id: int) -> Application:
    """The user's application, or NotFound (also for another user's id)."""
    app = repo.get_application(session=session, user_id=user_id, application_id=application_id)
    if app is None or app.deleted_at is not None:
        raise NotFound(f"Application {application_id} was not found.")
    return app


def get_detail(*, session: Session, user_id: str, application_id: int) -> Detail:
    """The application, its status history, contacts, interviews and resume."""
    app = get_application(session=session, user_id=user_id, application_id=application_id)
    resume = None
    if app.resume_id is not None:
        resume = repo.get_resume(session=session, user_id=user_id, resume_id=app.resume_id)
    s, u, a = session, user_id, application_id
    return Detail(
        application=app,
        timeline=repo.list_status_changes(session=s, user_id=u, application_id=a),
        contacts=repo.list_application_contacts(session=s, user_id=u, application_id=a),
        interviews=repo.list_interviews(session=s, user_id=u, application_id=a),
        resume=resume,
    )


def timeline(*, session: Session, user_id: str, application_id: int) -> Sequence[StatusChange]:
    """The application's status changes, oldest first."""
    get_application(session=session, user_id=user_id, application_id=application_id)
    return repo.list_status_changes(session=session, user_id=user_id, application_id=application_id)


def update_application(
    *,
    session: Session,
    user_id: str,
    vectors: VectorSync,
    application_id: int,
    data: ApplicationCreate,
    expected_version: int,
) -> Application:
    """Save an edit made on a form opened at `expected_version`; refuse when it is stale.

    Args:
        data: the whole form, validated with the same rules as a new application.
        expected_version: the version the form was loaded with.

    Returns:
        The saved application with its version increased by one.
    """
    before = vector_sync.indexed_text(
        get_application(session=session, user_id=user_id, application_id=application_id)
    )
    values = {name: getattr(data, name) for name in EDITABLE_FIELDS}
    saved = repo.update_application_if_version(
        session=session,
        user_id=user_id,
        application_id=application_id,
        expected_version=expected_version,
        values={**values, "updated_at": clock.now()},
    )
    if not saved:
        session.rollback()
        raise StaleEdit(
            "This application was changed elsewhere (another tab?) after you opened it. "
            "Your edits are still in the form: reload to see the newer version, then re-apply them."
        )
    session.commit()
    app = get_application(session=session, user_id=user_id, application_id=application_id)
    session.refresh(app)
    if vector_sync.indexed_text(app) != before:
        vectors.application_saved(user_id, app)
    return app


def list_resumes(*, session: Session, user_id: str) -> Sequence[Resume]:
    return repo.list_resumes(session=session, user_id=user_id)


def choose_resume(
    *, session: Session, user_id: str, application_id: int, resume_id: int | None
) -> Application:
    """Record which of the user's resumes was sent (None: none chosen)."""
    app = get_application(session=session, user_id=user_id, application_id=application_id)
    if resume_id is not None and (
        repo.get_resume(session=session, user_id=user_id, resume_id=resume_id) is None
    ):
        raise NotFound(f"Resume {resume_id} was not found.")
    app.resume_id = resume_id
    app.version += 1
    app.updated_at = clock.now()
    session.add(app)
    session.commit()
    session.refresh(app)
    return app
