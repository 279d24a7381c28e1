"""Evidence in a resume for a keyword or a requirement: exact words first, then meaning."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import numpy.typing as npt
import snowballstemmer

from tracker_core.embeddings import Embedder
from tracker_core.skills import find_skills, lexicon, normalize_key

# Cosine similarities (static model) mapped to partial credit between these bounds.
SIM_LOW = 0.45
SIM_HIGH = 0.75
SHIP_MIN_LEN = 8  # "mentorship", "internship"; not "worship" or "hardship"
_STEMMER = snowballstemmer.stemmer("english")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9])")


# Share of a phrase's content words a resume line must hold: more than half, so "data
# migration" is not met by any line that says "data".
OVERLAP_MIN = 0.6
# Mean word-by-word similarity mapped to partial credit between these bounds.
WORD_LOW = 0.65
WORD_HIGH = 0.95
# In "data pipelines", "data" said elsewhere in the resume counts half beside a line on pipelines.
ELSEWHERE_CREDIT = 0.5
_STOPWORDS = frozenset(
    "a an and or of in on with to the for at by from as is are be your our their its this that "
    "skill skills ability abilities knowledge experience proficiency proficient strong excellent "
    "good great solid working understanding familiarity expertise various related etc using use "
    "including such other work".split()
)


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """Snowball (Porter 2) stem, so 'networking' meets 'network' and 'orchestrated' meets
    'orchestration'; '-ship' goes too, so 'mentorship' meets 'mentor'."""
    if len(token) > SHIP_MIN_LEN and token.endswith("ship"):
        token = token[:-4]
    return str(_STEMMER.stemWord(token))


def content_stems(text: str) -> frozenset[str]:
    """Stemmed content words of a text (stop words and qualifiers dropped)."""
    return frozenset(stem(t) for t in normalize_key(text).split() if t not in _STOPWORDS)


def stem_key(text: str) -> str:
    """Normalised, stemmed token string of a text, padded with spaces."""
    return " " + " ".join(stem(t) for t in normalize_key(text).split()) + " "


def unit_key(label: str) -> str:
    """One key for the forms of a keyword a posting writes ("Risk-assessments", "Risk
    assessments"; "Database Technologies", "Database technology"): its stemmed words."""
    return stem_key(label).strip() or label.casefold()


# Vendor names that products are written with or without ("Apache Hadoop", "Hadoop").
_VENDORS = frozenset("apache microsoft ms google amazon aws adobe atlassian hashicorp".split())


def canonical_key(term: str) -> str:
    """Skill key with aliases resolved (k8s -> kubernetes, Apache Hadoop -> hadoop)."""
    key = normalize_key(term)
    lex = lexicon()
    known = lex.canonical(key)
    vendor, _, product = key.partition(" ")
    if known == key and vendor in _VENDORS and product in lex:
        return lex.canonical(product)
    return known


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
    all_words: frozenset[str] = frozenset()
    # Content words of each chunk as columns of `word_vectors` (for word-by-word meaning).
    chunk_columns: list[list[int]] = field(default_factory=list)
    chunk_word_stems: list[frozenset[str]] = field(default_factory=list)
    word_vectors: npt.NDArray[np.float32] | None = None


def build_index(resume: str, embedder: Embedder) -> ResumeIndex:
    """Index a resume once per analysis."""
    chunks = chunk_resume(resume)
    chunk_stems = [stem_key(c) for c in chunks]
    skills = {canonical_key(m.name) for m in find_skills(resume)}
    words = [content_stems(c) for c in chunks]
    vectors = embedder.embed(chunks)
    every = frozenset().union(*words) if words else frozenset()
    index = ResumeIndex(chunks, chunk_stems, words, "".join(chunk_stems), skills, vectors, every)
    chunk_words = [_plain_words(c) for c in chunks]
    vocab = sorted({w for ws in chunk_words for w in ws})
    if vocab:
        column = {w: i for i, w in enumerate(vocab)}
        index.chunk_columns = [[column[w] for w in ws] for ws in chunk_words]
        index.chunk_word_stems = [frozenset(stem(w) for w in ws) for ws in chunk_words]
        index.word_vectors = embedder.embed(vocab)
    return index


def _plain_words(text: str) -> list[str]:
    """Content words of a text, in order, without stop words or one-letter tokens."""
    return [t for t in normalize_key(text).split() if t not in _STOPWORDS and len(t) > 1]


def word_meaning(text: str, index: ResumeIndex, embedder: Embedder) -> Evidence | None:
    """Chunk whose words are closest to the phrase's words one by one: each word of the phrase
    counts 1 when the chunk says it, else its closest word's cosine similarity ('teamwork and
    collaboration' ~ 'collaborated with a team'); credited between WORD_LOW and WORD_HIGH."""
    words = _plain_words(text)
    if not words or index.word_vectors is None:
        return None
    sims = embedder.embed(words) @ index.word_vectors.T
    stems = [stem(w) for w in words]
    best, line = 0.0, None
    for chunk, columns, chunk_stems in zip(
        index.chunks, index.chunk_columns, index.chunk_word_stems, strict=True
    ):
        if not columns:
            continue
        closest = sims[:, columns].max(axis=1)
        said = np.array([s in chunk_stems for s in stems])
        score = float(np.where(said, 1.0, closest).mean())
        if score > best:
            best, line = score, chunk
    credit = float(np.clip((best - WORD_LOW) / (WORD_HIGH - WORD_LOW), 0.0, 1.0))
    return Evidence(credit, line, best) if credit > 0 else None


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
    head = _head_stem(text)
    anywhere = words & index.all_words
    best_share, best_line = 0.0, None
    for chunk, chunk_words in zip(index.chunks, index.chunk_words, strict=True):
        here = words & chunk_words
        share = len(here) / len(words)
        if head in here:
            # The thing itself is named here; its qualifiers count half when said elsewhere.
            share += ELSEWHERE_CREDIT * len(anywhere - here) / len(words)
        if share > best_share:
            best_share, best_line = share, chunk
    if best_share < OVERLAP_MIN:
        return None
    return Evidence(best_share, best_line, best_share)


def _head_stem(text: str) -> str | None:
    """Stem of a phrase's last content word: the thing it names ('pipeline' in 'data pipelines')."""
    words = [w for w in normalize_key(text).split() if w not in _STOPWORDS]
    return stem(words[-1]) if words else None


def semantic(vector: npt.NDArray[np.float32], index: ResumeIndex) -> Evidence:
    """Closest resume chunk by cosine similarity, credited between SIM_LOW and SIM_HIGH."""
    if not index.chunks:
        return Evidence(0.0, None, 0.0)
    sims = index.vectors @ vector
    best = int(np.argmax(sims))
    sim = float(sims[best])
    credit = float(np.clip((sim - SIM_LOW) / (SIM_HIGH - SIM_LOW), 0.0, 1.0))
    return Evidence(credit, index.chunks[best] if credit > 0 else None, sim)
