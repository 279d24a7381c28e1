"""Evidence in a resume for a keyword or a requirement: exact words first, then meaning."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from tracker_core.embeddings import Embedder
from tracker_core.skills import _lexicon, find_skills, normalize_key

# Cosine similarities (static model) mapped to partial credit between these bounds.
SIM_LOW = 0.45
SIM_HIGH = 0.75
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9])")


# Share of a phrase's content words a resume line must hold: more than half, so "data
# migration" is not met by any line that says "data".
OVERLAP_MIN = 0.6
_STOPWORDS = frozenset(
    "a an and or of in on with to the for at by from as is are be your our their its this that "
    "skill skills ability abilities knowledge experience proficiency proficient strong excellent "
    "good great solid working understanding familiarity expertise various related etc using use "
    "including such other work".split()
)


def stem(token: str) -> str:
    """Crude suffix stripping so 'networking' meets 'network' and 'handling' meets 'handle'."""
    for suffix, min_len in (
        ("ments", 7),
        ("ment", 6),
        ("ings", 7),
        ("ing", 6),
        ("ies", 5),
        ("ed", 5),
        ("es", 5),
        ("ly", 5),
        ("s", 4),
    ):
        if len(token) >= min_len and token.endswith(suffix) and not token.endswith("ss"):
            token = token[: -len(suffix)]
            break
    return token[:-1] if len(token) > 4 and token.endswith("e") else token


def content_stems(text: str) -> frozenset[str]:
    """Stemmed content words of a text (stop words and qualifiers dropped)."""
    return frozenset(stem(t) for t in normalize_key(text).split() if t not in _STOPWORDS)


def stem_key(text: str) -> str:
    """Normalised, stemmed token string of a text, padded with spaces."""
    return " " + " ".join(stem(t) for t in normalize_key(text).split()) + " "


def canonical_key(term: str) -> str:
    """Skill key with aliases resolved (k8s -> kubernetes)."""
    key = normalize_key(term)
    return _lexicon().get(key, key)


def chunk_resume(resume: str) -> list[str]:
    """Resume lines, long lines split into sentences; blank and one-character lines dropped."""
    chunks: list[str] = []
    for line in resume.split("\n"):
        if line.lstrip().startswith("#"):
            continue
        for part in _SENTENCE_SPLIT.split(line.strip()):
            part = part.strip(" -*•\t")
            if len(part) > 1:
                chunks.append(part)
    return chunks


@dataclass
class ResumeIndex:
    """A resume prepared for lookups: chunks, stems, skills and chunk vectors."""

    chunks: list[str]
    chunk_stems: list[str]
    chunk_words: list[frozenset[str]]
    stems: str
    skill_keys: set[str]
    vectors: npt.NDArray[np.float32]


def build_index(resume: str, embedder: Embedder) -> ResumeIndex:
    """Index a resume once per analysis."""
    chunks = chunk_resume(resume)
    chunk_stems = [stem_key(c) for c in chunks]
    skills = {canonical_key(m.name) for m in find_skills(resume)}
    words = [content_stems(c) for c in chunks]
    vectors = embedder.embed(chunks)
    return ResumeIndex(chunks, chunk_stems, words, "".join(chunk_stems), skills, vectors)


@dataclass(frozen=True)
class Evidence:
    """Credit 0..1 for one keyword or phrase, with the resume text that earned it."""

    credit: float
    line: str | None
    similarity: float


def lexical(keyword: str, index: ResumeIndex) -> Evidence | None:
    """Exact (stemmed or alias-resolved) mention of a keyword in the resume."""
    key = stem_key(keyword)
    if key.strip() and key in index.stems:
        line = next(
            (c for c, s in zip(index.chunks, index.chunk_stems, strict=True) if key in s), None
        )
        return Evidence(1.0, line, 1.0)
    if canonical_key(keyword) in index.skill_keys:
        return Evidence(1.0, _line_naming(keyword, index), 1.0)
    return None


def _line_naming(keyword: str, index: ResumeIndex) -> str | None:
    """First resume chunk naming the same skill as the keyword."""
    target = canonical_key(keyword)
    for chunk in index.chunks:
        if any(canonical_key(m.name) == target for m in find_skills(chunk)):
            return chunk
    return None


def overlap(text: str, index: ResumeIndex) -> Evidence | None:
    """Chunk holding most of the text's content words ('handle animals' ~ 'animal handling')."""
    words = content_stems(text)
    if len(words) < 2:
        return None
    best_share, best_line = 0.0, None
    for chunk, chunk_words in zip(index.chunks, index.chunk_words, strict=True):
        share = len(words & chunk_words) / len(words)
        if share > best_share:
            best_share, best_line = share, chunk
    if best_share < OVERLAP_MIN:
        return None
    return Evidence(best_share, best_line, best_share)


def semantic(vector: npt.NDArray[np.float32], index: ResumeIndex) -> Evidence:
    """Closest resume chunk by cosine similarity, credited between SIM_LOW and SIM_HIGH."""
    if not index.chunks:
        return Evidence(0.0, None, 0.0)
    sims = index.vectors @ vector
    best = int(np.argmax(sims))
    sim = float(sims[best])
    credit = float(np.clip((sim - SIM_LOW) / (SIM_HIGH - SIM_LOW), 0.0, 1.0))
    return Evidence(credit, index.chunks[best] if credit > 0 else None, sim)
