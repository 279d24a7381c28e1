"""The question bank shipped in bank.json: behavioural questions by competency, and more."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

BANK_PATH = Path(__file__).with_name("bank.json")


@dataclass(frozen=True)
class Competency:
    """A competency, the posting words that hint at it, and its questions."""

    name: str
    cues: tuple[str, ...]
    questions: tuple[str, ...]


@dataclass(frozen=True)
class Bank:
    competencies: tuple[Competency, ...]
    motivation: tuple[str, ...]
    ask_employer: tuple[str, ...]


@lru_cache(maxsize=1)
def load_bank(path: Path = BANK_PATH) -> Bank:
    """Read the bank file once."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    comps = tuple(
        Competency(name, tuple(body["cues"]), tuple(body["questions"]))
        for name, body in raw["competencies"].items()
    )
    return Bank(comps, tuple(raw["motivation"]), tuple(raw["ask_employer"]))


def competency_names() -> list[str]:
    return [c.name for c in load_bank().competencies]
