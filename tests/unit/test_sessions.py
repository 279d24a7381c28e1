"""Server-side sessions, the per-client sign-in throttle and the session secret's strength."""

from __future__ import annotations

import base64
import stat
from datetime import timedelta
from pathlib import Path

import bcrypt
import pytest
from sqlalchemy import Engine

from tracker_core.clock import FixedClock
from tracker_core.config import Settings, SettingsError, load_settings
from tracker_core.db import make_engine
from tracker_core.services.auth import (
    AuthError,
    LocalAuth,
    LoginThrottle,
    SessionTokens,
    SignedIn,
    revoke_all_sessions,
)


@pytest.fixture
def auth(engine: Engine, settings: Settings) -> LocalAuth:
    return LocalAuth(engine, settings.model_copy(update={"LOGIN_MAX_FAILURES": 3}))


@pytest.fixture
def tokens(engine: Engine, settings: Settings) -> SessionTokens:
    return SessionTokens(engine, settings)


def test_a_copied_cookie_stops_working_after_logout(auth: LocalAuth, tokens: SessionTokens) -> None:
    me = auth.sign_up("ada@example.com", "s3cret-pass")
    cookie = tokens.issue(me)
    copy = str(cookie)
    live = tokens.read(cookie)
    assert live is not None
    tokens.revoke(live.session_id)  # what "Log out" does
    assert tokens.read(copy) is None


def test_sign_out_everywhere_ends_every_session_of_that_user_only(
    auth: LocalAuth, tokens: SessionTokens
) -> None:
    ada = auth.sign_up("ada@example.com", "s3cret-pass")
    bob = auth.sign_up("bob@example.com", "s3cret-pass")
    laptop, phone, bobs = tokens.issue(ada), tokens.issue(ada), tokens.issue(bob)
    assert revoke_all_sessions(auth.engine, ada.user.id) == 2
    assert tokens.read(laptop) is None and tokens.read(phone) is None
    assert tokens.read(bobs) is not None


def test_a_password_change_revokes_the_old_cookie_and_gives_a_working_one(
    auth: LocalAuth, tokens: SessionTokens
) -> None:
    me = auth.sign_up("ada@example.com", "s3cret-pass")
    old = tokens.issue(me)
    fresh = tokens.issue(auth.change_password(me.user.id, "s3cret-pass", "new-s3cret"))
    assert tokens.read(old) is None
    assert tokens.read(fresh) is not None


def test_a_session_ends_after_session_days_even_with_a_genuine_cookie(
    auth: LocalAuth, tokens: SessionTokens, clock: FixedClock
) -> None:
    cookie = tokens.issue(auth.sign_up("ada@example.com", "s3cret-pass"))
    clock.advance(timedelta(days=29))
    assert tokens.read(cookie) is not None
    clock.advance(timedelta(days=2))
    assert tokens.read(cookie) is None


def test_the_cookie_carries_no_refresh_token_and_the_row_keeps_it_encrypted(
    auth: LocalAuth, tokens: SessionTokens, engine: Engine
) -> None:
    me = auth.sign_up("ada@example.com", "s3cret-pass")
    refresh = "supabase-refresh-token-abc123"
    cookie = tokens.issue(SignedIn(me.user, refresh_token=refresh))
    payload = cookie.split(".")[0]
    decoded = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    assert refresh.encode() not in decoded and refresh not in cookie
    with engine.connect() as conn:
        stored = conn.exec_driver_sql("select refresh_token from auth_sessions").scalar_one()
    assert stored and refresh not in stored
    live = tokens.read(cookie)
    assert live is not None and live.refresh_token == refresh
    tokens.store_refresh_token(live.session_id, "rotated-token")
    assert (tokens.read(cookie) or live).refresh_token == "rotated-token"


def test_a_throttled_account_and_an_unknown_one_answer_alike(auth: LocalAuth) -> None:
    auth.sign_up("ada@example.com", "s3cret-pass")
    answers = {}
    for email in ("ada@example.com", "nobody@example.com"):
        for _ in range(3):
            with pytest.raises(AuthError, match="wrong"):
                auth.sign_in(email, "bad-guess")
        with pytest.raises(AuthError) as err:
            auth.sign_in(email, "bad-guess")
        answers[email] = err.value.message
    assert answers["ada@example.com"] == answers["nobody@example.com"]
    assert answers["ada@example.com"].startswith("Too many failed attempts")


def test_a_throttled_answer_still_costs_one_bcrypt_check(
    auth: LocalAuth, monkeypatch: pytest.MonkeyPatch
) -> None:
    auth.sign_up("ada@example.com", "s3cret-pass")
    for email in ("ada@example.com", "nobody@example.com"):
        for _ in range(3):
            with pytest.raises(AuthError):
                auth.sign_in(email, "bad-guess", client="198.51.100.7")
    checks: list[bytes] = []
    real = bcrypt.checkpw
    monkeypatch.setattr(bcrypt, "checkpw", lambda pw, h: checks.append(h) or real(pw, h))
    for email in ("ada@example.com", "nobody@example.com"):
        with pytest.raises(AuthError, match="Too many"):
            auth.sign_in(email, "s3cret-pass", client="198.51.100.7")
    assert len(checks) == 2  # one dummy check per answer, as long as a real one


def test_an_attacker_slows_his_own_address_not_the_owner(auth: LocalAuth) -> None:
    me = auth.sign_up("ada@example.com", "s3cret-pass")
    for _ in range(3):
        with pytest.raises(AuthError):
            auth.sign_in("ada@example.com", "bad-guess", client="198.51.100.7")
    with pytest.raises(AuthError, match="Too many"):
        auth.sign_in("ada@example.com", "s3cret-pass", client="198.51.100.7")
    # The owner, from her own address, signs in at once.
    assert auth.sign_in("ada@example.com", "s3cret-pass", client="192.0.2.1").user.id == me.user.id


def test_signing_in_to_ones_own_account_does_not_reset_the_address(auth: LocalAuth) -> None:
    auth.sign_up("ada@example.com", "s3cret-pass")
    auth.sign_up("mallory@example.com", "s3cret-pass")
    for _ in range(3):
        with pytest.raises(AuthError, match="wrong"):
            auth.sign_in("ada@example.com", "bad-guess", client="198.51.100.7")
    auth.sign_in("mallory@example.com", "s3cret-pass", client="198.51.100.7")
    with pytest.raises(AuthError, match="Too many"):
        auth.sign_in("ada@example.com", "s3cret-pass", client="198.51.100.7")


def test_spraying_many_emails_from_one_address_is_slowed(
    engine: Engine, settings: Settings
) -> None:
    auth = LocalAuth(engine, settings.model_copy(update={"LOGIN_MAX_FAILURES": 1}))
    answers = []
    for i in range(LoginThrottle.CLIENT_FACTOR + 1):
        with pytest.raises(AuthError) as err:
            auth.sign_in(f"user{i}@example.com", "Winter2026!", client="198.51.100.7")
        answers.append(err.value.message)
    assert answers[:-1] == ["Email or password is wrong."] * LoginThrottle.CLIENT_FACTOR
    assert answers[-1].startswith("Too many failed attempts")


def test_the_throttle_lifts_after_the_lockout(auth: LocalAuth, clock: FixedClock) -> None:
    auth.sign_up("ada@example.com", "s3cret-pass")
    for _ in range(3):
        with pytest.raises(AuthError):
            auth.sign_in("ada@example.com", "bad-guess", client="198.51.100.7")
    with pytest.raises(AuthError, match="Try again in 15 minutes"):
        auth.sign_in("ada@example.com", "s3cret-pass", client="198.51.100.7")
    clock.advance(timedelta(minutes=15))
    assert auth.sign_in("ada@example.com", "s3cret-pass", client="198.51.100.7")


@pytest.mark.parametrize("secret", ["a", " " * 40, "x" * 31])
def test_a_weak_session_secret_is_refused_naming_the_setting(secret: str) -> None:
    with pytest.raises(SettingsError, match="SESSION_SECRET"):
        load_settings(SESSION_SECRET=secret, _env_file=None)
    assert load_settings(SESSION_SECRET="x" * 32, _env_file=None).session_secret() == "x" * 32


@pytest.mark.parametrize("content", ["", "   \n", "short"])
def test_an_empty_or_short_secret_file_is_refused(settings: Settings, content: str) -> None:
    path = settings.DATA_DIR / "session_secret"
    path.parent.mkdir(parents=True)
    path.write_text(content)
    with pytest.raises(SettingsError, match="session_secret.*SESSION_SECRET"):
        settings.session_secret()


def test_the_generated_secret_and_the_database_are_private(tmp_path: Path) -> None:
    data = tmp_path / "fresh"
    secret = Settings(DATA_DIR=data, _env_file=None).session_secret()
    assert len(secret) >= 32
    assert stat.S_IMODE((data / "session_secret").stat().st_mode) == 0o600
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert [p.name for p in data.iterdir()] == ["session_secret"]  # no temporary file left
    db = tmp_path / "dbdir" / "tracker.db"
    eng = make_engine(f"sqlite:///{db}")
    with eng.connect() as conn:
        conn.exec_driver_sql("create table t (x int)")
        conn.commit()
    eng.dispose()
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
