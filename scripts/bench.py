"""`make bench`: seed a database with 2,000 applications and time the board and table paths.

Each bench function returns rows (name, value, unit, target, ok). Other modules add rows by
defining `BENCHES` (a list of such functions) in scripts/bench_analysis.py or bench_vectors.py.
"""

from __future__ import annotations

import importlib
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, create_engine, insert, select, text
from sqlmodel import col

from tracker_core.config import Settings
from tracker_core.db import make_engine, migrate, user_session
from tracker_core.models import STANDARD_STAGES, Application, StatusChange, UserPublic
from tracker_core.services.auth import LocalAuth
from tracker_core.services.board import board_data

Row = tuple[str, float, str, str, bool]
Bench = Callable[[], list[Row]]
ROOT = Path(__file__).resolve().parent.parent
N_APPS = 2_000
OPTIONAL = (
    "scripts.bench_analysis",
    "scripts.bench_vectors",
    "scripts.bench_browser",
    "scripts.bench_stats",
    "scripts.bench_prep",
    "scripts.bench_notify",
    "scripts.bench_extract",
    "scripts.bench_transfer",
    "scripts.bench_auth",
    "scripts.bench_api",
)


PG_ADMIN_URL = os.environ.get(
    "BENCH_POSTGRES_URL",
    os.environ.get("TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"),
)


@contextmanager
def scratch_postgres(prefix: str) -> Iterator[str | None]:
    """A new, migrated database on the local PostgreSQL, dropped afterwards; its URL, or None
    (and a line saying so) when no server answers, so a bench's Postgres rows are skipped."""
    admin = create_engine(
        PG_ADMIN_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3}
    )
    try:
        with admin.connect() as conn:
            conn.execute(text("select 1"))
    except Exception as exc:  # noqa: BLE001 - no server here: skip the rows, say so
        print(f"No PostgreSQL at {PG_ADMIN_URL} ({exc.__class__.__name__}): Postgres rows skipped")
        admin.dispose()
        yield None
        return
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
        engine = make_engine(url)
        migrate(engine)
        engine.dispose()
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def seed(engine: Engine, user_id: str, n: int = N_APPS, seed_value: int = 7) -> None:
    """n applications for one user, each with two or three status changes."""
    rng = random.Random(seed_value)
    now = datetime.now(UTC)
    apps = [
        {
            "user_id": user_id,
            "company": f"Company {i} {'with a rather long name ' * (i % 7 == 0)}GmbH",
            "position": f"Engineer {i % 40}",
            "status": rng.choice(STANDARD_STAGES),
            "deadline": date.today() + timedelta(days=rng.randint(-20, 60)) if i % 3 else None,
            "priority": rng.randint(1, 5),
            "notes": f"note {i}",
            "job_description": "",
            "is_sample": False,
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
        for i in range(n)
    ]
    with engine.begin() as conn:
        conn.execute(insert(Application), apps)
        mine = select(col(Application.id)).where(col(Application.user_id) == user_id)
        ids = list(conn.scalars(mine))
        changes = [
            {
                "user_id": user_id,
                "application_id": app_id,
                "to_status": "applied",
                "changed_at": now - timedelta(days=rng.randint(0, 90), hours=k),
                "note": "",
            }
            for app_id in ids
            for k in range(rng.randint(2, 3))
        ]
        conn.execute(insert(StatusChange), changes)


def _setup(folder: Path) -> tuple[Engine, UserPublic, str]:
    url = f"sqlite:///{folder / 'bench.db'}"
    engine = make_engine(url)
    migrate(engine)
    auth = LocalAuth(engine, Settings(DATABASE_URL=url, DATA_DIR=folder, _env_file=None))
    users = [auth.sign_up(f"user{i}@example.com", "bench-password").user for i in range(4)]
    for other in users[1:]:
        seed(engine, other.id, n=200, seed_value=hash(other.id) % 1000)
    seed(engine, users[0].id)
    return engine, users[0], url


def bench_board_and_table() -> list[Row]:
    """Board data path and AppTest runs of the board and table pages, 2,000 applications."""
    with tempfile.TemporaryDirectory() as tmp:
        engine, user, url = _setup(Path(tmp))

        def data() -> None:
            with user_session(engine, user.id) as s:
                board_data(session=s, user_id=user.id)

        data_ms = _median_ms(data, 15)
        board_s = _apptest_seconds(url, user, "app_pages/board.py")
        table_s = _apptest_seconds(url, user, "app_pages/table.py")
        engine.dispose()
    return [
        ("board data, 2,000 applications (median of 15)", data_ms, "ms", "< 300", data_ms < 300),
        ("board page AppTest run, 2,000 applications", board_s, "s", "< 2", board_s < 2),
        ("table page AppTest run, 2,000 applications", table_s, "s", "< 2", table_s < 2),
    ]


def _apptest_seconds(url: str, user: UserPublic, page: str, runs: int = 3) -> float:
    """Median wall time of a rerun of a page with the user signed in (first run warms up).

    Signs in through the login form (the bench users' password is "bench-password"): a user
    put in session state without a server-side session is signed out on the next run, and
    the page measured would be the login form.
    """
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from tracker_core.config import get_settings

    os.environ["DATABASE_URL"] = url
    get_settings.cache_clear()  # the settings, engine and auth of an earlier bench's database
    st.cache_resource.clear()
    cwd = Path.cwd()
    os.chdir(ROOT)  # st.navigation resolves page paths from the working directory
    try:
        at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=60)
        at.run()
        at.text_input(key="login_email").input(user.email)
        at.text_input(key="login_password").input("bench-password")
        at.button(key="FormSubmitter:login_form-Log in").click().run()
        at.switch_page(page).run()
        if at.exception:
            raise RuntimeError(f"{page} failed: {at.exception[0].value}")
        if any(w.key == "login_email" for w in at.text_input):
            raise RuntimeError(f"{page}: the bench user is not signed in")
        return _median_ms(at.run, runs) / 1000
    finally:
        os.chdir(cwd)


BENCHES: list[Bench] = [bench_board_and_table]


def _all_benches() -> list[Bench]:
    benches = list(BENCHES)
    for name in OPTIONAL:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        benches.extend(getattr(module, "BENCHES", []))
    return benches


def render(rows: list[Row]) -> str:
    """A plain-text table of the rows."""
    head = ("benchmark", "value", "unit", "target", "ok")
    body = [
        (n, f"{v:.3g}" if v < 100 else f"{v:.0f}", u, t, "yes" if ok else "NO")
        for n, v, u, t, ok in rows
    ]
    widths = [max(len(str(r[i])) for r in [head, *body]) for i in range(5)]
    lines = [
        "  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) for r in [head, *body]
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main() -> int:
    rows: list[Row] = []
    for bench in _all_benches():
        rows.extend(bench())
    print(render(rows))
    return 0 if all(r[4] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
