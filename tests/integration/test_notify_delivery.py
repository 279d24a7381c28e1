"""The notifier against a real SMTP server and a Twilio-shaped HTTP server on 127.0.0.1."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from tests.support import NOW, make_user
from tests.support.notify import SmsServer, SmtpServer, add_app, add_iv, html_part, text_part
from tracker_core.clock import FixedClock
from tracker_core.config import Settings
from tracker_core.db import system_session, user_session
from tracker_core.models import NotificationLog
from tracker_core.notifications.rules import Kind
from tracker_core.notifications.tokens import read_token
from tracker_core.services import applications as apps
from tracker_core.services import notifications as notif
from tracker_core.services.notifications import Notifier, PreferencesIn, senders_from_settings

# NOW is Tuesday 24 November 2026, 12:00 UTC; a deadline on the 26th is "in 2 days".
IN_TWO_DAYS = date(2026, 11, 26)


def _run(engine: Engine, settings: Settings, **kw: object) -> notif.RunReport:
    senders = senders_from_settings(settings, out=io.StringIO())
    try:
        return Notifier(engine, settings, senders, out=io.StringIO()).run(**kw)  # type: ignore[arg-type]
    finally:
        senders.close()


def _log(engine: Engine) -> list[NotificationLog]:
    with system_session(engine) as session:
        return list(session.exec(select(NotificationLog).order_by(NotificationLog.id)).all())


def _prefs(engine: Engine, user_id: str, **changes: object) -> None:
    with user_session(engine, user_id) as session:
        current = notif.get_preferences(session=session, user_id=user_id)
        data = PreferencesIn.model_validate({**current.model_dump(), **changes})
        notif.save_preferences(session=session, user_id=user_id, data=data)


def test_deadline_reminder_is_an_email_with_text_html_and_one_click_unsubscribe(
    engine: Engine, tmp_path: Path
) -> None:
    with SmtpServer() as smtp:
        settings = smtp.settings(tmp_path / "data")
        user = make_user(engine, settings, "ada@example.com")
        app_id = add_app(engine, user.id, "Acme", "Data Engineer", "applied", IN_TWO_DAYS)

        report = _run(engine, settings)

        assert report.sent == 1
        [mail] = smtp.messages
        assert mail["To"] == "ada@example.com"
        assert mail["Subject"] == "Deadline in 2 days: Data Engineer at Acme"
        assert mail.get_content_type() == "multipart/alternative"
        link = f"https://tracker.example.com/detail?id={app_id}"
        assert link in text_part(mail)
        assert link in html_part(mail)
        assert "https://tracker.example.com/notifications" in text_part(mail)
        assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        unsub = mail["List-Unsubscribe"]
        assert unsub.startswith("<https://tracker.example.com/unsubscribe?token=")
        token = unsub.split("token=", 1)[1].rstrip(">")
        found = read_token(settings.session_secret(), token)
        assert found is not None and (found.user_id, found.kind) == (user.id, "deadline")
        [row] = _log(engine)
        assert (row.status, row.channel, row.kind, row.application_id) == (
            "sent",
            "email",
            "deadline",
            app_id,
        )


def test_with_an_api_the_one_click_header_points_at_it(engine: Engine, tmp_path: Path) -> None:
    """Mail providers POST to List-Unsubscribe; the API answers that POST, the page cannot."""
    with SmtpServer() as smtp:
        settings = smtp.settings(tmp_path / "data").model_copy(
            update={"API_BASE_URL": "https://api.tracker.example.com"}
        )
        user = make_user(engine, settings)
        add_app(engine, user.id, deadline=IN_TWO_DAYS)
        assert _run(engine, settings).sent == 1
        [mail] = smtp.messages
        assert mail["List-Unsubscribe"].startswith(
            "<https://api.tracker.example.com/unsubscribe?token="
        )
        assert "https://tracker.example.com/unsubscribe?token=" in text_part(mail)  # the page


def test_a_second_run_sends_nothing_again(engine: Engine, tmp_path: Path) -> None:
    with SmtpServer() as smtp:
        settings = smtp.settings(tmp_path / "data")
        user = make_user(engine, settings)
        add_app(engine, user.id, deadline=IN_TWO_DAYS)
        assert _run(engine, settings).sent == 1
        assert _run(engine, settings).sent == 0
        assert len(smtp.messages) == 1


def test_the_morning_of_the_deadline_sends_the_second_reminder(
    engine: Engine, tmp_path: Path, clock: FixedClock
) -> None:
    with SmtpServer() as smtp:
        settings = smtp.settings(tmp_path / "data")
        user = make_user(engine, settings)
        add_app(engine, user.id, deadline=IN_TWO_DAYS)
        _run(engine, settings)
        clock.advance(timedelta(days=1))  # the 25th: nothing new
        assert _run(engine, settings).sent == 0
        clock.advance(timedelta(days=1) - timedelta(hours=4))  # the 26th, 08:00 UTC
        assert _run(engine, settings).sent == 1
        assert smtp.messages[-1]["Subject"] == "Deadline today: Engineer at Acme"


def test_dry_run_prints_and_sends_nothing(engine: Engine, tmp_path: Path) -> None:
    with SmtpServer() as smtp:
        settings = smtp.settings(tmp_path / "data")
        user = make_user(engine, settings)
        add_app(engine, user.id, deadline=IN_TWO_DAYS)
        out = io.StringIO()
        senders = senders_from_settings(settings)
        Notifier(engine, settings, senders, out=out).run(dry_run=True)
        assert "would send deadline by email" in out.getvalue()
        assert smtp.messages == []
        assert _log(engine) == []


def test_refused_recipient_is_recorded_in_words_and_others_still_go_out(
    engine: Engine, tmp_path: Path
) -> None:
    with SmtpServer() as smtp:
        settings = smtp.settings(tmp_path / "data")
        refused = make_user(engine, settings, "refused@example.com")
        fine = make_user(engine, settings, "fine@example.com")
        add_app(engine, refused.id, deadline=IN_TWO_DAYS)
        add_app(engine, fine.id, deadline=IN_TWO_DAYS)

        report = _run(engine, settings)

        assert (report.sent, report.failed) == (1, 1)
        assert [m["To"] for m in smtp.messages] == ["fine@example.com"]
        with user_session(engine, refused.id) as session:
            seen = notif.activity(session=session, user_id=refused.id)
        assert seen.last_failure is not None
        assert seen.last_failure.status == "failed"  # permanent: not retried
        assert seen.last_failure.error == (
            "The mail server refused the recipient address refused@example.com (code 550)."
        )


def test_refused_sender_names_the_setting(engine: Engine, tmp_path: Path) -> None:
    with SmtpServer() as smtp:
        smtp.handler.refuse_sender = True
        settings = smtp.settings(tmp_path / "data")
        user = make_user(engine, settings)
        add_app(engine, user.id, deadline=IN_TWO_DAYS)
        _run(engine, settings)
        [row] = _log(engine)
        assert row.status == "failed"
        assert row.error == (
            "The mail server refused the sender address tracker@example.com (code 553). "
            "Check SMTP_FROM."
        )


def test_mail_server_down_is_retried_once_on_a_later_run(
    engine: Engine, tmp_path: Path, clock: FixedClock
) -> None:
    with SmtpServer() as smtp:
        settings = smtp.settings(tmp_path / "data")
    # the server has stopped: nothing listens on its port any more
    user = make_user(engine, settings)
    add_app(engine, user.id, deadline=IN_TWO_DAYS)
    assert _run(engine, settings).failed == 1
    [row] = _log(engine)
    assert row.status == "retry"
    assert row.error == f"The mail server at 127.0.0.1:{settings.SMTP_PORT} could not be reached."
    clock.advance(timedelta(minutes=15))
    assert _run(engine, settings).failed == 1  # the one retry, still down
    [row] = _log(engine)
    assert (row.status, row.attempts) == ("failed", 2)
    clock.advance(timedelta(minutes=15))
    report = _run(engine, settings)
    assert (report.sent, report.failed) == (0, 0)  # never a third try


def test_sms_goes_out_in_twilios_shape(engine: Engine, tmp_path: Path) -> None:
    with SmsServer() as sms:
        settings = Settings(
            DATABASE_URL="sqlite://",
            DATA_DIR=tmp_path / "data",
            SMS_API_URL=sms.url,
            SMS_API_KEY="AC1:sekrit-token",
            SMS_FROM="+15550100000",
            _env_file=None,
        )
        user = make_user(engine, settings)
        app_id = add_app(engine, user.id, "Acme", "Engineer", deadline=IN_TWO_DAYS)
        _prefs(engine, user.id, phone="+1 555 123 4567", kinds={"deadline": "sms"})

        assert _run(engine, settings).sent == 1

        [call] = sms.calls
        assert call.auth == ("AC1", "sekrit-token")
        assert call.form["To"] == "+15551234567"
        assert call.form["From"] == "+15550100000"
        assert call.form["Body"].startswith("Deadline in 2 days: Engineer at Acme")
        assert call.form["Body"].endswith(f"/detail?id={app_id}")
        [row] = _log(engine)
        assert (row.channel, row.status) == ("sms", "sent")


@pytest.mark.parametrize(
    ("number", "sentence"),
    [
        (
            "+15550000400",
            "The SMS provider refused the text (400): check the phone number and SMS_FROM.",
        ),
        ("+15550000500", "The SMS provider had an error (500); the text was not sent."),
        ("+15550000401", "The SMS provider did not accept the credentials (SMS_API_KEY)."),
        (
            "+15550000999",
            "The SMS provider did not answer within 0.5 seconds; the text may or may not have "
            "gone out, so it is not sent again.",
        ),
    ],
)
def test_sms_failures_are_recorded_and_never_retried(
    engine: Engine, tmp_path: Path, clock: FixedClock, number: str, sentence: str
) -> None:
    with SmsServer() as sms:
        settings = Settings(
            DATABASE_URL="sqlite://",
            DATA_DIR=tmp_path / "data",
            SMS_API_URL=sms.url,
            SMS_API_KEY="AC1:sekrit-token",
            SMS_FROM="+15550100000",
            NOTIFY_TIMEOUT_SECONDS=0.5,
            _env_file=None,
        )
        user = make_user(engine, settings)
        add_app(engine, user.id, deadline=IN_TWO_DAYS)
        _prefs(engine, user.id, phone=number, kinds={"deadline": "sms"})
        assert _run(engine, settings).failed == 1
        clock.advance(timedelta(hours=1))
        assert _run(engine, settings).failed == 0
        assert len(sms.calls) == 1
        [row] = _log(engine)
        assert (row.status, row.error) == ("failed", sentence)
        assert "sekrit" not in (row.error or "")


def test_with_nothing_configured_messages_are_printed(engine: Engine, tmp_path: Path) -> None:
    settings = Settings(DATABASE_URL="sqlite://", DATA_DIR=tmp_path / "data", _env_file=None)
    user = make_user(engine, settings, "ada@example.com")
    add_app(engine, user.id, "Acme", "Engineer", deadline=IN_TWO_DAYS)
    out = io.StringIO()
    senders = senders_from_settings(settings, out=out)
    assert Notifier(engine, settings, senders, out=io.StringIO()).run().sent == 1
    assert "--- to ada@example.com: Deadline in 2 days: Engineer at Acme" in out.getvalue()
    [row] = _log(engine)
    assert row.channel == "console"
    assert "printed" in notif.delivery_summary(settings)["email"]


def test_interview_reminders_a_day_and_two_hours_before(
    engine: Engine, tmp_path: Path, clock: FixedClock
) -> None:
    with SmtpServer() as smtp:
        settings = smtp.settings(tmp_path / "data")
        user = make_user(engine, settings)
        app_id = add_app(engine, user.id, "Acme", "Engineer", "interview")
        _prefs(engine, user.id, timezone="Europe/Berlin")
        add_iv(engine, user.id, app_id, NOW + timedelta(hours=24))  # 25 Nov, 13:00 in Berlin
        assert _run(engine, settings).sent == 1
        assert smtp.messages[0]["Subject"] == "Interview tomorrow: Engineer at Acme"
        assert "Wednesday 25 November at 13:00 (Europe/Berlin)" in text_part(smtp.messages[0])
        clock.advance(timedelta(hours=21))
        assert _run(engine, settings).sent == 0
        clock.advance(timedelta(hours=1))
        assert _run(engine, settings).sent == 1
        assert smtp.messages[1]["Subject"] == "Interview in 2 hours: Engineer at Acme"


def test_an_interview_moved_after_its_reminder_was_queued_sends_nothing(
    engine: Engine, tmp_path: Path
) -> None:
    from tracker_core.services.interviews import InterviewIn, edit_interview

    with SmtpServer() as smtp:
        settings = smtp.settings(tmp_path / "data")
        user = make_user(engine, settings)
        app_id = add_app(engine, user.id, status="interview")
        iv_id = add_iv(engine, user.id, app_id, NOW + timedelta(hours=1, minutes=30))
        senders = senders_from_settings(settings)
        notifier = Notifier(engine, settings, senders, out=io.StringIO())
        with system_session(engine) as session:
            queued = notif.plan(session, senders, NOW)
        assert [p.item.kind for p in queued] == [Kind.INTERVIEW]
        with user_session(engine, user.id) as session:
            edit_interview(
                session=session,
                user_id=user.id,
                interview_id=iv_id,
                data=InterviewIn(scheduled_at=NOW + timedelta(days=7)),
            )
        report = notif.RunReport()
        notifier.send_planned(queued, NOW, report)
        senders.close()
        assert (report.sent, report.skipped) == (0, 1)
        assert smtp.messages == []
        [row] = _log(engine)
        assert row.status == "skipped"


@pytest.mark.parametrize("outcome", ["cancelled", "passed"])
def test_a_cancelled_or_held_interview_sends_nothing(
    engine: Engine, tmp_path: Path, outcome: str
) -> None:
    from tracker_core.services.interviews import InterviewIn, edit_interview

    with SmtpServer() as smtp:
        settings = smtp.settings(tmp_path / "data")
        user = make_user(engine, settings)
        app_id = add_app(engine, user.id, status="interview")
        iv_id = add_iv(engine, user.id, app_id, NOW + timedelta(hours=1))
        with user_session(engine, user.id) as session:
            edit_interview(
                session=session,
                user_id=user.id,
                interview_id=iv_id,
                data=InterviewIn(scheduled_at=NOW + timedelta(hours=1), outcome=outcome),
            )
        assert _run(engine, settings).sent == 0
        assert smtp.messages == []


def test_an_application_that_moved_on_gets_no_deadline_reminder(
    engine: Engine, tmp_path: Path
) -> None:
    with SmtpServer() as smtp:
        settings = smtp.settings(tmp_path / "data")
        user = make_user(engine, settings)
        app_id = add_app(engine, user.id, deadline=IN_TWO_DAYS)
        with user_session(engine, user.id) as session:
            apps.change_status(
                session=session, user_id=user.id, application_id=app_id, to_status="rejected"
            )
        assert _run(engine, settings).sent == 0


def test_follow_up_once_per_application_and_stage(
    engine: Engine, tmp_path: Path, clock: FixedClock
) -> None:
    with SmtpServer() as smtp:
        settings = smtp.settings(tmp_path / "data")
        user = make_user(engine, settings)
        add_app(engine, user.id, "Acme", "Engineer", "applied")
        _prefs(engine, user.id, kinds={"followup": "email"})
        clock.advance(timedelta(days=6, hours=23))
        assert _run(engine, settings).sent == 0
        clock.advance(timedelta(hours=1))
        assert _run(engine, settings).sent == 1
        assert smtp.messages[0]["Subject"] == "Time to follow up: Engineer at Acme"
        clock.advance(timedelta(days=3))
        assert _run(engine, settings).sent == 0


def test_unsubscribe_turns_that_kind_off(engine: Engine, tmp_path: Path) -> None:
    with SmtpServer() as smtp:
        settings = smtp.settings(tmp_path / "data")
        user = make_user(engine, settings)
        add_app(engine, user.id, deadline=IN_TWO_DAYS)
        token = notif.unsubscribe_link_token(settings, user.id, "deadline")
        assert notif.unsubscribe(engine=engine, settings=settings, token=token) is Kind.DEADLINE
        assert notif.unsubscribe(engine=engine, settings=settings, token=token + "x") is None
        assert _run(engine, settings).sent == 0


def test_daily_digest_lists_the_days_changes_and_what_is_coming(
    engine: Engine, tmp_path: Path, clock: FixedClock
) -> None:
    with SmtpServer() as smtp:
        settings = smtp.settings(tmp_path / "data")
        user = make_user(engine, settings)
        _prefs(
            engine,
            user.id,
            kinds={"digest": "email", "deadline": "off", "interview": "off"},
            digest_hour=9,
        )
        moved = add_app(engine, user.id, "Acme", "Engineer", "saved")
        add_app(engine, user.id, "Globex", "Analyst", "applied", IN_TWO_DAYS)
        with user_session(engine, user.id) as session:
            apps.change_status(
                session=session, user_id=user.id, application_id=moved, to_status="applied"
            )
        clock.advance(timedelta(hours=21))  # 25 Nov, 09:00 UTC: the digest hour
        assert _run(engine, settings).sent == 1
        [mail] = smtp.messages
        assert mail["Subject"] == "Your application digest"
        body = text_part(mail)
        assert (
            f"- Engineer at Acme: moved to applied (https://tracker.example.com/detail?id={moved})"
            in body
        )
        assert "- Analyst at Globex: deadline Thu 26 Nov" in body
        clock.advance(timedelta(hours=3))
        assert _run(engine, settings).sent == 0  # one a day


def test_ghosted_note_after_thirty_days_without_change(
    engine: Engine, tmp_path: Path, clock: FixedClock
) -> None:
    with SmtpServer() as smtp:
        settings = smtp.settings(tmp_path / "data")
        user = make_user(engine, settings)
        add_app(engine, user.id, "Acme", "Engineer", "screening")
        _prefs(engine, user.id, kinds={"ghosted": "email"})
        clock.advance(timedelta(days=29))
        assert _run(engine, settings).sent == 0
        clock.advance(timedelta(days=1))
        assert _run(engine, settings).sent == 1
        assert smtp.messages[0]["Subject"] == "Ghosted? Engineer at Acme"


def test_an_email_waiting_for_its_retry_keeps_waiting_through_quiet_hours(
    engine: Engine, tmp_path: Path, clock: FixedClock
) -> None:
    with SmtpServer() as smtp:
        settings = smtp.settings(tmp_path / "data")
    user = make_user(engine, settings)  # the server above has stopped: the first try fails
    add_app(engine, user.id, deadline=IN_TWO_DAYS)
    _prefs(engine, user.id, quiet_start=13, quiet_end=15)  # quiet from 13:00 UTC
    assert _run(engine, settings).failed == 1
    clock.advance(timedelta(hours=1, minutes=30))  # 13:30: quiet, the retry waits
    with SmtpServer() as smtp:
        settings = smtp.settings(tmp_path / "data")
        report = _run(engine, settings)
        assert (report.sent, report.deferred, report.skipped) == (0, 1, 0)
        clock.advance(timedelta(hours=1, minutes=30))  # 15:00: quiet hours are over
        assert _run(engine, settings).sent == 1
        assert len(smtp.messages) == 1
    [row] = _log(engine)
    assert (row.status, row.attempts) == ("sent", 2)


def test_no_secret_reaches_the_output_or_the_log(engine: Engine, tmp_path: Path) -> None:
    with SmsServer() as sms:
        settings = Settings(
            DATABASE_URL="sqlite://",
            DATA_DIR=tmp_path / "data",
            SMS_API_URL=sms.url,
            SMS_API_KEY="AC1:sekrit-token",
            SMS_FROM="+15550100000",
            _env_file=None,
        )
        user = make_user(engine, settings)
        add_app(engine, user.id, deadline=IN_TWO_DAYS)
        _prefs(engine, user.id, phone="+15550000401", kinds={"deadline": "sms"})
        out = io.StringIO()
        senders = senders_from_settings(settings, out=out)
        Notifier(engine, settings, senders, out=out).run()
        senders.close()
    assert "credentials" in out.getvalue()
    assert "sekrit" not in out.getvalue()
    assert all("sekrit" not in f"{r.error} {r.subject} {r.dedupe_key}" for r in _log(engine))
