"""A learned hard-skill tagger: a CRF over tokens, with the gazetteer's matches as features.

The rules find the names the vocabulary knows; the tagger decides in context which of them a
posting asks for as knowledge, and finds the ones it lacks ("Grey box testing", "IFRS"). Trained on
the SkillSpan train splits by `scripts/train_skill_tagger.py`; the weights are the shipped file
`tracker_core/data/skill_tagger/model.crfsuite` (see its PROVENANCE.md). python-crfsuite only,
read once, no network.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

import pycrfsuite

from tracker_core.skills.matching import lexicon, normalize_key

MODEL_FILE = ("data", "skill_tagger", "model.crfsuite")
# Words, names with inner marks ("Node.js", "C++", "CI/CD" splits at "/"), then single marks.
_TOKEN_RE = re.compile(r"<[A-Z_]+>|[A-Za-z0-9][\w+#]*(?:[.'’-][\w+#]+)*\+*|\.[A-Za-z]\w*|\S")
# Where a long line breaks into sentences for the tagger.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")
MAX_SENTENCE_TOKENS = 120
# How far back a sentence looks for the heading of its section.
HEADING_LOOKBACK = 40


class Token(NamedTuple):
    """One token of a text with its character offsets (a named tuple: a posting makes
    thousands, and a tuple is made in half the time of a frozen dataclass)."""

    text: str
    start: int
    end: int


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of a text: words (with inner '.', '+', '#', '-', apostrophes) and single marks;
    their offsets `offset` on (where the text starts in a longer one)."""
    return [
        Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN_RE.finditer(text)
    ]


def sentences(text: str) -> list[list[Token]]:
    """Tokens grouped by sentence: one line, or a sentence of a long line, at most 120 tokens."""
    out: list[list[Token]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        pieces = [0, *(m.end() for m in _SENTENCE_END.finditer(line)), len(line)]
        for a, b in zip(pieces, pieces[1:], strict=False):
            toks = tokenize(line[a:b], offset + a)
            out += [
                toks[i : i + MAX_SENTENCE_TOKENS] for i in range(0, len(toks), MAX_SENTENCE_TOKENS)
            ]
        offset += len(line)
    return [s for s in out if s]


@lru_cache(maxsize=65536)
def _shape(word: str) -> str:
    """Word shape with runs collapsed: "Node.js" -> "Xx.x", "AWS" -> "X", "C++" -> "X+"."""
    shape = re.sub(r"[A-Z]+", "X", word)
    shape = re.sub(r"[a-z]+", "x", shape)
    return re.sub(r"[0-9]+", "d", shape)


@lru_cache(maxsize=65536)
def _word_features(word: str) -> tuple[str, ...]:
    """Features of a word on its own: itself, its shape and affixes, whether the lexicon has it."""
    low = word.lower()
    f = [
        "b",
        f"w={low}",
        f"sh={_shape(word)}",
        f"p3={low[:3]}",
        f"s3={low[-3:]}",
        f"s2={low[-2:]}",
        f"lex={normalize_key(word) in lexicon().keys}",
    ]
    if word.isupper() and len(word) > 1:
        f.append("upper")
    if word[:1].isupper():
        f.append("title")
    return tuple(f)


def gazetteer_tags(toks: Sequence[Token], spans: Iterable[tuple[int, int]]) -> list[str]:
    """B/I/O of each token against character spans the rules found."""
    tags = ["O"] * len(toks)
    if not toks:
        return tags
    ordered = sorted(spans)
    k = bisect.bisect_left(ordered, (toks[0].start, -1))
    i = 0
    for start, end in ordered[k:]:
        if start >= toks[-1].end:
            break
        while i < len(toks) and toks[i].start < start:
            i += 1
        first = True
        j = i
        while j < len(toks) and toks[j].end <= end:
            tags[j] = "B" if first else "I"
            first = False
            j += 1
    return tags


def _line_before(text: str, end: int) -> tuple[int, str]:
    """(start, text) of the line that ends at `end`, blank line breaks skipped back over."""
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    return start, text[start:end]


def context(text: str, start: int) -> tuple[str, ...]:
    """Features of where a sentence stands: the line before it and its section's heading.

    "Technologies" or "Industry:" just above a line of names, or "Benefits:" as the section,
    tell whether the line lists knowledge; the sentence alone does not.
    """
    if not start:
        return ()  # a text's first line, or a line read alone (the parser's): nothing known
    line_start, prev = _line_before(text, start)
    words = prev.split()
    out = [f"pl={words[0].lower() if words else '<none>'}", f"pl_len={min(len(words), 5)}"]
    if prev.strip().endswith(":"):
        out.append("pl_colon")
    section = "<none>"
    line = prev
    for _ in range(HEADING_LOOKBACK):
        words = line.split()
        if 0 < len(words) <= 3:
            section = words[0].lower().rstrip(":")
            break
        if line_start <= 0:
            break
        line_start, line = _line_before(text, line_start - 1)
    out.append(f"sec={section}")
    return tuple(out)


def features(
    toks: Sequence[Token], gaz: Sequence[str], where: Sequence[str] = ()
) -> list[list[str]]:
    """CRF features of each token: the word, its shape and affixes, neighbours, gazetteer tags,
    and `where` the sentence stands (see `context`)."""
    words = [t.text for t in toks]
    n = len(words)
    near = [_near_features(w) for w in words]
    tags = [_GAZ_FEATURES[g] for g in gaz]
    pairs = [f"{a[4]}|{b[4]}" for a, b in zip(near, near[1:], strict=False)]
    rows: list[list[str]] = []
    for i, w in enumerate(words):
        f = [*_word_features(w), tags[i][0]]
        if i >= 2:
            f += (near[i - 2][0], tags[i - 2][1])
        else:
            f.append("w-2=<edge>")
        if i:
            f += (near[i - 1][1], tags[i - 1][2], near[i - 1][5])
        else:
            f.append("w-1=<edge>")
        if i + 1 < n:
            f += (near[i + 1][2], tags[i + 1][3], near[i + 1][6])
        else:
            f.append("w1=<edge>")
        if i + 2 < n:
            f += (near[i + 2][3], tags[i + 2][4])
        else:
            f.append("w2=<edge>")
        if i:
            f.append(f"bi-1={pairs[i - 1]}")
        if i + 1 < n:
            f.append(f"bi+1={pairs[i]}")
        f += where
        rows.append(f)
    return rows


# A token's gazetteer tag as a feature of itself ("g="), and as seen from the tokens 2 and 1
# after it ("g-2=", "g-1=") and 1 and 2 before it ("g1=", "g2=").
_GAZ_FEATURES = {
    tag: (f"g={tag}", f"g-2={tag}", f"g-1={tag}", f"g1={tag}", f"g2={tag}") for tag in "BIO"
}


@lru_cache(maxsize=65536)
def _near_features(word: str) -> tuple[str, str, str, str, str, str, str]:
    """A word's features in its neighbours' rows, as `features` names them: the word (lower
    case) as seen from 2 and 1 tokens after it and 1 and 2 before it, its lower case alone
    (for bigrams), its shape as seen from the tokens just after and just before it."""
    low = word.lower()
    shape = _shape(word)
    return (
        f"w-2={low}",
        f"w-1={low}",
        f"w1={low}",
        f"w2={low}",
        low,
        f"sh-1={shape}",
        f"sh1={shape}",
    )


@lru_cache(maxsize=1)
def _tagger() -> pycrfsuite.Tagger:
    """The shipped model, opened once."""
    path = resources.files("tracker_core").joinpath(*MODEL_FILE)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def tagged_spans(
    toks: Sequence[Token], gaz: Sequence[str], where: Sequence[str] = ()
) -> list[tuple[int, int]]:
    """Character spans the model tags as knowledge in one sentence."""
    return tag_sentence(toks, gaz, where)[0]


def tag_sentence(
    toks: Sequence[Token], gaz: Sequence[str], where: Sequence[str] = (), probe: Sequence[int] = ()
) -> tuple[list[tuple[int, int]], list[float]]:
    """Spans tagged as knowledge in one sentence, and for each token index in `probe` the
    model's probability that the token is part of a skill (B or I), in this context."""
    if not toks:
        return [], [0.0] * len(probe)
    model = _tagger()
    tags = model.tag(features(toks, gaz, where))
    chance = [model.marginal("B", i) + model.marginal("I", i) for i in probe]
    return _spans(toks, tags), chance


def _spans(toks: Sequence[Token], tags: Sequence[str]) -> list[tuple[int, int]]:
    """Character spans of the B/I runs of a tag sequence."""
    spans: list[tuple[int, int]] = []
    cur: list[int] = []
    for i, tag in enumerate([*tags, "O"]):
        if tag == "I" and cur:
            cur.append(i)
            continue
        words = [k for k in cur if toks[k].text[0].isalnum() or toks[k].text[0] in ".<"]
        if words:  # a span starts and ends on a word: "(Python)" is "Python", "," is nothing
            spans.append((toks[words[0]].start, toks[words[-1]].end))
        cur = [i] if tag in ("B", "I") else []
    return spans
