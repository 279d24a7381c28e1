"""Practice order: weak answers first, and more often as the interview gets closer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from tracker_core.prep.models import Question

WEAK = 2  # a self-rating of 1 or 2


@dataclass(frozen=True)
class AttemptMark:
    """The part of a practice attempt the schedule needs."""

    question_key: str
    rating: int
    at: datetime


def repeats_for(days_left: int | None) -> int:
    """How many times a weak question comes back in one round of practice."""
    if days_left is None or days_left > 14:
        return 1
    if days_left > 3:
        return 2
    return 3


def practice_order(
    questions: Sequence[Question], attempts: Sequence[AttemptMark], *, days_left: int | None
) -> list[Question]:
    """The questions in practice order: weak (latest rating 1-2), new, middling, strong.

    Weak questions come back `repeats_for(days_left)` times, spread among the others.
    """
    latest: dict[str, AttemptMark] = {}
    for a in sorted(attempts, key=lambda a: a.at):
        latest[a.question_key] = a
    weak = [q for q in questions if q.key in latest and latest[q.key].rating <= WEAK]
    new = [q for q in questions if q.key not in latest]
    middling = [q for q in questions if q.key in latest and latest[q.key].rating == WEAK + 1]
    strong = [q for q in questions if q.key in latest and latest[q.key].rating > WEAK + 1]
    rest = new + middling + strong
    order = list(weak)
    repeats = repeats_for(days_left)
    step = max(2, len(rest) // repeats) if rest else 0
    for round_ in range(1, repeats):
        chunk, rest = rest[:step], rest[step:]
        order += chunk + weak
        if not rest and round_ == repeats - 1:
            break
    return order + rest
