"""AppTest: resume fit on the detail page, similar jobs on the add form, Qdrant down."""

from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.support.app import sign_up
from tests.support.vectors import (
    DATA_JD,
    DATA_RESUME,
    NURSE_RESUME,
    app_write_through,
    closed_port,
)
from tracker_core.config import get_settings
from tracker_core.db import make_engine, user_session
from tracker_core.models import ApplicationCreate
from tracker_core.services import applications, resumes

DETAIL = "app_pages/detail.py"
ADD = "FormSubmitter:add_form-Add application"


def _seed(db: Path, user_id: str, with_resumes: bool = True) -> int:
    engine = make_engine(f"sqlite:///{db}")
    with user_session(engine, user_id) as s:
        if with_resumes:
            resumes.create_resume(
                session=s,
                user_id=user_id,
                label="Nursing CV",
                text=NURSE_RESUME,
                vectors=app_write_through(engine),
            )
            resumes.create_resume(
                session=s,
                user_id=user_id,
                label="Data CV",
                text=DATA_RESUME,
                vectors=app_write_through(engine),
            )
        data = ApplicationCreate(
            company="Foo Analytics", position="Data Scientist", job_description=DATA_JD
        )
        app = applications.create_application(
            session=s, user_id=user_id, data=data, vectors=app_write_through(engine)
        )
    engine.dispose()
    assert app.id is not None
    return app.id


def _open_detail(at: AppTest, app_id: int) -> AppTest:
    at.switch_page(DETAIL)
    at.query_params["id"] = str(app_id)
    return at.run()


def test_detail_page_ranks_my_resumes_for_the_job(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    at = _open_detail(at, _seed(app_env, at.session_state["auth_user"].id))
    assert not at.exception
    assert "Best resume for this job" in [h.value for h in at.subheader]
    ranks = [m.value for m in at.markdown if m.value[:3] in ("1. ", "2. ")]
    assert ranks[0].startswith("1. **Data CV** · ") and ranks[1].startswith("2. **Nursing CV**")
    assert any(e.label == "Sections of Data CV that matched best" for e in at.expander)


def test_detail_page_works_and_says_why_when_qdrant_is_down(
    new_app: Callable[[], AppTest], app_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = sign_up(new_app().run())
    app_id = _seed(app_env, at.session_state["auth_user"].id)
    url = f"http://127.0.0.1:{closed_port()}"
    monkeypatch.setenv("QDRANT_URL", url)
    get_settings.cache_clear()
    from tracker_core.vectors import close_index

    close_index()
    at = _open_detail(at, app_id)
    assert not at.exception
    assert (
        at.title[0].value.replace("\\", "") == "Foo Analytics: Data Scientist"
    )  # the rest of the page works
    warning = at.warning[0].value
    assert "Similarity search is unavailable" in warning and url in warning
    assert "Traceback" not in warning


def _fill(at: AppTest, company: str, position: str, jd: str = "", url: str = "") -> AppTest:
    at.text_input(key="add_company").input(company)
    at.text_input(key="add_position").input(position)
    at.text_input(key="add_url").input(url)
    at.text_area(key="add_jd").input(jd)
    return at


def test_add_form_warns_once_about_a_similar_job_then_saves(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    _seed(app_env, at.session_state["auth_user"].id, with_resumes=False)
    at = _fill(at.run(), "Hays Recruitment", "Senior Data Scientist", DATA_JD)
    at.button(key=ADD).click().run()
    assert not at.exception and not at.success
    assert len(at.warning) == 1
    warning = at.warning[0].value
    assert "Similar jobs you already have:" in warning
    assert "Data Scientist at Foo Analytics" in warning and "Same posting" in warning
    at.button(key=ADD).click().run()
    assert [s.value for s in at.success] == ["Saved Hays Recruitment: Senior Data Scientist."]
    assert not at.warning


def test_same_company_and_same_posting_make_one_warning(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    _seed(app_env, at.session_state["auth_user"].id, with_resumes=False)
    at = _fill(at.run(), "Foo Analytics Ltd", "Data Scientist", DATA_JD)
    at.button(key=ADD).click().run()
    assert len(at.warning) == 1
    warning = at.warning[0].value
    assert "You already have 1 application(s) to **Foo Analytics**" in warning
    assert "Same role at the same company" in warning
    assert "Similar jobs you already have" not in warning  # listed once, under the company


def _resume_panel(user_id, resume_id):
    from components.similarity_panels import resume_fit_panel

    resume_fit_panel(user_id, resume_id)


def test_resume_fit_panel_for_the_resumes_page(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    user_id = at.session_state["auth_user"].id
    _seed(app_env, user_id)
    engine = make_engine(f"sqlite:///{app_env}")
    with user_session(engine, user_id) as s:
        mine = {r.label: r.id for r in resumes.list_resumes(session=s, user_id=user_id)}
    engine.dispose()
    panel = AppTest.from_function(_resume_panel, args=(user_id, mine["Data CV"])).run()
    assert not panel.exception
    assert panel.subheader[0].value == "Jobs this resume fits"
    assert panel.markdown[0].value.startswith("1. **Data Scientist** at Foo Analytics · saved")


def test_a_bad_link_is_shown_beside_the_field(new_app: Callable[[], AppTest]) -> None:
    at = _fill(sign_up(new_app().run()), "Foo", "Analyst", url="ftp://nope")
    at.button(key=ADD).click().run()
    assert not at.success and at.expander[0].proto.expanded
    assert at.error and "http" in at.error[0].value
