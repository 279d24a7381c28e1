import time

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from tracker_core.config import Settings
from tracker_core.models import User
from tracker_core.services.auth import AuthError, LocalAuth, LoginThrottle, SessionTokens, SignedIn


@pytest.fixture
def auth(engine: Engine, settings: Settings) -> LocalAuth:
    return LocalAuth(engine, settings)


def test_sign_up_then_log_in(auth: LocalAuth, engine: Engine) -> None:
    created = auth.sign_up("  Ada@Example.com ", "s3cret-pass", "Ada")
    assert created.user.email == "ada@example.com"
    assert auth.sign_in("ADA@example.com", "s3cret-pass").user.id == created.user.id
    with Session(engine) as s:
        stored = s.exec(select(User)).one()
    assert stored.password_hash and stored.password_hash.startswith("$2")
    assert "s3cret-pass" not in stored.password_hash


def test_duplicate_email_is_refused_with_a_hint(auth: LocalAuth) -> None:
    auth.sign_up("ada@example.com", "s3cret-pass")
    with pytest.raises(AuthError, match="already exists") as err:
        auth.sign_up("ADA@example.com", "another-pass")
    assert err.value.field == "email"


@pytest.mark.parametrize(
    ("email", "password", "field"),
    [
        ("not-an-email", "s3cret-pass", "email"),
        ("a@example.com", "short", "password"),
        ("a@example.com", "x" * 73, "password"),
    ],
)
def test_bad_sign_up_input_names_the_field(
    auth: LocalAuth, email: str, password: str, field: str
) -> None:
    with pytest.raises(AuthError) as err:
        auth.sign_up(email, password)
    assert err.value.field == field


def test_wrong_password_and_unknown_email_read_the_same(auth: LocalAuth) -> None:
    auth.sign_up("ada@example.com", "s3cret-pass")
    with pytest.raises(AuthError) as wrong:
        auth.sign_in("ada@example.com", "nope-nope")
    with pytest.raises(AuthError) as unknown:
        auth.sign_in("bob@example.com", "nope-nope")
    assert str(wrong.value) == str(unknown.value) == "Email or password is wrong."


def test_lockout_after_repeated_failures_even_with_the_right_password(
    engine: Engine, settings: Settings
) -> None:
    auth = LocalAuth(engine, settings.model_copy(update={"LOGIN_MAX_FAILURES": 3}))
    auth.sign_up("ada@example.com", "s3cret-pass")
    for _ in range(3):
        with pytest.raises(AuthError, match="wrong"):
            auth.sign_in("ada@example.com", "bad-guess")
    with pytest.raises(AuthError, match="Too many failed attempts"):
        auth.sign_in("ada@example.com", "s3cret-pass")


def test_change_password_needs_the_current_one_and_signs_out_other_browsers(
    auth: LocalAuth, engine: Engine, settings: Settings
) -> None:
    me = auth.sign_up("ada@example.com", "s3cret-pass")
    tokens = SessionTokens(engine, settings)
    old_cookie = tokens.issue(me)
    with pytest.raises(AuthError, match="current password is wrong"):
        auth.change_password(me.user.id, "not-it", "new-s3cret")
    auth.change_password(me.user.id, "s3cret-pass", "new-s3cret")
    assert tokens.read(old_cookie) is None
    assert auth.sign_in("ada@example.com", "new-s3cret").user.id == me.user.id
    with pytest.raises(AuthError):
        auth.sign_in("ada@example.com", "s3cret-pass")


def test_session_cookie_round_trip_and_tampering(
    auth: LocalAuth, engine: Engine, settings: Settings
) -> None:
    me = auth.sign_up("ada@example.com", "s3cret-pass")
    tokens = SessionTokens(engine, settings)
    cookie = tokens.issue(SignedIn(me.user))
    live = tokens.read(cookie)
    assert live is not None and live.user_id == me.user.id
    assert tokens.read(cookie[:-2] + "xx") is None
    assert tokens.read("") is None
    other_secret = settings.model_copy(update={"DATA_DIR": settings.DATA_DIR / "other"})
    assert SessionTokens(engine, other_secret).read(cookie) is None


def test_session_cookie_expires(auth: LocalAuth, engine: Engine, settings: Settings) -> None:
    me = auth.sign_up("ada@example.com", "s3cret-pass")
    tokens = SessionTokens(engine, settings)
    cookie = tokens.issue(me)
    tokens.max_age = 0
    time.sleep(1.1)
    assert tokens.read(cookie) is None


def test_guesses_spread_over_many_addresses_lock_the_account_and_the_owner_clears_it(
    engine: Engine, settings: Settings
) -> None:
    auth = LocalAuth(engine, settings.model_copy(update={"LOGIN_MAX_FAILURES": 2}))
    auth.sign_up("ada@example.com", "s3cret-pass")
    wide = 2 * LoginThrottle.CLIENT_FACTOR  # the account's limit from every address
    # Each address stays under its own limit (2), together they pass the account's.
    for n in range(wide):
        with pytest.raises(AuthError, match="wrong"):
            auth.sign_in("ada@example.com", "bad-guess", client=f"198.51.100.{n}")
    with pytest.raises(AuthError, match="Too many failed attempts"):
        auth.sign_in("ada@example.com", "s3cret-pass", client="203.0.113.9")  # a new address

    # Below that limit the owner's success clears the account's count again.
    auth2 = LocalAuth(engine, settings.model_copy(update={"LOGIN_MAX_FAILURES": 2}))
    auth2.sign_up("bob@example.com", "s3cret-pass")
    for n in range(wide - 1):
        with pytest.raises(AuthError, match="wrong"):
            auth2.sign_in("bob@example.com", "bad-guess", client=f"198.51.101.{n}")
    assert auth2.sign_in("bob@example.com", "s3cret-pass", client="203.0.113.10")
    for n in range(wide - 1):
        with pytest.raises(AuthError, match="wrong"):
            auth2.sign_in("bob@example.com", "bad-guess", client=f"198.51.102.{n}")
