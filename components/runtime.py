"""Process-wide resources for the UI, built once and cached by Streamlit."""

from __future__ import annotations

import streamlit as st
from sqlalchemy import Engine

from tracker_core.config import Settings, SettingsError, get_settings
from tracker_core.db import DatabaseUnavailable, check_connection, make_engine, migrate
from tracker_core.services.auth import AuthBackend, SessionTokens, make_auth


def settings() -> Settings:
    """The settings, or a one-line message and a stopped page when one is invalid."""
    try:
        return get_settings()
    except SettingsError as exc:
        st.error(exc.message + " Fix it in .env or the environment, then restart the app.")
        st.stop()


@st.cache_resource(show_spinner=False)
def _engine(url: str) -> Engine:
    engine = make_engine(url)
    check_connection(engine)
    migrate(engine)
    return engine


def engine() -> Engine:
    """The database engine; stops the page with a clear message when the database is down."""
    try:
        return _engine(settings().DATABASE_URL)
    except DatabaseUnavailable as exc:
        st.error(exc.message, icon=":material/cloud_off:")
        st.stop()


@st.cache_resource(show_spinner=False)
def auth() -> AuthBackend:
    return make_auth(engine(), settings())


@st.cache_resource(show_spinner=False)
def tokens() -> SessionTokens:
    return SessionTokens(engine(), settings())
