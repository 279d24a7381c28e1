""" "Similar jobs you already have": same posting from another source, or same role and company."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session

from tracker_core.models import Application
from tracker_core.vectors.errors import VectorStoreUnavailable
from tracker_core.vectors.index import Embedder, Space, VectorIndex
from tracker_core.vectors.matching import same_company, title_similarity, url_key
from tracker_core.vectors.queries import _heal, _query_vector
from tracker_core.vectors.sync import user_applications

# Calibrated on RJDB dev with minilm-m2v-256: a JD reposted with headings stripped, boilerplate
# and a title suffix added scores >= 0.993; the nearest other JD 0.89 (median), 0.944 (max).
SAME_POSTING = 0.97
SIMILAR_TEXT = 0.95
SAME_ROLE_TITLE = 0.6  # title overlap that makes two roles at one company the same role
MIN_JD_WORDS = 15
UNAVAILABLE = "Similarity search is unavailable right now."


@dataclass(frozen=True)
class SimilarApplication:
    """One of my applications that looks like the one being added, and why."""

    application_id: int
    company: str
    position: str
    status: str
    source: str | None
    score: float
    reasons: list[str]


@dataclass(frozen=True)
class SimilarResult:
    """Matches, plus a notice when only names and links could be compared."""

    matches: list[SimilarApplication] = field(default_factory=list)
    notice: str | None = None


def _name_reasons(
    app: Application, company: str, position: str, url: str | None
) -> list[tuple[str, float]]:
    """Reasons from the link and the names, each with the score it gives."""
    reasons: list[tuple[str, float]] = []
    if url_key(url) and url_key(url) == url_key(app.url):
        reasons.append(("Same posting: the same link", 1.0))
    title = title_similarity(position, app.position)
    if same_company(company, app.company) and title >= SAME_ROLE_TITLE:
        reasons.append(("Same role at the same company", 0.8 + 0.1 * title))
    return reasons


def _text_reason(score: float) -> str | None:
    if score >= SAME_POSTING:
        return f"Same posting: the description is nearly identical ({score:.0%})"
    if score >= SIMILAR_TEXT:
        return f"Similar description ({score:.0%})"
    return None


def _text_scores(
    session: Session, index: VectorIndex, embedder: Embedder, user_id: str, text: str
) -> dict[int, float]:
    """Whole-description similarity of the user's applications nearest to text."""
    _heal(session, index, embedder, user_id, "job")
    hits = index.search(Space.of(embedder), user_id, "job", _query_vector(embedder, text), 50)
    scores: dict[int, float] = {}
    for h in hits:
        if h.chunk == 0:
            scores[h.owner_id] = max(h.score, scores.get(h.owner_id, -1.0))
    return scores


def similar_applications(
    session: Session,
    index: VectorIndex | None,
    embedder: Embedder,
    user_id: str,
    *,
    company: str,
    position: str,
    job_description: str = "",
    url: str | None = None,
    exclude_id: int | None = None,
    limit: int = 5,
) -> SimilarResult:
    """My applications that look like the one being added, before it is saved.

    Args:
        user_id: the logged-in user; only their applications are compared.
        index: the vector index, or None when it could not be opened (names only).
        exclude_id: the application being edited, so it does not match itself.
    Returns:
        Matches best first; if Qdrant is down, name and link matches with a notice.
    """
    apps = {a.id: a for a in user_applications(session, user_id) if a.id not in (None, exclude_id)}
    notice = None
    text_scores: dict[int, float] = {}
    if len(job_description.split()) >= MIN_JD_WORDS and apps:
        try:
            if index is None:
                raise VectorStoreUnavailable(UNAVAILABLE)
            doc = f"{position} at {company}\n\n{job_description}"
            text_scores = _text_scores(session, index, embedder, user_id, doc)
        except VectorStoreUnavailable as exc:
            notice = f"Only names and links were compared. {exc.user_message}"
    matches: list[SimilarApplication] = []
    for app_id, app in apps.items():
        assert app_id is not None
        found = _name_reasons(app, company, position, url)
        text_score = text_scores.get(app_id, 0.0)
        text_reason = _text_reason(text_score)
        if text_reason:
            found.append((text_reason, text_score))
        if found:
            reasons = [r for r, _ in found]
            score = max(s for _, s in found)
            matches.append(
                SimilarApplication(
                    app_id, app.company, app.position, app.status, app.source, score, reasons
                )
            )
    matches.sort(key=lambda m: (-m.score, -m.application_id))
    return SimilarResult(matches[:limit], notice)
