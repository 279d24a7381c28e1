"""The skill vocabulary's data files under tracker_core/data, read once at import."""

from __future__ import annotations

import json
from importlib import resources


def gazetteer_terms() -> list[str]:
    """Skill names from skill-extractor's MIT-licensed gazetteer (data/gazetteer/SOURCE.md)."""
    path = resources.files("tracker_core").joinpath("data", "gazetteer", "skills.json")
    terms: list[str] = json.loads(path.read_text(encoding="utf-8"))
    return terms


def _load_terms(name: str) -> frozenset[str]:
    """Terms of one of our data files, one per line, '#' starts a comment line."""
    path = resources.files("tracker_core").joinpath("data", name)
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


STOP_TERMS: frozenset[str] = _load_terms("skill_stoplist.txt")
LEARNED_MARK = "# --- learned from SkillSpan train (scripts/tune_skills.py) ---"
# The hand-written part of the stop-list (soft skills, filler words): never skills, in any context.
HAND_STOP_TERMS: frozenset[str] = frozenset(
    ln.strip()
    for ln in resources.files("tracker_core")
    .joinpath("data", "skill_stoplist.txt")
    .read_text(encoding="utf-8")
    .split(LEARNED_MARK)[0]
    .splitlines()
    if ln.strip() and not ln.startswith("#")
)
LEARNED_SKILLS: frozenset[str] = _load_terms("skill_extra.txt")
