"""Rows for tests: users, applications and the forms that edit them."""

from __future__ import annotations

import uuid

from sqlalchemy import Engine
from sqlmodel import Session

from tests.support.fakes import RecordingVectors
from tracker_core.config import Settings
from tracker_core.models import Application, ApplicationCreate, UserPublic
from tracker_core.services import applications as apps
from tracker_core.services.auth import LocalAuth


def make_user(engine: Engine, settings: Settings, email: str | None = None) -> UserPublic:
    email = email or f"user-{uuid.uuid4().hex[:8]}@example.com"
    return LocalAuth(engine, settings).sign_up(email, "correct horse battery").user


def new_application(
    session: Session, user_id: str, company: str = "Acme", **kw: object
) -> Application:
    """An application for the user, created through the service."""
    data = ApplicationCreate(company=company, position="Engineer", **kw)  # type: ignore[arg-type]
    return apps.create_application(
        session=session, user_id=user_id, data=data, vectors=RecordingVectors()
    )


def edit_form(app: Application, **changes: object) -> ApplicationCreate:
    """The edit form of an application, with some fields changed."""
    values = {k: getattr(app, k) for k in ApplicationCreate.model_fields} | changes
    return ApplicationCreate.model_validate(values)
