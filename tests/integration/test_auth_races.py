"""Parallel guesses cannot slip past the sign-in limit (SQLite file database and Postgres)."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from threading import Barrier

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from tracker_core.config import Settings
from tracker_core.db import make_engine, migrate
from tracker_core.models import LoginThrottle
from tracker_core.services.auth import AuthError, LocalAuth

GUESSES = 30


@pytest.fixture(params=["sqlite-file", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "postgres":
        yield request.getfixturevalue("pg_engine")
        return
    eng = make_engine(f"sqlite:///{tmp_path / 'race.db'}")
    migrate(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def client() -> str:
    """A client address of this test alone (the Postgres database is shared by the run)."""
    return f"203.0.113.{uuid.uuid4().int % 250}-{uuid.uuid4().hex[:6]}"


def _answer(auth: LocalAuth, barrier: Barrier, email: str, password: str, client: str) -> str:
    barrier.wait()
    try:
        auth.sign_in(email, password, client=client)
    except AuthError as exc:
        return "locked" if exc.message.startswith("Too many") else "wrong"
    return "signed in"


def test_thirty_parallel_wrong_guesses_get_five_checks_and_the_right_one_is_then_refused(
    any_engine: Engine, settings: Settings, client: str
) -> None:
    auth = LocalAuth(any_engine, settings.model_copy(update={"LOGIN_MAX_FAILURES": 5}))
    email = f"race-{uuid.uuid4().hex[:8]}@example.com"
    auth.sign_up(email, "s3cret-pass")
    barrier = Barrier(GUESSES)
    with ThreadPoolExecutor(GUESSES) as pool:
        answers = list(
            pool.map(
                lambda i: _answer(auth, barrier, email, f"guess-{i:04d}", client), range(GUESSES)
            )
        )
    assert Counter(answers) == {"wrong": 5, "locked": GUESSES - 5}
    with Session(any_engine) as s:
        row = s.get(LoginThrottle, f"client:{client}")
        assert row is not None and row.attempts == GUESSES  # every attempt counted
    with pytest.raises(AuthError, match="Too many failed attempts"):
        auth.sign_in(email, "s3cret-pass", client=client)


def test_the_right_password_among_parallel_guesses_leaves_at_most_the_limit_checked(
    any_engine: Engine, settings: Settings, client: str
) -> None:
    auth = LocalAuth(any_engine, settings.model_copy(update={"LOGIN_MAX_FAILURES": 5}))
    email = f"mixed-{uuid.uuid4().hex[:8]}@example.com"
    auth.sign_up(email, "s3cret-pass")
    passwords = [f"guess-{i:04d}" for i in range(GUESSES - 1)] + ["s3cret-pass"]
    barrier = Barrier(GUESSES)
    with ThreadPoolExecutor(GUESSES) as pool:
        answers = list(pool.map(lambda p: _answer(auth, barrier, email, p, client), passwords))
    counts = Counter(answers)
    # Only the first five counted attempts reach bcrypt; the right one signs in only if it was
    # one of them (then the counter starts again, so at most five more wrong ones are checked).
    if counts["signed in"]:
        assert counts["wrong"] <= 9 and counts["locked"] >= GUESSES - 10
    else:
        assert counts == {"wrong": 5, "locked": GUESSES - 5}
