"""The three similarity questions the UI asks, answered for the logged-in user only."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from sqlmodel import Session

from tracker_core import repositories as repo
from tracker_core.models import CLOSED_STAGES, Application
from tracker_core.vectors.chunking import chunk_document
from tracker_core.vectors.index import Embedder, Hit, Kind, Space, StoredChunk, VectorIndex
from tracker_core.vectors.scoring import best_sections, fit, stack
from tracker_core.vectors.sync import (
    application_document,
    embed,
    index_documents,
    rebuild_user,
    resume_document,
    user_applications,
    user_resumes,
)

RETRIEVE_WHOLE_WEIGHT = 0.85  # for picking candidates among many applications (stage one)
TOP_SECTIONS = 2
SHOWN_SECTIONS = 3
MAX_FETCH = 20_000
MAX_RERANK = 200  # more active applications than this: pick candidates by similarity first


@dataclass(frozen=True)
class SectionMatch:
    """A resume section (or job description part) that matched, with its similarity."""

    section: str
    text: str
    score: float


@dataclass(frozen=True)
class ResumeMatch:
    """One of my resumes, scored against a job."""

    resume_id: int
    label: str
    score: float
    sections: list[SectionMatch] = field(default_factory=list)


@dataclass(frozen=True)
class JobMatch:
    """One of my active applications, scored against a resume."""

    application_id: int
    company: str
    position: str
    status: str
    score: float
    sections: list[SectionMatch] = field(default_factory=list)


@dataclass(frozen=True)
class OwnerScore:
    """Aggregated similarity of one resume or application."""

    owner_id: int
    score: float
    sections: list[SectionMatch]


def aggregate(hits: Iterable[Hit], top_sections: int = 3) -> list[OwnerScore]:
    """Per owner: a blend of whole-document and best-section similarity, best first."""
    by_owner: dict[int, list[Hit]] = defaultdict(list)
    for h in hits:
        by_owner[h.owner_id].append(h)
    out: list[OwnerScore] = []
    for owner, owner_hits in by_owner.items():
        whole = next((h.score for h in owner_hits if h.chunk == 0), None)
        parts = sorted((h for h in owner_hits if h.chunk > 0), key=lambda h: -h.score)
        best = [h.score for h in parts[:TOP_SECTIONS]]
        if whole is None:  # not retrieved: its best retrieved part is the best estimate
            whole = max(h.score for h in owner_hits)
        score = (
            whole
            if not best
            else RETRIEVE_WHOLE_WEIGHT * whole + (1 - RETRIEVE_WHOLE_WEIGHT) * float(np.mean(best))
        )
        shown = [SectionMatch(h.section, h.text, h.score) for h in parts[:top_sections]]
        out.append(OwnerScore(owner, score, shown))
    return sorted(out, key=lambda o: (-o.score, o.owner_id))


def _heal(
    session: Session, index: VectorIndex, embedder: Embedder, user_id: str, kind: Kind
) -> None:
    """Rebuild the user's points when a change was missed or the index lost them."""
    if index.is_stale(user_id):
        rebuild_user(session, index, embedder, user_id)
        return
    if index.count(Space.of(embedder), user_id, kind) > 0:
        return
    if kind == "resume":
        docs = [resume_document(r) for r in user_resumes(session, user_id) if r.text.strip()]
    else:
        docs = [application_document(a) for a in user_applications(session, user_id)]
    if docs:
        index_documents(index, embedder, user_id, kind, docs)


def _query_vector(embedder: Embedder, text: str) -> list[float]:
    return [float(x) for x in embed(embedder, [text])[0]]


def _scores(
    index: VectorIndex,
    embedder: Embedder,
    user_id: str,
    kind: Kind,
    text: str,
    wanted: set[int],
    limit: int,
) -> list[OwnerScore]:
    """Owner scores among `wanted`, fetching more hits until `limit` owners are found."""
    space = Space.of(embedder)
    total = index.count(space, user_id, kind)
    if total == 0:
        return []
    vector = _query_vector(embedder, text)
    fetch = min(total, max(200, limit * 20))
    while True:
        found = [
            o
            for o in aggregate(index.search(space, user_id, kind, vector, fetch))
            if o.owner_id in wanted
        ]
        if len(found) >= min(limit, len(wanted)) or fetch >= min(total, MAX_FETCH):
            return found[:limit]
        fetch = min(total, MAX_FETCH, fetch * 4)


def _rerank(
    index: VectorIndex,
    embedder: Embedder,
    user_id: str,
    kind: Kind,
    text: str,
    owners: Iterable[int],
) -> list[OwnerScore]:
    """Score each owner section by section against text (the job side is always the outer)."""
    chunks = chunk_document(text)
    if not chunks:
        return []
    query = embed(embedder, [c.text for c in chunks])
    by_owner: dict[int, list[StoredChunk]] = defaultdict(list)
    for c in index.chunks(Space.of(embedder), user_id, kind, sorted(set(owners))):
        by_owner[c.owner_id].append(c)
    out = []
    for owner, stored in by_owner.items():
        doc = stack(stored)
        score = fit(query, doc) if kind == "resume" else fit(doc, query)
        shown = [
            SectionMatch(c.section, c.text, s)
            for c, s in best_sections(query, stored, SHOWN_SECTIONS)
        ]
        out.append(OwnerScore(owner, score, shown))
    return sorted(out, key=lambda o: (-o.score, o.owner_id))


def _user_application(session: Session, user_id: str, application_id: int) -> Application | None:
    app = repo.get_application(session=session, user_id=user_id, application_id=application_id)
    if app is None or app.deleted_at is not None:
        return None
    return app


def rank_resumes_for_job(
    session: Session,
    index: VectorIndex,
    embedder: Embedder,
    user_id: str,
    *,
    application_id: int | None = None,
    jd_text: str | None = None,
    limit: int = 10,
) -> list[ResumeMatch]:
    """My resumes ranked by fit to an application's (or a pasted) job description.

    Args:
        user_id: the logged-in user; only their resumes are searched.
        application_id: one of the user's applications, or None to use jd_text.
        jd_text: a pasted job description.
    Returns:
        The newest version of each resume, best first, with its best-matching sections.
    """
    text = jd_text or ""
    if application_id is not None:
        app = _user_application(session, user_id, application_id)
        text = application_document(app).text if app else ""
    latest = repo.list_latest_resumes(session=session, user_id=user_id)
    resumes = {r.id: r for r in latest if r.id is not None}
    if not text.strip() or not resumes:
        return []
    _heal(session, index, embedder, user_id, "resume")
    scores = _rerank(index, embedder, user_id, "resume", text, resumes)[:limit]
    return [ResumeMatch(o.owner_id, resumes[o.owner_id].label, o.score, o.sections) for o in scores]


def closed_stages(session: Session, user_id: str) -> set[str]:
    """Standard closed stages plus the user's custom stages mapped to one."""
    mine = repo.list_custom_stage_keys(
        session=session, user_id=user_id, funnel_steps=sorted(CLOSED_STAGES)
    )
    return set(CLOSED_STAGES) | mine


def active_applications(session: Session, user_id: str) -> list[Application]:
    """Saved and active applications: not deleted, not archived, not in a closed stage."""
    closed = closed_stages(session, user_id)
    return [
        a
        for a in user_applications(session, user_id)
        if a.archived_at is None and a.status not in closed
    ]


def rank_jobs_for_resume(
    session: Session,
    index: VectorIndex,
    embedder: Embedder,
    user_id: str,
    resume_id: int,
    *,
    limit: int = 10,
) -> list[JobMatch]:
    """My active applications ranked by fit to one of my resumes.

    Args:
        user_id: the logged-in user; only their applications are searched.
        resume_id: one of the user's resumes (another user's id gives no results).
    Returns:
        Best first, with the parts of each job description that matched best.
    """
    resume = repo.get_resume(session=session, user_id=user_id, resume_id=resume_id)
    if resume is None or not resume.text.strip():
        return []
    apps = {a.id: a for a in active_applications(session, user_id) if a.id is not None}
    if not apps:
        return []
    _heal(session, index, embedder, user_id, "job")
    candidates: Iterable[int] = apps
    if len(apps) > MAX_RERANK:
        found = _scores(index, embedder, user_id, "job", resume.text, set(apps), MAX_RERANK)
        candidates = [o.owner_id for o in found]
    scores = _rerank(index, embedder, user_id, "job", resume.text, candidates)[:limit]
    return [
        JobMatch(o.owner_id, a.company, a.position, a.status, o.score, o.sections)
        for o in scores
        for a in [apps[o.owner_id]]
    ]
