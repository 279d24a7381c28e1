"""Whole runs of `python -m tracker_core.notify` in their own processes: two at once send
nothing twice (SQLite and Postgres), and a run killed between claim and send leaves a row
that says so (an email is retried once, a text never)."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from tests.support import NOW, ROOT, make_user
from tests.support.notify import SmsServer, SmtpServer, add_app, wait_for
from tracker_core.clock import FixedClock
from tracker_core.config import Settings
from tracker_core.db import make_engine, migrate, system_session, user_session
from tracker_core.models import NotificationLog
from tracker_core.services import notifications as notif
from tracker_core.services.notifications import Notifier, PreferencesIn, senders_from_settings

DEADLINE = date(2026, 11, 26)  # two days after NOW: the lead reminder is due


def _notify(url: str, data_dir: Path, smtp: SmtpServer, *args: str) -> subprocess.Popen[str]:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": url,
        "DATA_DIR": str(data_dir),
        "APP_URL": "https://tracker.example.com",
        **smtp.env(),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "tracker_core.notify", "--now", NOW.isoformat(), *args],
        env=env,
        cwd=data_dir.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _log(engine: Engine, user_ids: list[str]) -> list[NotificationLog]:
    with system_session(engine) as session:
        return list(
            session.exec(
                select(NotificationLog).where(col(NotificationLog.user_id).in_(user_ids))
            ).all()
        )


def _two_runs_at_once(engine: Engine, url: str, tmp_path: Path) -> None:
    settings = Settings(DATABASE_URL=url, DATA_DIR=tmp_path / "data", _env_file=None)
    users = [make_user(engine, settings) for _ in range(25)]
    for user in users:
        add_app(engine, user.id, deadline=DEADLINE)
    with SmtpServer() as smtp:
        runs = [_notify(url, tmp_path / "data", smtp) for _ in range(2)]
        outputs = [run.communicate(timeout=120) for run in runs]
        assert [run.returncode for run in runs] == [0, 0], outputs
        mine = {u.email for u in users}
        received = [to for _, tos in smtp.handler.envelopes for to in tos if to in mine]
    assert sorted(received) == sorted(mine)  # every user once, nobody twice
    rows = _log(engine, [u.id for u in users])
    assert len(rows) == 25 and {r.status for r in rows} == {"sent"}
    assert sum("sent " in out for out, _ in outputs) == 2


def test_two_runs_at_once_send_nothing_twice_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'two.db'}"
    engine = make_engine(url)
    migrate(engine)
    _two_runs_at_once(engine, url, tmp_path)
    engine.dispose()


@pytest.mark.postgres
def test_two_runs_at_once_send_nothing_twice_on_postgres(
    pg_engine: Engine, pg_url: str, tmp_path: Path
) -> None:
    _two_runs_at_once(pg_engine, pg_url, tmp_path)


def test_a_run_killed_between_claim_and_send_leaves_a_claimed_row_and_email_is_retried_once(
    tmp_path: Path, clock: FixedClock
) -> None:
    url = f"sqlite:///{tmp_path / 'killed.db'}"
    engine = make_engine(url)
    migrate(engine)
    settings = Settings(DATABASE_URL=url, DATA_DIR=tmp_path / "data", _env_file=None)
    user = make_user(engine, settings, "ada@example.com")
    add_app(engine, user.id, deadline=DEADLINE)
    with SmtpServer() as smtp:
        smtp.handler.stall = threading.Event()
        smtp.handler.stall.set()
        run = _notify(url, tmp_path / "data", smtp)
        wait_for(smtp.handler.reached_data.is_set)
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=30)
        smtp.handler.stall.clear()
        [row] = _log(engine, [user.id])
        assert (row.status, row.attempts) == ("claimed", 1)
        assert smtp.messages == []

        settings = smtp.settings(tmp_path / "data", DATABASE_URL=url)
        clock.advance(timedelta(minutes=5))  # too soon: the run might still be sending
        assert _run(engine, settings).sent == 0
        clock.advance(timedelta(minutes=10))
        assert _run(engine, settings).sent == 1
        assert [m["To"] for m in smtp.messages] == ["ada@example.com"]
        [row] = _log(engine, [user.id])
        assert (row.status, row.attempts) == ("sent", 2)
    engine.dispose()


def test_a_text_left_claimed_is_never_sent_again_and_says_so(
    engine: Engine, tmp_path: Path, clock: FixedClock
) -> None:
    with SmsServer() as sms:
        settings = Settings(
            DATABASE_URL="sqlite://",
            DATA_DIR=tmp_path / "data",
            SMS_API_URL=sms.url,
            SMS_API_KEY="AC1:token",
            SMS_FROM="+15550100000",
            _env_file=None,
        )
        user = make_user(engine, settings)
        add_app(engine, user.id, deadline=DEADLINE)
        with user_session(engine, user.id) as session:
            data = PreferencesIn(phone="+15551234567", kinds={"deadline": "sms"})  # type: ignore[dict-item]
            notif.save_preferences(session=session, user_id=user.id, data=data)
        senders = senders_from_settings(settings)
        notifier = Notifier(engine, settings, senders, out=io.StringIO())
        with system_session(engine) as session:
            [planned] = notif.plan(session, senders, NOW)
        assert notifier._claim(planned, NOW) is not None  # ... and the process dies here
        clock.advance(timedelta(minutes=20))
        report = notifier.run()
        senders.close()
        assert (report.sent, report.unknown) == (0, 1)
        assert sms.calls == []
        [row] = _log(engine, [user.id])
        assert row.status == "unknown"
        assert row.error == (
            "The notifier stopped while sending this text, so it may or may not have arrived; "
            "it is not sent again."
        )


def test_the_script_exits_non_zero_only_when_the_run_fails(tmp_path: Path) -> None:
    with SmtpServer() as smtp:
        bad = _notify(f"sqlite:///{tmp_path / 'never-migrated.db'}", tmp_path / "data", smtp)
        _, err = bad.communicate(timeout=60)
        assert bad.returncode == 1
        assert "python -m tracker_core.manage migrate" in err
    # a message that cannot be delivered is not a failed run
    url = f"sqlite:///{tmp_path / 'ok.db'}"
    engine = make_engine(url)
    migrate(engine)
    user = make_user(engine, Settings(DATABASE_URL=url, DATA_DIR=tmp_path / "data", _env_file=None))
    add_app(engine, user.id, deadline=DEADLINE)
    with SmtpServer() as smtp:
        smtp.handler.refuse_sender = True
        run = _notify(url, tmp_path / "data", smtp)
        out, _ = run.communicate(timeout=60)
    assert run.returncode == 0
    assert "failed 1" in out
    engine.dispose()


def _run(engine: Engine, settings: Settings) -> notif.RunReport:
    senders = senders_from_settings(settings)
    try:
        return Notifier(engine, settings, senders, out=io.StringIO()).run()
    finally:
        senders.close()


@pytest.mark.postgres
def test_unsubscribe_on_postgres_runs_as_the_user_under_row_level_security(
    pg_engine: Engine, tmp_path: Path
) -> None:
    settings = Settings(DATABASE_URL="sqlite://", DATA_DIR=tmp_path / "data", _env_file=None)
    user = make_user(pg_engine, settings)
    other = make_user(pg_engine, settings)
    token = notif.unsubscribe_link_token(settings, user.id, "interview")
    assert notif.unsubscribe(engine=pg_engine, settings=settings, token=token) is not None
    from tracker_core.models import NotificationPref

    with user_session(pg_engine, other.id) as session:  # RLS: the other user sees nothing
        assert session.exec(select(NotificationPref)).all() == []
    with user_session(pg_engine, user.id) as session:
        mine = session.exec(select(NotificationPref)).all()
    assert [(p.kind, p.enabled) for p in mine] == [("interview", False)]
