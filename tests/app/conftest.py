"""AppTest helpers: the real app on a temporary SQLite database."""

from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

APP = str(ROOT / "streamlit_app.py")


@pytest.fixture
def app_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    db = tmp_path / "app.db"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{db}")
    monkeypatch.chdir(ROOT)  # st.navigation resolves page paths from the working directory
    return db


@pytest.fixture
def new_app(app_env: Path) -> Callable[[], AppTest]:
    import streamlit as st

    st.cache_resource.clear()
    return lambda: AppTest.from_file(APP, default_timeout=30)


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


@pytest.fixture(autouse=True)
def _editor_states(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let AppTest send data-editor edits on every run, as the browser keeps doing."""
    from streamlit.testing.v1.element_tree import ElementTree

    original = ElementTree.get_widget_states

    def with_edits(self: ElementTree) -> object:
        states = original(self)
        for proto_id, value in getattr(self._runner, "editor_states", {}).items():
            state = states.widgets.add()
            state.id = proto_id
            state.string_value = value
        return states

    monkeypatch.setattr(ElementTree, "get_widget_states", with_edits)


def edit_cells(at: AppTest, edits: dict[str, dict[str, object]]) -> AppTest:
    """Edit cells of the first data editor, as a user does in the browser, and rerun.

    AppTest cannot type into st.data_editor, so this keeps the editor's widget state
    (the same JSON the frontend sends, edits accumulating per row) for every next run.
    """
    import json

    proto_id = at.data_editor[0].proto.id
    states: dict[str, str] = at.__dict__.setdefault("editor_states", {})
    before = json.loads(states.get(proto_id, '{"edited_rows": {}}'))["edited_rows"]
    for row, cells in edits.items():
        before.setdefault(row, {}).update(cells)
    states[proto_id] = json.dumps({"edited_rows": before, "added_rows": [], "deleted_rows": []})
    return at.run()
