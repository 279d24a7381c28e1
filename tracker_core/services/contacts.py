"""Contacts: add, edit, link an existing one to an application, unlink."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from email_validator import EmailNotValidError, validate_email
from pydantic import BaseModel, Field, field_validator
from sqlmodel import Session

from tracker_core import repositories as repo
from tracker_core.models import ApplicationContact, Contact
from tracker_core.services.applications import NotFound
from tracker_core.services.details import get_application


class ContactIn(BaseModel):
    """A contact as a user types it; blank optional fields become None."""

    name: str = Field(min_length=1, max_length=200)
    role: str | None = Field(default=None, max_length=200)
    company: str | None = Field(default=None, max_length=200)
    email: str | None = Field(default=None, max_length=320)
    phone: str | None = Field(default=None, max_length=32)
    linkedin: str | None = Field(default=None, max_length=500)
    notes: str = ""

    @field_validator("name", mode="before")
    @classmethod
    def _strip(cls, value: Any) -> Any:
        return value.strip() if isinstance(value, str) else value

    @field_validator("role", "company", "email", "phone", "linkedin", mode="before")
    @classmethod
    def _blank(cls, value: Any) -> Any:
        if isinstance(value, str):
            return value.strip() or None
        return value

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            return validate_email(value, check_deliverability=False).normalized
        except EmailNotValidError:
            raise ValueError("is not an email address (like ana@example.com)") from None


def _contact(session: Session, user_id: str, contact_id: int) -> Contact:
    contact = repo.get_contact(session=session, user_id=user_id, contact_id=contact_id)
    if contact is None:
        raise NotFound(f"Contact {contact_id} was not found.")
    return contact


def list_contacts(*, session: Session, user_id: str) -> Sequence[Contact]:
    return repo.list_contacts(session=session, user_id=user_id)


def add_contact(
    *, session: Session, user_id: str, data: ContactIn, application_id: int | None = None
) -> Contact:
    """Save a new contact, linked to the application when one is given."""
    if application_id is not None:
        get_application(session=session, user_id=user_id, application_id=application_id)
    contact = Contact(user_id=user_id, **data.model_dump())
    session.add(contact)
    session.flush()
    assert contact.id is not None
    if application_id is not None:
        session.add(
            ApplicationContact(
                application_id=application_id, contact_id=contact.id, user_id=user_id
            )
        )
    session.commit()
    return contact


def edit_contact(*, session: Session, user_id: str, contact_id: int, data: ContactIn) -> Contact:
    """Replace a contact's fields."""
    contact = _contact(session, user_id, contact_id)
    contact.sqlmodel_update(data.model_dump())
    session.add(contact)
    session.commit()
    return contact


def link_contact(*, session: Session, user_id: str, application_id: int, contact_id: int) -> None:
    """Link an existing contact to an application (nothing happens when already linked)."""
    get_application(session=session, user_id=user_id, application_id=application_id)
    _contact(session, user_id, contact_id)
    ids = {"application_id": application_id, "contact_id": contact_id}
    if repo.get_contact_link(session=session, user_id=user_id, **ids) is None:
        session.add(ApplicationContact(user_id=user_id, **ids))
        session.commit()


def unlink_contact(*, session: Session, user_id: str, application_id: int, contact_id: int) -> None:
    """Remove the link; the contact itself stays."""
    link = repo.get_contact_link(
        session=session, user_id=user_id, application_id=application_id, contact_id=contact_id
    )
    if link is None:
        raise NotFound("That contact is not linked to this application.")
    session.delete(link)
    session.commit()
