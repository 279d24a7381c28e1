from collections.abc import Callable

from streamlit.testing.v1 import AppTest

from tests.support.app import log_in, sign_up


def _errors(at: AppTest) -> list[str]:
    return [e.value for e in at.error]


def test_sign_up_signs_in_and_shows_the_app(new_app: Callable[[], AppTest]) -> None:
    at = new_app().run()
    assert [t.label for t in at.tabs] == ["Log in", "Create account"]
    sign_up(at)
    assert not at.exception and not _errors(at)
    assert at.session_state["auth_user"].email == "ada@example.com"
    assert [t.value for t in at.title] == ["Board"]


def test_wrong_password_says_so_and_keeps_what_was_typed(new_app: Callable[[], AppTest]) -> None:
    sign_up(new_app().run())
    at = log_in(new_app().run(), "ada@example.com", "not-my-password")
    assert _errors(at) == ["Email or password is wrong."]
    assert at.text_input(key="login_email").value == "ada@example.com"
    assert "auth_user" not in at.session_state
    at = log_in(at, "ada@example.com", "s3cret-pass")
    assert not _errors(at) and at.session_state["auth_user"].email == "ada@example.com"


def test_existing_email_and_short_password_are_explained(new_app: Callable[[], AppTest]) -> None:
    sign_up(new_app().run())
    at = sign_up(new_app().run())
    assert _errors(at) == ["An account with this email already exists. Log in instead."]
    at = sign_up(new_app().run(), email="bob@example.com", password="short")
    assert _errors(at) == ["Use at least 8 characters."]
    assert at.text_input(key="signup_email").value == "bob@example.com"


def test_empty_fields_get_a_message_not_a_traceback(new_app: Callable[[], AppTest]) -> None:
    at = new_app().run()
    at.button(key="FormSubmitter:login_form-Log in").click().run()
    assert not at.exception
    assert _errors(at) == ["Email or password is wrong."]
    at.button(key="FormSubmitter:signup_form-Create account").click().run()
    assert not at.exception
    assert any("email address is not valid" in e for e in _errors(at))


def test_log_out_returns_to_the_login_page(new_app: Callable[[], AppTest]) -> None:
    at = sign_up(new_app().run())
    at.switch_page("app_pages/account.py").run()
    assert "Signed in as **ada@example.com**" in [m.value for m in at.markdown]
    next(b for b in at.button if b.label == "Log out").click().run()
    assert "auth_user" not in at.session_state
    assert [t.label for t in at.tabs] == ["Log in", "Create account"]


def test_a_page_link_while_signed_out_shows_the_login_gate(new_app: Callable[[], AppTest]) -> None:
    at = new_app().run()
    at.switch_page("app_pages/account.py").run()
    assert [t.label for t in at.tabs] == ["Log in", "Create account"]
    assert "Account" not in [t.value for t in at.title]


def test_the_name_given_at_sign_up_is_shown_and_password_fields_empty_after_a_change(
    new_app: Callable[[], AppTest],
) -> None:
    at = new_app().run()
    at.text_input(key="signup_name").input("Ada Lovelace")
    at = sign_up(at)
    assert at.sidebar.caption[0].value == "Signed in as Ada Lovelace (ada@example.com)"
    at.switch_page("app_pages/account.py").run()
    assert "Signed in as **Ada Lovelace · ada@example.com**" in [m.value for m in at.markdown]
    at.text_input(key="pw_current").input("s3cret-pass")
    at.text_input(key="pw_new").input("n3w-secret-pass")
    at.text_input(key="pw_repeat").input("n3w-secret-pass")
    at.button(key="FormSubmitter:pw_form-Change password").click().run()
    assert at.success and not at.error
    assert [at.text_input(key=k).value for k in ("pw_current", "pw_new", "pw_repeat")] == [""] * 3
