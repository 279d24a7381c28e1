"""SkillSpan hard-skill (KNOWLEDGE) scoring: readers and per-posting precision/recall/F1."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tracker_core.skills import lexicon, normalize_key


@dataclass
class Posting:
    """One posting: its sentences (token lists) and gold KNOWLEDGE spans per sentence."""

    sentences: list[list[str]]
    spans: list[list[tuple[int, int]]]

    @property
    def text(self) -> str:
        """Posting text, one sentence a line."""
        return "\n".join(" ".join(s) for s in self.sentences)

    def gold(self) -> set[str]:
        """Gold skill keys (aliases resolved)."""
        out = set()
        for sent, spans in zip(self.sentences, self.spans, strict=True):
            for a, b in spans:
                out.add(canon(" ".join(sent[a:b])))
        out.discard("")
        return out


def canon(term: str) -> str:
    """Matching key of a term with aliases resolved."""
    key = normalize_key(term)
    return lexicon().canonical(key)


def _bio_spans(tags: list[str]) -> list[tuple[int, int]]:
    """Token spans of B/I tag runs."""
    spans, start = [], None
    for i, tag in enumerate([*tags, "O"]):
        if tag.startswith("B") or tag == "O":
            if start is not None:
                spans.append((start, i))
                start = None
            if tag.startswith("B"):
                start = i
        elif tag.startswith("I") and start is None:
            start = i
    return spans


def read_postings(path: Path) -> Iterator[Posting]:
    """Postings of a CoNLL file: sentences split by one blank line, postings by two."""
    sentences: list[list[str]] = []
    spans: list[list[tuple[int, int]]] = []
    toks: list[str] = []
    tags: list[str] = []
    blanks = 0
    for line in [*path.read_text(encoding="utf-8").splitlines(), "", ""]:
        if not line.strip():
            blanks += 1
            if toks:
                sentences.append(toks)
                spans.append(_bio_spans(tags))
                toks, tags = [], []
            if blanks == 2 and sentences:
                yield Posting(sentences, spans)
                sentences, spans = [], []
            continue
        blanks = 0
        cols = line.split("\t")
        toks.append(cols[0])
        tags.append(cols[2] if len(cols) > 2 else "O")


def _matches(a: str, b: str) -> bool:
    """Equal keys, or one a whole-word part of the other."""
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def score_posting(pred: set[str], gold: set[str]) -> tuple[int, int, int, int]:
    """(matched predictions, predictions, matched gold, gold)."""
    tp_p = sum(any(_matches(p, g) for g in gold) for p in pred)
    tp_g = sum(any(_matches(g, p) for p in pred) for g in gold)
    return tp_p, len(pred), tp_g, len(gold)


def prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> tuple[float, float, float]:
    """Precision, recall, F1."""
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(
    files: list[Path], extract: Callable[[str], list[str]]
) -> dict[str, tuple[float, float, float, int]]:
    """Macro per-posting P/R/F1 for each file (postings without gold skills skipped)."""
    out = {}
    for path in files:
        rows = []
        for post in read_postings(path):
            gold = post.gold()
            if not gold:
                continue
            pred = {canon(s) for s in extract(post.text)}
            rows.append(prf(*score_posting(pred, gold)))
        n = len(rows)
        out[path.stem] = (
            sum(r[0] for r in rows) / n,
            sum(r[1] for r in rows) / n,
            sum(r[2] for r in rows) / n,
            n,
        )
    return out
