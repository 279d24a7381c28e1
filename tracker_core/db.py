"""Engines, sessions and user-scoped units of work (RLS claims on Postgres)."""

from __future__ import annotations

import fcntl
import json
import logging
import os
import queue
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import portalocker
from sqlalchemy import Engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, create_engine

from tracker_core.config import make_private_dir
from tracker_core.errors import Unavailable

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
log = logging.getLogger(__name__)
_UNREACHABLE = (
    "The database is not reachable. Check that it is running and that DATABASE_URL "
    "is right, then reload the page."
)


class DatabaseUnavailable(Unavailable):
    """The database cannot be reached; the message says what to check."""


def make_engine(url: str) -> Engine:
    """An engine for SQLite (threads allowed, foreign keys on) or Postgres (psycopg 3)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        in_memory = database in ("", ":memory:")
        if not in_memory:
            try:
                _private_file(Path(database))
            except OSError as exc:
                folder = Path(database).parent
                raise DatabaseUnavailable(
                    f"The database folder {folder} cannot be created ({exc.strerror}). "
                    "Check DATABASE_URL."
                ) from None
        kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False}}
        if in_memory:
            kwargs["poolclass"] = StaticPool
        else:
            kwargs.update(pool_size=20, max_overflow=20)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        if not in_memory:
            _WriterTurns(Path(database)).install(engine)
        return engine
    connect_args: dict[str, Any] = {"connect_timeout": 5}
    if parsed.port == 6543:
        # Supabase's transaction pooler cannot keep prepared statements (supabase#18772).
        connect_args["prepare_threshold"] = None
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def _private_file(path: Path) -> None:
    """The database's folder (0700) and file (0600), made before SQLite makes them 0755/0644.

    SQLite gives its -wal and -shm files the database file's mode, so they stay private too.
    """
    make_private_dir(path.parent)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    # In WAL mode NORMAL syncs at checkpoints, not at every commit: a crash of the app loses
    # nothing and the file stays consistent; a power cut may undo the last commits. With FULL
    # each commit waited for an fsync while holding SQLite's one write lock, so 20 concurrent
    # status moves queued behind each other's disk flushes.
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


class _FileTurn:
    """The writers' turn across processes: an flock on a file beside the database.

    A process whose write finds another process's transaction open waits in the kernel, which
    wakes it the moment the turn is given back, instead of in SQLite's busy handler, which
    sleeps 1, 2, 5 ... 100 ms between tries while the other process's queued writers hand the
    lock on to each other without a gap (two API workers: one write in a hundred waited over
    100 ms, some 230 ms). The blocking flock runs in a thread of its own, so a writer can stop
    waiting after `wait` seconds and leave it to SQLite, as the process lock does; a turn that
    arrives for a writer who stopped waiting is given straight back.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._pid = 0
        self._requests: queue.SimpleQueue[_TurnRequest] = queue.SimpleQueue()
        self._pending = 0  # requests the waiter thread has not finished with
        self._guard = threading.Lock()

    def _file(self) -> int:
        if self._fd is None or self._pid != os.getpid():  # a forked child opens its own
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            self._pid = os.getpid()
            self._requests, self._pending = queue.SimpleQueue(), 0
            threading.Thread(target=self._waiter, name="sqlite-turn", daemon=True).start()
        return self._fd

    def acquire(self, wait: float) -> bool:
        fd = self._file()
        request = _TurnRequest()
        with self._guard:
            # Not while the waiter has a request: it may hold the flock for a writer who gave
            # up, and a second flock on the same file would succeed and then be let go by it.
            if self._pending == 0:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    return True
                except BlockingIOError:
                    pass
            self._pending += 1
            self._requests.put(request)
        if request.granted.wait(wait):
            return True
        with self._guard:
            request.abandoned = not request.granted.is_set()
            return not request.abandoned

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)

    def _waiter(self) -> None:
        fd, requests = self._fd, self._requests
        assert fd is not None
        while True:
            request = requests.get()
            fcntl.flock(fd, fcntl.LOCK_EX)
            with self._guard:
                self._pending -= 1
                if request.abandoned:
                    fcntl.flock(fd, fcntl.LOCK_UN)
                else:
                    request.granted.set()


class _TurnRequest:
    def __init__(self) -> None:
        self.granted = threading.Event()
        self.abandoned = False


class _WriterTurns:
    """One writing transaction at a time per database file, queued in this process and across.

    SQLite has one write lock per file. Threads whose transactions want it at once each wait in
    SQLite's busy handler, which sleeps 1, 2, 5 ... up to 100 ms between tries, so under 20
    concurrent status moves a write waited far longer than the writes before it took. Here a
    connection takes its turn at its first write (pysqlite begins the transaction there): first
    on a process lock, so the threads of one process queue without sleeping, then on the file
    turn shared with the other processes (`_FileTurn`); it gives both back at commit or
    rollback. A turn not granted in `wait` seconds (a thread writing through two connections at
    once, a process holding a transaction open) goes ahead and leaves the wait to SQLite.
    """

    def __init__(self, database: Path, wait: float = 5.0) -> None:
        self.lock = threading.Lock()
        self.file = _FileTurn(database.with_name(database.name + ".write-turn"))
        self.wait = wait

    def install(self, engine: Engine) -> None:
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "commit", self._release)
        event.listen(engine, "rollback", self._release)
        event.listen(engine.pool, "reset", self._on_reset)
        event.listen(engine.pool, "checkin", self._on_checkin)

    def _before(self, conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "writer_turn" in conn.info or not statement.lstrip()[:7].upper().startswith(_WRITES):
            return
        started = time.monotonic()
        if not self.lock.acquire(timeout=self.wait):
            conn.info["writer_turn"] = 0
            return
        left = max(0.0, self.wait - (time.monotonic() - started))
        conn.info["writer_turn"] = 2 if self.file.acquire(left) else 1

    def _on_reset(self, dbapi_connection: Any, connection_record: Any, reset_state: Any) -> None:
        self._give_back(connection_record.info)

    def _on_checkin(self, dbapi_connection: Any, connection_record: Any) -> None:
        self._give_back(connection_record.info)

    def _release(self, conn: Any) -> None:
        self._give_back(conn.info)

    def _give_back(self, info: dict[str, Any]) -> None:
        held = info.pop("writer_turn", 0)
        if held == 2:
            self.file.release()
        if held:
            self.lock.release()


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


class MigrationFailed(Unavailable):
    """The database answers, but bringing its tables up to date failed (details in the log)."""


# Any fixed number: the advisory lock every process migrating one Postgres database takes.
_MIGRATION_LOCK = 7_351_203_991_024_117
MIGRATION_WAIT_SECONDS = 300.0


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision, one process at a time.

    `make run` and `make api` may migrate one fresh database at once: on Postgres the
    migration runs under a transaction-scoped advisory lock, on a SQLite file under a lock on
    a file beside it, so the second process waits, then finds the schema up to date. Raises
    DatabaseUnavailable when the database does not answer and MigrationFailed when it
    answers but the migration fails (logged with the cause).
    """
    path = _sqlite_file(engine)
    if path is None:
        _migrate(engine)
        return
    lock = portalocker.Lock(f"{path}.migrate-lock", timeout=MIGRATION_WAIT_SECONDS)
    try:
        lock.acquire()
    except portalocker.LockException as exc:
        raise MigrationFailed(
            f"Migrating the database failed: another process has held {path}.migrate-lock "
            f"for {MIGRATION_WAIT_SECONDS:.0f} s. Stop it, or delete the lock file if none runs."
        ) from exc
    try:
        _migrate(engine)
    finally:
        lock.release()


def _sqlite_file(engine: Engine) -> str | None:
    database = engine.url.database or ""
    if engine.dialect.name != "sqlite" or database in ("", ":memory:"):
        return None
    return database


def _migrate(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        conn = engine.connect()
    except OperationalError as exc:
        raise DatabaseUnavailable(_UNREACHABLE) from exc
    try:
        with conn, conn.begin():
            if is_postgres(engine):
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except Exception as exc:
        log.error("Migrating the database failed", exc_info=exc)
        raise MigrationFailed(
            "Migrating the database (Alembic, to the newest revision) failed, so the app "
            "cannot start; the database itself answers. The cause is in the log; on Postgres "
            "nothing was changed."
        ) from exc


def check_connection(engine: Engine) -> None:
    """Raise DatabaseUnavailable with a readable message when the database does not answer."""
    try:
        with engine.connect() as conn:
            conn.execute(text("select 1"))
    except OperationalError as exc:
        raise DatabaseUnavailable(_UNREACHABLE) from exc


@contextmanager
def user_session(engine: Engine, user_id: str) -> Iterator[Session]:
    """A session whose every transaction runs as this user.

    On Postgres each transaction switches to the `authenticated` role and sets
    `request.jwt.claims`, exactly as Supabase does, so row-level security applies to
    everything the session reads or writes, including refreshes after a commit.
    """
    with Session(engine, expire_on_commit=False) as session:
        if is_postgres(engine):
            claims = json.dumps({"sub": user_id, "role": "authenticated"})

            @event.listens_for(session, "after_begin")
            def _as_user(_session: Session, _tx: Any, connection: Any) -> None:
                connection.execute(text("SET LOCAL ROLE authenticated"))
                connection.execute(
                    text("SELECT set_config('request.jwt.claims', :claims, true)"),
                    {"claims": claims},
                )

        session.info["user_id"] = user_id
        yield session


@contextmanager
def system_session(engine: Engine) -> Iterator[Session]:
    """A session with the app's own rights, for sign-in lookups and the notify script."""
    with Session(engine, expire_on_commit=False) as session:
        yield session
