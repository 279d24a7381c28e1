"""Driving the app in AppTest: the main script, signing up, logging in, editing table cells."""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest

from tests.support.env import ROOT

APP = str(ROOT / "streamlit_app.py")


def sign_up(at: AppTest, email: str = "ada@example.com", password: str = "s3cret-pass") -> AppTest:
    at.text_input(key="signup_email").input(email)
    at.text_input(key="signup_password").input(password)
    at.text_input(key="signup_confirm").input(password)
    at.button(key="FormSubmitter:signup_form-Create account").click().run()
    return at


def log_in(at: AppTest, email: str, password: str) -> AppTest:
    at.text_input(key="login_email").input(email)
    at.text_input(key="login_password").input(password)
    at.button(key="FormSubmitter:login_form-Log in").click().run()
    return at


def edit_cells(at: AppTest, edits: dict[str, dict[str, object]]) -> AppTest:
    """Edit cells of the first data editor, as a user does in the browser, and rerun.

    AppTest cannot type into st.data_editor, so this keeps the editor's widget state
    (the same JSON the frontend sends, edits accumulating per row) for every next run.
    """
    proto_id = at.data_editor[0].proto.id
    states: dict[str, str] = at.__dict__.setdefault("editor_states", {})
    before = json.loads(states.get(proto_id, '{"edited_rows": {}}'))["edited_rows"]
    for row, cells in edits.items():
        before.setdefault(row, {}).update(cells)
    states[proto_id] = json.dumps({"edited_rows": before, "added_rows": [], "deleted_rows": []})
    return at.run()


def seed_application(db: object, user_id: str, **fields: object) -> int:
    """An application saved straight through the service into the AppTest's database file."""
    from tests.support.fakes import RecordingVectors
    from tracker_core.db import make_engine, user_session
    from tracker_core.models import ApplicationCreate
    from tracker_core.services import applications as apps

    engine = make_engine(f"sqlite:///{db}")
    values = {"company": "Acme Corp", "position": "Data Engineer"} | fields
    with user_session(engine, user_id) as s:
        app = apps.create_application(
            session=s,
            user_id=user_id,
            data=ApplicationCreate.model_validate(values),
            vectors=RecordingVectors(),
        )
    engine.dispose()
    assert app.id is not None
    return app.id
