"""Which stories answer which questions: tags first, then local embeddings; coverage grid."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from tracker_core.embeddings import Embedder, get_embedder
from tracker_core.prep.bank import load_bank
from tracker_core.prep.models import Question, StoryView
from tracker_core.skills import skill_key

MIN_SIMILARITY = 0.3
# Work stories are all somewhat similar to all work questions with a static embedding; a story
# is proposed on wording alone only when it is this many standard deviations closer to the
# question than to the average question of the bank.
MIN_LIFT = 0.5
TOP = 3
_BANK_VECTORS: dict[int, npt.NDArray[np.float32]] = {}


@dataclass(frozen=True)
class Suggestion:
    """A story proposed for a question, and why."""

    story_id: int
    title: str
    score: float
    reason: str


@dataclass
class CoverageRow:
    """One requirement or competency and the stories that cover it (none: a gap to fill)."""

    item: str
    kind: str  # "requirement" or "competency"
    stories: list[str] = field(default_factory=list)

    @property
    def covered(self) -> bool:
        return bool(self.stories)


def _norm(term: str) -> str:
    return " ".join(term.lower().split())


def _question_terms(q: Question) -> set[str]:
    return {_norm(t) for t in (q.skill, q.competency) if t}


def _bank_vectors(model: Embedder) -> npt.NDArray[np.float32]:
    """The bank's behavioural questions embedded once per model (the reference for lift)."""
    key = id(model)
    if key not in _BANK_VECTORS:
        bank = [q for c in load_bank().competencies for q in c.questions]
        _BANK_VECTORS[key] = model.embed(bank)
    return _BANK_VECTORS[key]


def _lift(
    model: Embedder, story_vecs: npt.NDArray[np.float32], sims: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """How much closer each question is to each story than the bank's questions are."""
    reference = np.asarray(_bank_vectors(model) @ story_vecs.T, dtype=np.float64)
    spread = np.maximum(reference.std(axis=0), 1e-6)
    return np.asarray((sims - reference.mean(axis=0)) / spread)


def _tag_index(stories: Sequence[StoryView]) -> dict[str, list[tuple[int, str]]]:
    """Tag, and the key of the skill it names ("k8s" -> "kubernetes") -> (story, tag)."""
    index: dict[str, list[tuple[int, str]]] = {}
    for si, story in enumerate(stories):
        for tag in {_norm(t) for t in story.tags}:
            for key in {tag, skill_key(tag)}:
                index.setdefault(key, []).append((si, tag))
    return index


def _hits(terms: set[str], index: dict[str, list[tuple[int, str]]]) -> dict[int, set[str]]:
    """Story index -> its tags that name the question's skill or competency (or a word of it).

    A skill named one way meets a tag naming it another ("Postgres", "PostgreSQL").
    """
    out: dict[int, set[str]] = {}
    for term in terms:
        for word in {term, *term.split(), skill_key(term)}:
            for si, tag in index.get(word, ()):
                out.setdefault(si, set()).add(tag)
    return out


def suggest_stories(
    questions: Sequence[Question],
    stories: Sequence[StoryView],
    *,
    embedder: Embedder | None = None,
    top: int = TOP,
) -> dict[str, list[Suggestion]]:
    """The best `top` stories for each question (by question key), tag matches first.

    A story whose tags name the question's skill or competency ranks above any story that is
    only similar in wording; among equals the closer embedding wins. Stories neither tagged nor
    similar enough are not suggested.
    """
    if not questions or not stories:
        return {q.key: [] for q in questions}
    model = embedder or get_embedder()
    story_vecs = model.embed([s.text() for s in stories])
    question_vecs = model.embed([q.text for q in questions])
    sims = np.asarray(question_vecs @ story_vecs.T, dtype=np.float64)
    lift = _lift(model, story_vecs, sims)
    index = _tag_index(stories)
    out: dict[str, list[Suggestion]] = {}
    for qi, q in enumerate(questions):
        hits = _hits(_question_terms(q), index)
        row = lift[qi].copy()
        row[(sims[qi] < MIN_SIMILARITY) | (row < MIN_LIFT)] = -np.inf
        for si, tags in hits.items():
            row[si] = sims[qi, si] + 100.0 * len(tags)  # a tag outranks any wording
        # Stable sort of the negated scores: equal scores keep the stories' order.
        order = [int(i) for i in np.argsort(-row, kind="stable")[:top] if np.isfinite(row[i])]
        out[q.key] = [
            Suggestion(
                story_id=stories[si].id,
                title=stories[si].title,
                score=round(float(row[si]), 3),
                reason=f"tagged {', '.join(sorted(hits[si]))}" if si in hits else "similar wording",
            )
            for si in order
        ]
    return out


def _covers(item: str, story: StoryView, tags: set[str]) -> bool:
    key = _norm(item)
    if key in tags or skill_key(item) in {skill_key(t) for t in tags}:
        return True
    return re.search(r"\b" + re.escape(key) + r"\b", _norm(story.text())) is not None


def coverage(
    requirements: Sequence[str], competencies: Sequence[str], stories: Sequence[StoryView]
) -> list[CoverageRow]:
    """Each requirement and competency with the titles of the stories that cover it."""
    tag_sets = [{_norm(t) for t in s.tags} for s in stories]
    rows: list[CoverageRow] = []
    seen: set[str] = set()
    for kind, items in (("requirement", requirements), ("competency", competencies)):
        for item in items:
            if _norm(item) in seen:
                continue
            seen.add(_norm(item))
            covering = [
                s.title for s, t in zip(stories, tag_sets, strict=True) if _covers(item, s, t)
            ]
            rows.append(CoverageRow(item=item, kind=kind, stories=covering))
    return rows
