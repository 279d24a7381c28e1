"""AppTest: the same resume and posting show the same 0-10 fit on the analyzer, the
application page and the resumes page."""

import re
from collections.abc import Callable
from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.support.app import sign_up
from tests.support.vectors import DATA_JD, DATA_RESUME, app_write_through
from tracker_core.db import make_engine, user_session
from tracker_core.models import ApplicationCreate
from tracker_core.services import applications, resumes


def _seed(db: Path, user_id: str) -> tuple[int, int]:
    engine = make_engine(f"sqlite:///{db}")
    with user_session(engine, user_id) as s:
        resume = resumes.create_resume(
            session=s,
            user_id=user_id,
            label="Data CV",
            text=DATA_RESUME,
            vectors=app_write_through(engine),
        )
        app = applications.create_application(
            session=s,
            user_id=user_id,
            data=ApplicationCreate(
                company="Foo Analytics", position="Data Scientist", job_description=DATA_JD
            ),
            vectors=app_write_through(engine),
        )
        applications.create_application(  # a sample-like job: a title and no description
            session=s,
            user_id=user_id,
            data=ApplicationCreate(company="Bare Co", position="Data Scientist"),
            vectors=app_write_through(engine),
        )
    engine.dispose()
    assert resume.id is not None and app.id is not None
    return resume.id, app.id


def _fit_in(lines: list[str], start: str) -> str:
    line = next(v for v in lines if v.startswith(start))
    found = re.search(r"(\d+\.\d) / 10 fit", line)
    assert found, line
    return found.group(1)


def test_the_same_pair_shows_the_same_number_on_every_page(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    resume_id, app_id = _seed(app_env, at.session_state["auth_user"].id)

    at.switch_page("app_pages/analyzer.py").run()
    at.selectbox(key="an_resume").select(resume_id)
    at.selectbox(key="an_app").select(app_id).run()
    next(b for b in at.button if b.label == "Analyse").click().run()
    assert not at.exception
    analyzer = next(m.value for m in at.metric if m.label == "Fit").split(" / ")[0]
    # The panel under the analysis, for the same application, says the same.
    assert _fit_in([m.value for m in at.markdown], "1. **Data CV**") == analyzer

    at.switch_page("app_pages/detail.py")
    at.query_params["id"] = str(app_id)
    at.run()
    detail = [m.value for m in at.markdown]
    assert _fit_in(detail, "1. **Data CV**") == analyzer
    assert not any(re.search(r"\d+% fit", v) for v in detail)

    at.switch_page("app_pages/resumes.py").run()
    page = [m.value for m in at.markdown]
    assert _fit_in(page, "1. **Data Scientist** at Foo Analytics") == analyzer
    assert not any("Bare Co" in v for v in page)  # no description: no fit shown
    assert any("without a job description" in c.value for c in at.caption)
