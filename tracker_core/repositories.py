"""Queries; every function takes the current user's id and touches only that user's rows."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from tracker_core.models import Application, StatusChange


def list_applications(
    *, session: Session, user_id: str, include_archived: bool = False
) -> Sequence[Application]:
    """The user's applications, newest first; deleted ones never, archived ones on request."""
    query = select(Application).where(
        Application.user_id == user_id, col(Application.deleted_at).is_(None)
    )
    if not include_archived:
        query = query.where(col(Application.archived_at).is_(None))
    query = query.order_by(col(Application.updated_at).desc(), col(Application.id).desc())
    return session.exec(query).all()


def get_application(*, session: Session, user_id: str, application_id: int) -> Application | None:
    return session.exec(
        select(Application).where(Application.id == application_id, Application.user_id == user_id)
    ).first()


def list_status_changes(
    *, session: Session, user_id: str, application_id: int
) -> Sequence[StatusChange]:
    return session.exec(
        select(StatusChange)
        .where(StatusChange.user_id == user_id, StatusChange.application_id == application_id)
        .order_by(col(StatusChange.changed_at), col(StatusChange.id))
    ).all()
