"""Account page: "Sign out everywhere" ends this tab and every other browser's session."""

from collections.abc import Callable
from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.support.app import sign_up
from tracker_core.config import get_settings
from tracker_core.db import make_engine
from tracker_core.services.auth import SessionTokens, SignedIn


def test_sign_out_everywhere_revokes_other_browsers(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    user = at.session_state["auth_user"]
    engine = make_engine(f"sqlite:///{app_env}")
    tokens = SessionTokens(engine, get_settings())
    other_browser = tokens.issue(SignedIn(user))
    assert tokens.read(other_browser) is not None

    at.switch_page("app_pages/account.py").run()
    next(b for b in at.button if b.label == "Sign out everywhere").click().run()
    assert not at.exception
    assert [t.label for t in at.tabs] == ["Log in", "Create account"]
    assert tokens.read(other_browser) is None
    engine.dispose()


def test_a_tab_ends_when_its_session_is_revoked_elsewhere(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    engine = make_engine(f"sqlite:///{app_env}")
    tokens = SessionTokens(engine, get_settings())
    tokens.revoke(at.session_state["auth_session_id"])  # "Log out" in a copy of the cookie
    at.run()
    assert [t.label for t in at.tabs] == ["Log in", "Create account"]
    engine.dispose()
