"""The board shows what was typed (salary, place, next action), what is due, and user text
literally."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.support.app import seed_application, sign_up
from tracker_core.clock import FixedClock
from tracker_core.db import make_engine, user_session
from tracker_core.models import Interview
from tracker_core.services.user_zone import set_zone


def test_a_card_shows_salary_place_and_the_next_action_with_its_date(
    new_app: Callable[[], AppTest], app_env: Path, clock: FixedClock
) -> None:
    at = sign_up(new_app().run())
    seed_application(
        app_env,
        at.session_state["auth_user"].id,
        salary_min=60000,
        salary_max=75000,
        salary_currency="eur",
        salary_period="year",
        location="Berlin",
        remote="hybrid",
        next_action="Email Rita",
        next_action_on=clock.now().date() + timedelta(days=30),
    )
    at.run()
    line = next(c.value for c in at.caption if "Berlin" in c.value).replace("\\", "")
    assert "EUR 60,000–75,000 / year" in line
    assert "Berlin · hybrid" in line
    assert "Email Rita (Dec 24)" in line


def test_due_this_week_sits_at_the_top_of_the_board(
    new_app: Callable[[], AppTest], app_env: Path, clock: FixedClock
) -> None:
    at = sign_up(new_app().run())
    user_id = at.session_state["auth_user"].id
    today = clock.now().date()
    seed_application(app_env, user_id, company="Acme Corp", deadline=today + timedelta(days=2))
    seed_application(
        app_env,
        user_id,
        company="Globex",
        next_action="Send portfolio",
        next_action_on=today + timedelta(days=1),
    )
    seed_application(app_env, user_id, company="Later Ltd", deadline=today + timedelta(days=20))
    at.run()
    panel = at.expander[0]
    assert panel.label == "Due this week (2)"
    text = panel.markdown[0].value.replace("\\", "")
    assert text.index("Send portfolio") < text.index("Deadline")
    assert "Globex: Data Engineer" in text and "Later Ltd" not in text
    assert at.get("download_button")[0].proto.label == "Download calendar (.ics)"


def test_user_text_on_cards_and_menus_is_shown_literally_not_as_markdown(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    image = "![i](http://127.0.0.1:9/co.png)"
    seed_application(
        app_env, at.session_state["auth_user"].id, company=image, location=image, next_action=image
    )
    at.run()
    shown = [m.value for m in at.markdown] + [c.value for c in at.caption]
    shown += [t.value for t in at.toast] + [i.value for i in at.info]
    assert any(image in s.replace("\\", "") for s in shown)
    assert not [s for s in shown if "![i](" in s]  # every one escaped: \!\[i\]\(


POSTING = """Senior Data Engineer
Acme Analytics · Berlin, Germany (Hybrid)

Salary: €70,000 – €85,000 per year.
We need Python and SQL.
"""


def test_a_pasted_description_fills_the_empty_fields_before_saving_never_over_typed_ones(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    at.text_input(key="add_company").input("Acme Analytics GmbH")
    at.text_area(key="add_jd").input(POSTING)
    at.button(key="FormSubmitter:add_form-Add application").click().run()
    assert not at.success  # not saved yet: the filled fields are shown first
    assert at.text_input(key="add_company").value == "Acme Analytics GmbH"  # kept as typed
    assert at.text_input(key="add_position").value == "Senior Data Engineer"
    assert at.number_input(key="add_salary_min").value == 70000
    assert at.selectbox(key="add_remote").value == "hybrid"
    assert any("Filled from the job description" in i.value for i in at.info)
    at.text_input(key="add_source").input("Referral")
    at.button(key="FormSubmitter:add_form-Add application").click().run()
    assert [s.value for s in at.success] == ["Saved Acme Analytics GmbH: Senior Data Engineer."]
    line = next(c.value for c in at.caption if "70,000" in c.value).replace("\\", "")
    assert "EUR 70,000–85,000 / year" in line and "hybrid" in line


def test_the_fill_button_says_when_there_is_nothing_to_read(
    new_app: Callable[[], AppTest],
) -> None:
    at = sign_up(new_app().run())
    at.button(key="FormSubmitter:add_form-Fill empty fields from the description").click().run()
    assert any("Paste the job description first" in i.value for i in at.info)


def test_an_interview_in_the_due_panel_reads_in_the_users_time_zone(
    new_app: Callable[[], AppTest], app_env: Path, clock: FixedClock
) -> None:
    """23:30 UTC on Wednesday is Thursday 00:30 in Berlin: the panel says so."""
    at = sign_up(new_app().run())
    user_id = at.session_state["auth_user"].id
    app_id = seed_application(app_env, user_id, company="Initech")
    engine = make_engine(f"sqlite:///{app_env}")
    with user_session(engine, user_id) as s:
        set_zone(session=s, user_id=user_id, name="Europe/Berlin")
        s.add(
            Interview(
                user_id=user_id,
                application_id=app_id,
                kind="Onsite",
                scheduled_at=datetime(2026, 11, 25, 23, 30, tzinfo=UTC),
            )
        )
        s.commit()
    engine.dispose()
    at.run()
    text = at.expander[0].markdown[0].value.replace("\\", "")
    assert "Thu Nov 26, 00:30 CET" in text
