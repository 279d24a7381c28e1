"""The typed, JSON-serialisable result: what the page renders and `GET /stats` returns."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel

from tracker_core.stats.records import StatsFilter

MIN_GROUP = 5  # a group with fewer sent applications is shown as "too few to tell"


class FunnelRow(BaseModel):
    """Applications that ever reached `step`; `conversion` = converted / reached (None: last)."""

    step: str
    reached: int
    conversion: float | None
    converted: int  # reached the next step
    dropped: int  # did not, and is closed
    still_open: int  # did not, and is still open


class CohortRow(BaseModel):
    """The funnel of the applications sent in one week or month."""

    start: date
    label: str
    sent: int
    funnel: list[FunnelRow]


class FlowLink(BaseModel):
    source: str
    target: str
    value: int


class Flow(BaseModel):
    """Sankey data: each application's forward path of steps plus where it ended up."""

    nodes: list[str]
    links: list[FlowLink]


class RateGroup(BaseModel):
    """Response and interview rates of one group, with 95% Wilson intervals."""

    name: str
    n: int
    responded: int
    response_rate: float | None
    response_low: float
    response_high: float
    interviewed: int
    interview_rate: float | None
    interview_low: float
    interview_high: float
    enough: bool  # n >= MIN_GROUP; otherwise "too few to tell" and not ranked


class Rates(BaseModel):
    overall: RateGroup
    by_source: list[RateGroup]
    by_resume: list[RateGroup]


class Duration(BaseModel):
    """Median and 75th percentile in days over `n` measured applications (None when n is 0)."""

    n: int
    median_days: float | None
    p75_days: float | None


class StageTime(BaseModel):
    step: str
    time: Duration
    still_there: int


class TimeFigures(BaseModel):
    first_response: Duration
    still_waiting: int  # sent, no answer yet, still open: left out of first_response
    unknown: int  # answered, but the history does not say when
    stages: list[StageTime]


class WeekCount(BaseModel):
    start: date
    sent: int
    met: bool | None  # None: no goal set


class Activity(BaseModel):
    goal: int | None
    weeks: list[WeekCount]
    this_week: int
    streak: int  # weeks in a row up to now that met the goal (this week counts once it has)


class Option(BaseModel):
    value: str
    label: str


class StatsResult(BaseModel):
    """Every figure of the stats page for one user and one filter."""

    generated_at: datetime
    filter: StatsFilter
    date_from: date | None
    date_to: date | None
    sent: int
    not_sent: int  # saved (or closed) without being sent, in the filter's source and resume
    has_any: bool  # the user has any application at all (for the empty state)
    funnel: list[FunnelRow]
    cohorts_week: list[CohortRow]
    cohorts_month: list[CohortRow]
    flow: Flow
    rates: Rates
    time: TimeFigures
    activity: Activity
    sources: list[Option]
    resumes: list[Option]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON types (dates as ISO strings)."""
        return self.model_dump(mode="json")
