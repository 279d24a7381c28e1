"""RJDB scoring: pairwise accuracy, pooled AUC and missing-keyword precision/recall/F1."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tracker_core.analysis import ResumeAnalysis
from tracker_core.analysis.evidence import stem_key


@dataclass
class RjdbResult:
    """Figures for one engine over a set of rows."""

    rows: int
    pairwise: float
    auc: float
    kw_precision: float
    kw_recall: float
    kw_f1: float
    ms_per_analysis: float


def load_rows(path: Path) -> list[dict[str, object]]:
    """Rows of an RJDB jsonl file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def auc(pos: list[float], neg: list[float]) -> float:
    """Probability that a matched pair outscores an unmatched one (ties count half)."""
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def _same(a: str, b: str) -> bool:
    """Keywords equal after stemming, or one a whole-word part of the other."""
    ka, kb = stem_key(a), stem_key(b)
    return ka == kb or ka in kb or kb in ka


def keyword_counts(missing: list[str], removed: list[str]) -> tuple[int, int, int, int]:
    """(correct predictions, predictions, removed skills found, removed skills)."""
    tp_p = sum(any(_same(m, r) for r in removed) for m in missing)
    tp_g = sum(any(_same(r, m) for m in missing) for r in removed)
    return tp_p, len(missing), tp_g, len(removed)


def evaluate(
    rows: list[dict[str, object]], analyze: Callable[[str, str], ResumeAnalysis]
) -> RjdbResult:
    """Run an analyser over matched and unmatched resumes of every row."""
    import time

    pos: list[float] = []
    neg: list[float] = []
    counts = [0, 0, 0, 0]
    start = time.perf_counter()
    for row in rows:
        jd = str(row["Job-Description"])
        good = analyze(str(row["Resume-matched"]), jd)
        bad = analyze(str(row["Resume-unmatched"]), jd)
        pos.append(good.relevance)
        neg.append(bad.relevance)
        info = row["Filtered-information"]
        removed = list(info.get("Skills", [])) if isinstance(info, dict) else []
        for i, c in enumerate(keyword_counts(bad.missing_keywords, removed)):
            counts[i] += c
    elapsed = (time.perf_counter() - start) * 1000 / max(1, 2 * len(rows))
    pairwise = sum((p > n) + 0.5 * (p == n) for p, n in zip(pos, neg, strict=True)) / len(rows)
    prec = counts[0] / counts[1] if counts[1] else 0.0
    rec = counts[2] / counts[3] if counts[3] else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return RjdbResult(len(rows), pairwise, auc(pos, neg), prec, rec, f1, elapsed)
