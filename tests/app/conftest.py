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
