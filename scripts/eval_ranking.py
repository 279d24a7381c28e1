"""Ranking quality on RJDB: is each job description's matched resume ranked first?

Run: python -m scripts.eval_ranking [--weight W]. Reads ../shared/eval/rjdb/dev.jsonl (looked
for beside the project root or one of its parents); skips with a message when it is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qdrant_client import QdrantClient
from sqlmodel import Session

from tracker_core.db import make_engine, migrate
from tracker_core.models import Resume, User
from tracker_core.vectors import QdrantIndex, rank_resumes_for_job, rebuild, scoring
from tracker_core.vectors.index import Embedder

ROOT = Path(__file__).resolve().parent.parent
RELATIVE = Path("shared/eval/rjdb/dev.jsonl")


def find_data() -> Path | None:
    """../shared/eval/rjdb/dev.jsonl from the project root (or a worktree's parents)."""
    for base in ROOT.parents:
        if (base / RELATIVE).is_file():
            return base / RELATIVE
    return None


@dataclass
class Figures:
    """What the evaluation measured."""

    n: int
    top1: float
    mrr: float
    pairwise: float
    seconds: float


def _load(path: Path) -> list[dict[str, Any]]:
    with path.open() as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _add_user(session: Session, email: str, texts: list[str]) -> tuple[str, list[int]]:
    user = User(email=email)
    session.add(user)
    session.flush()
    rows = [Resume(user_id=user.id, label=f"{email}-{i}", text=t) for i, t in enumerate(texts)]
    session.add_all(rows)
    session.commit()
    return user.id, [r.id or 0 for r in rows]


def evaluate(rows: list[dict[str, Any]], embedder: Embedder) -> Figures:
    """Index every matched and filtered resume through the service, then rank for each JD."""
    started = time.perf_counter()
    engine = make_engine("sqlite://")
    migrate(engine)
    index = QdrantIndex(QdrantClient(":memory:"), shared=False, where=":memory:")
    with Session(engine, expire_on_commit=False) as s:
        matched_user, matched = _add_user(s, "matched@eval", [r["Resume-matched"] for r in rows])
        filtered_user, filtered = _add_user(
            s, "filtered@eval", [r["Resume-unmatched"] for r in rows]
        )
    rebuild(engine, index, embedder)
    hits = wins = 0
    rr = 0.0
    n = len(rows)
    with Session(engine) as s:
        for i, row in enumerate(rows):
            jd = row["Job-Description"]
            ranked = rank_resumes_for_job(s, index, embedder, matched_user, jd_text=jd, limit=n)
            ids = [m.resume_id for m in ranked]
            rank = ids.index(matched[i]) + 1
            hits += rank == 1
            rr += 1 / rank
            own = {m.resume_id: m.score for m in ranked}[matched[i]]
            other = rank_resumes_for_job(s, index, embedder, filtered_user, jd_text=jd, limit=n)
            wins += own > {m.resume_id: m.score for m in other}[filtered[i]]
    return Figures(n, hits / n, rr / n, wins / n, time.perf_counter() - started)


def table(name: str, figures: Figures) -> str:
    """The figures as a Markdown table."""
    return "\n".join(
        [
            f"Resume ranking on RJDB dev ({figures.n} job descriptions, embedder {name})",
            "| measure | value |",
            "|---|---|",
            f"| matched resume ranked 1st among {figures.n} matched resumes | {figures.top1:.1%} |",
            f"| mean reciprocal rank of the matched resume | {figures.mrr:.3f} |",
            f"| matched resume scores above its filtered copy | {figures.pairwise:.1%} |",
            f"| time (index {2 * figures.n} resumes, rank {figures.n} jobs twice) "
            f"| {figures.seconds:.1f} s |",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    """Print the ranking table, or a skip message without the data."""
    parser = argparse.ArgumentParser(prog="python -m scripts.eval_ranking")
    parser.add_argument("--weight", type=float, help="share of whole-document similarity")
    args = parser.parse_args(argv)
    path = find_data()
    if path is None:
        print(f"Skipped resume ranking: {RELATIVE} not found beside the project.")
        return 0
    if args.weight is not None:
        scoring.WHOLE_WEIGHT = args.weight
    from tracker_core.embeddings import get_embedder

    embedder = get_embedder()
    print(table(embedder.name, evaluate(_load(path), embedder)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
