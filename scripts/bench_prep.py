"""Interview-prep benchmarks: questions for a 700-word posting; suggestions over 200 stories.

Run: python -m scripts.bench_prep (also part of `make bench` through scripts/bench.py).
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable

from tracker_core.embeddings import get_embedder
from tracker_core.prep import StoryView, questions_for
from tracker_core.prep.suggest import suggest_stories

Row = tuple[str, float, str, str, bool]
SKILLS = (
    "Python SQL Excel SAP Terraform AWS Kubernetes welding forklift payroll budgeting triage "
    "phlebotomy scheduling negotiation coaching auditing PLC CAD Salesforce"
).split()
VERBS = "Lead Build Plan Review Maintain Improve Support Report Train Coordinate".split()
COMPS = "teamwork conflict failure leadership ownership prioritising communication".split()


def posting(words: int = 700, seed: int = 3) -> str:
    """A synthetic posting of about `words` words with headed sections."""
    rng = random.Random(seed)
    out = ["Operations Lead", "Acme Group", "", "About us", "We run warehouses across the UK."]
    sections = ["Responsibilities", "Requirements", "Nice to have", "About the team"]
    while sum(len(line.split()) for line in out) < words:
        out.append(rng.choice(sections))
        for _ in range(6):
            a, b = rng.sample(SKILLS, 2)
            out.append(f"- {rng.choice(VERBS)} work with {a} and {b} for our customers and teams")
    return "\n".join(out)


RESUME = "Operations supervisor, 6 years. Excel, SAP, scheduling, payroll, team of 12."


def stories(n: int = 200, seed: int = 5) -> list[StoryView]:
    rng = random.Random(seed)
    return [
        StoryView(
            id=i,
            title=f"Story {i}",
            situation=f"At my last job the {rng.choice(SKILLS)} work was late.",
            action=f"I {rng.choice(VERBS).lower()}ed the {rng.choice(SKILLS)} plan with the team.",
            result=f"We cut delays by {rng.randint(5, 60)}%.",
            tags=rng.sample(COMPS, 2) + rng.sample(SKILLS, 1),
        )
        for i in range(n)
    ]


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm up: the embedder and the skill lexicon load once per process
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bench_prep() -> list[Row]:
    """questions_for on a 700-word posting with a resume; 20 questions x 200 stories."""
    text = posting()
    embedder = get_embedder()
    q_ms = _median_ms(lambda: questions_for(text, RESUME, embedder=embedder), 15)
    questions = questions_for(text, RESUME, embedder=embedder)[:20]
    pool = stories()
    s_ms = _median_ms(lambda: suggest_stories(questions, pool, embedder=embedder), 15)
    words = len(text.split())
    return [
        (
            f"questions_for, {words}-word posting + resume (median of 15)",
            q_ms,
            "ms",
            "< 300",
            q_ms < 300,
        ),
        (
            f"story suggestions, {len(questions)} questions x 200 stories (median of 15)",
            s_ms,
            "ms",
            "< 100",
            s_ms < 100,
        ),
    ]


BENCHES = [bench_prep]


if __name__ == "__main__":
    from scripts.bench import render

    rows = bench_prep()
    print(render(rows))
    sys.exit(0 if all(r[4] for r in rows) else 1)
