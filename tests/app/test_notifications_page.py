"""The Notifications page and the signed-out unsubscribe page, on the real app."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlmodel import select
from streamlit.testing.v1 import AppTest

from tests.support import NOW, make_user
from tests.support.app import log_in
from tracker_core.config import get_settings
from tracker_core.db import make_engine, migrate, system_session
from tracker_core.errors import NotFound
from tracker_core.models import NotificationLog, NotificationPref, UserPublic
from tracker_core.services import due
from tracker_core.services import notifications as notif


def _user(db: Path) -> UserPublic:
    engine = make_engine(f"sqlite:///{db}")
    migrate(engine)
    user = make_user(engine, get_settings(), "ada@example.com")
    engine.dispose()
    return user


def _saved_prefs(db: Path) -> list[tuple[str, bool]]:
    engine = make_engine(f"sqlite:///{db}")
    with system_session(engine) as session:
        rows = [(p.kind, p.enabled) for p in session.exec(select(NotificationPref)).all()]
    engine.dispose()
    return rows


def _open(new_app: Callable[[], AppTest], user: UserPublic) -> AppTest:
    at = log_in(new_app().run(), user.email, "correct horse battery")
    at.switch_page("app_pages/notifications.py").run()
    assert not at.exception, at.exception
    return at


def _texts(at: AppTest) -> str:
    parts = [e.value for e in (*at.info, *at.warning, *at.error, *at.success, *at.markdown)]
    return "\n".join(str(p) for p in parts)


def test_page_says_reminders_are_printed_and_what_to_set(
    app_env: Path, new_app: Callable[[], AppTest]
) -> None:
    at = _open(new_app, _user(app_env))
    info = " ".join(str(i.value) for i in at.info)
    assert "printed in the notifier's console, not sent: set SMTP_HOST" in info
    assert "SMS_API_URL" in info


def test_page_shows_the_last_failure_in_words(
    app_env: Path, new_app: Callable[[], AppTest]
) -> None:
    user = _user(app_env)
    engine = make_engine(f"sqlite:///{app_env}")
    with system_session(engine) as session:
        session.add(
            NotificationLog(
                user_id=user.id,
                kind="deadline",
                dedupe_key="k1",
                channel="email",
                status="failed",
                sent_at=NOW,
                subject="Deadline in 2 days: Engineer at Acme",
                error="The mail server refused the sender address tracker@example.com (code 553).",
            )
        )
        session.commit()
    engine.dispose()
    at = _open(new_app, user)
    warning = " ".join(str(w.value) for w in at.warning)
    assert "Deadline in 2 days: Engineer at Acme" in warning
    assert "The mail server refused the sender address tracker@example.com" in warning
    assert at.dataframe[0].value["Result"].tolist() == ["Not delivered"]


def test_saving_texts_without_a_valid_number_explains_and_saves_nothing(
    app_env: Path, new_app: Callable[[], AppTest]
) -> None:
    user = _user(app_env)
    at = _open(new_app, user)
    at.selectbox(key="ntf_kind_deadline").set_value("sms")
    at.text_input(key="ntf_phone").input("555 12")
    at.button(key="FormSubmitter:ntf_form-Save").click().run()
    assert "international form" in _texts(at)
    assert _saved_prefs(app_env) == []


def test_saving_preferences_keeps_them(app_env: Path, new_app: Callable[[], AppTest]) -> None:
    user = _user(app_env)
    at = _open(new_app, user)
    at.selectbox(key="ntf_kind_deadline").set_value("sms")
    at.selectbox(key="ntf_kind_digest").set_value("email")
    at.text_input(key="ntf_phone").input("+1 555 123 4567")
    at.selectbox(key="ntf_tz").set_value("America/New_York")
    at.selectbox(key="ntf_digest_day").set_value("Monday")
    at.button(key="FormSubmitter:ntf_form-Save").click().run()
    assert [s.value for s in at.success] == ["Saved."]
    again = _open(new_app, user)
    assert again.selectbox(key="ntf_kind_deadline").value == "sms"
    assert again.text_input(key="ntf_phone").value == "+15551234567"
    assert again.selectbox(key="ntf_tz").value == "America/New_York"
    assert again.selectbox(key="ntf_digest_day").value == "Monday"


def test_unsubscribe_works_signed_out(app_env: Path, new_app: Callable[[], AppTest]) -> None:
    user = _user(app_env)
    token = notif.unsubscribe_link_token(get_settings(), user.id, "deadline")
    at = new_app()
    at.query_params["token"] = token
    at.switch_page("app_pages/unsubscribe.py").run()
    assert not at.exception
    assert not [t for t in at.text_input if t.key == "login_email"]  # no login form
    at.button(key="unsub_confirm").click().run()
    assert "no more deadline reminders" in " ".join(str(s.value) for s in at.success)
    assert _saved_prefs(app_env) == [("deadline", False)]


def test_a_forged_unsubscribe_link_changes_nothing(
    app_env: Path, new_app: Callable[[], AppTest]
) -> None:
    user = _user(app_env)
    forged = notif.make_token("not-our-secret", user.id, "deadline")
    at = new_app()
    at.query_params["token"] = forged
    at.switch_page("app_pages/unsubscribe.py").run()
    assert "not valid" in " ".join(str(e.value) for e in at.error)
    assert not [b for b in at.button if b.key == "unsub_confirm"]


def test_calendar_link_shows_resets_and_says_how_to_get_one_without_the_api(
    app_env: Path, new_app: Callable[[], AppTest], monkeypatch: pytest.MonkeyPatch
) -> None:
    user = _user(app_env)
    at = _open(new_app, user)
    assert not at.code  # no API address set: no link, but how to get one
    assert any("API_BASE_URL" in str(c.value) for c in at.caption)

    monkeypatch.setenv("API_BASE_URL", "https://tracker.example.com/api")
    get_settings.cache_clear()
    at = _open(new_app, user)
    first = at.code[0].value
    assert first.startswith("https://tracker.example.com/api/calendar/") and first.endswith(".ics")
    engine = make_engine(f"sqlite:///{app_env}")
    token = first.rsplit("/", 1)[1].removesuffix(".ics")
    settings = get_settings()
    assert due.calendar_feed(engine=engine, secret=settings.session_secret(), token=token)

    at.button(key="cal_reset").click().run()
    assert "The old one no longer works" in _texts(at)
    second = at.code[0].value
    assert second != first
    with pytest.raises(NotFound):
        due.calendar_feed(engine=engine, secret=settings.session_secret(), token=token)
    engine.dispose()
