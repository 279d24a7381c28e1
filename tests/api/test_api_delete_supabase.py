"""DELETE /me on Supabase Auth: the data, then the Supabase auth user (its admin API)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy import Engine, text

from tests.support.api import PASSWORD, api_client
from tests.support.gotrue import ANON_KEY, SERVICE_ROLE_KEY, GoTrueState, gotrue_server
from tracker_core.config import Settings
from tracker_core.db import system_session


@pytest.fixture
def gotrue() -> Iterator[tuple[str, GoTrueState]]:
    with gotrue_server() as found:
        yield found


def _client(db: Engine, settings: Settings, url: str, service_key: str | None) -> TestClient:
    supa = settings.model_copy(
        update={
            "SUPABASE_URL": url,
            "SUPABASE_KEY": SecretStr(ANON_KEY),
            "SUPABASE_SERVICE_ROLE_KEY": SecretStr(service_key) if service_key else None,
        }
    )
    return api_client(db, supa)


def _signed_up(client: TestClient, email: str) -> tuple[dict[str, str], str]:
    creds = {"email": email, "password": PASSWORD}
    assert client.post("/auth/signup", json=creds).status_code == 201
    tokens = client.post("/auth/login", json=creds).json()
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    user_id = client.get("/me", headers=headers).json()["id"]
    job = {"company": "Acme", "position": "Engineer"}
    assert client.post("/jobs", json=job, headers=headers).status_code == 201
    return headers, user_id


def _rows(db: Engine, user_id: str) -> int:
    with system_session(db) as session:
        return int(
            session.execute(
                text(
                    "select (select count(*) from users where id = :u)"
                    " + (select count(*) from applications where user_id = :u)"
                ),
                {"u": user_id},
            ).scalar_one()
        )


def _delete(client: TestClient, headers: dict[str, str], email: str) -> object:
    return client.request("DELETE", "/me", json={"confirm": email}, headers=headers)


def test_with_the_service_role_key_the_supabase_user_is_deleted_too(
    db: Engine, settings: Settings, gotrue: tuple[str, GoTrueState]
) -> None:
    url, state = gotrue
    email = f"sam-{db.dialect.name}@example.com"
    with _client(db, settings, url, SERVICE_ROLE_KEY) as client:
        headers, user_id = _signed_up(client, email)
        done = _delete(client, headers, email)
        assert done.status_code == 200, done.text
        body = done.json()
        assert body["data_deleted"] is True and body["sign_in_deleted"] is True
        assert f"DELETE /auth/v1/admin/users/{user_id}" in state.requests
        assert email not in state.users
        assert _rows(db, user_id) == 0
        again = client.post("/auth/login", json={"email": email, "password": PASSWORD})
        assert again.status_code == 401  # the sign-in is gone, not only the data


def test_without_the_key_the_data_goes_and_the_answer_says_the_sign_in_remains(
    engine: Engine, settings: Settings, gotrue: tuple[str, GoTrueState]
) -> None:
    url, state = gotrue
    with _client(engine, settings, url, None) as client:
        headers, user_id = _signed_up(client, "kim@example.com")
        done = _delete(client, headers, "kim@example.com")
        assert done.status_code == 200
        body = done.json()
        assert body["data_deleted"] is True and body["sign_in_deleted"] is False
        assert "sign-in" in body["detail"] and "SUPABASE_SERVICE_ROLE_KEY" in body["detail"]
        assert "Authentication > Users" in body["detail"]
        assert _rows(engine, user_id) == 0
        assert "kim@example.com" in state.users
        assert not any(r.startswith("DELETE") for r in state.requests)


@pytest.mark.parametrize(
    ("failure", "said"),
    [
        ("drop", "not answering"),
        (500, "answered with an error (500)"),
        (503, "answered with an error (503)"),
        ("wrong key", "refused the server's SUPABASE_SERVICE_ROLE_KEY"),
    ],
)
def test_a_failing_supabase_leaves_the_sign_in_and_says_the_data_is_gone(
    engine: Engine,
    settings: Settings,
    gotrue: tuple[str, GoTrueState],
    failure: int | str,
    said: str,
) -> None:
    url, state = gotrue
    key = "not-the-service-role-key" if failure == "wrong key" else SERVICE_ROLE_KEY
    state.admin_failure = None if failure == "wrong key" else failure
    with _client(engine, settings, url, key) as client:
        headers, user_id = _signed_up(client, "lee@example.com")
        failed = _delete(client, headers, "lee@example.com")
        assert failed.status_code == 503
        assert failed.headers["content-type"] == "application/problem+json"
        problem = failed.json()
        assert problem["data_deleted"] is True and problem["sign_in_deleted"] is False
        assert problem["detail"].startswith("Your account's data was deleted, but your sign-in")
        assert said in problem["detail"]
        assert _rows(engine, user_id) == 0
        assert "lee@example.com" in state.users
    state.admin_failure = None
    with _client(engine, settings, url, SERVICE_ROLE_KEY) as client:
        # What the message says to do: sign in again and delete once more.
        login = {"email": "lee@example.com", "password": PASSWORD}
        tokens = client.post("/auth/login", json=login).json()
        headers = {"Authorization": f"Bearer {tokens['access_token']}"}
        done = _delete(client, headers, "lee@example.com")
        assert done.status_code == 200 and done.json()["sign_in_deleted"] is True
        assert "lee@example.com" not in state.users


def test_a_supabase_user_already_gone_counts_as_deleted(
    engine: Engine, settings: Settings, gotrue: tuple[str, GoTrueState]
) -> None:
    url, state = gotrue
    with _client(engine, settings, url, SERVICE_ROLE_KEY) as client:
        headers, _ = _signed_up(client, "max@example.com")
        state.admin_failure = 404  # deleted in the dashboard meanwhile: "User not found"
        done = _delete(client, headers, "max@example.com")
        assert done.status_code == 200 and done.json()["sign_in_deleted"] is True
