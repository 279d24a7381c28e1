"""The API's fixtures: a client on SQLite and, for tests that take `db`, on Postgres too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from tests.support.api import api_client
from tests.support.fakes import RecordingVectors
from tracker_core.config import Settings


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest) -> Engine:
    """The migrated database the API runs on: in-memory SQLite, then a real Postgres."""
    name = "engine" if request.param == "sqlite" else "pg_engine"
    found: Engine = request.getfixturevalue(name)
    return found


@pytest.fixture
def vectors() -> RecordingVectors:
    return RecordingVectors()


@pytest.fixture
def client(db: Engine, settings: Settings, vectors: RecordingVectors) -> Iterator[TestClient]:
    with api_client(db, settings, vectors) as test_client:
        yield test_client
