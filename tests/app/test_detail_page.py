"""AppTest: the detail page shows, edits and guards one application."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

from tests.support.app import sign_up
from tests.support.fakes import RecordingVectors
from tracker_core.db import make_engine, user_session
from tracker_core.models import Application, ApplicationCreate, Resume
from tracker_core.services import applications as apps
from tracker_core.services import details, stages

PAGE = "app_pages/detail.py"


def _seed(db: Path, user_id: str, **fields: object) -> int:
    engine = make_engine(f"sqlite:///{db}")
    values = {"company": "Acme Corp", "position": "Data Engineer"} | fields
    with user_session(engine, user_id) as s:
        app = apps.create_application(
            session=s,
            user_id=user_id,
            data=ApplicationCreate.model_validate(values),
            vectors=RecordingVectors(),
        )
        assert app.id is not None
        apps.change_status(session=s, user_id=user_id, application_id=app.id, to_status="applied")
    engine.dispose()
    return app.id


def _column_of(at: AppTest, kind: str, key: str) -> Any:
    """The form column holding the widget of this kind and key."""
    return next(c for c in at.columns if any(w.key == key for w in c.get(kind)))


def details_of(db: Path, at: AppTest, app_id: object) -> Application:
    engine = make_engine(f"sqlite:///{db}")
    user_id = at.session_state["auth_user"].id
    with user_session(engine, user_id) as s:
        app = details.get_application(session=s, user_id=user_id, application_id=int(str(app_id)))
    engine.dispose()
    return app


def _open(at: AppTest, app_id: object) -> AppTest:
    at.switch_page(PAGE)
    at.query_params["id"] = str(app_id)
    return at.run()


def test_detail_shows_fields_timeline_and_safe_notes(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    notes = "**Call Rita** <script>alert(1)</script> [x](javascript:alert(1))"
    app_id = _seed(app_env, at.session_state["auth_user"].id, notes=notes, job_description="JD")
    at = _open(at, app_id)
    assert not at.exception
    assert at.title[0].value.replace("\\", "") == "Acme Corp: Data Engineer"
    markdown = "\n".join(m.value for m in at.markdown)
    assert "Saved → Applied" in markdown and "UTC" in markdown
    assert "<script>" not in markdown and "&lt;script>" in markdown
    assert "javascript:" not in markdown
    assert at.text_input(key="det_company").value == "Acme Corp"


def test_missing_or_foreign_id_gets_a_message(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run(), email="ada@example.com")
    ada_app = _seed(app_env, at.session_state["auth_user"].id)
    at.switch_page(PAGE)
    at.run()
    assert not at.exception and "No application chosen" in at.info[0].value
    at.selectbox(key="det_choose").select(ada_app).run()
    assert at.title[0].value.replace("\\", "") == "Acme Corp: Data Engineer"
    bob = sign_up(new_app().run(), email="bob@example.com")
    bob = _open(bob, ada_app)
    assert not bob.exception
    assert "was not found" in bob.error[0].value
    assert "Acme" not in "".join(t.value for t in bob.title)


def test_edit_errors_beside_field_and_input_kept(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    app_id = _open(at, _seed(app_env, at.session_state["auth_user"].id))
    at = app_id
    at.text_input(key="det_url").input("not a url at all")
    at.number_input(key="det_salary_min").set_value(200000)
    at.number_input(key="det_salary_max").set_value(100000)
    at.button(key="FormSubmitter:det_form-Save changes").click().run()
    # Every invalid field at once (a bad URL no longer hides the salary rule), each beside it.
    assert [e.value for e in at.error] == [
        "Is not a web address (it should look like https://example.com/job)",
        "Salary minimum is above the maximum",
    ]
    assert [e.value for e in _column_of(at, "text_input", "det_url").error] == [at.error[0].value]
    assert [e.value for e in _column_of(at, "number_input", "det_salary_max").error] == [
        at.error[1].value
    ]
    assert at.text_input(key="det_url").value == "not a url at all"
    assert at.number_input(key="det_salary_min").value == 200000
    assert at.number_input(key="det_salary_max").value == 100000
    stored = details_of(app_env, at, at.query_params["id"])
    assert (stored.url, stored.salary_min) == (None, None)  # nothing was saved
    at.text_input(key="det_url").input("https://acme.example/job")
    at.button(key="FormSubmitter:det_form-Save changes").click().run()
    assert [e.value for e in at.error] == ["Salary minimum is above the maximum"]
    assert at.number_input(key="det_salary_min").value == 200000

    at.number_input(key="det_salary_max").set_value(250000)
    at.text_area(key="det_notes").input("# Ready")
    at.button(key="FormSubmitter:det_form-Save changes").click().run()
    assert not at.error and at.success[0].value == "Saved."
    assert "# Ready" in [m.value for m in at.markdown]


def test_edit_from_a_stale_tab_is_refused(new_app: Callable[[], AppTest], app_env: Path) -> None:
    at = sign_up(new_app().run())
    user_id = at.session_state["auth_user"].id
    app_id = _seed(app_env, user_id)
    at = _open(at, app_id)
    engine = make_engine(f"sqlite:///{app_env}")
    with user_session(engine, user_id) as s:  # the other tab saves first
        app = details.get_application(session=s, user_id=user_id, application_id=app_id)
        data = ApplicationCreate.model_validate(app.model_dump() | {"notes": "other tab"})
        details.update_application(
            session=s,
            user_id=user_id,
            application_id=app_id,
            data=data,
            expected_version=2,
            vectors=RecordingVectors(),
        )
    engine.dispose()
    at.text_area(key="det_notes").input("this tab")
    at.button(key="FormSubmitter:det_form-Save changes").click().run()
    assert any("changed elsewhere" in e.value for e in at.error)
    assert at.text_area(key="det_notes").value == "this tab"


def test_move_stage_add_contact_and_interview(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    app_id = _seed(app_env, at.session_state["auth_user"].id)
    at = _open(at, app_id)
    at.selectbox(key=f"det_stage_{app_id}").select("interview")
    at.button(key="det_move").click().run()
    assert "Applied → Interview" in "\n".join(m.value for m in at.markdown)

    at.text_input(key="newct_name").input("Rita Recruiter")
    at.text_input(key="newct_email").input("rita@example")
    at.button(key="FormSubmitter:newct_form-Add contact").click().run()
    assert any("not an email address" in e.value for e in at.error)
    at.text_input(key="newct_email").input("rita@example.com")
    at.button(key="FormSubmitter:newct_form-Add contact").click().run()
    assert not at.error
    assert any("Rita Recruiter" in e.label for e in at.expander)

    at.text_input(key="newiv_interviewers").input("Bo, Cy")
    at.button(key="FormSubmitter:newiv_form-Add interview").click().run()
    assert not at.exception and not at.error
    assert any(e.label.startswith("Round 1") for e in at.expander)


def test_stale_tab_can_load_the_latest_and_own_moves_are_not_stale(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    user_id = at.session_state["auth_user"].id
    app_id = _seed(app_env, user_id)
    at = _open(at, app_id)
    at.selectbox(key=f"det_stage_{app_id}").select("offer")
    at.button(key="det_move").click().run()
    at.text_area(key="det_notes").input("after my own move")
    at.button(key="FormSubmitter:det_form-Save changes").click().run()
    assert not at.error and at.success[0].value == "Saved."

    engine = make_engine(f"sqlite:///{app_env}")
    with user_session(engine, user_id) as s:
        app = details.get_application(session=s, user_id=user_id, application_id=app_id)
        data = ApplicationCreate.model_validate(app.model_dump() | {"notes": "other tab"})
        details.update_application(
            session=s,
            user_id=user_id,
            application_id=app_id,
            data=data,
            expected_version=4,
            vectors=RecordingVectors(),
        )
    engine.dispose()
    at.run()
    assert any("newer version was saved elsewhere" in w.value for w in at.warning)
    at.button(key="det_reload_btn").click().run()
    assert at.text_area(key="det_notes").value == "other tab"
    assert not at.warning


def test_choose_the_resume_used_on_the_page(new_app: Callable[[], AppTest], app_env: Path) -> None:
    at = sign_up(new_app().run())
    user_id = at.session_state["auth_user"].id
    app_id = _seed(app_env, user_id)
    engine = make_engine(f"sqlite:///{app_env}")
    with user_session(engine, user_id) as s:
        s.add(Resume(user_id=user_id, label="Data CV v2"))
        s.commit()
    engine.dispose()
    at = _open(at, app_id)
    at.selectbox(key=f"det_resume_{app_id}").select_index(1).run()
    assert not at.exception and not at.error
    assert "**Resume:** Data CV v2" in at.markdown[0].value
    at.text_area(key="det_notes").input("still editable")
    at.button(key="FormSubmitter:det_form-Save changes").click().run()
    assert at.success[0].value == "Saved."


def test_custom_stages_are_named_and_offered_on_the_detail_page(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    user_id = at.session_state["auth_user"].id
    engine = make_engine(f"sqlite:///{app_env}")
    with user_session(engine, user_id) as s:
        stages.add_stage(session=s, user_id=user_id, label="Take-home", funnel_step="interview")
    engine.dispose()
    at = _open(at, _seed(app_env, user_id))
    assert any("**Stage:** Applied" in m.value for m in at.markdown)
    assert "Take-home" in at.selectbox(key="det_stage_1").options
    at.selectbox(key="det_stage_1").set_value("take_home")
    at.button(key="det_move").click().run()
    assert not at.exception
    shown = [m.value.replace("\\", "") for m in at.markdown]
    assert any("**Stage:** Take-home" in m for m in shown)
    assert any("**Applied → Take-home**" in m for m in shown)
