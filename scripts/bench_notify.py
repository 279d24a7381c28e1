"""Notifier benchmarks (rows for `make bench`, or run alone: python -m scripts.bench_notify).

1. A run over 10,000 users and 100,000 applications with nothing due (target < 5 s), and
   whether each of its due-item queries is served by an index: EXPLAIN QUERY PLAN on SQLite,
   EXPLAIN on Postgres when one answers at BENCH_POSTGRES_URL (default: the local test server).
2. 1,000 due emails delivered to a local SMTP server (aiosmtpd on 127.0.0.1; target < 30 s).
"""

from __future__ import annotations

import io
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, insert

from scripts.bench import scratch_postgres
from tracker_core import clock
from tracker_core.config import Settings
from tracker_core.db import make_engine, migrate
from tracker_core.models import Application, Interview, User
from tracker_core.services.notifications import Notifier, Senders, senders_from_settings

Row = tuple[str, float, str, str, bool]
N_USERS = 10_000
N_APPS = 100_000
N_EMAILS = 1_000
STAGES = ("saved", "applied", "screening", "interview", "offer", "rejected")


def _users(n: int, start: int = 0) -> list[dict[str, Any]]:
    now = clock.now()
    return [
        {
            "id": str(uuid.UUID(int=start + i + 1)),
            "email": f"user{start + i}@example.com",
            "name": "",
            "failed_logins": 0,
            "session_epoch": 0,
            "notify_email": True,
            "notify_sms": False,
            "reminder_lead_days": 2,
            "digest_hour": 8,
            "timezone": random.Random(i).choice(["UTC", "Europe/Berlin", "America/New_York"]),
            "quiet_start": 0,
            "quiet_end": 0,
            "created_at": now,
        }
        for i in range(n)
    ]


def seed_nothing_due(engine: Engine, now: datetime) -> None:
    """10,000 users, 100,000 live applications, none due: deadlines 3-8 weeks out or none,
    every application changed in the last 6 days, interviews 3+ days away."""
    rng = random.Random(13)
    users = _users(N_USERS)
    apps = [
        {
            "user_id": users[i % N_USERS]["id"],
            "company": f"Company {i}",
            "position": "Engineer",
            "status": rng.choice(STAGES),
            "deadline": (now + timedelta(days=rng.randint(21, 60))).date() if i % 2 else None,
            "priority": 3,
            "notes": "",
            "job_description": "",
            "is_sample": False,
            "version": 1,
            "created_at": now - timedelta(days=20),
            "updated_at": now - timedelta(days=rng.randint(0, 6), hours=rng.randint(0, 20)),
        }
        for i in range(N_APPS)
    ]
    with engine.begin() as conn:
        conn.execute(insert(User), users)
        for i in range(0, N_APPS, 10_000):
            conn.execute(insert(Application), apps[i : i + 10_000])
        ids = [r[0] for r in conn.exec_driver_sql("select id, user_id from applications").all()]
        owners = dict(conn.exec_driver_sql("select id, user_id from applications").all())
        interviews = [
            {
                "user_id": owners[app_id],
                "application_id": app_id,
                "round": 1,
                "scheduled_at": now + timedelta(days=rng.randint(3, 30)),
                "kind": "video",
                "interviewers": "",
                "notes": "",
            }
            for app_id in ids[::10]
        ]
        conn.execute(insert(Interview), interviews)
        count = conn.exec_driver_sql("select count(*) from applications").scalar_one()
        assert count == N_APPS, count


@contextmanager
def _captured(engine: Engine) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def listen(_c: Any, _cur: Any, statement: str, params: Any, _ctx: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, params))

    event.listen(engine, "before_cursor_execute", listen)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", listen)


def _uses_index(engine: Engine, statement: str, params: Any) -> bool:
    """True when the plan reads applications and interviews through indexes, never a full scan."""
    prefix = "EXPLAIN QUERY PLAN " if engine.dialect.name == "sqlite" else "EXPLAIN "
    with engine.connect() as conn:
        plan = "\n".join(str(r) for r in conn.exec_driver_sql(prefix + statement, params).all())
    upper = plan.upper()
    full_scans = ("SEQ SCAN ON APPLICATIONS", "SEQ SCAN ON INTERVIEWS")
    sqlite_scans = (
        "SCAN APPLICATIONS'",
        "SCAN INTERVIEWS'",
        "SCAN APPLICATIONS)",
        "SCAN INTERVIEWS)",
    )
    return "INDEX" in upper and not any(s in upper for s in (*full_scans, *sqlite_scans))


def _nothing_due_run(engine: Engine, settings: Settings, now: datetime) -> tuple[float, bool, int]:
    senders = Senders(email=None, sms=None, console=senders_from_settings(settings).console)
    notifier = Notifier(engine, settings, senders, out=io.StringIO())
    notifier.run(now)  # warm up the connection and caches
    with _captured(engine) as seen:
        start = time.perf_counter()
        report = notifier.run(now)
        seconds = time.perf_counter() - start
    reads = [(s, p) for s, p in seen if "applications" in s or "interviews" in s]
    indexed = bool(reads) and all(_uses_index(engine, s, p) for s, p in reads)
    return seconds, indexed, report.sent


def bench_nothing_due() -> list[Row]:
    now = clock.now()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'notify.db'}"
        engine = make_engine(url)
        migrate(engine)
        seed_nothing_due(engine, now)
        settings = Settings(DATABASE_URL=url, DATA_DIR=Path(tmp), _env_file=None)
        seconds, indexed, sent = _nothing_due_run(engine, settings, now)
        engine.dispose()
    rows.append(
        (
            "notify run, 10,000 users / 100,000 apps, nothing due (SQLite)",
            seconds,
            "s",
            "< 5",
            seconds < 5 and sent == 0,
        )
    )
    rows.append(
        (
            "notify due-item queries use an index (SQLite plan)",
            float(indexed),
            "yes=1",
            "1",
            indexed,
        )
    )
    rows.extend(_postgres_rows(now))
    return rows


def _postgres_rows(now: datetime) -> list[Row]:
    with scratch_postgres("bench_notify") as url:
        if url is None:
            return []  # no Postgres here: the SQLite rows stand alone
        engine = make_engine(url)
        seed_nothing_due(engine, now)
        with engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(DATABASE_URL=url, DATA_DIR=Path(tmp), _env_file=None)
            seconds, indexed, sent = _nothing_due_run(engine, settings, now)
        engine.dispose()
    return [
        (
            "notify run, 10,000 users / 100,000 apps, nothing due (Postgres)",
            seconds,
            "s",
            "< 5",
            seconds < 5 and sent == 0,
        ),
        (
            "notify due-item queries use an index (Postgres EXPLAIN)",
            float(indexed),
            "yes=1",
            "1",
            indexed,
        ),
    ]


def bench_thousand_emails() -> list[Row]:
    """The SMTP server runs in its own process (aiosmtpd's Mailbox handler writing a maildir),
    so the count of delivered messages is what the server stored."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    box = Path(tempfile.mkdtemp(prefix="bench-maildir-"))
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "aiosmtpd",
            "-n",
            "-l",
            f"127.0.0.1:{port}",
            "-c",
            "aiosmtpd.handlers.Mailbox",
            str(box / "mail"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _wait_for_port(port)
    now = clock.now()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            url = f"sqlite:///{Path(tmp) / 'emails.db'}"
            engine = make_engine(url)
            migrate(engine)
            users = _users(N_EMAILS, start=500_000)
            apps = [
                {
                    "user_id": u["id"],
                    "company": f"Company {i}",
                    "position": "Engineer",
                    "status": "applied",
                    "deadline": now.date(),  # due today: the morning reminder
                    "priority": 3,
                    "notes": "",
                    "job_description": "",
                    "is_sample": False,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
                for i, u in enumerate(users)
            ]
            with engine.begin() as conn:
                conn.execute(insert(User), users)
                conn.execute(insert(Application), apps)
            settings = Settings(
                DATABASE_URL=url,
                DATA_DIR=Path(tmp),
                SMTP_HOST="127.0.0.1",
                SMTP_PORT=port,
                SMTP_STARTTLS=False,
                _env_file=None,
            )
            senders = senders_from_settings(settings)
            when = _after_morning(now)
            start = time.perf_counter()
            report = Notifier(engine, settings, senders, out=io.StringIO()).run(when)
            seconds = time.perf_counter() - start
            senders.close()
            engine.dispose()
        received = len(list((box / "mail" / "new").iterdir()))
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(box, ignore_errors=True)
    ok = seconds < 30 and report.sent == N_EMAILS and received == N_EMAILS
    return [(f"notify: {N_EMAILS:,} due emails to a local SMTP server", seconds, "s", "< 30", ok)]


def _wait_for_port(port: int) -> None:
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("the local SMTP server did not start")


def _after_morning(now: datetime) -> datetime:
    """A moment on `now`'s UTC day after 08:00 in every seeded zone (New York: 13:00 UTC)."""
    return now.replace(hour=14, minute=0, second=0, microsecond=0)


BENCHES: list[Callable[[], list[Row]]] = [bench_nothing_due, bench_thousand_emails]


def main() -> int:
    from scripts.bench import render

    rows = [row for bench in BENCHES for row in bench()]
    print(render(rows))
    return 0 if all(r[4] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
