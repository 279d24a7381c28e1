"""Users whose points missed a change (Qdrant was down); a rebuild or the next search heals them.

The app keeps the marks in the database (`vector_stale_marks`), so every replica behind a load
balancer sees a mark another one set. The in-memory set is for a throwaway index (tests).
"""

from __future__ import annotations

import threading
from typing import Protocol

from sqlalchemy import Engine

from tracker_core import clock
from tracker_core import repositories as repo
from tracker_core.db import system_session, user_session


class StaleMarks(Protocol):
    """A set of user ids that need a rebuild."""

    def add(self, user_id: str) -> None:
        """Mark one user stale."""

    def __contains__(self, user_id: object) -> bool: ...

    def discard(self, user_id: str | None = None) -> None:
        """Unmark one user, or everyone."""


class MemoryStaleMarks:
    """Marks that live as long as this object: one process, nothing shared."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ids: set[str] = set()

    def add(self, user_id: str) -> None:
        with self._lock:
            self._ids.add(user_id)

    def __contains__(self, user_id: object) -> bool:
        return user_id in self._ids

    def discard(self, user_id: str | None = None) -> None:
        with self._lock:
            if user_id is None:
                self._ids.clear()
            else:
                self._ids.discard(user_id)


class DatabaseStaleMarks:
    """Marks in the `vector_stale_marks` table, each read and written as its own user."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def add(self, user_id: str) -> None:
        with user_session(self.engine, user_id) as session:
            repo.mark_vectors_stale(session=session, user_id=user_id, when=clock.now())
            session.commit()

    def __contains__(self, user_id: object) -> bool:
        if not isinstance(user_id, str):
            return False
        with user_session(self.engine, user_id) as session:
            return repo.is_vectors_stale(session=session, user_id=user_id)

    def discard(self, user_id: str | None = None) -> None:
        if user_id is None:
            with system_session(self.engine) as session:
                repo.clear_all_vectors_stale(session=session)
                session.commit()
            return
        with user_session(self.engine, user_id) as session:
            repo.clear_vectors_stale(session=session, user_id=user_id)
            session.commit()
