"""Recording a stage move: the new status and its StatusChange row, in the caller's transaction.

A leaf module: applications and stages both move applications, and both use this one.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from tracker_core import clock
from tracker_core import repositories as repo
from tracker_core.models import Application, StatusChange
from tracker_core.services.user_zone import local_today


def touch(app: Application, when: datetime | None = None) -> None:
    """Mark the application as changed now (or at `when`): new updated_at, next version."""
    app.updated_at = when or clock.now()
    app.version += 1


def record_move(session: Session, app: Application, to_status: str, note: str = "") -> None:
    """Move `app` in the session and add its StatusChange; the caller commits."""
    assert app.id is not None
    change = StatusChange(
        user_id=app.user_id,
        application_id=app.id,
        from_status=app.status,
        to_status=to_status,
        note=note,
    )
    app.status = to_status
    touch(app, change.changed_at)
    if to_status == "applied" and app.applied_on is None:
        app.applied_on = local_today(session=session, user_id=app.user_id, now=change.changed_at)
    session.add(change)
    session.add(app)


def move_out_of_stage(*, session: Session, user_id: str, from_status: str, to_status: str) -> int:
    """Move every application (archived and trashed too) out of a stage; the caller commits."""
    apps = repo.list_applications_in_stage(session=session, user_id=user_id, status=from_status)
    for app in apps:
        record_move(session, app, to_status, note=f"stage '{from_status}' was deleted")
    return len(apps)
