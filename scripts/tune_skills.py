"""Derive the learned skill stop-list and extra terms from the SkillSpan TRAIN splits only."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = Path(os.environ.get("TRACKER_EVAL_DIR") or ROOT.parent / "shared" / "eval") / "skillspan"
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
# A term is stopped when it is found at least STOP_MIN_HITS times in TRAIN and fewer than
# STOP_MAX_GOOD of those hits fall inside a gold span. (Two-fold CV on TRAIN chunks favoured one
# hit, but that list lowered the dev macro F1 from 0.533 to 0.518, so it stays at two.)
STOP_MIN_HITS = 2
STOP_MAX_GOOD = 0.4


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
    from scripts.eval_skillspan import canon, read_postings
    from tracker_core.skills import find_skills, lexicon

    hits: Counter[str] = Counter()
    good: Counter[str] = Counter()
    unknown: Counter[str] = Counter()
    known = lexicon()
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
                    if key not in known and 0 < len(key.split()) <= 3:
                        unknown[key] += 1
    return hits, good, unknown


def _write(name: str, header: str, terms: list[str]) -> None:
    """Replace the learned section of a data file."""
    path = DATA / name
    kept = path.read_text(encoding="utf-8").split(MARK)[0].rstrip() if path.exists() else header
    path.write_text(kept + "\n" + MARK + "\n" + "\n".join(sorted(terms)) + "\n", encoding="utf-8")


def main() -> None:
    """Print and write the learned lists (learned from the base lists, so re-runs agree)."""
    files = sorted(EVAL.glob("*_train.conll"))
    if not files:
        print(f"no SkillSpan train files in {EVAL}; nothing learned")
        return
    _write("skill_stoplist.txt", "# Not hard skills.", [])
    _write("skill_extra.txt", "# Hard skills the gazetteer lacks.", [])
    from tracker_core.skills import lexicon

    hits, good, unknown = count(files)
    protected = set(lexicon().names)
    stop = [k for k, n in hits.items() if n >= STOP_MIN_HITS and good[k] / n < STOP_MAX_GOOD]
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
