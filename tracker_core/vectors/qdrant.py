"""QdrantIndex: the VectorIndex adapter over qdrant-client (local folder or server)."""

from __future__ import annotations

import functools
import hashlib
import logging
import re
import sqlite3
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import httpx
import numpy as np
import numpy.typing as npt
from qdrant_client import QdrantClient
from qdrant_client import models as qm
from qdrant_client.http.exceptions import ResponseHandlingException, UnexpectedResponse

from tracker_core.vectors.errors import REBUILD_HINT, VectorStoreUnavailable
from tracker_core.vectors.index import Hit, IndexPoint, Kind, Space, StoredChunk
from tracker_core.vectors.stale import MemoryStaleMarks, StaleMarks

log = logging.getLogger(__name__)

PREFIX = "tracker"
RETRIEVE_BATCH = 4096
MAX_CHUNKS = 64  # chunking never makes more, so a delete by id list covers every chunk
_POINT_NS = uuid.UUID("6f1c2b8e-3d4a-4c1e-9a57-0b7f3e2d9c41")
_TRANSPORT_ERRORS = (ResponseHandlingException, httpx.HTTPError, ConnectionError, TimeoutError)


@functools.lru_cache(maxsize=65_536)
def point_id(user_id: str, kind: Kind, owner_id: int, chunk: int) -> str:
    """A stable id, so re-indexing the same chunk replaces it."""
    return str(uuid.uuid5(_POINT_NS, f"{user_id}:{kind}:{owner_id}:{chunk}"))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "model"


def _user_key(user_id: str) -> str:
    return hashlib.sha256(user_id.encode()).hexdigest()[:20]


class QdrantIndex:
    """VectorIndex over one QdrantClient.

    Local mode (shared=False) keeps one collection per user, kind and model: qdrant-client's
    local mode filters payloads in Python, so a filtered search over a big shared collection
    is slow, while an unfiltered search over one user's collection is a single numpy product.
    A server (shared=True) keeps one collection per model with payload indexes on user_id and
    kind, and every search filters on both.
    """

    def __init__(
        self,
        client: QdrantClient,
        *,
        shared: bool,
        where: str,
        stale: StaleMarks | None = None,
    ) -> None:
        self.client = client
        self.shared = shared
        self.where = where
        self.stale: StaleMarks = stale if stale is not None else MemoryStaleMarks()
        self._ready: set[str] = set()
        self._lock = threading.RLock()

    # --- collection naming and creation ------------------------------------------------

    def collection_name(self, space: Space, user_id: str, kind: Kind) -> str:
        """The collection holding this user's points of this kind."""
        base = f"{PREFIX}_{_slug(space.model)}_{space.dim}"
        return base if self.shared else f"{base}_{kind}_{_user_key(user_id)}"

    def _space_prefix(self, space: Space) -> str:
        return f"{PREFIX}_{_slug(space.model)}_{space.dim}"

    def _check_dim(self, name: str, space: Space) -> None:
        params = self.client.get_collection(name).config.params.vectors
        size = getattr(params, "size", None)
        if size != space.dim:
            raise VectorStoreUnavailable(
                f"The similarity index '{name}' holds vectors of size {size}, but the model "
                f"'{space.model}' makes vectors of size {space.dim}. Run `{REBUILD_HINT}` to "
                "rebuild it from your saved resumes and applications."
            )

    def _ensure(self, name: str, space: Space, create: bool) -> bool:
        """Whether the collection exists (creating it if asked); checks its dimension once."""
        if name in self._ready:
            return True
        if not self.client.collection_exists(name):
            if not create:
                return False
            self._create(name, space)
        self._check_dim(name, space)
        if not self.shared:
            self._fast_local_writes(name)
        self._ready.add(name)
        return True

    def _fast_local_writes(self, name: str) -> None:
        """Let local mode's SQLite skip the fsync on each point it writes.

        qdrant-client commits every point on its own (16 ms each with fsync: a minute for
        1,000 job descriptions). WAL with synchronous=NORMAL survives an app crash; an OS crash
        may lose the last writes, which a rebuild restores since the database is the source.
        Reaches into qdrant-client's local internals, so it does nothing if they change.
        """
        local = getattr(self.client, "_client", None)
        collection = getattr(local, "collections", {}).get(name)
        conn = getattr(getattr(collection, "storage", None), "storage", None)
        if isinstance(conn, sqlite3.Connection):
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")

    def _create(self, name: str, space: Space) -> None:
        # Embedder rows are unit length, so dot product is the cosine. Local mode re-normalises
        # every stored vector on each cosine query (~10 ms per 10,000); dot product skips that.
        distance = qm.Distance.COSINE if self.shared else qm.Distance.DOT
        vectors = qm.VectorParams(size=space.dim, distance=distance)
        self.client.create_collection(name, vectors_config=vectors)
        if self.shared:
            tenant = qm.KeywordIndexParams(type=qm.KeywordIndexType.KEYWORD, is_tenant=True)
            self.client.create_payload_index(name, "user_id", field_schema=tenant)
            self.client.create_payload_index(
                name, "kind", field_schema=qm.PayloadSchemaType.KEYWORD
            )

    def _scope(self, user_id: str, kind: Kind | None = None) -> qm.Filter:
        must: list[qm.Condition] = [
            qm.FieldCondition(key="user_id", match=qm.MatchValue(value=user_id))
        ]
        if kind is not None:
            must.append(qm.FieldCondition(key="kind", match=qm.MatchValue(value=kind)))
        return qm.Filter(must=must)

    # --- VectorIndex --------------------------------------------------------------------

    def upsert(self, space: Space, user_id: str, kind: Kind, points: Sequence[IndexPoint]) -> None:
        """Store or replace points of one user and kind."""
        if not points:
            return
        name = self.collection_name(space, user_id, kind)
        structs = [
            qm.PointStruct(
                id=p.id,
                vector=p.vector,
                payload={
                    "user_id": user_id,
                    "kind": kind,
                    "owner_id": p.owner_id,
                    "chunk": p.chunk,
                    "section": p.section,
                    "text": p.text,
                    "chunks": p.of,
                },
            )
            for p in points
        ]
        with self._guard():
            self._ensure(name, space, create=True)
            self.client.upsert(name, points=structs, wait=True)

    def delete_owner(self, space: Space, user_id: str, kind: Kind, owner_id: int) -> None:
        """Delete every chunk of one resume or application."""
        name = self.collection_name(space, user_id, kind)
        ids: list[qm.ExtendedPointId] = [
            point_id(user_id, kind, owner_id, c) for c in range(MAX_CHUNKS)
        ]
        with self._guard():
            if self._ensure(name, space, create=False):
                self.client.delete(name, points_selector=qm.PointIdsList(points=ids), wait=True)

    def search(
        self, space: Space, user_id: str, kind: Kind, vector: Sequence[float], limit: int
    ) -> list[Hit]:
        """The user's chunks of this kind nearest to vector, best first."""
        name = self.collection_name(space, user_id, kind)
        with self._guard():
            if not self._ensure(name, space, create=False):
                return []
            # In local mode the collection is the user's own; the filter is only needed shared.
            flt = self._scope(user_id, kind) if self.shared else None
            res = self.client.query_points(
                name, query=self._query(vector), query_filter=flt, limit=limit, with_payload=True
            )
        return [_hit(p.payload or {}, p.score, user_id) for p in res.points]

    def chunks(
        self, space: Space, user_id: str, kind: Kind, owner_ids: Sequence[int]
    ) -> list[StoredChunk]:
        """Every stored chunk of these owners; ids derive from user_id, so only theirs exist."""
        name = self.collection_name(space, user_id, kind)
        with self._guard():
            if not self._ensure(name, space, create=False):
                return []
            # Chunk 0 says how many chunks its document has, so only existing ids are asked for.
            records = self._retrieve(name, [point_id(user_id, kind, o, 0) for o in owner_ids])
            rest = [
                point_id(user_id, kind, int(str((r.payload or {})["owner_id"])), c)
                for r in records
                for c in range(1, int(str((r.payload or {}).get("chunks", MAX_CHUNKS))))
            ]
            records += self._retrieve(name, rest)
        out = []
        for r in records:
            hit = _hit(r.payload or {}, 0.0, user_id)
            vector = np.asarray(r.vector, dtype=np.float32)
            out.append(StoredChunk(hit.owner_id, hit.chunk, hit.section, hit.text, vector))
        return out

    def _retrieve(self, name: str, ids: Sequence[str]) -> list[qm.Record]:
        out: list[qm.Record] = []
        for start in range(0, len(ids), RETRIEVE_BATCH):
            batch: list[qm.ExtendedPointId] = list(ids[start : start + RETRIEVE_BATCH])
            out += self.client.retrieve(name, batch, with_payload=True, with_vectors=True)
        return out

    def _query(self, vector: Sequence[float]) -> list[float] | npt.NDArray[np.float32]:
        """A float32 array for local mode: a list becomes float64 there, and numpy then
        upcasts every stored vector for the product (~10 ms per 10,000)."""
        if self.shared:
            return [float(x) for x in vector]
        return np.asarray(vector, dtype=np.float32)

    def count(self, space: Space, user_id: str, kind: Kind) -> int:
        """How many chunks the user has of this kind."""
        name = self.collection_name(space, user_id, kind)
        with self._guard():
            if not self._ensure(name, space, create=False):
                return 0
            flt = self._scope(user_id, kind) if self.shared else None
            return int(self.client.count(name, count_filter=flt, exact=True).count)

    def drop_user(self, space: Space, user_id: str) -> None:
        """Delete all of a user's points in this space."""
        with self._guard():
            if self.shared:
                name = self.collection_name(space, user_id, "job")
                if self._ensure(name, space, create=False):
                    selector = qm.FilterSelector(filter=self._scope(user_id))
                    self.client.delete(name, points_selector=selector, wait=True)
                return
            for kind in ("resume", "job"):
                name = self.collection_name(space, user_id, kind)
                self._ready.discard(name)
                if self.client.collection_exists(name):
                    self.client.delete_collection(name)

    def reset(self, space: Space) -> None:
        """Delete every collection of this space."""
        prefix = self._space_prefix(space)
        with self._guard():
            for c in self.client.get_collections().collections:
                if c.name == prefix or c.name.startswith(prefix + "_"):
                    self.client.delete_collection(c.name)
            self._ready.clear()

    # --- stale marks --------------------------------------------------------------------

    def mark_stale(self, user_id: str) -> None:
        """Remember that the user's points missed a change."""
        self.stale.add(user_id)

    def is_stale(self, user_id: str) -> bool:
        """Whether a rebuild of the user's points is pending."""
        return user_id in self.stale

    def clear_stale(self, user_id: str | None = None) -> None:
        """Forget the pending rebuild of one user, or of all."""
        self.stale.discard(user_id)

    # --- errors ---------------------------------------------------------------------------

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Serialise calls (local mode is not thread-safe) and turn failures into one error."""
        with self._lock:
            try:
                yield
            except VectorStoreUnavailable:
                raise
            except _TRANSPORT_ERRORS as exc:
                self._ready.clear()
                raise VectorStoreUnavailable(
                    f"Similarity search is unavailable: the Qdrant server at {self.where} "
                    "does not answer. Check that it is running and that QDRANT_URL (or "
                    "QDRANT_HOST) is right. Your applications and resumes are safe; once "
                    f"Qdrant is back, run `{REBUILD_HINT}`."
                ) from exc
            except UnexpectedResponse as exc:
                self._ready.clear()
                raise VectorStoreUnavailable(
                    f"The Qdrant server at {self.where} refused the request "
                    f"({exc.status_code} {exc.reason_phrase}). Check QDRANT_API_KEY, then run "
                    f"`{REBUILD_HINT}`."
                ) from exc
            except (RuntimeError, OSError) as exc:
                self._ready.clear()
                raise VectorStoreUnavailable(
                    f"The similarity index in {self.where} cannot be used ({exc}). "
                    f"Run `{REBUILD_HINT}` to rebuild it from your saved data."
                ) from exc


def _hit(payload: dict[str, object], score: float, user_id: str) -> Hit:
    if payload.get("user_id") != user_id:  # defence in depth: never hand out another's point
        raise VectorStoreUnavailable("The similarity index returned a foreign point; rebuild it.")
    return Hit(
        owner_id=int(str(payload["owner_id"])),
        chunk=int(str(payload["chunk"])),
        section=str(payload.get("section", "")),
        text=str(payload.get("text", "")),
        score=float(score),
        payload=dict(payload),
    )
