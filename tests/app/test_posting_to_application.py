"""AppTest: "Create application from this posting" keeps the link and location, warns before a
second copy of the same job, and links to what it created."""

from collections.abc import Callable
from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.support.app import sign_up
from tracker_core.db import make_engine, user_session
from tracker_core.models import Application
from tracker_core.services.applications import list_applications

RESUME = "Ada Lovelace\nData Engineer\nSkills: Python, SQL, Airflow, Docker\n"
POSTING = """Senior Data Engineer
Company: Globex
Location: Berlin (hybrid)
Apply at https://globex.example/jobs/42

Requirements
- 5+ years building data pipelines with Python and SQL
"""
SAVE = "FormSubmitter:an_new_form-Save application"


def _analysed(new_app: Callable[[], AppTest]) -> AppTest:
    at = sign_up(new_app().run())
    at.switch_page("app_pages/analyzer.py").run()
    at.text_area(key="an_resume_text").input(RESUME)
    at.text_area(key="an_posting").input(POSTING)
    next(b for b in at.button if b.label == "Analyse").click().run()
    return at


def _create(at: AppTest) -> AppTest:
    next(b for b in at.button if b.label == "Create application from this posting").click().run()
    return at


def _saved(db: Path, at: AppTest) -> list[Application]:
    engine = make_engine(f"sqlite:///{db}")
    user_id = at.session_state["auth_user"].id
    with user_session(engine, user_id) as s:
        rows = list(list_applications(session=s, user_id=user_id))
    engine.dispose()
    return rows


def test_the_new_application_keeps_link_and_location_and_is_linked(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = _create(_analysed(new_app))
    assert at.text_input(key="an_new_location").value == "Berlin (hybrid)"
    assert at.text_input(key="an_new_url").value == "https://globex.example/jobs/42"
    at.button(key=SAVE).click().run()
    assert not at.exception
    [app] = _saved(app_env, at)
    assert (app.company, app.location, app.url) == (
        "Globex",
        "Berlin (hybrid)",
        "https://globex.example/jobs/42",
    )
    link = next(p for p in at.get("page_link") if p.proto.label == "Open the new application")
    assert (link.proto.page, link.proto.query_string) == ("detail", f"id={app.id}")


def test_saving_the_same_posting_again_warns_first(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = _create(_analysed(new_app))
    at.button(key=SAVE).click().run()
    at = _create(at)
    at.button(key=SAVE).click().run()
    assert len(_saved(app_env, at)) == 1  # not saved silently
    warning = " ".join(w.value for w in at.warning)
    assert "You already have 1 application(s) to **Globex**" in warning
    at.button(key=SAVE).click().run()  # the user has read it and saves anyway
    assert len(_saved(app_env, at)) == 2
