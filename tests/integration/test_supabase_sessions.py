"""Supabase sessions: a password change keeps this browser signed in; a reused email is told."""

from collections.abc import Iterator

import pytest
from pydantic import SecretStr
from sqlalchemy import Engine

from tests.support.gotrue import ANON_KEY, GoTrueState, gotrue_server
from tracker_core.config import Settings
from tracker_core.services.auth import AuthError, SessionTokens, make_auth
from tracker_core.services.auth.supabase import SupabaseAuth


@pytest.fixture
def supa(engine: Engine, settings: Settings) -> Iterator[tuple[SupabaseAuth, GoTrueState]]:
    with gotrue_server() as (url, state):
        configured = settings.model_copy(
            update={"SUPABASE_URL": url, "SUPABASE_KEY": SecretStr(ANON_KEY)}
        )
        backend = make_auth(engine, configured)
        assert isinstance(backend, SupabaseAuth)
        yield backend, state


def test_after_a_password_change_a_reload_still_signs_in(
    supa: tuple[SupabaseAuth, GoTrueState], engine: Engine, settings: Settings
) -> None:
    auth, _ = supa
    tokens = SessionTokens(engine, settings)
    me = auth.sign_up("ada@example.com", "s3cret-pass")
    other_browser = tokens.issue(me)
    this_browser = tokens.issue(auth.change_password(me.user.id, "s3cret-pass", "new-s3cret"))
    assert tokens.read(other_browser) is None
    live = tokens.read(this_browser)
    assert live is not None and live.refresh_token  # what the reload refreshes with
    resumed = auth.resume(live.user_id, live.refresh_token)
    assert resumed is not None and resumed.user.id == me.user.id


def test_an_email_back_with_a_new_supabase_id_gets_a_clear_answer(
    supa: tuple[SupabaseAuth, GoTrueState],
) -> None:
    auth, state = supa
    auth.sign_up("ada@example.com", "s3cret-pass")
    del state.users["ada@example.com"]  # the Supabase account was deleted; the email comes back
    with pytest.raises(AuthError, match="earlier account") as err:
        auth.sign_up("ada@example.com", "s3cret-pass")
    assert err.value.field == "email"
    with pytest.raises(AuthError, match="earlier account"):
        auth.sign_in("ada@example.com", "s3cret-pass")
