"""A SQLite file database under concurrent writers: threads and processes take turns, nothing
is locked out."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from tests.support.factories import make_user, new_application
from tracker_core.config import Settings
from tracker_core.db import _FileTurn, make_engine, migrate, user_session
from tracker_core.models import StatusChange
from tracker_core.services import applications as apps


@pytest.fixture
def file_engine(tmp_path: Path) -> Iterator[Engine]:
    eng = make_engine(f"sqlite:///{tmp_path / 'tracker.db'}")
    migrate(eng)
    yield eng
    eng.dispose()


def test_twenty_threads_moving_cards_at_once_all_land(
    file_engine: Engine, settings: Settings
) -> None:
    owner = make_user(file_engine, settings).id
    with user_session(file_engine, owner) as s:
        ids = [new_application(s, owner, f"Co {n}").id for n in range(20)]

    def moves(app_id: int | None) -> int:
        assert app_id is not None
        with user_session(file_engine, owner) as s:
            for status in ("applied", "screening", "interview", "applied", "screening"):
                apps.change_status(
                    session=s, user_id=owner, application_id=app_id, to_status=status
                )
        return app_id

    started = time.perf_counter()
    with ThreadPoolExecutor(20) as pool:
        done = list(pool.map(moves, ids))
    elapsed = time.perf_counter() - started
    assert sorted(done) == sorted(ids)  # no "database is locked" on the way
    with Session(file_engine) as s:
        changes = s.exec(select(func.count()).select_from(StatusChange)).one()
    assert changes == 20 * (1 + 5)  # each card's first status and its five moves
    assert elapsed < 30  # nobody sat out SQLite's 5 s busy timeout


def test_a_writer_that_gives_up_without_committing_hands_its_turn_on(
    file_engine: Engine, settings: Settings
) -> None:
    owner = make_user(file_engine, settings).id
    with user_session(file_engine, owner) as s:
        new_application(s, owner, "First")
        abandoned = Session(file_engine)
        abandoned.add(StatusChange(user_id=owner, application_id=1, to_status="applied"))
        abandoned.flush()  # holds the write turn and SQLite's write lock
        abandoned.close()  # rolled back, never committed

    finished = threading.Event()

    def write() -> None:
        with user_session(file_engine, owner) as s:
            new_application(s, owner, "Second")
        finished.set()

    worker = threading.Thread(target=write)
    worker.start()
    assert finished.wait(3), "the next writer waited on a turn nobody holds"
    worker.join()


_HOLD = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
time.sleep(float(sys.argv[2]))
fcntl.flock(fd, fcntl.LOCK_UN)
time.sleep(30)
"""


@pytest.fixture
def other_process_turn(tmp_path: Path) -> Iterator[Callable[[float], None]]:
    """Start a process that takes the file turn, holds it for some seconds, then gives it back."""
    procs: list[subprocess.Popen[str]] = []

    def hold(seconds: float) -> None:
        proc = subprocess.Popen(
            [sys.executable, "-c", _HOLD, str(tmp_path / "turn"), str(seconds)],
            stdout=subprocess.PIPE,
            text=True,
        )
        procs.append(proc)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"

    yield hold
    for proc in procs:
        proc.kill()
        proc.wait()


def test_a_writer_gets_the_turn_when_another_process_gives_it_back(
    tmp_path: Path, other_process_turn: Callable[[float], None]
) -> None:
    turn = _FileTurn(tmp_path / "turn")
    other_process_turn(0.5)
    started = time.monotonic()
    assert turn.acquire(wait=10)
    assert 0.4 < time.monotonic() - started < 5  # waited for the other process, not for 10 s
    turn.release()


def test_a_writer_that_stops_waiting_leaves_no_turn_taken(
    tmp_path: Path, other_process_turn: Callable[[float], None]
) -> None:
    """The turn that arrives after a writer gave up is handed straight back, so the next
    writer of this process still gets it (nobody waits on a turn no one holds)."""
    turn = _FileTurn(tmp_path / "turn")
    other_process_turn(1.0)
    assert not turn.acquire(wait=0.2)  # gave up: SQLite's own wait takes over
    time.sleep(1.5)  # the other process gave the turn back; the waiter took it for no one
    started = time.monotonic()
    assert turn.acquire(wait=10)
    assert time.monotonic() - started < 5
    turn.release()


_MOVER = """
import sys
from concurrent.futures import ThreadPoolExecutor
from tracker_core.db import make_engine, user_session
from tracker_core.services import applications as apps
engine = make_engine(sys.argv[1])
owner, ids = sys.argv[2], [int(i) for i in sys.argv[3].split(",")]
def moves(app_id):
    with user_session(engine, owner) as s:
        for status in ("applied", "screening", "interview", "applied", "screening"):
            apps.change_status(session=s, user_id=owner, application_id=app_id, to_status=status)
with ThreadPoolExecutor(len(ids)) as pool:
    list(pool.map(moves, ids))
print("done")
"""


def test_two_processes_moving_cards_at_once_all_land(
    file_engine: Engine, settings: Settings, tmp_path: Path
) -> None:
    """Two API workers on one SQLite file: each process's writers queue for the file turn."""
    owner = make_user(file_engine, settings).id
    with user_session(file_engine, owner) as s:
        ids = [new_application(s, owner, f"Co {n}").id for n in range(16)]
    url = str(file_engine.url)
    halves = [ids[:8], ids[8:]]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _MOVER, url, owner, ",".join(map(str, half))],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parents[2],
        )
        for half in halves
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0 and out.strip() == "done", err[-2000:]
    with Session(file_engine) as s:
        changes = s.exec(select(func.count()).select_from(StatusChange)).one()
    assert changes == 16 * (1 + 5)  # no "database is locked" in either process
