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
from datetime import date

from tracker_core.stats.records import DROP_OUTS, FUNNEL, RANK, AppRecord, ChangeRecord

TIMED_STEPS: tuple[str, ...] = ("saved", "applied", "screening", "interview", "offer")


@dataclass
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

    @property
    def sent(self) -> bool:
        return self.sent_on is not None

    @property
    def responded(self) -> bool:
        return self.sent and (self.highest >= RANK["screening"] or self.rejected)

    @property
    def waiting(self) -> bool:
        return self.sent and not self.responded and self.is_open

    def reached(self, step: str) -> bool:
        return self.sent and self.highest >= RANK[step]

    @property
    def path(self) -> list[str]:
        """The funnel steps it passed, in order: no cycles, whatever moves it made."""
        return list(FUNNEL[: self.highest]) if self.sent else []


def _is_response(step: str) -> bool:
    return step == "rejected" or RANK.get(step, 0) >= RANK["screening"]


def read_journey(
    app: AppRecord, changes: Sequence[ChangeRecord], steps: Mapping[str, str]
) -> Journey:
    """Read one application's changes (oldest first) with `steps` mapping status -> funnel step."""
    journey = Journey(app=app)
    mapped = [(steps[c.to_status], c) for c in changes if c.to_status in steps]
    first_sent: date | None = None
    for step, change in mapped:
        journey.highest = max(journey.highest, RANK.get(step, 0))
        journey.rejected = journey.rejected or step == "rejected"
        if first_sent is None and RANK.get(step, 0) >= RANK["applied"]:
            first_sent = change.changed_at.date()
    current = steps.get(app.status)
    journey.outcome = current if current in DROP_OUTS else None
    journey.is_open = current not in (*DROP_OUTS, "accepted")
    journey.sent_on = app.applied_on or first_sent
    if journey.sent_on is not None:
        journey.highest = max(journey.highest, RANK["applied"])
        _response_time(journey, mapped)
    _stays(journey, mapped)
    return journey


def _response_time(journey: Journey, mapped: list[tuple[str, ChangeRecord]]) -> None:
    if not mapped or RANK.get(mapped[0][0], -1) > RANK["applied"]:
        return  # created past applied, or as a drop-out: when the answer came is unknown
    assert journey.sent_on is not None
    for step, change in mapped[1:]:
        if _is_response(step):
            journey.response_known = True
            journey.response_days = max(0, (change.changed_at.date() - journey.sent_on).days)
            return


def _stays(journey: Journey, mapped: list[tuple[str, ChangeRecord]]) -> None:
    """Time per funnel step; consecutive stages of one step are one stay."""
    merged: list[tuple[str, ChangeRecord]] = []
    for step, change in mapped:
        if not merged or merged[-1][0] != step:
            merged.append((step, change))
    for (step, change), (_next_step, nxt) in zip(merged, merged[1:], strict=False):
        if step in TIMED_STEPS:
            seconds = (nxt.changed_at - change.changed_at).total_seconds()
            journey.stays.append((step, max(0.0, seconds) / 86_400))
    if merged and journey.is_open and merged[-1][0] in TIMED_STEPS:
        journey.ongoing = merged[-1][0]
