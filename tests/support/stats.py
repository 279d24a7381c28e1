"""A small account whose stats are worked out by hand (the figures are in tests/unit/test_stats.py).

NOW is Tuesday 2026-11-24. "Phone screen" is a custom stage mapped to screening.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import Engine

from tests.support.fakes import RecordingVectors
from tracker_core.clock import FixedClock, use_clock
from tracker_core.db import user_session
from tracker_core.models import ApplicationCreate, Resume
from tracker_core.services import applications as apps_svc
from tracker_core.services import stages


def at(month: int, day: int, hour: int = 9) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


@dataclass(frozen=True)
class Story:
    company: str
    source: str | None
    resume: str | None
    applied_on: date | None  # what the app records: set on creation past saved or on "applied"
    moves: list[tuple[datetime, str]]  # the first is the creation
    deleted: bool = False


CUSTOM_STAGE = ("Phone screen", "screening")  # key phone_screen
RESUME = "CV 2026"

STORIES = [
    # Back and forth: screening (custom) -> interview -> screening -> interview, then rejected.
    Story(
        "Acme",
        "LinkedIn",
        RESUME,
        date(2026, 10, 6),
        [
            (at(10, 5), "saved"),
            (at(10, 6), "applied"),
            (at(10, 9), "phone_screen"),
            (at(10, 16), "interview"),
            (at(10, 20), "screening"),
            (at(10, 23), "interview"),
            (at(10, 30), "rejected"),
        ],
    ),
    # Created directly in interview, then offer and accepted.
    Story(
        "Globex",
        "LinkedIn",
        None,
        date(2026, 10, 7),
        [(at(10, 7), "interview"), (at(10, 14), "offer"), (at(10, 21), "accepted")],
    ),
    # Rejected after applying, ten days later.
    Story(
        "Initech",
        "Referral",
        RESUME,
        date(2026, 10, 12),
        [(at(10, 12), "applied"), (at(10, 22), "rejected")],
    ),
    # Saved, then rejected without ever being sent: counts nowhere but in not_sent.
    Story("Umbrella", "Referral", None, None, [(at(10, 12), "saved"), (at(10, 13), "rejected")]),
    # Sent, never answered, ghosted.
    Story(
        "Wayne",
        "LinkedIn",
        None,
        date(2026, 10, 19),
        [(at(10, 19), "applied"), (at(11, 10), "ghosted")],
    ),
    # Sent last week, still waiting.
    Story("Hooli", None, None, date(2026, 11, 16), [(at(11, 16), "applied")]),
    # Sent last week, reached interview, moved back to screening, still open.
    Story(
        "Stark",
        "LinkedIn",
        None,
        date(2026, 11, 17),
        [
            (at(11, 17), "applied"),
            (at(11, 21), "screening"),
            (at(11, 22), "interview"),
            (at(11, 23), "screening"),
        ],
    ),
    # In the trash: never counts.
    Story(
        "Trashed",
        "LinkedIn",
        None,
        date(2026, 11, 2),
        [(at(11, 2), "applied"), (at(11, 3), "interview")],
        deleted=True,
    ),
]


def record_stories(db: Engine, user_id: str) -> None:
    """Play the fixture's history through the real services, each move at its own moment."""
    with user_session(db, user_id) as s:
        stages.add_stage(session=s, user_id=user_id, label=CUSTOM_STAGE[0], funnel_step="screening")
        resume = Resume(user_id=user_id, label=RESUME)
        s.add(resume)
        s.commit()
        for story in STORIES:
            (first_at, first), *moves = story.moves
            with use_clock(FixedClock(first_at)):
                data = ApplicationCreate(
                    company=story.company, position="Dev", source=story.source, status=first
                )
                app = apps_svc.create_application(
                    session=s, user_id=user_id, data=data, vectors=RecordingVectors()
                )
                assert app.id is not None
                if story.resume:
                    app.resume_id = resume.id
                    s.add(app)
                    s.commit()
            for moment, status in moves:
                with use_clock(FixedClock(moment)):
                    apps_svc.change_status(
                        session=s, user_id=user_id, application_id=app.id, to_status=status
                    )
            if story.deleted:
                apps_svc.set_deleted(
                    session=s,
                    user_id=user_id,
                    application_ids=[app.id],
                    deleted=True,
                    vectors=RecordingVectors(),
                )
