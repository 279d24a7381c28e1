"""Signing up, logging in, refreshing and logging out through the API; tokens expire."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import Engine

from tests.support.api import PASSWORD, api_client, signed_in
from tracker_core.clock import FixedClock
from tracker_core.config import Settings
from tracker_core.services.auth import (
    AuthError,
    LoginThrottle,
    LoginThrottled,
    make_auth,
    revoke_all_sessions,
    revoke_api_tokens,
)


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


def _login(client: TestClient, email: str, password: str, via: str | None = None) -> Response:
    headers = {"X-Forwarded-For": via} if via else {}
    return client.post("/auth/login", json={"email": email, "password": password}, headers=headers)


def _unique() -> str:
    return uuid.uuid4().hex[:8]


@pytest.mark.parametrize(
    ("peer", "app_sees"),
    [("127.0.0.1", None), ("203.0.113.7", "203.0.113.7")],
    ids=["localhost", "remote"],
)
def test_wrong_passwords_through_the_api_lock_the_account_for_the_app(
    db: Engine, settings: Settings, clock: FixedClock, peer: str, app_sees: str | None
) -> None:
    """One lockout: the API's failures count in the app's sign-in from the same place (on
    localhost the app has no address, st.context.ip_address is None, and neither has the API)."""
    with api_client(db, settings, address=peer) as client:
        user = signed_in(client, f"lock-{_unique()}@example.com")
        for _ in range(settings.LOGIN_MAX_FAILURES):
            assert _login(client, user.email, "wrong-one").status_code == 401
        right = _login(client, user.email, PASSWORD)
    assert right.status_code == 429
    assert right.headers["content-type"] == "application/problem+json"
    assert right.json()["detail"].startswith("Too many failed attempts")
    wait = int(right.headers["retry-after"])
    assert 0 < wait <= settings.LOGIN_LOCKOUT_MINUTES * 60
    app = make_auth(db, settings)  # what the sign-in page calls
    with pytest.raises(LoginThrottled):
        app.sign_in(user.email, PASSWORD, client=app_sees)
    assert app.sign_in(user.email, PASSWORD, client="198.51.100.99").user.email == user.email
    clock.advance(timedelta(seconds=wait - 1))
    with pytest.raises(LoginThrottled):
        app.sign_in(user.email, PASSWORD, client=app_sees)
    clock.advance(timedelta(seconds=1))  # Retry-After was exact: now the right password works
    with api_client(db, settings, address=peer) as client:
        assert _login(client, user.email, PASSWORD).status_code == 200


def test_a_lockout_made_in_the_app_is_a_429_in_the_api(db: Engine, settings: Settings) -> None:
    address = "203.0.113.8"
    with api_client(db, settings, address=address) as client:
        user = signed_in(client, f"app-lock-{_unique()}@example.com")
        app = make_auth(db, settings)
        for _ in range(settings.LOGIN_MAX_FAILURES):
            with pytest.raises(AuthError, match="Email or password is wrong"):
                app.sign_in(user.email, "wrong-one", client=address)
        right = _login(client, user.email, PASSWORD)
    assert right.status_code == 429
    assert int(right.headers["retry-after"]) > 0
    assert "access_token" not in right.json()


def test_logins_are_limited_per_address_across_accounts(db: Engine, settings: Settings) -> None:
    """Spraying one password over many emails from one address is stopped there, at ten times
    the per-account limit, and then even a real account's right password waits."""
    strict = settings.model_copy(update={"LOGIN_MAX_FAILURES": 1})
    with api_client(db, strict) as client:
        user = signed_in(client, f"spray-{_unique()}@example.com")  # one attempt, a success
        tag = _unique()
        answers = [
            _login(client, f"nobody{n}-{tag}@example.com", "Winter2026!").status_code
            for n in range(LoginThrottle.CLIENT_FACTOR - 1)
        ]
        blocked = _login(client, user.email, PASSWORD)
    assert answers == [401] * (LoginThrottle.CLIENT_FACTOR - 1)  # each account only once
    assert blocked.status_code == 429
    assert int(blocked.headers["retry-after"]) > 0
    with api_client(db, strict) as elsewhere:  # another address is not slowed
        assert _login(elsewhere, user.email, PASSWORD).status_code == 200


def test_forwarded_for_is_believed_only_from_a_trusted_proxy(
    db: Engine, settings: Settings
) -> None:
    """The lockout follows X-Forwarded-For only when the peer is a configured proxy, and then
    only the hop that proxy added (the ones before it are the client's to forge)."""
    strict = settings.model_copy(update={"LOGIN_MAX_FAILURES": 1})
    email = f"xff-{_unique()}@example.com"
    with api_client(db, strict, address="192.0.2.50") as client:  # not a configured proxy
        assert _login(client, email, "wrong-one", via="10.0.0.1").status_code == 401
        assert _login(client, email, "wrong-one", via="10.0.0.2").status_code == 429
    trusted = strict.model_copy(update={"TRUSTED_PROXIES": "192.0.2.10, 192.0.2.11"})
    with api_client(db, trusted, address="192.0.2.10") as client:
        assert _login(client, email, "wrong-one", via="10.0.0.1").status_code == 401
        assert _login(client, email, "wrong-one", via="10.0.0.1").status_code == 429
        # A different client behind the proxy has its own count...
        assert _login(client, email, "wrong-one", via="10.0.0.9").status_code == 401
        # ...but not by naming another address itself: the proxy appended the real one.
        assert _login(client, email, "wrong-one", via="10.0.0.3, 10.0.0.1").status_code == 429
        # Through two trusted proxies the client is the nearest hop neither added.
        chained = _login(client, email, "wrong-one", via="10.0.0.5, 10.0.0.1, 192.0.2.11")
        assert chained.status_code == 429


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
