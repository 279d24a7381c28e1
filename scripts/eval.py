"""Quality table of the skill extractor and the offline analyser on ../shared/eval (make eval)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from scripts.eval_rjdb import evaluate as evaluate_rjdb
from scripts.eval_rjdb import load_rows
from scripts.eval_skillspan import evaluate as evaluate_skillspan
from scripts.eval_skillspan import prf, read_postings
from tracker_core.analysis import analyze_resume
from tracker_core.embeddings import get_embedder
from tracker_core.skills import extract_skills

ROOT = Path(__file__).resolve().parent.parent


def eval_dir() -> Path:
    """Folder of the development data: $TRACKER_EVAL_DIR or ../shared/eval."""
    return Path(os.environ.get("TRACKER_EVAL_DIR") or ROOT.parent / "shared" / "eval")


def skillspan_table(folder: Path, split: str) -> None:
    """SkillSpan KNOWLEDGE precision/recall/F1, averaged per posting, per file and overall."""
    files = sorted(folder.glob(f"*_{split}.conll"))
    results = evaluate_skillspan(files, extract_skills)
    print(f"\nSkillSpan hard skills (KNOWLEDGE), {split}, macro over postings")
    print(f"{'file':<28}{'postings':>9}{'P':>7}{'R':>7}{'F1':>7}")
    total_n = 0
    sums = [0.0, 0.0, 0.0]
    for name, (p, r, f1, n) in results.items():
        print(f"{name:<28}{n:>9}{p:>7.3f}{r:>7.3f}{f1:>7.3f}")
        total_n += n
        sums = [s + v * n for s, v in zip(sums, (p, r, f1), strict=True)]
    if total_n:
        p, r, f1 = (s / total_n for s in sums)
        print(f"{'all postings':<28}{total_n:>9}{p:>7.3f}{r:>7.3f}{f1:>7.3f}")
    pooled = _pooled(files)
    print(f"{'pooled (micro)':<28}{'':>9}{pooled[0]:>7.3f}{pooled[1]:>7.3f}{pooled[2]:>7.3f}")


def _pooled(files: list[Path]) -> tuple[float, float, float]:
    """Micro P/R/F1 over all postings of the files."""
    from scripts.eval_skillspan import canon, score_posting

    counts = [0, 0, 0, 0]
    for path in files:
        for post in read_postings(path):
            gold = post.gold()
            if gold:
                pred = {canon(s) for s in extract_skills(post.text)}
                counts = [a + b for a, b in zip(counts, score_posting(pred, gold), strict=True)]
    return prf(*counts)


def rjdb_table(folder: Path, embedders: list[str]) -> None:
    """RJDB pairwise accuracy, pooled AUC and missing-keyword P/R/F1 for each embedder."""
    path = folder / "rjdb" / "dev.jsonl"
    if not path.exists():
        print(f"\nRJDB: {path} not found, skipped")
        return
    rows = load_rows(path)
    splits = {"dev[0:100] (tuning)": rows[:100], "dev[100:] (held out)": rows[100:], "dev": rows}
    print("\nRJDB resume/posting pairs (offline engine)")
    print(
        f"{'embedder':<16}{'rows':<22}{'pairwise':>9}{'AUC':>7}{'kw P':>7}{'kw R':>7}"
        f"{'kw F1':>7}{'ms/an.':>8}"
    )
    for name in embedders:
        model = get_embedder(name)
        for label, subset in splits.items():
            res = evaluate_rjdb(subset, lambda r, j, m=model: analyze_resume(r, j, embedder=m))
            print(
                f"{name:<16}{label:<22}{res.pairwise:>9.3f}{res.auc:>7.3f}{res.kw_precision:>7.3f}"
                f"{res.kw_recall:>7.3f}{res.kw_f1:>7.3f}{res.ms_per_analysis:>8.1f}"
            )


def main() -> None:
    """Print the tables; skip with a message when the data folder is absent."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--embedders", default="minilm-m2v-256", help="comma-separated names")
    parser.add_argument("--skillspan-split", default="dev", choices=["dev", "train"])
    args = parser.parse_args()
    folder = eval_dir()
    if not folder.is_dir():
        print(f"eval data not found at {folder}; skipping (set TRACKER_EVAL_DIR to point at it)")
        return
    if (folder / "skillspan").is_dir():
        skillspan_table(folder / "skillspan", args.skillspan_split)
    else:
        print("\nSkillSpan: folder not found, skipped")
    rjdb_table(folder, args.embedders.split(","))


if __name__ == "__main__":
    main()
