"""The due-item rules: quiet hours, time zones across a daylight-saving change, digests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from tracker_core.notifications.rules import (
    AppRecord,
    Due,
    InterviewRecord,
    Kind,
    KindPref,
    Recipient,
    deadline_items,
    digest_item,
    followup_items,
    interview_items,
    when_due,
)

NY = "America/New_York"  # daylight saving starts Sunday 8 March 2026 at 02:00


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def who(**kw: object) -> Recipient:
    return Recipient(user_id="u1", email="ada@example.com", **kw)  # type: ignore[arg-type]


def app(
    deadline: date | None = None, status: str = "applied", updated: datetime | None = None
) -> AppRecord:
    return AppRecord(
        id=7,
        user_id="u1",
        company="Acme",
        position="Engineer",
        status=status,
        deadline=deadline,
        updated_at=updated or utc(2026, 3, 1),
    )


def test_lead_reminder_is_at_eight_on_the_users_clock_after_the_clocks_go_forward() -> None:
    person = who(timezone=NY)
    lead, day_of = deadline_items(app(date(2026, 3, 10)), person)
    assert lead.trigger_at == utc(2026, 3, 8, 12)  # 08:00 EDT (UTC-4), the day DST began
    assert day_of.trigger_at == utc(2026, 3, 10, 12)
    before = deadline_items(app(date(2026, 3, 9)), person)
    assert next(before).trigger_at == utc(2026, 3, 7, 13)  # 08:00 EST (UTC-5)


def test_a_reminder_inside_quiet_hours_waits_for_their_end_across_dst() -> None:
    person = who(timezone=NY, quiet_start=21, quiet_end=9)
    lead = next(deadline_items(app(date(2026, 3, 10)), person))  # 08:00 EDT, inside quiet hours
    assert when_due(lead, person, utc(2026, 3, 8, 12, 30)) is Due.NOT_YET
    assert when_due(lead, person, utc(2026, 3, 8, 13)) is Due.DUE  # 09:00 EDT


def test_quiet_hours_defer_a_due_message_and_never_drop_it() -> None:
    person = who(timezone="Europe/Berlin")  # quiet 21:00-08:00
    iv = InterviewRecord(
        id=3,
        application_id=7,
        user_id="u1",
        company="Acme",
        position="Engineer",
        app_status="interview",
        round=1,
        scheduled_at=utc(2026, 11, 25, 22),  # 23:00 in Berlin
        outcome=None,
    )
    day_before, two_hours = interview_items(iv, person)
    # The day-before reminder falls at 23:00: held through the night, sent at 08:00.
    assert when_due(day_before, person, utc(2026, 11, 24, 22, 30)) is Due.NOT_YET
    assert when_due(day_before, person, utc(2026, 11, 25, 7)) is Due.DUE
    # A follow-up that became due in the evening is deferred while it is quiet, then sent.
    nudge = next(followup_items(app(updated=utc(2026, 11, 17, 18))))  # due 24 Nov 19:00 Berlin
    assert when_due(nudge, person, utc(2026, 11, 24, 20, 30)) is Due.DEFERRED
    assert when_due(nudge, person, utc(2026, 11, 25, 7, 5)) is Due.DUE
    # Once the interview has begun, its reminders are never sent.
    assert when_due(two_hours, person, utc(2026, 11, 25, 22)) is Due.EXPIRED


def test_the_day_before_reminder_keeps_the_wall_clock_time_across_dst() -> None:
    person = who(timezone=NY, quiet_start=0, quiet_end=0)
    iv = InterviewRecord(
        id=3,
        application_id=7,
        user_id="u1",
        company="Acme",
        position="Engineer",
        app_status="interview",
        round=1,
        scheduled_at=utc(2026, 3, 8, 14),  # Sunday 10:00 EDT
        outcome="pending",
    )
    day_before, two_hours = interview_items(iv, person)
    assert day_before.trigger_at == utc(2026, 3, 7, 15)  # Saturday 10:00 EST: 23 hours before
    assert two_hours.trigger_at == utc(2026, 3, 8, 12)


def test_a_closed_application_or_a_cancelled_interview_yields_nothing() -> None:
    assert list(deadline_items(app(date(2026, 3, 10), status="rejected"), who())) == []
    iv = InterviewRecord(
        3, 7, "u1", "Acme", "Engineer", "interview", 1, utc(2026, 3, 8), "cancelled"
    )
    assert list(interview_items(iv, who())) == []


def test_follow_up_is_once_per_stage_even_when_the_application_is_edited() -> None:
    entered = utc(2026, 3, 1)
    waiting = AppRecord(7, "u1", "Acme", "Engineer", "applied", None, entered, entered)
    edited = AppRecord(7, "u1", "Acme", "Engineer", "applied", None, utc(2026, 3, 9), entered)
    moved = AppRecord(
        7, "u1", "Acme", "Engineer", "screening", None, utc(2026, 3, 9), utc(2026, 3, 9)
    )
    first, after_edit, next_stage = (next(followup_items(a)) for a in (waiting, edited, moved))
    assert first.trigger_at == utc(2026, 3, 8)
    assert after_edit.trigger_at == utc(2026, 3, 16)  # the edit restarts the 7 days ...
    assert after_edit.dedupe_key("email") == first.dedupe_key("email")  # ... but not the nudge
    assert next_stage.dedupe_key("email") != first.dedupe_key("email")  # a new stage: a new one


def test_weekly_digest_is_on_the_chosen_day_and_hour_in_the_users_zone() -> None:
    person = who(timezone=NY, digest_hour=7, digest_weekday=0, prefs={Kind.DIGEST: KindPref(True)})
    item = digest_item(person, utc(2026, 3, 12, 15))  # Thursday
    assert item.trigger_at == utc(2026, 3, 9, 11)  # Monday 07:00 EDT
    assert item.about == item.trigger_at - timedelta(days=7)
