"""AppTest: the time zone chosen on the Account page is the one interview times are typed in."""

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.support.app import sign_up
from tests.support.fakes import RecordingVectors
from tracker_core.db import make_engine, user_session
from tracker_core.models import ApplicationCreate
from tracker_core.services import applications as apps
from tracker_core.services import interviews


def _seed(db: Path, user_id: str) -> int:
    engine = make_engine(f"sqlite:///{db}")
    with user_session(engine, user_id) as s:
        app = apps.create_application(
            session=s,
            user_id=user_id,
            data=ApplicationCreate(company="Acme Corp", position="Data Engineer"),
            vectors=RecordingVectors(),
        )
    engine.dispose()
    assert app.id is not None
    return app.id


def _stored_interviews(db: Path, user_id: str, app_id: int) -> list[datetime | None]:
    engine = make_engine(f"sqlite:///{db}")
    with user_session(engine, user_id) as s:
        rows = interviews.list_interviews(session=s, user_id=user_id, application_id=app_id)
        found = [r.scheduled_at for r in rows]
    engine.dispose()
    return found


def test_account_zone_is_used_to_type_and_show_interview_times(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    user_id = at.session_state["auth_user"].id
    at.switch_page("app_pages/account.py").run()
    assert at.selectbox(key="acct_tz").value == "UTC"
    at.selectbox(key="acct_tz").select("Europe/Berlin").run()
    assert not at.exception and not at.error

    app_id = _seed(app_env, user_id)
    at.switch_page("app_pages/detail.py")
    at.query_params["id"] = str(app_id)
    at.run()
    assert "Time (Europe/Berlin)" in [t.label for t in at.time_input]
    at.date_input(key="newiv_day").set_value(date(2026, 12, 3))
    at.time_input(key="newiv_at").set_value(time(14, 0))
    at.button(key="FormSubmitter:newiv_form-Add interview").click().run()
    assert not at.exception and not at.error

    assert _stored_interviews(app_env, user_id, app_id) == [
        datetime(2026, 12, 3, 13, 0, tzinfo=UTC)
    ]
    assert any("2026-12-03 14:00 CET" in e.label for e in at.expander)
    editing = next(t for t in at.time_input if t.key.startswith("iv"))  # the saved one's form
    assert editing.value == time(14, 0)


def test_a_skipped_local_time_is_refused_beside_the_time(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    user_id = at.session_state["auth_user"].id
    at.switch_page("app_pages/account.py").run()
    at.selectbox(key="acct_tz").select("Europe/Berlin").run()
    app_id = _seed(app_env, user_id)
    at.switch_page("app_pages/detail.py")
    at.query_params["id"] = str(app_id)
    at.run()
    at.date_input(key="newiv_day").set_value(date(2026, 3, 29))
    at.time_input(key="newiv_at").set_value(time(2, 30))
    at.button(key="FormSubmitter:newiv_form-Add interview").click().run()
    assert any("does not exist on 2026-03-29" in e.value for e in at.error)
    assert _stored_interviews(app_env, user_id, app_id) == []


def test_account_page_offers_all_my_data_as_json(new_app: Callable[[], AppTest]) -> None:
    at = sign_up(new_app().run())
    at.switch_page("app_pages/account.py").run()
    assert not at.exception
    assert "Download all my data (JSON)" in [b.label for b in at.download_button]


def test_a_zone_saved_on_notifications_is_the_one_this_tab_shows_next(
    new_app: Callable[[], AppTest],
) -> None:
    at = sign_up(new_app().run())
    at.switch_page("app_pages/account.py").run()
    assert at.selectbox(key="acct_tz").value == "UTC"
    at.switch_page("app_pages/notifications.py").run()
    at.selectbox(key="ntf_tz").set_value("America/New_York")
    at.button(key="FormSubmitter:ntf_form-Save").click().run()
    at.switch_page("app_pages/account.py").run()
    assert at.selectbox(key="acct_tz").value == "America/New_York"
