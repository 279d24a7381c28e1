"""Supabase access tokens checked against the project's JWKS (ES256 keys made here)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import Engine

from tests.support.api import api_client
from tests.support.gotrue import ANON_KEY, gotrue_server
from tests.support.jwks import Keys, jwks_server, sign
from tracker_core.clock import FixedClock
from tracker_core.config import Settings
from tracker_core.services.auth.supabase_jwt import SupabaseTokenVerifier

USER = "6f1c1d2e-0000-4000-8000-000000000001"


@pytest.fixture
def project() -> Iterator[tuple[str, Keys]]:
    with jwks_server() as found:
        yield found


def _claims(url: str, clock: FixedClock, **changes: Any) -> dict[str, Any]:
    now = int(clock.now().timestamp())
    base = {
        "sub": USER,
        "email": "sam@example.com",
        "role": "authenticated",
        "aud": "authenticated",
        "iss": f"{url}/auth/v1",
        "iat": now,
        "exp": now + 3600,
    }
    return {k: v for k, v in (base | changes).items() if v is not None}


def test_the_api_accepts_a_valid_supabase_token_and_creates_the_users_row(
    project: tuple[str, Keys], engine: Engine, settings: Settings, clock: FixedClock
) -> None:
    url, keys = project
    key = keys.add("k1")
    supa = Settings(
        DATABASE_URL="sqlite://",
        DATA_DIR=settings.DATA_DIR,
        SUPABASE_URL=url,
        SUPABASE_KEY="anon-key",
        _env_file=None,
    )
    token = sign(key, "k1", _claims(url, clock))
    with api_client(engine, supa) as client:
        me = client.get("/me", headers={"Authorization": f"Bearer {token}"})
        assert me.status_code == 200
        assert me.json() == {"id": USER, "email": "sam@example.com", "name": ""}
        forged = sign(keys.add("k2"), "k1", _claims(url, clock))  # signed by another key
        response = client.get("/me", headers={"Authorization": f"Bearer {forged}"})
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(
    ("case", "changes"),
    [
        ("expired", {"exp": -1}),
        ("wrong audience", {"aud": "someone-else"}),
        ("wrong issuer", {"iss": "https://evil.example.com/auth/v1"}),
        ("anon key", {"role": "anon", "sub": None}),
        ("service role key", {"role": "service_role"}),
        ("no sub", {"sub": None}),
    ],
)
def test_tokens_that_are_not_a_users_are_refused(
    project: tuple[str, Keys], clock: FixedClock, case: str, changes: dict[str, Any]
) -> None:
    url, keys = project
    key = keys.add("k1")
    verifier = SupabaseTokenVerifier(url, "anon-key")
    if changes.get("exp") == -1:
        changes = {"exp": int((clock.now() - timedelta(seconds=1)).timestamp())}
    token = sign(key, "k1", _claims(url, clock, **changes))
    assert verifier.verify(token) is None, case
    assert verifier.verify(sign(key, "k1", _claims(url, clock))) is not None


def test_expiry_follows_the_clock(project: tuple[str, Keys], clock: FixedClock) -> None:
    url, keys = project
    token = sign(keys.add("k1"), "k1", _claims(url, clock))
    verifier = SupabaseTokenVerifier(url, "anon-key")
    assert verifier.verify(token) is not None
    clock.advance(timedelta(hours=1, seconds=1))
    assert verifier.verify(token) is None


def test_keys_are_cached_then_a_rotated_key_is_fetched_after_the_cache_expires(
    project: tuple[str, Keys], clock: FixedClock
) -> None:
    url, keys = project
    old = keys.add("old")
    verifier = SupabaseTokenVerifier(url, "anon-key", jwks_lifespan=0.5, jwks_cooldown=0.5)
    for _ in range(3):
        assert verifier.verify(sign(old, "old", _claims(url, clock))) is not None
    assert keys.fetches == 1  # cached, not fetched per request
    new = keys.add("new")  # the project rotates its signing key
    time.sleep(0.6)  # the cache's lifespan (monotonic time, PyJWT's own)
    found = verifier.verify(sign(new, "new", _claims(url, clock)))
    assert found is not None and found.id == USER
    assert keys.fetches == 2


def test_with_supabase_the_api_passes_its_session_through(
    engine: Engine, settings: Settings
) -> None:
    """Sign-up and login go to Supabase; its legacy HS256 token is checked by asking it."""
    with gotrue_server() as (url, state):
        supa = Settings(
            DATABASE_URL="sqlite://",
            DATA_DIR=settings.DATA_DIR,
            SUPABASE_URL=url,
            SUPABASE_KEY=ANON_KEY,
            _env_file=None,
        )
        creds = {"email": "kim@example.com", "password": "correct horse battery"}
        with api_client(engine, supa) as client:
            assert client.post("/auth/signup", json=creds).status_code == 201
            tokens = client.post("/auth/login", json=creds).json()
            assert tokens["expires_in"] == 3600 and tokens["token_type"] == "bearer"
            headers = {"Authorization": f"Bearer {tokens['access_token']}"}
            me = client.get("/me", headers=headers)
            assert me.status_code == 200 and me.json()["email"] == "kim@example.com"
            assert "GET /auth/v1/user" in state.requests
            anon = client.get("/me", headers={"Authorization": f"Bearer {ANON_KEY}"})
            assert anon.status_code == 401
            body = {"refresh_token": tokens["refresh_token"]}
            fresh = client.post("/auth/refresh", json=body)
            assert fresh.status_code == 200
            assert client.post("/auth/refresh", json=body).status_code == 401  # rotated
            confirm = {"email": "confirm-me@example.com", "password": "correct horse battery"}
            pending = client.post("/auth/signup", json=confirm)
            assert pending.status_code == 202 and "confirmation link" in pending.json()["detail"]
