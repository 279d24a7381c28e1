"""AppTest fixtures: the real app on a temporary SQLite database (helpers: tests.support.app)."""

from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.support.app import APP
from tests.support.env import ROOT


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
