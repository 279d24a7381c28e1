"""Quality table of the job-description parser on our own written postings (make eval).

Scored like the outside grader: salary exact (min, max AND period) on postings that state
one; remote policy precision/recall/F1 per class (remote, hybrid, onsite; a None answer or
a None truth counts against the class that was predicted or missed), with macro F1 (mean of
the three class F1s, the headline) and micro F1; title accuracy on postings naming one.
Company and location accuracy are shown for information. Needs nothing outside the repo.

`--failures` lists every miss.
"""

from __future__ import annotations

import argparse
from typing import Any

from scripts.postings_data import load_postings, same_text
from tracker_core.jd_parser import ParsedJob, parse_job_description

CLASSES = ("remote", "hybrid", "onsite")


def _salary(job: ParsedJob) -> tuple[float | None, float | None, str | None] | None:
    if job.salary_min is None and job.salary_max is None:
        return None
    return (job.salary_min, job.salary_max, job.salary_period)


def _same_salary(got: Any, want: Any) -> bool:
    if got is None or want is None:
        return got is None and want is None
    lo, hi, period = want
    return (
        (got[0] is None) == (lo is None)
        and (lo is None or abs(got[0] - lo) < 0.01)
        and (got[1] is None) == (hi is None)
        and (hi is None or abs(got[1] - hi) < 0.01)
        and got[2] == period
    )


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(postings: list[dict[str, Any]]) -> tuple[dict[str, Any], list[str]]:
    """Figures for one set of postings and a line per miss."""
    misses: list[str] = []
    counts = {c: [0, 0, 0] for c in CLASSES}
    sal_ok = sal_n = sal_fp = sal_none_n = 0
    title_ok = title_n = 0
    info = {"company": [0, 0], "location": [0, 0]}
    for posting in postings:
        job = parse_job_description(posting["text"])
        want = posting["expect"]
        pid = posting["id"]
        if "salary" in want:
            got = _salary(job)
            if want["salary"] is None:
                sal_none_n += 1
                if got is not None:
                    sal_fp += 1
                    misses.append(f"{pid}: salary {got} but the posting states none")
            else:
                sal_n += 1
                if _same_salary(got, want["salary"]):
                    sal_ok += 1
                else:
                    misses.append(f"{pid}: salary {got} != {tuple(want['salary'])}")
        truth, pred = want["remote"], job.remote
        for c in CLASSES:
            counts[c][0] += pred == c and truth == c
            counts[c][1] += pred == c and truth != c
            counts[c][2] += truth == c and pred != c
        if pred != truth:
            misses.append(f"{pid}: remote {pred} != {truth}")
        if want.get("title"):
            title_n += 1
            if same_text(job.title, want["title"]):
                title_ok += 1
            else:
                misses.append(f"{pid}: title {job.title!r} != {want['title']!r}")
        for field, tally in info.items():
            if field in want:
                tally[1] += 1
                if same_text(getattr(job, field), want[field]):
                    tally[0] += 1
                else:
                    misses.append(f"{pid}: {field} {getattr(job, field)!r} != {want[field]!r}")
    per_class = {c: _prf(*counts[c]) for c in CLASSES}
    micro = _prf(*(sum(counts[c][i] for c in CLASSES) for i in range(3)))
    figures = {
        "n": len(postings),
        "salary": (sal_ok, sal_n),
        "salary_fp": (sal_fp, sal_none_n),
        "per_class": per_class,
        "macro_f1": sum(f for _, _, f in per_class.values()) / len(CLASSES),
        "micro_f1": micro[2],
        "title": (title_ok, title_n),
        **info,
    }
    return figures, misses


def _ratio(pair: tuple[int, int] | list[int]) -> str:
    ok, n = pair
    return f"{ok / n:6.3f} ({ok}/{n})" if n else "     - (0/0)"


def print_table(name: str, figures: dict[str, Any]) -> None:
    """One block of the table."""
    print(f"\n{name}: {figures['n']} postings")
    print(
        f"  {'salary exact (min, max, period), stated':<44}{_ratio(figures['salary'])}"
        "   target >= 0.95"
    )
    print(f"  {'salary invented where none stated':<44}{_ratio(figures['salary_fp'])}")
    for c, (p, r, f1) in figures["per_class"].items():
        print(f"  {'remote ' + c + '  P / R / F1':<44}{p:6.3f} / {r:.3f} / {f1:.3f}")
    print(
        f"  {'remote macro F1 (mean of 3 classes)':<44}{figures['macro_f1']:6.3f}"
        "          target >= 0.80"
    )
    print(f"  {'remote micro F1':<44}{figures['micro_f1']:6.3f}")
    print(f"  {'title, postings naming one':<44}{_ratio(figures['title'])}   target >= 0.80")
    print(f"  {'company (info)':<44}{_ratio(figures['company'])}")
    print(f"  {'location (info)':<44}{_ratio(figures['location'])}")


def main() -> None:
    """Print the parser quality table; `--failures` also lists the misses."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--failures", action="store_true", help="list every miss")
    args = parser.parse_args()
    written, more, fresh = (load_postings(group) for group in ("written", "more", "fresh"))
    sets = [
        ("all postings", [*written, *more, *fresh]),
        ("tests/data/postings/written.yaml", written),
        ("tests/data/postings/more-*.yaml (tuned on)", more),
        ("tests/data/postings/fresh.yaml (written last; untuned figures in git log)", fresh),
    ]
    print("Job-description parser on our written postings")
    for name, postings in sets:
        if not postings:
            continue
        figures, misses = score(postings)
        print_table(name, figures)
        if args.failures and name == "all postings":
            for miss in misses:
                print(f"    miss  {miss}")


if __name__ == "__main__":
    main()
