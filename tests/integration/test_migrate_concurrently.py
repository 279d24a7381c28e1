"""`make run` and `make api` migrating one fresh database at once: both start, neither fails.

Each process imports everything first, then both are released together, so their migrations
overlap as they do when the two make targets start side by side.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from tests.support.env import ROOT
from tracker_core.config import get_settings
from tracker_core.db import make_engine
from tracker_core.manage import main

RELEASED_TOGETHER = (
    "import sys\n"
    "from tracker_core.manage import main\n"
    "print('ready', flush=True)\n"
    "sys.stdin.readline()\n"
    "sys.exit(main(['migrate']))\n"
)


def _migrate_at_once(url: str, processes: int = 2) -> list[subprocess.CompletedProcess[str]]:
    env = {**os.environ, "DATABASE_URL": url, "PYTHONPATH": str(ROOT)}
    running = [
        subprocess.Popen(
            [sys.executable, "-c", RELEASED_TOGETHER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(processes)
    ]
    for proc in running:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    for proc in running:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    done = []
    for proc in running:
        out, err = proc.communicate(timeout=120)
        done.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return done


def _head(engine: Engine) -> str:
    with engine.connect() as conn:
        return str(conn.execute(text("select version_num from alembic_version")).scalar_one())


def _assert_all_up_to_date(results: list[subprocess.CompletedProcess[str]]) -> None:
    for result in results:
        assert result.returncode == 0, result.stderr
        assert "Database is up to date" in result.stdout
        assert "not reachable" not in result.stderr


def test_two_processes_migrate_one_fresh_sqlite_file_at_once(tmp_path: Path) -> None:
    db = tmp_path / "data" / "tracker.db"
    # Three, as a race between two is lost only about half the time without the lock.
    _assert_all_up_to_date(_migrate_at_once(f"sqlite:///{db}", processes=3))
    engine = make_engine(f"sqlite:///{db}")
    assert _head(engine) == "0014"
    assert "applications" in inspect(engine).get_table_names()
    engine.dispose()


@pytest.mark.postgres
def test_two_processes_migrate_one_fresh_postgres_database_at_once(fresh_pg_url: str) -> None:
    _assert_all_up_to_date(_migrate_at_once(fresh_pg_url))
    engine = make_engine(fresh_pg_url)
    assert _head(engine) == "0014"
    engine.dispose()


def test_a_failing_migration_says_migrating_failed_not_that_the_database_is_down(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A database a newer release migrated (a revision unknown here) answers, yet cannot be
    migrated: the operator reads that, not "not reachable"."""
    db = tmp_path / "t.db"
    engine = make_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        conn.execute(text("create table alembic_version (version_num varchar(32) primary key)"))
        conn.execute(text("insert into alembic_version values ('9999z')"))
    engine.dispose()
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{db}")
    get_settings.cache_clear()
    assert main(["migrate"]) == 2
    err = capsys.readouterr().err
    last = err.strip().splitlines()[-1]
    assert last.startswith("error: Migrating the database (Alembic, to the newest revision)")
    assert "not reachable" not in err
