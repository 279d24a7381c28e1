"""What is due: pure functions over plain records and a `now`.

Each rule yields :class:`DueItem` values: the moment that triggers the message, until when it is
still worth sending, and (for interviews) the moment after which it must never be sent. Quiet
hours are applied by :func:`when_due`: a message that falls in them waits for their end; one
whose whole window lies in them keeps its full window after they end (deferred, never dropped).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class Kind(StrEnum):
    DEADLINE = "deadline"
    FOLLOWUP = "followup"
    INTERVIEW = "interview"
    DIGEST = "digest"
    GHOSTED = "ghosted"


KIND_LABELS: Mapping[Kind, str] = {
    Kind.DEADLINE: "Deadline reminders",
    Kind.INTERVIEW: "Interview reminders",
    Kind.FOLLOWUP: "Follow-up nudges",
    Kind.DIGEST: "Digest of changes and what is due",
    Kind.GHOSTED: '"Ghosted?" notes',
}
CHANNELS: tuple[str, ...] = ("email", "sms")
MORNING = time(8, 0)  # "the morning of the day" in the user's time zone
FOLLOWUP_AFTER = timedelta(days=7)
GHOSTED_AFTER = timedelta(days=30)
FOLLOWUP_STAGES: frozenset[str] = frozenset({"applied", "screening"})
GHOSTED_STAGES: frozenset[str] = frozenset({"applied", "screening", "interview"})
CLOSED: frozenset[str] = frozenset({"accepted", "rejected", "withdrawn", "ghosted"})
OPEN_OUTCOMES: frozenset[str | None] = frozenset({None, "", "pending"})
MAX_LEAD_DAYS = 14


@dataclass(frozen=True)
class KindPref:
    enabled: bool
    channel: str = "email"


DEFAULT_PREFS: Mapping[Kind, KindPref] = {
    Kind.DEADLINE: KindPref(True),
    Kind.INTERVIEW: KindPref(True),
    Kind.FOLLOWUP: KindPref(False),
    Kind.DIGEST: KindPref(False),
    Kind.GHOSTED: KindPref(False),
}


@dataclass(frozen=True)
class Recipient:
    """One user's address and preferences, as the rules need them."""

    user_id: str
    email: str
    phone: str | None = None
    timezone: str = "UTC"
    lead_days: int = 2
    quiet_start: int = 21
    quiet_end: int = 8
    digest_hour: int = 8
    digest_weekday: int | None = None
    prefs: Mapping[Kind, KindPref] = field(default_factory=lambda: dict(DEFAULT_PREFS))

    @property
    def tz(self) -> ZoneInfo:
        return zone(self.timezone)

    def pref(self, kind: Kind) -> KindPref:
        return self.prefs.get(kind, DEFAULT_PREFS[kind])


@dataclass(frozen=True)
class AppRecord:
    id: int
    user_id: str
    company: str
    position: str
    status: str
    deadline: date | None
    updated_at: datetime
    stage_entered_at: datetime | None = None


@dataclass(frozen=True)
class InterviewRecord:
    id: int
    application_id: int
    user_id: str
    company: str
    position: str
    app_status: str
    round: int
    scheduled_at: datetime | None
    outcome: str | None
    kind: str = ""


@dataclass(frozen=True)
class DueItem:
    """A message that is (or will be) due; `ref` tells apart two of one kind and application."""

    kind: Kind
    user_id: str
    application_id: int | None
    trigger_at: datetime
    expires_at: datetime
    ref: str
    hard_stop: datetime | None = None
    company: str = ""
    position: str = ""
    about: datetime | date | None = None  # the deadline or the interview's time
    key_at: datetime | None = None  # the moment in the dedupe key when it is not trigger_at

    def dedupe_key(self, channel: str) -> str:
        target = f"a{self.application_id}" if self.application_id is not None else self.user_id
        moment = (self.key_at or self.trigger_at).isoformat()
        return f"{self.kind}:{target}:{self.ref}:{moment}:{channel}"


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_at(day: date, at: time, tz: ZoneInfo) -> datetime:
    """`day` at wall-clock `at` in `tz`, as an aware datetime (a DST gap moves it forward)."""
    naive = datetime.combine(day, at)
    aware = naive.replace(tzinfo=tz)
    # A time in a spring-forward gap does not exist; round trip through UTC to normalise it.
    return aware.astimezone(ZoneInfo("UTC")).astimezone(tz)


# --- quiet hours -------------------------------------------------------------------------


def in_quiet(moment: datetime, who: Recipient) -> bool:
    start, end = who.quiet_start, who.quiet_end
    if start == end:
        return False
    hour = moment.astimezone(who.tz).hour
    return hour >= start or hour < end if start > end else start <= hour < end


def quiet_end_after(moment: datetime, who: Recipient) -> datetime:
    """The first end of quiet hours after `moment`, in the user's zone."""
    local = moment.astimezone(who.tz)
    end = local_at(local.date(), time(who.quiet_end), who.tz)
    if end <= local:
        end = local_at(local.date() + timedelta(days=1), time(who.quiet_end), who.tz)
    return end


class Due(StrEnum):
    NOT_YET = "not yet"
    DUE = "due"
    DEFERRED = "deferred"  # due, but inside quiet hours
    EXPIRED = "expired"


def when_due(item: DueItem, who: Recipient, now: datetime) -> Due:
    """Whether `item` is due at `now` for `who`, quiet hours applied."""
    send_at, expires = item.trigger_at, item.expires_at
    if in_quiet(send_at, who):
        send_at = quiet_end_after(send_at, who)
        if send_at >= expires:  # the whole window was quiet: it keeps its length afterwards
            expires = send_at + (item.expires_at - item.trigger_at)
    if item.hard_stop is not None and now >= item.hard_stop:
        return Due.EXPIRED
    if now >= expires:
        return Due.EXPIRED
    if now < send_at:
        return Due.NOT_YET
    return Due.DEFERRED if in_quiet(now, who) else Due.DUE


# --- the rules ---------------------------------------------------------------------------


def deadline_items(app: AppRecord, who: Recipient) -> Iterator[DueItem]:
    """`lead_days` before the deadline and on its morning, both at 08:00 local time."""
    if app.deadline is None or app.status in CLOSED:
        return
    tz = who.tz
    day_of = local_at(app.deadline, MORNING, tz)
    end_of_day = local_at(app.deadline + timedelta(days=1), time(0), tz)
    common = {
        "kind": Kind.DEADLINE,
        "user_id": app.user_id,
        "application_id": app.id,
        "company": app.company,
        "position": app.position,
        "about": app.deadline,
    }
    lead = max(0, min(who.lead_days, MAX_LEAD_DAYS))
    if lead:
        before = local_at(app.deadline - timedelta(days=lead), MORNING, tz)
        yield DueItem(trigger_at=before, expires_at=day_of, ref=f"d-{lead}", **common)  # type: ignore[arg-type]
    yield DueItem(trigger_at=day_of, expires_at=end_of_day, ref="d-0", **common)  # type: ignore[arg-type]


def interview_items(iv: InterviewRecord, who: Recipient) -> Iterator[DueItem]:
    """The day before at the same time on the user's clock, and two hours before."""
    if iv.scheduled_at is None or iv.outcome not in OPEN_OUTCOMES or iv.app_status in CLOSED:
        return
    at = iv.scheduled_at
    local = at.astimezone(who.tz)
    day_before = local_at(
        local.date() - timedelta(days=1), local.timetz().replace(tzinfo=None), who.tz
    )
    two_hours = at - timedelta(hours=2)
    common = {
        "kind": Kind.INTERVIEW,
        "user_id": iv.user_id,
        "application_id": iv.application_id,
        "hard_stop": at,
        "company": iv.company,
        "position": iv.position,
        "about": at,
    }
    ref = f"i{iv.id}"
    yield DueItem(trigger_at=day_before, expires_at=two_hours, ref=f"{ref}-24h", **common)  # type: ignore[arg-type]
    yield DueItem(trigger_at=two_hours, expires_at=at, ref=f"{ref}-2h", **common)  # type: ignore[arg-type]


def _entered(app: AppRecord) -> datetime:
    """When the application entered its stage: the moment in a nudge's dedupe key, so an edit
    in the same stage never brings a second nudge."""
    return app.stage_entered_at or app.updated_at


def followup_items(app: AppRecord) -> Iterator[DueItem]:
    """Applied or screening with no change for 7 days: once per application and stage."""
    if app.status not in FOLLOWUP_STAGES:
        return
    trigger = app.updated_at + FOLLOWUP_AFTER
    yield DueItem(
        kind=Kind.FOLLOWUP,
        user_id=app.user_id,
        application_id=app.id,
        trigger_at=trigger,
        expires_at=app.updated_at + GHOSTED_AFTER,
        ref=app.status,
        key_at=_entered(app),
        company=app.company,
        position=app.position,
    )


def ghosted_items(app: AppRecord) -> Iterator[DueItem]:
    """No change for 30 days in an open stage: once per application and stage."""
    if app.status not in GHOSTED_STAGES:
        return
    trigger = app.updated_at + GHOSTED_AFTER
    yield DueItem(
        kind=Kind.GHOSTED,
        user_id=app.user_id,
        application_id=app.id,
        trigger_at=trigger,
        expires_at=trigger + GHOSTED_AFTER,
        ref=app.status,
        key_at=_entered(app),
        company=app.company,
        position=app.position,
    )


def digest_item(who: Recipient, now: datetime) -> DueItem:
    """The latest digest moment at or before `now`: daily, or weekly on `digest_weekday`."""
    local = now.astimezone(who.tz)
    day = local.date()
    for _ in range(8):
        at = local_at(day, time(who.digest_hour % 24), who.tz)
        weekday_ok = who.digest_weekday is None or day.weekday() == who.digest_weekday
        if weekday_ok and at <= now:
            break
        day -= timedelta(days=1)
    period = timedelta(days=1 if who.digest_weekday is None else 7)
    return DueItem(
        kind=Kind.DIGEST,
        user_id=who.user_id,
        application_id=None,
        trigger_at=at,
        expires_at=at + timedelta(days=1),
        ref="weekly" if who.digest_weekday is not None else "daily",
        about=at - period,  # the digest covers changes since this moment
    )


def items_for(
    who: Recipient,
    apps: Iterable[AppRecord] = (),
    interviews: Iterable[InterviewRecord] = (),
    stale: Iterable[AppRecord] = (),
    now: datetime | None = None,
) -> Iterator[DueItem]:
    """Every item the user has switched on, from the records given (not yet filtered by time)."""
    if who.pref(Kind.DEADLINE).enabled:
        for app in apps:
            yield from deadline_items(app, who)
    if who.pref(Kind.INTERVIEW).enabled:
        for iv in interviews:
            yield from interview_items(iv, who)
    for app in stale:
        if who.pref(Kind.FOLLOWUP).enabled:
            yield from followup_items(app)
        if who.pref(Kind.GHOSTED).enabled:
            yield from ghosted_items(app)
    if now is not None and who.pref(Kind.DIGEST).enabled:
        yield digest_item(who, now)
