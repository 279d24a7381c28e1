"""The VectorIndex interface, the Embedder it is fed by, and the plain data they exchange."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

import numpy as np
import numpy.typing as npt

from tracker_core.embeddings import Embedder as Embedder  # the one protocol, re-exported

Kind = Literal["resume", "job"]
KINDS: tuple[Kind, ...] = ("resume", "job")


@dataclass(frozen=True)
class Space:
    """One embedding model and dimension; each gets its own collection(s)."""

    model: str
    dim: int

    @classmethod
    def of(cls, embedder: Embedder) -> Space:
        return cls(model=embedder.name, dim=int(embedder.dim))


@dataclass(frozen=True)
class IndexPoint:
    """A vector to store for one chunk of a resume or job description."""

    id: str
    vector: list[float]
    owner_id: int
    chunk: int
    section: str
    text: str
    of: int = 1  # how many chunks its document has


@dataclass(frozen=True)
class Hit:
    """One stored chunk returned by a search, best first."""

    owner_id: int
    chunk: int
    section: str
    text: str
    score: float
    payload: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class StoredChunk:
    """One stored chunk with its vector, for scoring a document section by section."""

    owner_id: int
    chunk: int
    section: str
    text: str
    vector: npt.NDArray[np.float32]


class VectorIndex(Protocol):
    """Per-user vector storage; every method is scoped to one user and one kind."""

    def upsert(self, space: Space, user_id: str, kind: Kind, points: Sequence[IndexPoint]) -> None:
        """Store or replace points."""

    def delete_owner(self, space: Space, user_id: str, kind: Kind, owner_id: int) -> None:
        """Delete every point of one resume or application."""

    def search(
        self, space: Space, user_id: str, kind: Kind, vector: Sequence[float], limit: int
    ) -> list[Hit]:
        """The user's points of this kind nearest to vector, best first."""

    def chunks(
        self, space: Space, user_id: str, kind: Kind, owner_ids: Sequence[int]
    ) -> list[StoredChunk]:
        """Every stored chunk, with vectors, of these resumes or applications of the user."""

    def count(self, space: Space, user_id: str, kind: Kind) -> int:
        """How many points the user has of this kind."""

    def drop_user(self, space: Space, user_id: str) -> None:
        """Delete all of a user's points in this space."""

    def reset(self, space: Space) -> None:
        """Delete every collection of this space (repairs a wrong dimension)."""

    def mark_stale(self, user_id: str) -> None:
        """Remember that the user's points missed a change and need a rebuild."""

    def is_stale(self, user_id: str) -> bool:
        """Whether a rebuild of the user's points is pending."""

    def clear_stale(self, user_id: str | None = None) -> None:
        """Forget the pending rebuild of one user (or all)."""
