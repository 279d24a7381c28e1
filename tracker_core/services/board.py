"""The board's data: the user's stages as columns of small cards, read in one query."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from sqlmodel import Session

from tracker_core import clock
from tracker_core import repositories as repo
from tracker_core.localtime import as_utc
from tracker_core.services.stages import Stage, list_stages
from tracker_core.services.user_zone import local_today

SOON_DAYS = 3
DeadlineState = Literal["overdue", "soon", "later", "none"]


@dataclass(frozen=True)
class Card:
    """What a board card shows."""

    id: int
    company: str
    position: str
    status: str
    deadline: date | None
    deadline_state: DeadlineState
    days_in_stage: int
    priority: int
    is_sample: bool
    salary: str = ""
    place: str = ""  # location · remote policy
    next_action: str = ""
    next_action_on: date | None = None


@dataclass
class Column:
    stage: Stage
    cards: list[Card] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.cards)


@dataclass
class BoardData:
    columns: list[Column]

    @property
    def total(self) -> int:
        return sum(c.count for c in self.columns)

    @property
    def has_samples(self) -> bool:
        return any(card.is_sample for c in self.columns for card in c.cards)


def deadline_state(deadline: date | None, today: date, closed: bool) -> DeadlineState:
    """Overdue and due-soon only matter while the application is still open."""
    if deadline is None:
        return "none"
    if closed:
        return "later"
    days = (deadline - today).days
    if days < 0:
        return "overdue"
    return "soon" if days <= SOON_DAYS else "later"


def salary_text(low: int | None, high: int | None, currency: str | None, period: str | None) -> str:
    """A salary range as people write it: "EUR 60,000–75,000 / year"; "" when unknown."""
    if low is None and high is None:
        return ""
    if low is not None and high is not None and low != high:
        amount = f"{low:,}–{high:,}"
    elif low is not None and high is not None:
        amount = f"{low:,}"
    elif low is not None:
        amount = f"from {low:,}"
    else:
        amount = f"up to {high:,}"
    out = f"{currency.strip().upper()} {amount}" if currency and currency.strip() else amount
    return f"{out} / {period}" if period else out


def place_text(location: str | None, remote: str | None) -> str:
    """Where the job is: "Berlin · hybrid", "remote", ""."""
    return " · ".join(x for x in ((location or "").strip(), (remote or "").strip()) if x)


def _sort_key(card: Card) -> tuple[int, date, int, int]:
    return (card.deadline is None, card.deadline or date.max, -card.priority, card.days_in_stage)


def board_data(
    *,
    session: Session,
    user_id: str,
    filters: repo.Filters | None = None,
    now: datetime | None = None,
) -> BoardData:
    """Every live application as a card in its stage's column, soonest deadline first."""
    now = as_utc(now or clock.now())
    today = local_today(session=session, user_id=user_id, now=now)  # "overdue" is in their zone
    stages = list_stages(session=session, user_id=user_id)
    columns = {s.key: Column(stage=s) for s in stages}
    rows = repo.list_board_rows(session=session, user_id=user_id, filters=filters or repo.Filters())
    for row in rows:
        app_id, company, position, status, deadline, priority, sample, updated, last = row[:9]
        location, remote, low, high, currency, period, action, action_on = row[9:]
        if status not in columns:  # a stage we no longer know: show it rather than lose it
            columns[status] = Column(stage=Stage(key=status, label=status, funnel_step="saved"))
        column = columns[status]
        changed = as_utc(last or updated)
        column.cards.append(
            Card(
                id=app_id,
                company=company,
                position=position,
                status=status,
                deadline=deadline,
                deadline_state=deadline_state(deadline, today, column.stage.closed),
                days_in_stage=max(0, (now - changed).days),
                priority=priority,
                is_sample=sample,
                salary=salary_text(low, high, currency, period),
                place=place_text(location, remote),
                next_action=action or "",
                next_action_on=action_on,
            )
        )
    for column in columns.values():
        column.cards.sort(key=_sort_key)
    return BoardData(columns=list(columns.values()))
