"""AppTest: the interview prep page - questions, stories, practice, countdown, sheet, debrief."""

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.support import NOW
from tests.support.app import log_in, sign_up
from tests.support.fakes import RecordingVectors
from tests.support.llm import completion, serve_scripted_api
from tests.support.prep_postings import DATA, DATA_RESUME
from tracker_core.db import make_engine, user_session
from tracker_core.models import ApplicationCreate, Resume
from tracker_core.services import applications as apps
from tracker_core.services import details, prep
from tracker_core.services import interviews as ivs

PAGE = "app_pages/prep.py"


def _seed(
    db: Path, user_id: str, days_to_interview: int | None = 3, outcome: str | None = None
) -> int:
    engine = make_engine(f"sqlite:///{db}")
    with user_session(engine, user_id) as s:
        resume = Resume(user_id=user_id, label="CV", text=DATA_RESUME)
        s.add(resume)
        s.commit()
        app = apps.create_application(
            session=s,
            user_id=user_id,
            data=ApplicationCreate(
                company="Northwind",
                position="Data Engineer",
                job_description=DATA,
            ),
            vectors=RecordingVectors(),
        )
        assert app.id is not None
        details.choose_resume(
            session=s, user_id=user_id, application_id=app.id, resume_id=resume.id
        )
        if days_to_interview is not None:
            ivs.add_interview(
                session=s,
                user_id=user_id,
                application_id=app.id,
                data=ivs.InterviewIn(
                    scheduled_at=NOW + timedelta(days=days_to_interview),
                    kind="panel",
                    outcome=outcome,
                ),
            )
    engine.dispose()
    return app.id


def _open(at: AppTest, app_id: int | None = None) -> AppTest:
    at.switch_page(PAGE)
    if app_id is not None:
        at.query_params["app"] = str(app_id)
    return at.run()


def _text(at: AppTest) -> str:
    return "\n".join(m.value for m in [*at.markdown, *at.caption, *at.info, *at.subheader])


def test_an_application_shows_its_questions_gaps_and_interview_countdown(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    app_id = _seed(app_env, at.session_state["auth_user"].id, days_to_interview=3)
    at = _open(at, app_id)
    assert not at.exception
    shown = _text(at)
    assert "in 3 days" in shown
    assert "a gap in your resume" in shown and "Terraform" in shown
    assert "Questions to ask the employer" in "\n".join(e.label for e in at.expander)
    assert "NO STORY" in at.dataframe[0].value.to_string()


def test_a_story_added_on_the_page_is_suggested_and_covers_its_tag(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    app_id = _seed(app_env, at.session_state["auth_user"].id)
    at = _open(at, app_id)
    at.text_input(key="prep_new_title").input("Mentoring Ana")
    at.text_area(key="prep_new_action").input("I paired with her every morning.")
    at.text_input(key="prep_new_tags").input("leadership, Terraform")
    at.button(key="FormSubmitter:prep_new_form-Add story").click().run()
    assert not at.exception and at.success[0].value == "Story added."
    assert "Suggested stories: Mentoring Ana (tagged leadership)" in _text(at)
    grid = at.dataframe[0].value
    assert grid[grid["Needs"] == "Terraform"]["Stories"].item() == "Mentoring Ana"


def test_a_story_without_a_title_is_refused_and_the_text_is_kept(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = _open(sign_up(new_app().run()))
    at.text_area(key="prep_new_situation").input("Our export failed")
    at.button(key="FormSubmitter:prep_new_form-Add story").click().run()
    assert not at.exception and at.error, "a story needs a title"
    assert at.text_area(key="prep_new_situation").value == "Our export failed"


def test_practice_saves_a_rated_attempt_with_feedback_and_weak_ones_return_first(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    user_id = at.session_state["auth_user"].id
    app_id = _seed(app_env, user_id)
    at = _open(at, app_id)
    first = at.subheader[0].value
    at.button(key="prep_next").click().run()
    question = at.subheader[0].value
    assert question != first
    key = next(t.key for t in at.text_area if str(t.key).startswith("prep_answer_"))
    at.text_area(key=key).input("We fixed it, um, basically together.")
    at.radio(key="prep_rating").set_value(2)
    at.button(key="prep_save").click().run()
    assert not at.exception
    shown = _text(at)
    assert "Measured result:** no" in shown and "um ×1" in shown
    engine = make_engine(f"sqlite:///{app_env}")
    with user_session(engine, user_id) as s:
        kept = prep.list_attempts(session=s, user_id=user_id)
    engine.dispose()
    assert [(a.question_text, a.rating) for a in kept] == [(question, 2)]
    again = _open(log_in(new_app().run(), "ada@example.com", "s3cret-pass"), app_id)
    assert again.subheader[0].value == question  # next time, the weak answer comes first


def test_practice_without_a_rating_keeps_the_answer_and_says_what_is_missing(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    at = _open(at, _seed(app_env, at.session_state["auth_user"].id))
    key = next(t.key for t in at.text_area if str(t.key).startswith("prep_answer_"))
    at.text_area(key=key).input("My long answer")
    at.button(key="prep_save").click().run()
    assert not at.exception and at.error
    assert at.text_area(key=key).value == "My long answer"


def test_the_prep_sheet_lists_questions_gaps_and_questions_to_ask(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    at = _open(at, _seed(app_env, at.session_state["auth_user"].id))
    sheet = "\n".join(m.value for m in at.markdown)
    assert "Top questions and the stories chosen" in sheet
    assert "Gaps and how to answer them" in sheet and "Terraform" in sheet
    assert "Questions to ask" in sheet


def test_after_an_outcome_the_page_asks_which_questions_came_up(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    user_id = at.session_state["auth_user"].id
    app_id = _seed(app_env, user_id, days_to_interview=-1, outcome="passed")
    at = _open(at, app_id)
    assert "which questions came up" in _text(at)
    boxes = [c for c in at.checkbox if str(c.key).startswith("prep_db")]
    boxes[0].check()
    first = at.markdown[
        [m.value for m in at.markdown].index(
            "**Round 1 (passed):** which questions came up, and how did each go?"
        )
        + 1
    ]
    sliders = [s for s in at.select_slider if str(s.key).startswith("prep_db")]
    sliders[0].set_value(4)
    at.button(key=next(b.key for b in at.button if "Save debrief" in str(b.key))).click().run()
    assert not at.exception and at.success[0].value == "Debrief saved."
    assert "which questions came up" not in _text(at)
    assert f"- {first.value} · **went 4/5**" in _text(at)  # the rating is kept and shown


def test_pasting_a_posting_without_an_application_gives_questions(
    new_app: Callable[[], AppTest],
) -> None:
    at = _open(sign_up(new_app().run()))
    assert "Paste a posting" in _text(at)
    at.text_area(key="prep_posting").input(DATA).run()
    assert not at.exception and "Apache Spark" in _text(at)


def test_each_interview_on_the_detail_page_links_to_its_prep(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    app_id = _seed(app_env, at.session_state["auth_user"].id)
    at.switch_page("app_pages/detail.py")
    at.query_params["id"] = str(app_id)
    at.run()
    assert not at.exception
    links = [e for e in at.get("page_link") if "Prepare" in e.proto.label]
    assert links and links[0].proto.page.endswith("prep")
    assert f"app={app_id}" in links[0].proto.query_string


def test_practice_feedback_from_the_model_when_chosen_and_none_when_not(
    new_app: Callable[[], AppTest], app_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reply = json.dumps({"strengths": ["Clear action."], "improvements": ["Add a number."]})
    with serve_scripted_api() as api:
        monkeypatch.setenv("OPENAI_BASE_URL", api.base_url)
        monkeypatch.setenv("OPENAI_MODEL", "coach-model")
        api.script = [(200, {}, completion(reply))]
        at = sign_up(new_app().run())
        at = _open(at, _seed(app_env, at.session_state["auth_user"].id))
        key = next(t.key for t in at.text_area if str(t.key).startswith("prep_answer_"))
        at.text_area(key=key).input("I rolled back the release and fixed the migration.")
        at.radio(key="prep_rating").set_value(3)
        at.button(key="prep_save").click().run()
        assert not at.exception
        assert "Clear action." not in _text(at)  # not chosen: nothing is sent
        assert api.requests == []
        at.checkbox(key="prep_use_llm").check().run()
        shown = _text(at)
        assert "coach-model" in shown and "Clear action." in shown and "Add a number." in shown
        assert len(api.requests) == 1
        at.run()  # a rerun shows the same feedback without asking again
        assert len(api.requests) == 1 and "Clear action." in _text(at)
