"""The stats page's data: one user's applications and history in two queries, then the figures.

The rules each figure follows are in :mod:`tracker_core.stats.history` and on the page.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field, ValidationError
from sqlmodel import Session

from tracker_core import clock
from tracker_core import repositories as repo
from tracker_core.gc_pause import paused_gc
from tracker_core.localtime import as_utc
from tracker_core.services.stages import list_stages
from tracker_core.services.user_zone import user_tz
from tracker_core.stats import AppRecord, StatsFilter, StatsResult, compute_stats

MAX_WEEKLY_GOAL = 200


class InvalidWeeklyGoal(ValueError):
    """A weekly goal out of range; the message is written for the user."""


class WeeklyGoal(BaseModel):
    goal: int | None = Field(default=None, ge=0, le=MAX_WEEKLY_GOAL)


def stats_for(
    *,
    session: Session,
    user_id: str,
    filters: StatsFilter | None = None,
    now: datetime | None = None,
    tag: str = "",
) -> StatsResult:
    """Every stats figure for this user's own applications under `filters`.

    Args:
        filters: date range (by sent date), source and resume; everything when None.
        now: the moment "today" and "still open" are judged at; the clock's when None.
        tag: only applications carrying this tag; every application when "".

    Returns:
        A StatsResult; `to_dict()` is what an API's `GET /stats` returns.
    """
    with paused_gc():  # 40,000 rows into 10,000 journeys: see tracker_core.gc_pause
        now = as_utc(now or clock.now())
        steps = {s.key: s.funnel_step for s in list_stages(session=session, user_id=user_id)}
        # Rows come in the records' field order; the UTC column type already makes moments aware.
        apps = list(
            map(AppRecord._make, repo.list_stats_applications(session=session, user_id=user_id))
        )
        changes = repo.list_stats_changes(session=session, user_id=user_id)  # used as they come
        if tag:
            keep = repo.list_tagged_application_ids(session=session, user_id=user_id, name=tag)
            apps = [a for a in apps if a.id in keep]
            changes = [c for c in changes if c[0] in keep]
        resumes = {
            r.id: r.label for r in repo.list_resumes(session=session, user_id=user_id) if r.id
        }
        return compute_stats(
            apps=apps,
            changes=changes,
            steps=steps,
            resumes=resumes,
            weekly_goal=repo.get_weekly_goal(session=session, user_id=user_id),
            filters=filters or StatsFilter(),
            now=now,
            tz=user_tz(session=session, user_id=user_id),
        )


def set_weekly_goal(*, session: Session, user_id: str, goal: int | None) -> int | None:
    """Store how many applications a week the user aims for (0 or None: no goal)."""
    try:
        value = WeeklyGoal(goal=goal).goal
    except ValidationError:
        raise InvalidWeeklyGoal(
            f"A weekly goal is a whole number from 0 to {MAX_WEEKLY_GOAL}."
        ) from None
    value = value or None
    repo.set_weekly_goal(session=session, user_id=user_id, goal=value)
    session.commit()
    return value


def filter_options(*, session: Session, user_id: str) -> tuple[list[str], dict[int, str]]:
    """The sources ("" for none recorded) and resumes (id -> label) the page can filter by."""
    found = {(s or "").strip() for s in repo.list_stats_sources(session=session, user_id=user_id)}
    sources = sorted(found - {""}, key=str.casefold) + ([""] if "" in found else [])
    resumes = {r.id: r.label for r in repo.list_resumes(session=session, user_id=user_id) if r.id}
    return sources, resumes
