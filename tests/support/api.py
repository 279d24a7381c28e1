"""The API in-process: a TestClient on a given engine, and signed-in users."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from api.main import create_app
from tests.support.fakes import RecordingVectors
from tracker_core.config import Settings

PASSWORD = "correct horse battery"


@dataclass
class ApiUser:
    email: str
    headers: dict[str, str]
    refresh_token: str


def api_client(
    engine: Engine,
    settings: Settings,
    vectors: RecordingVectors | None = None,
    *,
    address: str | None = None,
) -> TestClient:
    """The API over this engine, called from `address` (one of its own by default: the sign-in
    throttle counts per address, in a Postgres database the whole run shares); unexpected
    errors come back as responses, as a server sends."""
    app = create_app(settings, engine, vectors or RecordingVectors())
    peer = address or f"2001:db8::{secrets.token_hex(2)}:{secrets.token_hex(2)}"
    return TestClient(app, raise_server_exceptions=False, client=(peer, 50000))


def signed_in(client: TestClient, email: str | None = None) -> ApiUser:
    """A new local account, logged in through the API."""
    email = email or f"api-{uuid.uuid4().hex[:8]}@example.com"
    assert (
        client.post("/auth/signup", json={"email": email, "password": PASSWORD}).status_code == 201
    )
    tokens = client.post("/auth/login", json={"email": email, "password": PASSWORD}).json()
    return ApiUser(
        email, {"Authorization": f"Bearer {tokens['access_token']}"}, tokens["refresh_token"]
    )


def add_job(client: TestClient, user: ApiUser, **fields: object) -> dict[str, object]:
    """A job added through POST /jobs (duplicates confirmed)."""
    body = {"company": "Acme", "position": "Engineer", **fields}
    response = client.post("/jobs?confirm_duplicate=true", json=body, headers=user.headers)
    assert response.status_code == 201, response.text
    job: dict[str, object] = response.json()
    return job
