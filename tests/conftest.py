"""Shared fixtures: an isolated environment, SQLite and real Postgres engines, users."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import time_machine
from sqlalchemy import Engine, create_engine, text

from tests.support.env import NOW, ON_CI, PG_ADMIN_URL
from tracker_core.clock import FixedClock, use_clock
from tracker_core.config import Settings, get_settings
from tracker_core.db import make_engine, migrate
from tracker_core.embeddings import Embedder, get_embedder
from tracker_core.vectors.client import close_index


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--clock-ahead",
        type=int,
        default=0,
        metavar="DAYS",
        help="move the machine's clock this many days ahead for the whole run (finds time bombs)",
    )


def pytest_configure(config: pytest.Config) -> None:
    days = config.getoption("--clock-ahead")
    if days:
        # time-machine moves datetime.now, date.today and time.time for everything in the process;
        # a test that still passes proves it never compared a fixed date with the wall clock.
        traveller = time_machine.travel(datetime.now(UTC) + timedelta(days=days), tick=True)
        traveller.start()
        config.add_cleanup(traveller.stop)


@pytest.fixture(autouse=True)
def clock() -> Iterator[FixedClock]:
    """The application's clock, standing at NOW; a test moves it with clock.advance(...)."""
    with use_clock(FixedClock(NOW)) as fixed:
        yield fixed


_ENV_PREFIXES = (
    "DATABASE_",
    "SUPABASE_",
    "OPENAI_",
    "QDRANT_",
    "SMTP_",
    "SMS_",
    "SESSION_",
    "LOGIN_",
    "EMBEDDING_",
    "TRUSTED_",
    "API_",
)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No test reads the developer's settings or reaches a real service by accident."""
    for name in list(os.environ):
        if name.startswith(_ENV_PREFIXES):
            monkeypatch.delenv(name)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    yield
    close_index()  # the next test opens its own index under its own DATA_DIR
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The default (shipped) embedder, loaded once."""
    return get_embedder()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(DATABASE_URL="sqlite://", DATA_DIR=tmp_path / "data", _env_file=None)


@pytest.fixture
def engine() -> Iterator[Engine]:
    """A migrated in-memory SQLite database."""
    eng = make_engine("sqlite://")
    migrate(eng)
    yield eng
    eng.dispose()


def _postgres_or_skip() -> Engine:
    admin = create_engine(
        PG_ADMIN_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3}
    )
    try:
        with admin.connect() as conn:
            conn.execute(text("select 1"))
    except Exception as exc:  # noqa: BLE001 - any failure to connect means "no server here"
        if ON_CI:
            pytest.fail(f"CI=true but PostgreSQL is not reachable at {PG_ADMIN_URL}: {exc}")
        pytest.skip(f"no PostgreSQL at {PG_ADMIN_URL}: {exc.__class__.__name__}")
    return admin


@contextmanager
def _new_database(prefix: str) -> Iterator[str]:
    """A new, empty Postgres database's URL (skip, or on CI fail, without a server); dropped."""
    admin = _postgres_or_skip()
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh, migrated Postgres database for this test run, dropped afterwards."""
    with _new_database("tracker_test") as url:
        eng = make_engine(url)
        migrate(eng)
        eng.dispose()
        yield url


@pytest.fixture
def fresh_pg_url() -> Iterator[str]:
    """A new Postgres database with nothing in it (not migrated), dropped afterwards."""
    with _new_database("tracker_fresh") as url:
        yield url


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[Engine]:
    eng = make_engine(pg_url)
    yield eng
    eng.dispose()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """For pytest-xdist's loadgroup: a file's tests stay in one worker, and the browser tests
    (each drives a Chromium and a Streamlit server) run one after another in a single worker."""
    for item in items:
        path = item.nodeid.split("::", 1)[0]
        group = "browser" if path.startswith("tests/browser/") else path
        item.add_marker(pytest.mark.xdist_group(group))
