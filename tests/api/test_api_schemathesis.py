"""Schemathesis against the OpenAPI schema, in-process and signed in: no input gives a 5xx."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from api.main import create_app
from tests.support.api import add_job, signed_in
from tests.support.fakes import RecordingVectors
from tracker_core.config import Settings
from tracker_core.db import make_engine, migrate

# The schema is read when the module is collected, so the app (an in-memory SQLite) is too.
_engine = make_engine("sqlite://")
migrate(_engine)
_settings = Settings(
    DATABASE_URL="sqlite://",
    DATA_DIR=Path(tempfile.mkdtemp()) / "data",
    LOGIN_MAX_FAILURES=1_000_000,  # the fuzzed logins must not lock out the fixture's
    _env_file=None,
)
app = create_app(_settings, _engine, RecordingVectors())
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.fixture
def auth_headers() -> dict[str, str]:
    """A real account's bearer token, with a job (so some ids exist)."""
    with TestClient(app) as client:
        user = signed_in(client)
        add_job(client, user, job_description="Python and SQL")
    return user.headers


@schema.parametrize()
@settings(
    max_examples=25,
    derandomize=True,  # the same examples on every run
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_no_input_makes_the_server_fail(case: Any, auth_headers: dict[str, str]) -> None:
    case.call_and_validate(headers=auth_headers, checks=[not_a_server_error])
