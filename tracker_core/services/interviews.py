"""Interviews of an application: add, edit, delete."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, Field, field_validator
from sqlmodel import Session

from tracker_core import repositories as repo
from tracker_core.models import Interview
from tracker_core.services.applications import NotFound
from tracker_core.services.details import get_application

OUTCOMES: tuple[str, ...] = ("pending", "passed", "failed", "cancelled")


class InterviewIn(BaseModel):
    """An interview as a user types it."""

    round: int = Field(default=1, ge=1, le=50)
    scheduled_at: datetime | None = None
    kind: str = Field(default="", max_length=64)
    interviewers: str = ""
    notes: str = ""
    outcome: str | None = Field(default=None, max_length=64)

    @field_validator("kind", "interviewers", mode="before")
    @classmethod
    def _strip(cls, value: Any) -> Any:
        return value.strip() if isinstance(value, str) else value

    @field_validator("scheduled_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        # A time without a zone is taken as UTC, the zone everything is stored in.
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value

    @field_validator("outcome", mode="before")
    @classmethod
    def _blank(cls, value: Any) -> Any:
        return value.strip() or None if isinstance(value, str) else value


def _interview(session: Session, user_id: str, interview_id: int) -> Interview:
    found = repo.get_interview(session=session, user_id=user_id, interview_id=interview_id)
    if found is None:
        raise NotFound(f"Interview {interview_id} was not found.")
    return found


def list_interviews(*, session: Session, user_id: str, application_id: int) -> Sequence[Interview]:
    get_application(session=session, user_id=user_id, application_id=application_id)
    return repo.list_interviews(session=session, user_id=user_id, application_id=application_id)


def add_interview(
    *, session: Session, user_id: str, application_id: int, data: InterviewIn
) -> Interview:
    """Record an interview for one of the user's applications."""
    get_application(session=session, user_id=user_id, application_id=application_id)
    interview = Interview(user_id=user_id, application_id=application_id, **data.model_dump())
    session.add(interview)
    session.commit()
    return interview


def edit_interview(
    *, session: Session, user_id: str, interview_id: int, data: InterviewIn
) -> Interview:
    """Replace an interview's fields."""
    interview = _interview(session, user_id, interview_id)
    interview.sqlmodel_update(data.model_dump())
    session.add(interview)
    session.commit()
    return interview


def delete_interview(*, session: Session, user_id: str, interview_id: int) -> None:
    session.delete(_interview(session, user_id, interview_id))
    session.commit()
