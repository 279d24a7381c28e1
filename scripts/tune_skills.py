"""Derive the learned skill stop-list and extra terms from the SkillSpan TRAIN splits only."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]
from eval_skillspan import canon, read_postings  # noqa: E402

from tracker_core.skills import _canonical, _lexicon, find_skills  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "skillspan"
DATA = ROOT / "tracker_core" / "data"
# Words SkillSpan tags as knowledge in context that would be noise as stand-alone skills.
NOT_EXTRA = {
    "location",
    "design",
    "development",
    "engineering",
    "implementation",
    "maintenance",
    "performance",
    "planning",
    "architecture",
    "automation",
    "infrastructure",
    "mobile",
    "security",
    "testing",
    "cloud",
    "hr",
    "net",
    "degree",
    "phd",
    "university degree",
    "bachelor s degree",
    "master s degree",
    "preschool",
}
MARK = "# --- learned from SkillSpan train (scripts/tune_skills.py) ---"


def _token_index(text: str) -> list[int]:
    """Token number of each character of a space-joined sentence."""
    index, tok = [], 0
    for ch in text:
        index.append(tok)
        if ch == " ":
            tok += 1
    return index


def count(files: list[Path]) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Per key: gazetteer hits, hits inside a gold span; gold spans missing from the lexicon."""
    hits: Counter[str] = Counter()
    good: Counter[str] = Counter()
    unknown: Counter[str] = Counter()
    lexicon = _lexicon()
    for path in files:
        for post in read_postings(path):
            for sent, spans in zip(post.sentences, post.spans, strict=True):
                text = " ".join(sent)
                tok_of = _token_index(text)
                gold_toks = {i for a, b in spans for i in range(a, b)}
                for m in find_skills(text):
                    key = canon(m.surface)
                    hits[key] += 1
                    if tok_of[m.start] in gold_toks:
                        good[key] += 1
                for a, b in spans:
                    key = canon(" ".join(sent[a:b]))
                    if key not in lexicon and 0 < len(key.split()) <= 3:
                        unknown[key] += 1
    return hits, good, unknown


def _write(name: str, header: str, terms: list[str]) -> None:
    """Replace the learned section of a data file."""
    path = DATA / name
    kept = path.read_text(encoding="utf-8").split(MARK)[0].rstrip() if path.exists() else header
    path.write_text(kept + "\n" + MARK + "\n" + "\n".join(sorted(terms)) + "\n", encoding="utf-8")


def main() -> None:
    """Print and write the learned lists."""
    files = sorted(EVAL.glob("*_train.conll"))
    hits, good, unknown = count(files)
    protected = set(_canonical())
    stop = [k for k, n in hits.items() if n >= 2 and good[k] / n < 0.4]
    stop = [k for k in stop if k not in protected]
    extra = [
        k
        for k, n in unknown.items()
        if n >= 3 and k.isascii() and not k.startswith("<") and k not in NOT_EXTRA
    ]
    _write("skill_stoplist.txt", "# Not hard skills.", stop)
    _write("skill_extra.txt", "# Hard skills the gazetteer lacks.", extra)
    print(f"stop terms: {len(stop)}, extra terms: {len(extra)}")


if __name__ == "__main__":
    main()
