"""Keep the index in step with resume and application rows, and rebuild it from the database."""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from sqlalchemy import Engine
from sqlmodel import Session

from tracker_core import repositories as repo
from tracker_core.db import system_session, user_session
from tracker_core.models import Application, Resume
from tracker_core.vectors.chunking import chunk_document
from tracker_core.vectors.errors import REBUILD_HINT, VectorStoreUnavailable
from tracker_core.vectors.index import Embedder, IndexPoint, Kind, Space, VectorIndex
from tracker_core.vectors.qdrant import point_id

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Document:
    """Text of one resume or application, ready to chunk."""

    owner_id: int
    text: str


def resume_document(resume: Resume) -> Document:
    """What is indexed for a resume: its extracted text."""
    if resume.id is None:
        raise ValueError("Save the resume before indexing it")
    return Document(resume.id, resume.text)


def application_document(app: Application) -> Document:
    """What is indexed for an application: its title line and job description."""
    if app.id is None:
        raise ValueError("Save the application before indexing it")
    return Document(app.id, f"{app.position} at {app.company}\n\n{app.job_description}")


def embed(embedder: Embedder, texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """Embed texts; a model that fails or returns the wrong shape raises VectorStoreUnavailable."""
    try:
        vectors = embedder.embed(texts)
    except Exception as exc:  # any model failure means the same thing to the user
        raise VectorStoreUnavailable(
            f"The embedding model '{embedder.name}' could not run ({exc}). Reinstall the app's "
            f"requirements, then run `{REBUILD_HINT}`."
        ) from exc
    if vectors.shape != (len(texts), embedder.dim):
        raise VectorStoreUnavailable(
            f"The embedding model '{embedder.name}' returned vectors of shape {vectors.shape}, "
            f"expected ({len(texts)}, {embedder.dim})."
        )
    return vectors


def _points(
    embedder: Embedder, user_id: str, kind: Kind, docs: Sequence[Document]
) -> list[IndexPoint]:
    """Chunk and embed documents in one batch."""
    pairs = [(d, c) for d in docs for c in chunk_document(d.text)]
    if not pairs:
        return []
    vectors = embed(embedder, [c.text for _, c in pairs])
    counts = Counter(d.owner_id for d, _ in pairs)
    return [
        IndexPoint(
            id=point_id(user_id, kind, d.owner_id, c.index),
            vector=[float(x) for x in v],
            owner_id=d.owner_id,
            chunk=c.index,
            section=c.section,
            text=c.text,
            of=counts[d.owner_id],
        )
        for (d, c), v in zip(pairs, vectors, strict=True)
    ]


def index_documents(
    index: VectorIndex, embedder: Embedder, user_id: str, kind: Kind, docs: Sequence[Document]
) -> int:
    """Replace the points of these documents; returns how many points were stored."""
    space = Space.of(embedder)
    for d in docs:
        index.delete_owner(space, user_id, kind, d.owner_id)
    points = _points(embedder, user_id, kind, docs)
    index.upsert(space, user_id, kind, points)
    return len(points)


def index_resume(index: VectorIndex, embedder: Embedder, user_id: str, resume: Resume) -> int:
    """Index (or re-index) one resume, section by section."""
    return index_documents(index, embedder, user_id, "resume", [resume_document(resume)])


def remove_resume(index: VectorIndex, embedder: Embedder, user_id: str, resume_id: int) -> None:
    """Delete a resume's points."""
    index.delete_owner(Space.of(embedder), user_id, "resume", resume_id)


def index_application(
    index: VectorIndex, embedder: Embedder, user_id: str, app: Application
) -> int:
    """Index (or re-index) one application's job description; a deleted one is removed."""
    if app.deleted_at is not None and app.id is not None:
        remove_application(index, embedder, user_id, app.id)
        return 0
    return index_documents(index, embedder, user_id, "job", [application_document(app)])


def index_applications(
    index: VectorIndex, embedder: Embedder, user_id: str, apps: Sequence[Application]
) -> int:
    """Index many new or changed applications in one embedding batch (trashed ones skipped)."""
    docs = [application_document(a) for a in apps if a.deleted_at is None]
    return index_documents(index, embedder, user_id, "job", docs) if docs else 0


def remove_application(
    index: VectorIndex, embedder: Embedder, user_id: str, application_id: int
) -> None:
    """Delete an application's points."""
    index.delete_owner(Space.of(embedder), user_id, "job", application_id)


# --- rebuild -------------------------------------------------------------------------------


@dataclass
class RebuildReport:
    """What a rebuild did."""

    users: int = 0
    resumes: int = 0
    applications: int = 0
    points: int = 0
    seconds: float = 0.0

    def add(self, other: RebuildReport) -> None:
        self.users += other.users
        self.resumes += other.resumes
        self.applications += other.applications
        self.points += other.points

    def summary(self) -> str:
        return (
            f"Rebuilt {self.users} user(s): {self.resumes} resume(s), "
            f"{self.applications} application(s), {self.points} point(s) "
            f"in {self.seconds:.1f} s"
        )


def user_resumes(session: Session, user_id: str) -> list[Resume]:
    """The user's resumes, oldest first."""
    return list(repo.list_resumes(session=session, user_id=user_id))


def user_applications(session: Session, user_id: str) -> list[Application]:
    """The user's applications that are not deleted, archived ones included."""
    return list(repo.list_undeleted_applications(session=session, user_id=user_id))


def rebuild_user(
    session: Session, index: VectorIndex, embedder: Embedder, user_id: str
) -> RebuildReport:
    """Drop the user's points and index every resume and application again."""
    started = time.perf_counter()
    index.drop_user(Space.of(embedder), user_id)
    resumes = [resume_document(r) for r in user_resumes(session, user_id)]
    apps = [application_document(a) for a in user_applications(session, user_id)]
    points = index_documents(index, embedder, user_id, "resume", resumes)
    points += index_documents(index, embedder, user_id, "job", apps)
    index.clear_stale(user_id)
    return RebuildReport(1, len(resumes), len(apps), points, time.perf_counter() - started)


def find_user_id(engine: Engine, email_or_id: str) -> str | None:
    """The id of the user with this email or id."""
    with system_session(engine) as session:
        return repo.find_user_id(session=session, email_or_id=email_or_id)


def rebuild(
    engine: Engine, index: VectorIndex, embedder: Embedder, user_id: str | None = None
) -> RebuildReport:
    """Rebuild one user's points, or every user's from a clean slate; safe to run twice."""
    started = time.perf_counter()
    if user_id is None:
        index.reset(Space.of(embedder))
        index.clear_stale()
        with system_session(engine) as session:
            user_ids = repo.list_user_ids(session=session)
    else:
        user_ids = [user_id]
    report = RebuildReport()
    for uid in user_ids:
        with user_session(engine, uid) as session:
            report.add(rebuild_user(session, index, embedder, uid))
    report.seconds = time.perf_counter() - started
    return report
