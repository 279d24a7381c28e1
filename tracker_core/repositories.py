"""Queries; every function takes the current user's id and touches only that user's rows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlmodel import Session, col, select

from tracker_core.models import (
    Application,
    ApplicationContact,
    Contact,
    Interview,
    Resume,
    StatusChange,
)


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


# --- detail view, contacts, interviews, transfer (issue 3, part B) -------------------------


def list_contacts(*, session: Session, user_id: str) -> Sequence[Contact]:
    """All the user's contacts, by name."""
    return session.exec(
        select(Contact).where(Contact.user_id == user_id).order_by(col(Contact.name))
    ).all()


def get_contact(*, session: Session, user_id: str, contact_id: int) -> Contact | None:
    return session.exec(
        select(Contact).where(Contact.id == contact_id, Contact.user_id == user_id)
    ).first()


def list_application_contacts(
    *, session: Session, user_id: str, application_id: int
) -> Sequence[Contact]:
    """The contacts linked to one application."""
    return session.exec(
        select(Contact)
        .join(ApplicationContact, col(ApplicationContact.contact_id) == col(Contact.id))
        .where(
            ApplicationContact.user_id == user_id,
            ApplicationContact.application_id == application_id,
            Contact.user_id == user_id,
        )
        .order_by(col(Contact.name))
    ).all()


def get_contact_link(
    *, session: Session, user_id: str, application_id: int, contact_id: int
) -> ApplicationContact | None:
    return session.exec(
        select(ApplicationContact).where(
            ApplicationContact.user_id == user_id,
            ApplicationContact.application_id == application_id,
            ApplicationContact.contact_id == contact_id,
        )
    ).first()


def list_contact_links(*, session: Session, user_id: str) -> Sequence[ApplicationContact]:
    return session.exec(
        select(ApplicationContact).where(ApplicationContact.user_id == user_id)
    ).all()


def list_interviews(
    *, session: Session, user_id: str, application_id: int | None = None
) -> Sequence[Interview]:
    """The user's interviews (of one application when given), by round then date."""
    query = select(Interview).where(Interview.user_id == user_id)
    if application_id is not None:
        query = query.where(Interview.application_id == application_id)
    return session.exec(
        query.order_by(col(Interview.application_id), col(Interview.round), col(Interview.id))
    ).all()


def get_interview(*, session: Session, user_id: str, interview_id: int) -> Interview | None:
    return session.exec(
        select(Interview).where(Interview.id == interview_id, Interview.user_id == user_id)
    ).first()


def get_resume(*, session: Session, user_id: str, resume_id: int) -> Resume | None:
    return session.exec(
        select(Resume).where(Resume.id == resume_id, Resume.user_id == user_id)
    ).first()


def list_resumes(*, session: Session, user_id: str) -> Sequence[Resume]:
    return session.exec(
        select(Resume).where(Resume.user_id == user_id).order_by(col(Resume.id))
    ).all()


def list_all_status_changes(*, session: Session, user_id: str) -> Sequence[StatusChange]:
    """Every status change the user owns, oldest first."""
    return session.exec(
        select(StatusChange)
        .where(StatusChange.user_id == user_id)
        .order_by(col(StatusChange.changed_at), col(StatusChange.id))
    ).all()


def list_all_applications(*, session: Session, user_id: str) -> Sequence[Application]:
    """Every application the user owns, archived and deleted included, oldest first."""
    return session.exec(
        select(Application).where(Application.user_id == user_id).order_by(col(Application.id))
    ).all()


def list_application_keys(
    *, session: Session, user_id: str
) -> Sequence[tuple[str, str, date | None, str | None]]:
    """(company, position, applied_on, url) of every application the user owns; cheap to load."""
    rows = session.exec(
        select(
            col(Application.company),
            col(Application.position),
            col(Application.applied_on),
            col(Application.url),
        ).where(Application.user_id == user_id)
    ).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]
