"""Vector benchmarks: local-mode top-10 search among 100,000 points; indexing 1,000 JDs.

Run: python -m scripts.bench_vectors [--skip-shared] [--disk]. Prints a Markdown table. Local
mode keeps every point in memory whether its folder is on disk or not, so searches are timed on
an in-memory store unless --disk is given (filling 100,000 points on disk takes minutes).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from qdrant_client import QdrantClient

from tracker_core.vectors import QdrantIndex
from tracker_core.vectors.index import Embedder, IndexPoint, Space
from tracker_core.vectors.qdrant import point_id
from tracker_core.vectors.sync import Document, index_documents

USERS = 10
PER_USER = 10_000
DIM = 256
BATCH = 2_000
SKILLS = (
    "Python SQL Spark Kafka Airflow dbt Snowflake AWS GCP Azure Kubernetes Docker Terraform "
    "React TypeScript Java Go Rust pandas PyTorch TensorFlow Tableau Excel Salesforce SAP "
    "negotiation coaching budgeting forecasting auditing triage scheduling procurement"
).split()
PHRASES = (
    "You will design, build and operate {a} services used by thousands of customers.",
    "We expect strong experience with {a} and {b}, and curiosity about {c}.",
    "Partner with product, design and operations to ship {a} improvements every week.",
    "Own the roadmap for {a} and mentor colleagues on {b} best practices.",
    "Nice to have: {a}, {b} or {c} in a regulated industry.",
    "We offer flexible hours, a learning budget, and a hybrid office in {city}.",
)
CITIES = ("Berlin", "Lisbon", "Austin", "Toronto", "Leeds", "Pune")
TITLES = ("Data Engineer", "Backend Developer", "Product Manager", "Nurse", "Accountant")


def _unit_rows(rng: np.random.Generator, n: int) -> np.ndarray:
    rows = rng.standard_normal((n, DIM)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def _fill(index: QdrantIndex, space: Space, users: int, per_user: int) -> None:
    """Store random unit vectors as job points: per_user for each of `users` users."""
    rng = np.random.default_rng(7)
    for u in range(users):
        uid = f"user-{u}"
        for start in range(0, per_user, BATCH):
            rows = _unit_rows(rng, min(BATCH, per_user - start))
            points = [
                IndexPoint(point_id(uid, "job", start + i, 0), row.tolist(), start + i, 0, "", "")
                for i, row in enumerate(rows)
            ]
            index.upsert(space, uid, "job", points)


def _timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median and 95th percentile in milliseconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]


def _client(folder: Path | None) -> QdrantClient:
    return QdrantClient(path=str(folder)) if folder else QdrantClient(":memory:")


def bench_search(folder: Path | None, shared: bool, runs: int) -> tuple[float, float, float]:
    """Build the store, then time top-10 searches for user 0; returns build s, median, p95."""
    space = Space("bench-random", DIM)
    index = QdrantIndex(_client(folder), shared=shared, where=str(folder))
    started = time.perf_counter()
    _fill(index, space, USERS, PER_USER)
    built = time.perf_counter() - started
    queries = _unit_rows(np.random.default_rng(11), runs)
    it = iter(queries)
    median, p95 = _timed(lambda: index.search(space, "user-0", "job", next(it).tolist(), 10), runs)
    index.client.close()
    return built, median, p95


def job_descriptions(n: int) -> list[str]:
    """n varied synthetic job descriptions of about 250 words."""
    rnd = random.Random(3)
    docs = []
    for i in range(n):
        lines = [f"## {rnd.choice(TITLES)} (ref {i})", "## Responsibilities"]
        for _ in range(14):
            a, b, c = rnd.sample(SKILLS, 3)
            lines.append(rnd.choice(PHRASES).format(a=a, b=b, c=c, city=rnd.choice(CITIES)))
            if len(lines) == 9:
                lines.append("## Requirements")
        docs.append("\n".join(lines))
    return docs


def bench_indexing(folder: Path, embedder: Embedder, n: int) -> tuple[float, float, int]:
    """Seconds to index n JDs in one batch (rebuild) and one by one (write-through)."""
    docs = job_descriptions(n)
    index = QdrantIndex(QdrantClient(path=str(folder)), shared=False, where=str(folder))
    started = time.perf_counter()
    points = index_documents(
        index, embedder, "batch", "job", [Document(i, d) for i, d in enumerate(docs)]
    )
    batch = time.perf_counter() - started
    started = time.perf_counter()
    for i, d in enumerate(docs):
        index_documents(index, embedder, "single", "job", [Document(i, d)])
    single = time.perf_counter() - started
    index.client.close()
    return batch, single, points


def bench_rows() -> list[tuple[str, float, str, str, bool]]:
    """Rows for `make bench` (scripts/bench.py): local search and indexing with the real model."""
    from tracker_core.embeddings import get_embedder

    _, med, _ = bench_search(None, False, 200)
    with tempfile.TemporaryDirectory() as tmp:
        batch, single, _ = bench_indexing(Path(tmp), get_embedder(), 1_000)
    search = f"vectors: top-10 among one user's {PER_USER:,} of {USERS * PER_USER:,} (local)"
    return [
        (search, med, "ms", "< 50", med < 50),
        ("vectors: index 1,000 job descriptions, batched", batch, "s", "< 10", batch < 10),
        ("vectors: index 1,000 job descriptions, one by one", single, "s", "< 10", single < 10),
    ]


BENCHES = [bench_rows]


def main(argv: list[str] | None = None) -> int:
    """Print the benchmark table."""
    parser = argparse.ArgumentParser(prog="python -m scripts.bench_vectors")
    parser.add_argument("--skip-shared", action="store_true", help="skip the slow comparison")
    parser.add_argument("--disk", action="store_true", help="search store on disk (slow to fill)")
    args = parser.parse_args(argv)
    from tracker_core.embeddings import get_embedder

    embedder = get_embedder()
    where = "on disk" if args.disk else "in memory"
    rows = ["| measurement (qdrant-client local mode) | result | target |", "|---|---|---|"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "per-user" if args.disk else None
        built, med, p95 = bench_search(folder, False, 200)
        rows.append(
            f"| top-10 search, one user's {PER_USER:,} of {USERS * PER_USER:,} points "
            f"(collection per user, {where}) | median {med:.1f} ms, p95 {p95:.1f} ms | < 50 ms |"
        )
        if not args.skip_shared:
            _, smed, sp95 = bench_search(None, True, 5)
            rows.append(
                f"| same search in one shared collection filtered on user_id (not used "
                f"locally) | median {smed:.0f} ms, p95 {sp95:.0f} ms | for comparison |"
            )
        batch, single, points = bench_indexing(Path(tmp) / "jobs", embedder, 1_000)
        rows.append(
            f"| index 1,000 job descriptions ({points:,} chunks, {embedder.name}), on disk, "
            f"batched as in rebuild | {batch:.2f} s | < 10 s |"
        )
        rows.append(
            f"| index 1,000 job descriptions one by one, as on save | {single:.2f} s | < 10 s |"
        )
        rows.append(f"| (setup) store {USERS * PER_USER:,} points {where} | {built:.1f} s | |")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
