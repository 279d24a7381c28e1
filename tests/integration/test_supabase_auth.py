"""Supabase Auth through the real `supabase` client against a GoTrue-shaped loopback server."""

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from tests.support.gotrue import ANON_KEY, GoTrueState, gotrue_server
from tracker_core.config import Settings
from tracker_core.models import User
from tracker_core.services.auth import AuthError, ConfirmEmail, SessionTokens, make_auth
from tracker_core.services.auth.supabase import SupabaseAuth


@pytest.fixture
def supa(engine: Engine, settings: Settings) -> Iterator[tuple[SupabaseAuth, GoTrueState]]:
    with gotrue_server() as (url, state):
        configured = Settings(
            **{
                **settings.model_dump(exclude={"supabase_enabled", "llm_enabled"}),
                "SUPABASE_URL": url,
                "SUPABASE_KEY": ANON_KEY,
            },
            _env_file=None,
        )
        backend = make_auth(engine, configured)
        assert isinstance(backend, SupabaseAuth)
        yield backend, state


def test_sign_up_creates_a_local_row_with_supabases_user_id(
    supa: tuple[SupabaseAuth, GoTrueState], engine: Engine
) -> None:
    auth, state = supa
    signed = auth.sign_up("ada@example.com", "s3cret-pass", "Ada")
    remote_id = state.users["ada@example.com"]["id"]
    assert signed.user.id == remote_id and signed.refresh_token
    with Session(engine) as s:
        row = s.get(User, remote_id)
    assert row is not None and row.name == "Ada" and row.password_hash is None
    assert "POST /auth/v1/signup?" in state.requests


def test_sign_in_and_error_answers(supa: tuple[SupabaseAuth, GoTrueState]) -> None:
    auth, state = supa
    auth.sign_up("ada@example.com", "s3cret-pass")
    assert auth.sign_in("ADA@example.com", "s3cret-pass").user.email == "ada@example.com"
    assert "POST /auth/v1/token?grant_type=password" in state.requests
    with pytest.raises(AuthError, match="Email or password is wrong"):
        auth.sign_in("ada@example.com", "wrong-pass")
    with pytest.raises(AuthError, match="already exists"):
        auth.sign_up("ada@example.com", "s3cret-pass")
    state.rate_limited = True
    with pytest.raises(AuthError, match="Too many attempts"):
        auth.sign_in("ada@example.com", "s3cret-pass")


def test_unconfirmed_email_is_explained(supa: tuple[SupabaseAuth, GoTrueState]) -> None:
    auth, _ = supa
    with pytest.raises(ConfirmEmail, match="confirmation link"):
        auth.sign_up("confirm-me@example.com", "s3cret-pass")
    with pytest.raises(AuthError, match="Confirm your email first"):
        auth.sign_in("confirm-me@example.com", "s3cret-pass")


def test_reload_refreshes_the_session_and_sign_out_revokes_it(
    supa: tuple[SupabaseAuth, GoTrueState], engine: Engine, settings: Settings
) -> None:
    auth, state = supa
    signed = auth.sign_up("ada@example.com", "s3cret-pass")
    tokens = SessionTokens(engine, settings)
    cookie = tokens.read(tokens.issue(signed))
    assert cookie is not None and cookie.refresh_token == signed.refresh_token
    resumed = auth.resume(cookie.user_id, cookie.refresh_token)
    assert resumed is not None and resumed.refresh_token != signed.refresh_token  # rotated
    auth.sign_out(resumed.refresh_token)
    assert auth.resume(cookie.user_id, resumed.refresh_token) is None
    assert any(r.startswith("POST /auth/v1/logout") for r in state.requests)


def test_a_cookie_naming_one_user_with_anothers_refresh_token_does_not_resume(
    supa: tuple[SupabaseAuth, GoTrueState],
) -> None:
    auth, _ = supa
    ada = auth.sign_up("ada@example.com", "s3cret-pass")
    bob = auth.sign_up("bob@example.com", "s3cret-pass")
    assert bob.refresh_token is not None
    assert auth.resume(ada.user.id, bob.refresh_token) is None
    assert auth.resume(ada.user.id, None) is None


def test_change_password_checks_the_current_one(supa: tuple[SupabaseAuth, GoTrueState]) -> None:
    auth, state = supa
    me = auth.sign_up("ada@example.com", "s3cret-pass")
    with pytest.raises(AuthError, match="current password is wrong"):
        auth.change_password(me.user.id, "nope-nope", "new-s3cret")
    auth.change_password(me.user.id, "s3cret-pass", "new-s3cret")
    assert state.users["ada@example.com"]["password"] == "new-s3cret"
