"""The same login screens on Supabase Auth (a GoTrue-shaped server on loopback)."""

from collections.abc import Callable

import pytest
from streamlit.testing.v1 import AppTest

from tests.support.app import log_in, sign_up
from tests.support.gotrue import ANON_KEY, gotrue_server


def test_supabase_sign_up_log_in_and_confirmation_notice(
    new_app: Callable[[], AppTest], monkeypatch: pytest.MonkeyPatch
) -> None:
    with gotrue_server() as (url, state):
        monkeypatch.setenv("SUPABASE_URL", url)
        monkeypatch.setenv("SUPABASE_KEY", ANON_KEY)
        at = sign_up(new_app().run(), email="ada@example.com")
        assert not at.error
        assert at.session_state["auth_user"].id == state.users["ada@example.com"]["id"]

        at = sign_up(new_app().run(), email="confirm-me@example.com")
        assert not at.error
        assert "confirmation link" in at.info[0].value
        at = log_in(at, "confirm-me@example.com", "s3cret-pass")
        assert [e.value for e in at.error] == [
            "Confirm your email first: open the link we sent you, then log in."
        ]
