"""The "needs a vector rebuild" marks live in the database: every replica sees them, per user."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from tests.support.factories import make_user
from tests.support.vectors import DATA_RESUME, memory_index
from tracker_core import repositories as repo
from tracker_core.config import Settings
from tracker_core.db import MIGRATIONS_DIR, make_engine, migrate, user_session
from tracker_core.models import Resume
from tracker_core.vectors.index import VectorIndex
from tracker_core.vectors.stale import DatabaseStaleMarks, MemoryStaleMarks
from tracker_core.vectors.writethrough import WriteThrough


@pytest.fixture
def replicas(tmp_path: Path) -> Iterator[tuple[Engine, Engine]]:
    """Two engines on one SQLite file, as two app processes would have."""
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    first, second = make_engine(url), make_engine(url)
    migrate(first)
    yield first, second
    first.dispose()
    second.dispose()


def _seen_by_both_replicas(first: Engine, second: Engine, settings: Settings) -> None:
    alice, bob = make_user(first, settings).id, make_user(first, settings).id
    one, two = DatabaseStaleMarks(first), DatabaseStaleMarks(second)
    assert alice not in two
    one.add(alice)
    one.add(alice)  # marking twice keeps one mark
    assert alice in two and bob not in two
    two.add(bob)
    two.discard(alice)
    assert alice not in one and bob in one
    one.discard()  # a rebuild of everyone forgets every mark
    assert bob not in two


def _users_keep_to_their_own_marks(engine: Engine, settings: Settings) -> None:
    alice, bob = make_user(engine, settings).id, make_user(engine, settings).id
    marks = DatabaseStaleMarks(engine)
    marks.add(bob)
    marks.add(alice)
    marks.discard(alice)  # Alice clearing her mark leaves Bob's
    assert bob in marks and alice not in marks


def test_a_mark_set_by_one_replica_is_seen_by_another_on_sqlite(
    replicas: tuple[Engine, Engine], settings: Settings
) -> None:
    _seen_by_both_replicas(*replicas, settings)


def test_clearing_ones_own_mark_leaves_others_on_sqlite(engine: Engine, settings: Settings) -> None:
    _users_keep_to_their_own_marks(engine, settings)


@pytest.mark.postgres
def test_a_mark_set_by_one_replica_is_seen_by_another_on_postgres(
    pg_url: str, settings: Settings
) -> None:
    first, second = make_engine(pg_url), make_engine(pg_url)
    try:
        _seen_by_both_replicas(first, second, settings)
    finally:
        first.dispose()
        second.dispose()


@pytest.mark.postgres
def test_clearing_ones_own_mark_leaves_others_on_postgres(
    pg_engine: Engine, settings: Settings
) -> None:
    _users_keep_to_their_own_marks(pg_engine, settings)


@pytest.mark.postgres
def test_alice_cannot_read_set_or_clear_bobs_mark_on_postgres(
    pg_engine: Engine, settings: Settings
) -> None:
    alice, bob = make_user(pg_engine, settings).id, make_user(pg_engine, settings).id
    DatabaseStaleMarks(pg_engine).add(bob)
    with user_session(pg_engine, alice) as s:
        # Through the repository, even with Bob's id in Alice's session:
        assert not repo.is_vectors_stale(session=s, user_id=bob)
        repo.clear_vectors_stale(session=s, user_id=bob)
        s.commit()
        # Through SQL, as role authenticated with Alice's claims:
        assert s.execute(text("select count(*) from vector_stale_marks")).scalar_one() == 0
        deleted = s.execute(text("delete from vector_stale_marks where user_id = :u"), {"u": bob})
        changed = s.execute(
            text("update vector_stale_marks set marked_at = now() where user_id = :u"), {"u": bob}
        )
        assert deleted.rowcount == 0 and changed.rowcount == 0
        s.commit()
    with user_session(pg_engine, alice) as s, pytest.raises(DBAPIError, match="row-level security"):
        s.execute(
            text("insert into vector_stale_marks (user_id, marked_at) values (:u, now())"),
            {"u": bob},
        )
    assert bob in DatabaseStaleMarks(pg_engine)
    with pg_engine.connect() as conn:
        secured = conn.execute(
            text("select relrowsecurity from pg_class where relname = 'vector_stale_marks'")
        ).scalar_one()
    assert secured


def test_an_index_that_cannot_open_marks_the_user_in_the_database(
    replicas: tuple[Engine, Engine], settings: Settings
) -> None:
    first, second = replicas
    user_id = make_user(first, settings).id

    def unavailable() -> VectorIndex:
        raise RuntimeError("the local folder is locked by another program")

    writes = WriteThrough(
        index=unavailable,
        embedder=lambda: pytest.fail("not needed"),
        stale=DatabaseStaleMarks(first),
    )
    writes.resume_saved(user_id, Resume(id=1, user_id=user_id, label="CV", text=DATA_RESUME))
    assert user_id in DatabaseStaleMarks(second)  # another replica's next search rebuilds


def test_the_in_memory_marks_keep_the_same_promises() -> None:
    marks = MemoryStaleMarks()
    marks.add("a")
    marks.add("b")
    marks.discard("a")
    assert "a" not in marks and "b" in marks
    marks.discard()
    assert "b" not in marks
    assert memory_index().is_stale("b") is False


def test_the_migration_goes_down_and_up_again_on_sqlite(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    migrate(engine)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    with engine.connect() as conn:
        tables = conn.execute(text("select name from sqlite_master where type = 'table'"))
        assert "vector_stale_marks" not in set(tables.scalars())
    migrate(engine)
    with engine.connect() as conn:
        assert conn.execute(text("select count(*) from vector_stale_marks")).scalar_one() == 0
    engine.dispose()
