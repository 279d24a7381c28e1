"""Account page: deleting the account takes everything in it, and only after the email is typed."""

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlmodel import select
from streamlit.testing.v1 import AppTest

from tests.support.app import sign_up
from tests.support.fakes import RecordingVectors
from tests.support.gotrue import ANON_KEY, SERVICE_ROLE_KEY, gotrue_server
from tracker_core.db import make_engine, system_session, user_session
from tracker_core.models import Application, ApplicationCreate, User
from tracker_core.services import applications as apps_svc

SUBMIT = "FormSubmitter:acct_delete_form-Delete my account"


def _add_application(db: Path, user_id: str) -> None:
    engine = make_engine(f"sqlite:///{db}")
    with user_session(engine, user_id) as s:
        data = ApplicationCreate(company="Acme", position="Dev")
        apps_svc.create_application(
            session=s, user_id=user_id, data=data, vectors=RecordingVectors()
        )
    engine.dispose()


def _rows(db: Path) -> tuple[int, int]:
    engine = make_engine(f"sqlite:///{db}")
    with system_session(engine) as s:
        counts = len(s.exec(select(User)).all()), len(s.exec(select(Application)).all())
    engine.dispose()
    return counts


def test_a_wrong_confirmation_keeps_everything_and_says_what_to_type(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run(), "ada@example.com")
    _add_application(app_env, at.session_state["auth_user"].id)
    at.switch_page("app_pages/account.py").run()
    at.text_input(key="acct_delete_confirm").input("someone@else.com")
    at.button(key=SUBMIT).click().run()
    assert not at.exception
    assert "Type the account's email address exactly" in " ".join(e.value for e in at.error)
    assert at.text_input(key="acct_delete_confirm").value == "someone@else.com"  # kept
    assert _rows(app_env) == (1, 1)


def test_the_typed_email_deletes_the_account_and_signs_out(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run(), "ada@example.com")
    _add_application(app_env, at.session_state["auth_user"].id)
    at.switch_page("app_pages/account.py").run()
    at.text_input(key="acct_delete_confirm").input("Ada@Example.com ")
    at.button(key=SUBMIT).click().run()
    assert not at.exception
    assert [t.label for t in at.tabs] == ["Log in", "Create account"]
    assert [m.value for m in at.success] == ["Your account and everything in it were deleted."]
    assert _rows(app_env) == (0, 0)


@pytest.mark.parametrize("service_key", [SERVICE_ROLE_KEY, None])
def test_on_supabase_the_login_page_says_whether_the_sign_in_went_too(
    new_app: Callable[[], AppTest],
    app_env: Path,
    monkeypatch: pytest.MonkeyPatch,
    service_key: str | None,
) -> None:
    with gotrue_server() as (url, state):
        monkeypatch.setenv("SUPABASE_URL", url)
        monkeypatch.setenv("SUPABASE_KEY", ANON_KEY)
        if service_key:
            monkeypatch.setenv("SUPABASE_SERVICE_ROLE_KEY", service_key)
        at = sign_up(new_app().run(), "ada@example.com")
        _add_application(app_env, at.session_state["auth_user"].id)
        at.switch_page("app_pages/account.py").run()
        at.text_input(key="acct_delete_confirm").input("ada@example.com")
        at.button(key=SUBMIT).click().run()
        assert not at.exception
        assert [t.label for t in at.tabs] == ["Log in", "Create account"]
        assert _rows(app_env) == (0, 0)
        if service_key:
            assert at.success[0].value == "Your account and everything in it were deleted."
            assert "ada@example.com" not in state.users
        else:
            assert (
                "your sign-in (the email and password at Supabase) remains" in at.warning[0].value
            )
            assert "ada@example.com" in state.users


def test_when_supabase_fails_the_login_page_says_the_data_is_gone_and_the_sign_in_is_not(
    new_app: Callable[[], AppTest], app_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with gotrue_server() as (url, state):
        monkeypatch.setenv("SUPABASE_URL", url)
        monkeypatch.setenv("SUPABASE_KEY", ANON_KEY)
        monkeypatch.setenv("SUPABASE_SERVICE_ROLE_KEY", SERVICE_ROLE_KEY)
        state.admin_failure = 500
        at = sign_up(new_app().run(), "ada@example.com")
        at.switch_page("app_pages/account.py").run()
        at.text_input(key="acct_delete_confirm").input("ada@example.com")
        at.button(key=SUBMIT).click().run()
        assert not at.exception
        assert [t.label for t in at.tabs] == ["Log in", "Create account"]
        warning = at.warning[0].value
        assert warning.startswith("Your account's data was deleted, but your sign-in could not")
        assert "Sign in again and delete the account once more" in warning
        assert _rows(app_env) == (0, 0)
        assert "ada@example.com" in state.users
