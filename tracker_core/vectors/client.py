"""Build the QdrantIndex of this process from Settings (local folder or server).

Its "needs rebuild" marks live in the database the engine points at, so replicas share them.
The UI wiring (components/runtime.py) and the command line use this; services never do: they are
given a write-through (vectors.writethrough.WriteThrough) as an argument.
"""

from __future__ import annotations

import threading
from pathlib import Path

from qdrant_client import QdrantClient
from sqlalchemy import Engine

from tracker_core.config import Settings
from tracker_core.vectors.errors import VectorStoreUnavailable
from tracker_core.vectors.qdrant import QdrantIndex
from tracker_core.vectors.stale import DatabaseStaleMarks, StaleMarks

SERVER_TIMEOUT_S = 5

_lock = threading.Lock()
_cached: QdrantIndex | None = None


def local_path(settings: Settings) -> Path:
    """Where local mode keeps its folder."""
    return settings.QDRANT_PATH or settings.DATA_DIR / "qdrant"


def stale_marks(engine: Engine) -> DatabaseStaleMarks:
    """The table that remembers users whose points missed a change."""
    return DatabaseStaleMarks(engine)


def open_index(settings: Settings, engine: Engine) -> QdrantIndex:
    """A new QdrantIndex; local mode locks its folder, so call this once per process."""
    stale = stale_marks(engine)
    if settings.QDRANT_URL or settings.QDRANT_HOST:
        return _open_server(settings, stale)
    path = local_path(settings)
    try:
        path.mkdir(parents=True, exist_ok=True)
        client = QdrantClient(path=str(path), force_disable_check_same_thread=True)
    except (RuntimeError, OSError) as exc:
        raise VectorStoreUnavailable(
            f"The local similarity index in {path} is in use by another program (another copy "
            "of the app, or a rebuild that is still running) or cannot be opened. Close that "
            "program and reload the page, or set QDRANT_URL to share a Qdrant server."
        ) from exc
    return QdrantIndex(client, shared=False, where=str(path), stale=stale)


def _open_server(settings: Settings, stale: StaleMarks) -> QdrantIndex:
    key = settings.QDRANT_API_KEY.get_secret_value() if settings.QDRANT_API_KEY else None
    if settings.QDRANT_URL:
        client = QdrantClient(
            url=settings.QDRANT_URL,
            api_key=key,
            timeout=SERVER_TIMEOUT_S,
            check_compatibility=False,
        )
        where = settings.QDRANT_URL
    else:
        client = QdrantClient(
            host=settings.QDRANT_HOST,
            port=settings.QDRANT_PORT,
            api_key=key,
            timeout=SERVER_TIMEOUT_S,
            check_compatibility=False,
        )
        where = f"{settings.QDRANT_HOST}:{settings.QDRANT_PORT}"
    return QdrantIndex(client, shared=True, where=where, stale=stale)


def get_index(settings: Settings, engine: Engine) -> QdrantIndex:
    """The process-wide QdrantIndex, built on first use; a failure is retried next call.

    One per process because local mode locks its folder: every page and session shares it.
    """
    global _cached
    with _lock:
        if _cached is None:
            _cached = open_index(settings, engine)
        return _cached


def close_index() -> None:
    """Close the cached index (releases the local folder lock)."""
    global _cached
    with _lock:
        if _cached is not None:
            _cached.client.close()
            _cached = None
