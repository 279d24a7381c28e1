"""What the stats computation reads: plain records (no SQL) and the user's filter."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, model_validator

# The funnel's steps in order; a step's index is its rank. "saved" is rank 0 and not in the funnel.
FUNNEL: tuple[str, ...] = ("applied", "screening", "interview", "offer", "accepted")
RANK: dict[str, int] = {"saved": 0, **{step: i + 1 for i, step in enumerate(FUNNEL)}}
DROP_OUTS: tuple[str, ...] = ("rejected", "withdrawn", "ghosted")

Period = Literal["7d", "30d", "90d", "all", "custom"]
Change = tuple[int, str, datetime]  # what the computation reads: a ChangeRecord or a query row
PERIOD_DAYS: dict[str, int] = {"7d": 7, "30d": 30, "90d": 90}


class AppRecord(NamedTuple):
    """One application as the stats see it (deleted ones are never loaded)."""

    id: int
    status: str
    source: str | None
    resume_id: int | None
    applied_on: date | None


class ChangeRecord(NamedTuple):
    """One StatusChange row (where it came from is not needed: the previous row says it).

    The computation reads any (application_id, to_status, changed_at) tuple, so the service
    hands it the query's 40,000 rows as they are; this names the fields for everyone else.
    """

    application_id: int
    to_status: str
    changed_at: datetime


class InvalidStatsFilter(ValueError):
    """A filter that cannot be applied; the message is written for the user."""


class StatsFilter(BaseModel):
    """Which applications count: by the date they were sent, their source and their resume.

    `period` "7d" means the last 7 days up to and including today; "custom" uses `start`/`end`
    (either may be open). `source` "" means applications with no source recorded.
    """

    model_config = ConfigDict(frozen=True)

    period: Period = "all"
    start: date | None = None
    end: date | None = None
    source: str | None = None
    resume_id: int | None = None

    @model_validator(mode="after")
    def _range(self) -> StatsFilter:
        if self.period == "custom" and self.start and self.end and self.start > self.end:
            raise InvalidStatsFilter("The start date is after the end date.")
        return self

    def date_range(self, today: date) -> tuple[date | None, date | None]:
        """The first and last sent date that count (None: open-ended)."""
        if self.period in PERIOD_DAYS:
            return today - timedelta(days=PERIOD_DAYS[self.period] - 1), today
        if self.period == "custom":
            return self.start, self.end
        return None, None
