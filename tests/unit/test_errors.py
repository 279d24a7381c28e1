"""The error vocabulary: every error meant for the user is a TrackerError of the right kind."""

import pytest
from pydantic import ValidationError
from sqlalchemy import Engine
from sqlmodel import Session

from tests.support.fakes import RecordingVectors
from tracker_core import errors
from tracker_core.analysis.llm_client import LLMError
from tracker_core.config import SettingsError
from tracker_core.db import DatabaseUnavailable
from tracker_core.embeddings import EmbedderUnavailable
from tracker_core.models import ApplicationCreate
from tracker_core.services import applications, details, resumes, stages, transfer
from tracker_core.services.auth import AuthError, ConfirmEmail
from tracker_core.text.extract import ExtractionError
from tracker_core.vectors.errors import VectorStoreUnavailable


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (applications.NotFound, errors.NotFound),
        (resumes.ResumeNotFound, errors.NotFound),
        (applications.StaleEdit, errors.Conflict),
        (details.StaleEdit, errors.Conflict),
        (applications.InvalidStage, errors.InvalidInput),
        (stages.StageError, errors.InvalidInput),
        (transfer.ImportRejected, errors.InvalidInput),
        (AuthError, errors.InvalidInput),
        (ConfirmEmail, errors.InvalidInput),
        (ExtractionError, errors.InvalidInput),
        (SettingsError, errors.InvalidInput),
        (DatabaseUnavailable, errors.Unavailable),
        (EmbedderUnavailable, errors.Unavailable),
        (LLMError, errors.Unavailable),
        (VectorStoreUnavailable, errors.Unavailable),
    ],
)
def test_each_error_class_belongs_to_the_vocabulary(error: type, kind: type) -> None:
    assert issubclass(error, kind) and issubclass(error, errors.TrackerError)


def test_old_value_errors_are_still_value_errors() -> None:
    """Callers that caught ValueError keep working."""
    for error in (applications.InvalidStage, applications.StaleEdit, transfer.ImportRejected):
        assert issubclass(error, ValueError)


def test_a_tracker_error_carries_its_message_and_field() -> None:
    exc = stages.StageError("That name is taken.")
    assert exc.message == str(exc) == "That name is taken."
    assert exc.field == "label" and exc.errors == {"label": "That name is taken."}
    assert errors.NotFound().message  # a default sentence when none is given


def test_invalid_input_carries_every_field_error_at_once() -> None:
    with pytest.raises(ValidationError) as caught:
        ApplicationCreate(company="", position="", url="not a url", salary_min=5, salary_max=1)
    exc = errors.InvalidInput.from_validation_error(caught.value)
    assert set(exc.errors) == {"company", "position", "url"}
    assert exc.errors["url"].startswith("Is not a web address")
    assert exc.message in exc.errors.values()


def test_services_raise_the_vocabulary_instead_of_bare_value_errors(engine: Engine) -> None:
    with Session(engine) as session, pytest.raises(errors.InvalidInput, match="label"):
        resumes.create_resume(
            session=session, user_id="u", label=" ", text="x", vectors=RecordingVectors()
        )
