"""A realistic job search for the stats page and its bench: months of applications with histories.

Run: DATA_DIR=/tmp/statsdata python -m scripts.stats_seed you@example.com [--n 300]
(creates the account with password "stats-demo-pass" if it does not exist).
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert, select

from tracker_core import clock
from tracker_core.models import Application, CustomStage, Resume, StatusChange, User

SOURCES = (
    ("LinkedIn", 0.38, 0.28),
    ("Company site", 0.24, 0.35),
    ("Indeed", 0.16, 0.22),
    ("Referral", 0.10, 0.65),
    ("Recruiter", 0.09, 0.45),
    ("Meetup", 0.03, 0.5),
)  # (name, share of applications, chance of an answer)
RESUMES = ("Data CV v2", "Data CV v3", "Generalist")
PHONE = "phone_screen"


def _pick_source(rng: random.Random) -> tuple[str | None, float]:
    roll = rng.random()
    for name, share, answer in SOURCES:
        if roll < share:
            return name, answer
        roll -= share
    return None, 0.25


def _history(
    rng: random.Random, sent: datetime, answer: float, now: datetime, back: float = 0.15
) -> list[Any]:
    """(moment, status) moves of one application; stops at `now`, so recent ones are open."""
    moves: list[tuple[datetime, str]] = []
    if rng.random() < (0.6 if back < 0.5 else 1.0):
        moves.append((sent - timedelta(days=rng.randint(0, 4), hours=3), "saved"))
    moves.append((sent, "applied"))
    t = sent

    def later(median_days: float) -> datetime:
        return t + timedelta(days=max(0.2, rng.lognormvariate(0, 0.6) * median_days))

    if rng.random() >= answer:  # no answer: ghosted after a while, or still waiting
        t = later(30)
        if rng.random() < 0.6 and t < now:
            moves.append((t, "ghosted" if rng.random() < 0.85 else "withdrawn"))
        return moves
    t = later(8)
    if t > now:
        return moves
    if rng.random() < 0.4:
        moves.append((t, "rejected"))
        return moves
    moves.append((t, PHONE if rng.random() < 0.3 else "screening"))
    for step, go_on, median in (("interview", 0.55, 7), ("offer", 0.3, 10), ("accepted", 0.5, 5)):
        t = later(median)
        if t > now:
            return moves
        if rng.random() >= go_on:
            moves.append((t, "withdrawn" if rng.random() < 0.2 else "rejected"))
            return moves
        moves.append((t, step))
        if step == "interview" and rng.random() < back:  # moved back, then on again
            t = later(2)
            if t > now:
                return moves
            moves.append((t, "screening"))
            t = later(3)
            if t > now:
                return moves
            moves.append((t, "interview"))
    return moves


def seed_job_search(
    engine: Engine,
    user_id: str,
    n: int,
    days: int = 180,
    seed: int = 12,
    busy: bool = False,
) -> tuple[int, int]:
    """n applications sent over the last `days` (more lately), 12% never sent; returns counts.

    `busy` answers more often and moves more back and forth (about 4 changes an application),
    for the bench's 10,000 applications and 40,000 status changes.
    """
    rng = random.Random(seed)
    now = clock.now()
    with engine.begin() as conn:
        conn.execute(
            insert(CustomStage),
            [
                {
                    "user_id": user_id,
                    "key": PHONE,
                    "label": "Phone screen",
                    "position": 1,
                    "funnel_step": "screening",
                }
            ],
        )
        conn.execute(
            insert(Resume),
            [
                {"user_id": user_id, "label": r, "text": "", "version": 1, "uploaded_at": now}
                for r in RESUMES
            ],
        )
        resume_ids = list(
            conn.execute(select(Resume.id).where(Resume.user_id == user_id)).scalars()  # type: ignore[arg-type]
        )
        stories = []
        for i in range(n):
            sent = now - timedelta(days=days * rng.random() ** 1.3, hours=rng.randint(0, 10))
            source, answer = _pick_source(rng)
            if rng.random() < 0.12:
                moves = [(sent, "saved")] + (
                    [(sent + timedelta(days=3), "withdrawn")] if rng.random() < 0.3 else []
                )
            else:
                moves = _history(
                    rng, sent, min(1.0, answer + 0.6 * busy), now, 0.9 if busy else 0.15
                )
            resume = rng.choice(resume_ids) if rng.random() < 0.9 else None
            applied_on = sent.date() if any(s == "applied" for _, s in moves) else None
            stories.append((i, source, resume, applied_on, moves))
        conn.execute(
            insert(Application),
            [
                {
                    "user_id": user_id,
                    "company": f"Company {i:04d}",
                    "position": rng.choice(("Data Engineer", "Analytics Engineer", "Data Analyst")),
                    "source": source,
                    "status": moves[-1][1],
                    "applied_on": applied_on,
                    "resume_id": resume,
                    "priority": 3,
                    "notes": "",
                    "job_description": "",
                    "is_sample": False,
                    "version": 1,
                    "created_at": moves[0][0],
                    "updated_at": moves[-1][0],
                }
                for i, source, resume, applied_on, moves in stories
            ],
        )
        ids = list(
            conn.execute(
                select(Application.id)
                .where(Application.user_id == user_id)
                .order_by(Application.id)  # type: ignore[arg-type]
            ).scalars()
        )
        changes = [
            {
                "user_id": user_id,
                "application_id": app_id,
                "from_status": moves[k - 1][1] if k else None,
                "to_status": status,
                "changed_at": moment,
                "note": "",
            }
            for app_id, (_i, _s, _r, _a, moves) in zip(ids[-n:], stories, strict=True)
            for k, (moment, status) in enumerate(moves)
        ]
        conn.execute(insert(StatusChange), changes)
    return n, len(changes)


def main() -> int:
    from tracker_core.config import get_settings
    from tracker_core.db import make_engine, migrate
    from tracker_core.services.auth import LocalAuth

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("email")
    parser.add_argument("--n", type=int, default=300)
    args = parser.parse_args()
    settings = get_settings()
    engine = make_engine(settings.DATABASE_URL)
    migrate(engine)
    with engine.connect() as conn:
        found = conn.execute(select(User.id).where(User.email == args.email)).scalar()  # type: ignore[arg-type]
    user_id = found or LocalAuth(engine, settings).sign_up(args.email, "stats-demo-pass").user.id
    apps, changes = seed_job_search(engine, user_id, args.n, seed=12)
    print(f"{args.email}: {apps} applications, {changes} status changes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
