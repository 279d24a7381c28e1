"""Notifications: preferences, and the run that claims, sends and marks each due message.

Exactly once: every message has a log row with a unique dedupe key (kind, application, the
moment that triggered it, channel). A run claims the row with a unique insert before it sends
and marks it afterwards, so of two runs that start together only one sends. Just before
sending, the trigger is read again: a moved, cancelled or held interview, an application that
moved on or a preference switched off sends nothing. A run killed between claim and send
leaves a `claimed` row: an email is retried once, a text never (it may have gone out).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Literal, TextIO
from zoneinfo import available_timezones

from pydantic import BaseModel, Field, field_validator, model_validator
from sqlalchemy import Engine
from sqlmodel import Session

from tracker_core import clock
from tracker_core import repositories as repo
from tracker_core.config import Settings
from tracker_core.db import system_session
from tracker_core.models import NotificationLog, NotificationPref, User
from tracker_core.notifications import rules
from tracker_core.notifications.render import DigestContent, DigestLine, Links, render
from tracker_core.notifications.rules import (
    AppRecord,
    Due,
    DueItem,
    InterviewRecord,
    Kind,
    KindPref,
    Recipient,
)
from tracker_core.notifications.senders import (
    ConsoleSender,
    DeliveryError,
    Outgoing,
    Sender,
    SmsSender,
    SmtpSender,
    is_e164,
)
from tracker_core.notifications.tokens import make_token, read_token

STALE_AFTER = timedelta(minutes=10)  # a claim this old belongs to a run that died
EMAIL_TRIES = 2  # the first try and one retry
CLAIM_BATCH = 25
Choice = Literal["off", "email", "sms"]


# --- preferences -------------------------------------------------------------------------


def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


class PreferencesIn(BaseModel):
    """What the Notifications page submits."""

    kinds: dict[Kind, Choice] = Field(default_factory=dict)
    lead_days: int = Field(default=2, ge=0, le=rules.MAX_LEAD_DAYS)
    quiet_start: int = Field(default=21, ge=0, le=23)
    quiet_end: int = Field(default=8, ge=0, le=23)
    timezone: str = "UTC"
    digest_hour: int = Field(default=8, ge=0, le=23)
    digest_weekday: int | None = Field(default=None, ge=0, le=6)
    phone: str | None = None

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        if value != "UTC" and value not in _zones():
            raise ValueError("is not a time zone this server knows (like Europe/Berlin)")
        return value

    @field_validator("phone", mode="before")
    @classmethod
    def _phone(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        cleaned = "".join(ch for ch in value if ch not in " -().")
        if not cleaned:
            return None
        if cleaned.startswith("00"):
            cleaned = "+" + cleaned[2:]
        if not is_e164(cleaned):
            raise ValueError(
                "must be in international form: + and the country code, like +15551234567"
            )
        return cleaned

    @model_validator(mode="after")
    def _sms_needs_phone(self) -> PreferencesIn:
        if self.phone is None and "sms" in self.kinds.values():
            raise ValueError("Add a phone number to receive texts, or choose email.")
        return self


def recipient(user: User, prefs: Sequence[NotificationPref]) -> Recipient:
    chosen = dict(rules.DEFAULT_PREFS)
    for pref in prefs:
        try:
            chosen[Kind(pref.kind)] = KindPref(pref.enabled, pref.channel)
        except ValueError:
            continue
    return Recipient(
        user_id=user.id,
        email=user.email,
        phone=user.phone,
        timezone=user.timezone or "UTC",
        lead_days=user.reminder_lead_days,
        quiet_start=user.quiet_start,
        quiet_end=user.quiet_end,
        digest_hour=user.digest_hour,
        digest_weekday=user.digest_weekday,
        prefs=chosen,
    )


def get_preferences(*, session: Session, user_id: str) -> PreferencesIn:
    user = repo.get_user_row(session=session, user_id=user_id)
    if user is None:
        raise LookupError(user_id)
    who = recipient(user, repo.list_notification_prefs(session=session, user_id=user_id))
    kinds: dict[Kind, Choice] = {}
    for kind in Kind:
        pref = who.pref(kind)
        kinds[kind] = (
            "sms"
            if pref.enabled and pref.channel == "sms"
            else ("email" if pref.enabled else "off")
        )
    return PreferencesIn.model_construct(
        kinds=kinds,
        lead_days=who.lead_days,
        quiet_start=who.quiet_start,
        quiet_end=who.quiet_end,
        timezone=who.timezone,
        digest_hour=who.digest_hour,
        digest_weekday=who.digest_weekday,
        phone=who.phone,
    )


def save_preferences(*, session: Session, user_id: str, data: PreferencesIn) -> None:
    user = repo.get_user_row(session=session, user_id=user_id)
    if user is None:
        raise LookupError(user_id)
    for kind, choice in data.kinds.items():
        repo.set_notification_pref(
            session=session,
            user_id=user_id,
            kind=kind.value,
            enabled=choice != "off",
            channel="sms" if choice == "sms" else "email",
        )
    user.reminder_lead_days = data.lead_days
    user.quiet_start, user.quiet_end = data.quiet_start, data.quiet_end
    user.timezone, user.timezone_set = data.timezone, True
    user.digest_hour, user.digest_weekday = data.digest_hour, data.digest_weekday
    user.phone = data.phone
    user.notify_sms = "sms" in data.kinds.values()
    user.notify_email = "email" in data.kinds.values()
    session.add(user)
    session.commit()


@dataclass(frozen=True)
class Activity:
    recent: Sequence[NotificationLog]
    last_failure: NotificationLog | None


def activity(*, session: Session, user_id: str, limit: int = 10) -> Activity:
    recent = repo.list_notification_log(session=session, user_id=user_id, limit=limit)
    failed = repo.list_notification_log(session=session, user_id=user_id, limit=1, failed_only=True)
    return Activity(recent, failed[0] if failed else None)


def unsubscribe_link_token(settings: Settings, user_id: str, kind: str) -> str:
    return make_token(settings.session_secret(), user_id, kind)


def unsubscribe(*, engine: Engine, settings: Settings, token: str) -> Kind | None:
    """Turn off the kind a signed token names, for the user it names; None for a bad token."""
    from tracker_core.db import user_session

    found = read_token(settings.session_secret(), token)
    if found is None:
        return None
    try:
        kind = Kind(found.kind)
    except ValueError:
        return None
    with user_session(engine, found.user_id) as session:
        if repo.get_user_row(session=session, user_id=found.user_id) is None:
            return None
        repo.set_notification_pref(
            session=session, user_id=found.user_id, kind=kind.value, enabled=False, channel="email"
        )
        session.commit()
    return kind


# --- delivery ----------------------------------------------------------------------------


@dataclass
class Senders:
    """The real sender of each channel, or the console when that channel is not configured."""

    email: Sender | None
    sms: Sender | None
    console: Sender

    def for_channel(self, channel: str) -> Sender:
        chosen = self.sms if channel == "sms" else self.email
        return chosen or self.console

    def close(self) -> None:
        for sender in (self.email, self.sms, self.console):
            if sender is not None:
                sender.close()


def smtp_configured(settings: Settings) -> bool:
    return bool(settings.SMTP_HOST)


def sms_configured(settings: Settings) -> bool:
    return bool(settings.SMS_API_URL and settings.SMS_API_KEY and settings.SMS_FROM)


def senders_from_settings(settings: Settings, out: TextIO | None = None) -> Senders:
    email: Sender | None = None
    sms: Sender | None = None
    timeout = settings.NOTIFY_TIMEOUT_SECONDS
    if settings.SMTP_HOST:
        email = SmtpSender(
            settings.SMTP_HOST,
            settings.SMTP_PORT,
            settings.SMTP_FROM,
            user=settings.SMTP_USER,
            password=settings.SMTP_PASSWORD.get_secret_value() if settings.SMTP_PASSWORD else None,
            starttls=settings.SMTP_STARTTLS,
            timeout=timeout,
        )
    if sms_configured(settings):
        assert settings.SMS_API_URL and settings.SMS_API_KEY and settings.SMS_FROM
        sms = SmsSender(
            settings.SMS_API_URL,
            settings.SMS_API_KEY.get_secret_value(),
            settings.SMS_FROM,
            timeout=timeout,
        )
    return Senders(email=email, sms=sms, console=ConsoleSender(out))


@dataclass(frozen=True)
class Planned:
    item: DueItem
    who: Recipient
    due: Due
    channel: str
    sender: Sender
    to: str | None

    @property
    def key(self) -> str:
        return self.item.dedupe_key(self.channel)


@dataclass
class RunReport:
    sent: int = 0
    failed: int = 0
    deferred: int = 0
    skipped: int = 0
    taken: int = 0  # claimed by another run first
    unknown: int = 0
    lines: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"sent {self.sent}, failed {self.failed}, deferred {self.deferred} (quiet hours), "
            f"skipped {self.skipped}, taken by another run {self.taken}, "
            f"left unknown {self.unknown}"
        )


def _records(
    session: Session,
    now: datetime,
    user_id: str | None,
    application_id: int | None,
    kinds: frozenset[Kind],
) -> tuple[list[AppRecord], list[InterviewRecord], list[AppRecord], list[str]]:
    first = (now - timedelta(days=2)).date()
    last = (now + timedelta(days=rules.MAX_LEAD_DAYS + 2)).date()
    apps: list[AppRecord] = []
    interviews: list[InterviewRecord] = []
    stale: list[AppRecord] = []
    digests: list[str] = []
    if Kind.DEADLINE in kinds:
        apps = [
            _app_record(a)
            for a in repo.notifier_deadline_apps(
                session=session,
                first=first,
                last=last,
                user_id=user_id,
                application_id=application_id,
            )
        ]
    if Kind.INTERVIEW in kinds:
        interviews = [
            InterviewRecord(
                id=iv.id or 0,
                application_id=iv.application_id,
                user_id=iv.user_id,
                company=app.company,
                position=app.position,
                app_status=app.status,
                round=iv.round,
                scheduled_at=iv.scheduled_at,
                outcome=iv.outcome,
                kind=iv.kind,
            )
            for iv, app in repo.notifier_interviews(
                session=session,
                start=now - timedelta(hours=1),
                end=now + timedelta(hours=50),
                user_id=user_id,
                application_id=application_id,
            )
        ]
    if kinds & {Kind.FOLLOWUP, Kind.GHOSTED}:
        stale = [
            _app_record(a, entered)
            for a, entered in repo.notifier_stale_apps(
                session=session,
                stages=sorted(rules.FOLLOWUP_STAGES | rules.GHOSTED_STAGES),
                changed_after=now - 2 * rules.GHOSTED_AFTER,
                changed_before=now - rules.FOLLOWUP_AFTER,
                user_id=user_id,
                application_id=application_id,
            )
        ]
    if application_id is None and Kind.DIGEST in kinds:
        digests = [
            uid
            for uid in repo.notifier_digest_user_ids(session=session)
            if user_id is None or uid == user_id
        ]
    return apps, interviews, stale, digests


def _app_record(app: Any, entered: datetime | None = None) -> AppRecord:
    return AppRecord(
        id=app.id or 0,
        user_id=app.user_id,
        company=app.company,
        position=app.position,
        status=app.status,
        deadline=app.deadline,
        updated_at=app.updated_at,
        stage_entered_at=entered,
    )


def plan(
    session: Session,
    senders: Senders,
    now: datetime,
    *,
    user_id: str | None = None,
    application_id: int | None = None,
    kinds: frozenset[Kind] | None = None,
) -> list[Planned]:
    """Every item that is due or deferred at `now`, with its channel and sender."""
    wanted = frozenset(Kind) if kinds is None else kinds
    apps, interviews, stale, digests = _records(session, now, user_id, application_id, wanted)
    by_user: dict[str, dict[str, list[Any]]] = {}
    for name, records in (("apps", apps), ("interviews", interviews), ("stale", stale)):
        for record in records:
            by_user.setdefault(record.user_id, {}).setdefault(name, []).append(record)
    for uid in digests:
        by_user.setdefault(uid, {})["digest"] = [True]
    users, prefs = repo.notifier_users(session=session, user_ids=list(by_user))
    prefs_of: dict[str, list[NotificationPref]] = {}
    for pref in prefs:
        prefs_of.setdefault(pref.user_id, []).append(pref)
    planned: list[Planned] = []
    for user in users:
        who = recipient(user, prefs_of.get(user.id, []))
        got = by_user.get(user.id, {})
        items = rules.items_for(
            who,
            got.get("apps", []),
            got.get("interviews", []),
            got.get("stale", []),
            now if got.get("digest") else None,
        )
        for item in items:
            if kinds is not None and item.kind not in kinds:
                continue
            due = rules.when_due(item, who, now)
            if due not in (Due.DUE, Due.DEFERRED):
                continue
            channel = who.pref(item.kind).channel
            sender = senders.for_channel(channel)
            to = who.phone if channel == "sms" else who.email
            planned.append(Planned(item, who, due, sender.channel, sender, to))
    return planned


@contextmanager
def _tx(engine: Engine) -> Iterator[Session]:
    with system_session(engine) as session:
        yield session
        session.commit()


class Notifier:
    """One run over every user's due items, as of `now`."""

    def __init__(
        self,
        engine: Engine,
        settings: Settings,
        senders: Senders,
        *,
        out: TextIO | None = None,
    ) -> None:
        self.engine, self.settings, self.senders = engine, settings, senders
        self.out = out or sys.stdout
        self._secret = settings.session_secret()

    def _say(self, report: RunReport, line: str) -> None:
        report.lines.append(line)
        print(line, file=self.out, flush=True)

    def run(self, now: datetime | None = None, *, dry_run: bool = False) -> RunReport:
        now = now or clock.now()
        report = RunReport()
        if not dry_run:
            self._finish_unfinished(now, report)
        with system_session(self.engine) as session:
            planned = plan(session, self.senders, now)
        self.send_planned(planned, now, report, dry_run=dry_run)
        return report

    def send_planned(
        self, planned: Sequence[Planned], now: datetime, report: RunReport, *, dry_run: bool = False
    ) -> None:
        """Claim and send each planned item not in the log yet (each is re-checked first)."""
        with system_session(self.engine) as session:
            logged = repo.notifier_logged_keys(session=session, keys=[p.key for p in planned])
        todo: list[Planned] = []
        for p in planned:
            if p.key in logged:
                continue
            if p.due is Due.DEFERRED:
                report.deferred += 1
                if dry_run:
                    self._say(report, f"would defer (quiet hours) {self._describe(p)}")
                continue
            if dry_run:
                self._say(report, f"would send {self._describe(p)}")
                continue
            todo.append(p)
        for batch in _batches(todo):
            for p, log_id in zip(batch, self._claim_many(batch, now), strict=True):
                if log_id is None:
                    report.taken += 1
                    continue
                self._deliver(log_id, p, now, attempts=1, report=report)

    def _describe(self, p: Planned) -> str:
        target = f"application {p.item.application_id}" if p.item.application_id else "digest"
        return f"{p.item.kind.value} by {p.channel} to user {p.who.user_id} ({target})"

    def _claim(self, p: Planned, now: datetime) -> int | None:
        return self._claim_many([p], now)[0]

    def _claim_many(self, batch: Sequence[Planned], now: datetime) -> list[int | None]:
        """Claim each item with a unique insert, all in one transaction; None: already taken."""
        with _tx(self.engine) as session:
            return [
                repo.notifier_claim(
                    session=session,
                    values={
                        "user_id": p.who.user_id,
                        "kind": p.item.kind.value,
                        "application_id": p.item.application_id,
                        "dedupe_key": p.key,
                        "channel": p.channel,
                        "sent_at": now,
                        "status": "claimed",
                        "claimed_at": now,
                        "attempts": 1,
                        "trigger_at": p.item.trigger_at,
                        "subject": "",
                        "error": None,
                    },
                )
                for p in batch
            ]

    def _current(
        self, key: str, user_id: str, application_id: int | None, kind: Kind, now: datetime
    ) -> Planned | None:
        """The item read again from the database, if it is still due exactly as claimed."""
        with system_session(self.engine) as session:
            again = plan(
                session,
                self.senders,
                now,
                user_id=user_id,
                application_id=application_id,
                kinds=frozenset({kind}),
            )
        for p in again:
            if p.key == key and p.due is Due.DUE:
                return p
        return None

    def _deliver(
        self, log_id: int, claimed: Planned, now: datetime, *, attempts: int, report: RunReport
    ) -> None:
        p = self._current(
            claimed.key, claimed.who.user_id, claimed.item.application_id, claimed.item.kind, now
        )
        if p is None:
            self._mark(log_id, "skipped", now, "No longer due when it was about to be sent.")
            report.skipped += 1
            return
        digest = None
        if p.item.kind is Kind.DIGEST:
            digest = self._digest(p, now)
            if digest.empty:
                self._mark(log_id, "skipped", now, "Nothing to report.")
                report.skipped += 1
                return
        links = Links(
            self.settings.APP_URL,
            make_token(self._secret, p.who.user_id, p.item.kind.value),
            self.settings.API_BASE_URL,
        )
        msg = render(p.item, p.who, links, now, digest)
        if not p.to:
            self._mark(
                log_id,
                "failed",
                now,
                "There is no phone number to text; add one on the Notifications page.",
                msg.subject,
            )
            report.failed += 1
            return
        body = msg.sms if p.channel == "sms" else msg.text
        outgoing = Outgoing(p.to, msg.subject, body, msg.html, msg.headers)
        try:
            p.sender.send(outgoing)
        except DeliveryError as exc:
            retry = exc.retryable and p.channel != "sms" and attempts < EMAIL_TRIES
            self._mark(log_id, "retry" if retry else "failed", now, exc.sentence, msg.subject)
            self._say(report, f"failed: {self._describe(p)}: {exc.sentence}")
            report.failed += 1
            return
        except Exception as exc:  # noqa: BLE001 - a sender bug must not stop the other messages
            self._mark(log_id, "failed", now, "Sending failed because of an error in the app.")
            self._say(report, f"failed: {self._describe(p)}: {type(exc).__name__}")
            report.failed += 1
            return
        self._mark(log_id, "sent", now, None, msg.subject)
        report.sent += 1

    def _mark(
        self, log_id: int, status: str, now: datetime, error: str | None, subject: str | None = None
    ) -> None:
        with _tx(self.engine) as session:
            repo.notifier_mark(
                session=session, log_id=log_id, status=status, at=now, error=error, subject=subject
            )

    def _finish_unfinished(self, now: datetime, report: RunReport) -> None:
        """Rows a dead run left claimed, and emails waiting for their one retry."""
        with system_session(self.engine) as session:
            rows = repo.notifier_unfinished(session=session, before=now - STALE_AFTER)
        for row in rows:
            assert row.id is not None
            retry_ok = row.channel != "sms" and row.attempts < EMAIL_TRIES
            if not retry_ok:
                if row.status == "claimed":
                    what = "text" if row.channel == "sms" else "message"
                    self._mark(
                        row.id,
                        "unknown",
                        now,
                        f"The notifier stopped while sending this {what}, so it may or may not "
                        "have arrived; it is not sent again.",
                    )
                    report.unknown += 1
                else:
                    self._mark(row.id, "failed", now, row.error)
                continue
            if self._deferred_now(row, now):
                report.deferred += 1  # quiet hours: it waits for their end, as a new one would
                continue
            with _tx(self.engine) as session:
                mine = repo.notifier_reclaim(
                    session=session,
                    log_id=row.id,
                    status=row.status,
                    attempts=row.attempts,
                    now=now,
                )
            if not mine:
                report.taken += 1
                continue
            claimed = self._current_from_row(row, now)
            if claimed is None:
                self._mark(row.id, "skipped", now, "No longer due when it was about to be retried.")
                report.skipped += 1
                continue
            self._deliver(row.id, claimed, now, attempts=row.attempts + 1, report=report)

    def _deferred_now(self, row: NotificationLog, now: datetime) -> bool:
        """Whether the row's message is still wanted but inside its user's quiet hours."""
        try:
            kind = Kind(row.kind)
        except ValueError:
            return False
        with system_session(self.engine) as session:
            again = plan(
                session,
                self.senders,
                now,
                user_id=row.user_id,
                application_id=row.application_id,
                kinds=frozenset({kind}),
            )
        return any(p.key == row.dedupe_key and p.due is Due.DEFERRED for p in again)

    def _current_from_row(self, row: NotificationLog, now: datetime) -> Planned | None:
        try:
            kind = Kind(row.kind)
        except ValueError:
            return None
        return self._current(row.dedupe_key, row.user_id, row.application_id, kind, now)

    def _digest(self, p: Planned, now: datetime) -> DigestContent:
        since = p.item.about if isinstance(p.item.about, datetime) else now - timedelta(days=1)
        with system_session(self.engine) as session:
            changes = [
                DigestLine(
                    change.application_id,
                    company,
                    position,
                    f"moved to {change.to_status}",
                )
                for change, company, position in repo.notifier_status_changes(
                    session=session, user_id=p.who.user_id, since=since, until=now
                )
            ]
            upcoming: list[DigestLine] = []
            today = now.astimezone(p.who.tz).date()
            for app in repo.notifier_deadline_apps(
                session=session,
                first=today,
                last=today + timedelta(days=7),
                user_id=p.who.user_id,
            ):
                assert app.id is not None and app.deadline is not None
                upcoming.append(
                    DigestLine(
                        app.id, app.company, app.position, f"deadline {_short(app.deadline)}"
                    )
                )
            for iv, app in repo.notifier_interviews(
                session=session, start=now, end=now + timedelta(days=7), user_id=p.who.user_id
            ):
                assert iv.scheduled_at is not None
                local = iv.scheduled_at.astimezone(p.who.tz)
                upcoming.append(
                    DigestLine(
                        iv.application_id,
                        app.company,
                        app.position,
                        f"interview {_short(local.date())} {local:%H:%M}",
                    )
                )
        return DigestContent(changes, upcoming)


def _batches(todo: list[Planned]) -> Iterator[list[Planned]]:
    """Claim batches, in key order: one commit per batch, and two runs that claim the same keys
    at once lock them in the same order (no deadlock on Postgres). A text is claimed on its own:
    a run killed mid-batch leaves the batch's claims `unknown` for SMS, and a text that was never
    tried must not be written off with them."""
    batch: list[Planned] = []
    for p in sorted(todo, key=lambda p: p.key):
        if p.channel == "sms":
            yield [p]
            continue
        batch.append(p)
        if len(batch) == CLAIM_BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _short(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def delivery_summary(settings: Settings) -> Mapping[str, str]:
    """What each channel does with this configuration, in words for the page."""
    email = (
        f"Emails go out through {settings.SMTP_HOST}."
        if smtp_configured(settings)
        else "Emails are printed in the notifier's console, not sent: set SMTP_HOST (and "
        "SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_FROM) to send them."
    )
    sms = (
        "Texts go out through the SMS provider."
        if sms_configured(settings)
        else "Texts are printed in the notifier's console, not sent: set SMS_API_URL, "
        "SMS_API_KEY and SMS_FROM to send them."
    )
    return {"email": email, "sms": sms}
