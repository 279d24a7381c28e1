"""Contacts and interviews of the user's applications."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from tracker_core.models import (
    ApplicationContact,
    Contact,
    Interview,
)

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
