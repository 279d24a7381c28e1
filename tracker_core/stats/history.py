"""One application's history read as a journey through the funnel.

The rules (also shown on the page):

- A status maps to its funnel step (a custom stage through the step it is mapped to); a status
  that is no longer a stage is skipped.
- **Sent**: the application has an applied date, or its history reached applied or a later
  step. Only sent applications count. Saved and then rejected, withdrawn or ghosted without an
  applied date was never sent, so it counts nowhere.
- **Sent date** (puts it in a cohort and a date range): the applied date, else the day its
  history first reached applied or later.
- **Reached** a step: its history ever reached that step or a later one, counted once however
  often it moved back and forth. Created directly in a later stage, it reached every step before.
  A rejection, withdrawal or ghosting never erases a step passed; a sent application reached
  applied.
- **Responded**: reached screening or later, or was rejected, after being sent.
- **Days to first response**: from the sent date to the first change into screening or later or
  into rejected; measured only when the history starts at saved or applied (otherwise when the
  answer came is unknown). Still open without an answer: "still waiting", left out of the figure.
- **Time in a stage**: from entering a funnel step to the next change into another step; the
  stay an open application is in now is left out and counted as "still there".
- **Outcome**: the drop-out (rejected / withdrawn / ghosted) it is in now, if any; an application
  in any other stage except accepted is still open.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo

from tracker_core.stats.records import DROP_OUTS, RANK, AppRecord, Change

TIMED_STEPS: tuple[str, ...] = ("saved", "applied", "screening", "interview", "offer")


@dataclass(slots=True)
class Journey:
    """What the figures need to know about one application."""

    app: AppRecord
    sent_on: date | None = None
    highest: int = 0  # rank of the furthest funnel step reached; 0: saved only
    rejected: bool = False  # ever moved into a stage mapped to rejected
    outcome: str | None = None  # the drop-out it is in now
    is_open: bool = True
    response_days: int | None = None
    response_known: bool = False  # the history shows when the first answer came
    stays: list[tuple[str, float]] = field(default_factory=list)  # (step, days), finished
    ongoing: str | None = None  # the step an open application is in now
    # Worked out once by read_journey (the page reads them hundreds of thousands of times):
    sent: bool = False
    responded: bool = False  # sent, and reached screening or later or was rejected
    interviewed: bool = False  # sent, and reached interview or later
    waiting: bool = False  # sent, no answer, still open


# status -> (funnel step, rank; -1 for a drop-out, whether a stay in it is timed)
StatusTable = Mapping[str, tuple[str, int, bool]]
_CLOSED = frozenset((*DROP_OUTS, "accepted"))
_SCREENING, _INTERVIEW = RANK["screening"], RANK["interview"]


def status_table(steps: Mapping[str, str]) -> dict[str, tuple[str, int, bool]]:
    """status -> (funnel step, rank; -1 for a drop-out, timed), for every status that is a stage."""
    return {
        status: (step, RANK.get(step, -1), step in TIMED_STEPS) for status, step in steps.items()
    }


def read_journey(
    app: AppRecord,
    changes: Sequence[Change],
    steps: Mapping[str, str],
    table: StatusTable | None = None,
    tz: tzinfo = UTC,
) -> Journey:
    """Read one application's changes (oldest first) with `steps` mapping status -> funnel step.

    One pass over the changes, since the stats page reads 40,000 of them; `table` is
    status_table(steps), worked out once by a caller reading many journeys; days (sent,
    answered) are the user's, in zone `tz`.
    """
    lookup = (table if table is not None else status_table(steps)).get
    highest, rejected = 0, False
    first_sent: date | None = None
    first_rank: int | None = None  # rank of the stage it was created in (-1: a drop-out)
    answered: datetime | None = None
    stay_step: str | None = None
    stay_timed = False
    stay_from: datetime | None = None
    stays: list[tuple[str, float]] = []
    for _app_id, status, moment in changes:
        known = lookup(status)
        if known is None:
            continue  # a stage that no longer exists
        step, rank, timed = known
        if rank > highest:
            highest = rank
        if first_sent is None and rank >= 1:
            first_sent = moment.astimezone(tz).date()
        if first_rank is None:
            first_rank = rank
        elif answered is None and (rank >= _SCREENING or step == "rejected"):
            answered = moment
        if step == "rejected":
            rejected = True
        if step != stay_step:  # consecutive stages of one step are one stay
            if stay_timed and stay_from is not None:
                days = (moment - stay_from).total_seconds() / 86_400
                stays.append((stay_step, days if days > 0 else 0.0))  # type: ignore[arg-type]
            stay_step, stay_from, stay_timed = step, moment, timed
    current = steps.get(app.status)
    is_open = current not in _CLOSED
    sent_on = app.applied_on or first_sent
    sent = sent_on is not None
    if sent:
        highest = max(highest, 1)
    responded = sent and (highest >= _SCREENING or rejected)
    # Created past applied, or as a drop-out: when the answer came is unknown.
    known_reply = sent_on is not None and answered is not None and first_rank in (0, 1)
    return Journey(
        app,
        sent_on,
        highest,
        rejected,
        current if current in DROP_OUTS else None,
        is_open,
        max(0, (answered.astimezone(tz).date() - sent_on).days) if known_reply else None,  # type: ignore[union-attr,operator]
        known_reply,
        stays,
        stay_step if is_open and stay_timed else None,
        sent,
        responded,
        sent and highest >= _INTERVIEW,
        sent and not responded and is_open,
    )
