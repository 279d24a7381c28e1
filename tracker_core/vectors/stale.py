"""Users whose points missed a change (Qdrant was down); a rebuild or the next search heals them."""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path

log = logging.getLogger(__name__)


class StaleMarks:
    """A set of user ids, kept in a small JSON file when a path is given."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._ids: set[str] = set()

    def _read(self) -> set[str]:
        if self.path is None:
            return set(self._ids)
        if not self.path.is_file():
            return set()
        try:
            return {str(x) for x in json.loads(self.path.read_text())}
        except (OSError, ValueError):
            log.warning("Unreadable %s; assuming no user is stale", self.path)
            return set()

    def _write(self, ids: set[str]) -> None:
        self._ids = ids
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(sorted(ids)))
            tmp.replace(self.path)

    def add(self, user_id: str) -> None:
        """Mark one user stale."""
        with self._lock:
            self._write(self._read() | {user_id})

    def __contains__(self, user_id: object) -> bool:
        return user_id in self._read()

    def discard(self, user_id: str | None = None) -> None:
        """Unmark one user, or everyone."""
        with self._lock:
            self._write(set() if user_id is None else self._read() - {user_id})
