"""A SQLite file database under concurrent writers: threads take turns, nothing is locked out."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from tests.support.factories import make_user, new_application
from tracker_core.config import Settings
from tracker_core.db import make_engine, migrate, user_session
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
