"""Signing up, logging in, refreshing and logging out through the API; tokens expire."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from tests.support.api import PASSWORD, api_client, signed_in
from tracker_core.clock import FixedClock
from tracker_core.config import Settings
from tracker_core.services.auth import revoke_all_sessions, revoke_api_tokens


def test_signup_login_and_me(client: TestClient) -> None:
    user = signed_in(client, "Ada@Example.com")
    me = client.get("/me", headers=user.headers)
    assert me.status_code == 200
    assert me.json()["email"] == "ada@example.com"


def test_login_answers_the_documented_shape(client: TestClient) -> None:
    client.post("/auth/signup", json={"email": "b@example.com", "password": PASSWORD})
    body = client.post("/auth/login", json={"email": "b@example.com", "password": PASSWORD}).json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 15 * 60
    assert body["access_token"].count(".") == 2  # a JWT
    assert body["refresh_token"] and "." not in body["refresh_token"]  # opaque


def test_a_wrong_password_is_401_with_the_bearer_challenge(client: TestClient) -> None:
    signed_in(client, "c@example.com")
    response = client.post("/auth/login", json={"email": "c@example.com", "password": "wrong-one"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["detail"] == "Email or password is wrong."


def test_a_missing_or_forged_token_is_401(client: TestClient) -> None:
    assert client.get("/jobs").status_code == 401
    forged = {"Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"}
    response = client.get("/jobs", headers=forged)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_the_access_token_expires_and_refresh_gives_a_new_one(
    client: TestClient, clock: FixedClock
) -> None:
    user = signed_in(client)
    clock.advance(timedelta(minutes=14))
    assert client.get("/me", headers=user.headers).status_code == 200
    clock.advance(timedelta(minutes=2))
    assert client.get("/me", headers=user.headers).status_code == 401
    fresh = client.post("/auth/refresh", json={"refresh_token": user.refresh_token})
    assert fresh.status_code == 200
    headers = {"Authorization": f"Bearer {fresh.json()['access_token']}"}
    assert client.get("/me", headers=headers).status_code == 200


def test_refresh_rotates_and_a_replayed_token_ends_the_whole_session(client: TestClient) -> None:
    user = signed_in(client)
    first = client.post("/auth/refresh", json={"refresh_token": user.refresh_token}).json()
    # The old refresh token is spent...
    again = client.post("/auth/refresh", json={"refresh_token": user.refresh_token})
    assert again.status_code == 401
    # ...and its replay revoked the family, so the newest one is refused too.
    newest = client.post("/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert newest.status_code == 401


def test_logout_revokes_the_refresh_token(client: TestClient) -> None:
    user = signed_in(client)
    body = {"refresh_token": user.refresh_token}
    assert client.post("/auth/logout", json=body, headers=user.headers).status_code == 204
    assert client.post("/auth/refresh", json=body).status_code == 401


def test_sign_out_everywhere_revokes_every_api_session(client: TestClient, db: Engine) -> None:
    user = signed_in(client)
    second = client.post("/auth/login", json={"email": user.email, "password": PASSWORD}).json()
    user_id = client.get("/me", headers=user.headers).json()["id"]
    assert revoke_api_tokens(db, user_id) == 2
    for token in (user.refresh_token, second["refresh_token"]):
        assert client.post("/auth/refresh", json={"refresh_token": token}).status_code == 401


def test_login_shares_the_apps_lockout(client: TestClient, settings: Settings) -> None:
    user = signed_in(client)
    for _ in range(settings.LOGIN_MAX_FAILURES):
        client.post("/auth/login", json={"email": user.email, "password": "wrong-one"})
    right = client.post("/auth/login", json={"email": user.email, "password": PASSWORD})
    assert right.status_code == 401
    assert "Too many failed attempts" in right.json()["detail"]


def test_failed_logins_are_limited_per_address(engine: Engine, settings: Settings) -> None:
    limited = settings.model_copy(update={"API_LOGIN_MAX_PER_ADDRESS": 3})
    with api_client(engine, limited) as client:
        for n in range(3):  # three different accounts: no account lockout is reached
            body = {"email": f"nobody{n}@example.com", "password": "wrong-one"}
            assert client.post("/auth/login", json=body).status_code == 401
        user_ok = {"email": "nobody9@example.com", "password": "wrong-one"}
        blocked = client.post("/auth/login", json=user_ok)
    assert blocked.status_code == 429
    assert int(blocked.headers["retry-after"]) > 0


def test_forwarded_for_counts_only_from_a_trusted_proxy(engine: Engine, settings: Settings) -> None:
    """The limit follows X-Forwarded-For only when the peer is a configured proxy."""
    wrong = {"email": "x@example.com", "password": "wrong-one"}
    untrusted = settings.model_copy(update={"API_LOGIN_MAX_PER_ADDRESS": 2})
    with api_client(engine, untrusted) as client:  # the peer is "testclient", not trusted
        for n in range(2):
            client.post("/auth/login", json=wrong, headers={"X-Forwarded-For": f"10.0.0.{n}"})
        assert client.post("/auth/login", json=wrong).status_code == 429
    trusted = untrusted.model_copy(update={"API_TRUSTED_PROXIES": "testclient"})
    with api_client(engine, trusted) as client:
        for n in range(2):
            client.post("/auth/login", json=wrong, headers={"X-Forwarded-For": f"10.0.0.{n}"})
        other = client.post("/auth/login", json=wrong, headers={"X-Forwarded-For": "10.0.0.9"})
        assert other.status_code == 401  # a different client behind the proxy
        same = client.post("/auth/login", json=wrong, headers={"X-Forwarded-For": "10.0.0.0"})
        assert same.status_code == 401  # one failure so far from 10.0.0.0


def test_the_apps_sign_out_everywhere_also_ends_the_api_sessions(
    client: TestClient, db: Engine
) -> None:
    user = signed_in(client)
    user_id = client.get("/me", headers=user.headers).json()["id"]
    revoke_all_sessions(db, user_id)  # the Account page's button
    assert client.get("/me", headers=user.headers).status_code == 401
    assert (
        client.post("/auth/refresh", json={"refresh_token": user.refresh_token}).status_code == 401
    )
