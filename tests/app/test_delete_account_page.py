"""Account page: deleting the account takes everything in it, and only after the email is typed."""

from collections.abc import Callable
from pathlib import Path

from sqlmodel import select
from streamlit.testing.v1 import AppTest

from tests.support.app import sign_up
from tests.support.fakes import RecordingVectors
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
    assert _rows(app_env) == (0, 0)
