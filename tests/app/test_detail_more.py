"""The detail page shows every saved field, stays on the tab used, and has one timeline."""

from collections.abc import Callable
from datetime import date
from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.support.app import seed_application, sign_up


def _open(at: AppTest, app_id: int) -> AppTest:
    at.switch_page("app_pages/detail.py")
    at.query_params["id"] = str(app_id)
    return at.run()


def _plain(at: AppTest) -> str:
    return "\n".join(m.value.replace("\\", "") for m in at.markdown)


def test_the_header_shows_salary_place_source_and_the_next_action(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    app_id = seed_application(
        app_env,
        at.session_state["auth_user"].id,
        salary_min=90000,
        salary_currency="usd",
        location="Austin",
        remote="remote",
        source="Referral",
        next_action="Prepare the take-home",
        next_action_on=date(2026, 12, 3),
    )
    text = _plain(_open(at, app_id))
    assert "**Salary:** USD from 90,000" in text
    assert "**Where:** Austin · remote" in text
    assert "**Source:** Referral" in text
    assert "**Next:** Prepare the take-home by 2026-12-03" in text


def test_adding_a_contact_or_an_interview_stays_on_its_tab_and_lands_in_the_timeline(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    app_id = seed_application(app_env, at.session_state["auth_user"].id)
    at = _open(at, app_id)
    at.text_input(key="newct_name").input("Rita Recruiter")
    at.button(key="FormSubmitter:newct_form-Add contact").click().run()
    assert at.session_state["det_tab"] == "Contacts"
    at.text_input(key="newiv_interviewers").input("Bo")
    at.date_input(key="newiv_day").set_value(date(2026, 12, 2))
    at.button(key="FormSubmitter:newiv_form-Add interview").click().run()
    assert not at.exception
    assert at.session_state["det_tab"] == "Interviews"
    timeline = next(m.value for m in at.markdown if "Added as" in m.value)
    assert "Interview round 1" in timeline and "Contact Rita Recruiter" in timeline
    assert timeline.index("Interview round 1") < timeline.index("Added as")  # newest first


def test_user_text_in_the_title_and_the_expanders_is_shown_literally(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    image = "![i](http://127.0.0.1:9/co.png)"
    at = sign_up(new_app().run())
    app_id = seed_application(app_env, at.session_state["auth_user"].id, company=image)
    at = _open(at, app_id)
    at.text_input(key="newct_name").input(image)
    at.button(key="FormSubmitter:newct_form-Add contact").click().run()
    assert image in at.title[0].value.replace("\\", "")
    assert image not in at.title[0].value
    labels = [e.label for e in at.expander]
    assert any(image in label.replace("\\", "") for label in labels)
    assert not [label for label in labels if image in label]
    assert not [m.value for m in at.markdown if image in m.value]
