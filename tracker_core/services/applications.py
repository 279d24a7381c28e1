"""Applications: create, list and move between stages, recording every status change."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session

from tracker_core import repositories as repo
from tracker_core.models import (
    STANDARD_STAGES,
    Application,
    ApplicationCreate,
    StatusChange,
    utcnow,
)


class NotFound(Exception):
    """The application does not exist for this user (or belongs to someone else)."""


class InvalidStage(ValueError):
    """A status that is not one of the user's stages."""


def _check_stage(status: str) -> None:
    if status not in STANDARD_STAGES:
        raise InvalidStage(f"'{status}' is not a stage. Pick one of: {', '.join(STANDARD_STAGES)}.")


def create_application(*, session: Session, user_id: str, data: ApplicationCreate) -> Application:
    """Save a new application and its first status change in one transaction."""
    _check_stage(data.status)
    app = Application.model_validate(data, update={"user_id": user_id})
    if app.status != "saved" and app.applied_on is None:
        app.applied_on = utcnow().date()
    session.add(app)
    session.flush()
    assert app.id is not None
    session.add(StatusChange(user_id=user_id, application_id=app.id, to_status=app.status))
    session.commit()
    session.refresh(app)
    return app


def list_applications(*, session: Session, user_id: str) -> Sequence[Application]:
    return repo.list_applications(session=session, user_id=user_id)


def change_status(
    *, session: Session, user_id: str, application_id: int, to_status: str, note: str = ""
) -> Application:
    """Move an application to another stage; writes a StatusChange in the same transaction."""
    _check_stage(to_status)
    app = repo.get_application(session=session, user_id=user_id, application_id=application_id)
    if app is None:
        raise NotFound(f"Application {application_id} was not found.")
    if app.status == to_status:
        return app
    change = StatusChange(
        user_id=user_id,
        application_id=application_id,
        from_status=app.status,
        to_status=to_status,
        note=note,
    )
    app.status = to_status
    app.updated_at = change.changed_at
    app.version += 1
    if to_status == "applied" and app.applied_on is None:
        app.applied_on = change.changed_at.date()
    session.add(change)
    session.add(app)
    session.commit()
    session.refresh(app)
    return app
