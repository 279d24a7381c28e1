"""Stats benchmarks: one user with 10,000 applications and about 40,000 status changes.

Times the stats service (two queries and the computation) on SQLite and, when a server answers,
on Postgres (with row-level security on, and EXPLAIN of the history query); the page's AppTest
run; and, with Chromium, how soon the page is readable.
Run: python -m scripts.bench_stats [sqlite] [postgres] [browser] (every row when none is named)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, text

from scripts.bench import Row, _apptest_seconds, _median_ms, render, scratch_postgres
from scripts.stats_seed import seed_job_search
from tracker_core.config import Settings
from tracker_core.db import make_engine, migrate, user_session
from tracker_core.models import UserPublic
from tracker_core.services.auth import LocalAuth
from tracker_core.services.stats import stats_for

N_APPS = 10_000
# The two queries tracker_core.repositories.stats sends (on Postgres), for EXPLAIN.
HISTORY_SQL = (
    "SELECT application_id, to_status, timezone('UTC', changed_at) FROM status_changes "
    "WHERE user_id = :u ORDER BY application_id, changed_at, id"
)
APPS_SQL = (
    "SELECT id, status, source, resume_id, applied_on FROM applications "
    "WHERE user_id = :u AND deleted_at IS NULL AND is_sample IS false"
)


def _users(engine: Engine, url: str, folder: Path) -> tuple[UserPublic, int]:
    """Three other users with 1,000 applications each, then the measured one with N_APPS."""
    auth = LocalAuth(engine, Settings(DATABASE_URL=url, DATA_DIR=folder, _env_file=None))
    tag = uuid.uuid4().hex[:6]
    users = [auth.sign_up(f"stats{i}-{tag}@example.com", "bench-password").user for i in range(4)]
    for i, other in enumerate(users[1:]):
        seed_job_search(engine, other.id, 1_000, days=720, seed=100 + i, busy=True)
    _, changes = seed_job_search(engine, users[0].id, N_APPS, days=720, busy=True)
    return users[0], changes


def _service_ms(engine: Engine, user: UserPublic) -> float:
    def run() -> None:
        with user_session(engine, user.id) as s:
            stats_for(session=s, user_id=user.id)

    run()  # warm the caches once, as a second visit would
    return _median_ms(run, 15)


def bench_sqlite() -> list[Row]:
    """Service time on SQLite and the page's AppTest run."""
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/stats.db"
        engine = make_engine(url)
        migrate(engine)
        user, changes = _users(engine, url, Path(tmp))
        ms = _service_ms(engine, user)
        page_s = _apptest_seconds(url, user, "app_pages/stats.py")
        engine.dispose()
    what = f"{N_APPS:,} applications, {changes:,} status changes"
    return [
        (f"stats data on SQLite, {what} (median of 15)", ms, "ms", "< 300", ms < 300),
        (f"stats page AppTest run, {what}", page_s, "s", "< 2", page_s < 2),
    ]


def _explain(engine: Engine, user: UserPublic) -> None:
    with user_session(engine, user.id) as s:
        for name, sql in (("history", HISTORY_SQL), ("applications", APPS_SQL)):
            plan = s.execute(text(f"EXPLAIN (ANALYZE, BUFFERS) {sql}"), {"u": user.id}).all()
            print(f"-- EXPLAIN ANALYZE, {name} query, as the user (RLS on):")
            print("\n".join(f"   {row[0]}" for row in plan))


def bench_postgres() -> list[Row]:
    """Service time on Postgres with row-level security, and the plans of its two queries."""
    with scratch_postgres("tracker_bench") as url:
        if url is None:
            return []
        engine = make_engine(url)
        with tempfile.TemporaryDirectory() as tmp:
            user, changes = _users(engine, url, Path(tmp))
        # What autovacuum does after a bulk insert: statistics, and the visibility map that
        # lets the covering index answer the history query alone (an index-only scan).
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
        ms = _service_ms(engine, user)
        _explain(engine, user)
        engine.dispose()
    what = f"{N_APPS:,} applications, {changes:,} status changes"
    return [(f"stats data on Postgres (RLS), {what} (median of 15)", ms, "ms", "< 300", ms < 300)]


def _readable_s(page: object, url: str) -> float:
    """Seconds from opening the stats page until its headline and first chart are drawn."""
    started = time.monotonic()
    page.goto(f"{url}/stats")  # type: ignore[attr-defined]
    page.get_by_test_id("stMetricValue").first.wait_for(timeout=30_000)  # type: ignore[attr-defined]
    page.locator(".js-plotly-plot .main-svg").first.wait_for(timeout=30_000)  # type: ignore[attr-defined]
    return time.monotonic() - started


def bench_browser() -> list[Row]:
    """Chromium: the stats page of a 10,000-application account, readable (median of 3)."""
    from scripts.app_server import CHROMIUM, chromium, running_app, sign_up

    if not Path(CHROMIUM).exists():
        print("Chromium is not installed: the stats browser row is skipped")
        return []
    with tempfile.TemporaryDirectory() as tmp, running_app(Path(tmp)) as url, chromium() as b:
        page = b.new_page(viewport={"width": 1280, "height": 900})
        page.set_default_timeout(30_000)
        page.goto(url)
        sign_up(page, "stats-bench@example.com")
        engine = make_engine(f"sqlite:///{tmp}/tracker.db")
        with engine.connect() as conn:
            found = conn.execute(
                text("select id from users where email = 'stats-bench@example.com'")
            ).scalar_one()
        seed_job_search(engine, str(found), N_APPS, days=720, busy=True)
        engine.dispose()
        _readable_s(page, url)  # the first visit loads the chart library into the cache
        seconds = statistics.median(_readable_s(page, url) for _ in range(3))
    return [
        (
            "Chromium: stats page readable, 10,000 applications (median of 3)",
            seconds,
            "s",
            "< 2",
            seconds < 2,
        )
    ]


BENCHES: list[Callable[[], list[Row]]] = [bench_sqlite, bench_postgres, bench_browser]


def main() -> int:
    """Every row, or the named ones: python -m scripts.bench_stats [sqlite postgres browser]."""
    wanted = set(sys.argv[1:])
    rows = []
    for bench in BENCHES:
        if wanted and bench.__name__.removeprefix("bench_") not in wanted:
            continue
        rows.extend(bench())
        print(render(rows[-1:]) if rows else "", flush=True)  # each row as soon as it is known
    print(render(rows))
    return 0 if all(r[4] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
