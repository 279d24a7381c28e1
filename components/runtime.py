"""Process-wide resources for the UI, built once and cached by Streamlit."""

from __future__ import annotations

import streamlit as st
from sqlalchemy import Engine

from tracker_core.config import Settings, SettingsError, get_settings
from tracker_core.db import (
    DatabaseUnavailable,
    MigrationFailed,
    check_connection,
    make_engine,
    migrate,
)
from tracker_core.embeddings import get_embedder
from tracker_core.services.auth import AuthBackend, SessionTokens, make_auth
from tracker_core.services.vector_sync import VectorSync
from tracker_core.vectors.client import get_index, stale_marks
from tracker_core.vectors.index import VectorIndex
from tracker_core.vectors.writethrough import WriteThrough


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
    """The database engine; stops the page with a clear message when the database is down or
    its migration failed."""
    try:
        return _engine(settings().DATABASE_URL)
    except (DatabaseUnavailable, MigrationFailed) as exc:
        st.error(exc.message, icon=":material/cloud_off:")
        st.stop()


@st.cache_resource(show_spinner=False)
def auth() -> AuthBackend:
    return make_auth(engine(), settings())


@st.cache_resource(show_spinner=False)
def tokens() -> SessionTokens:
    return SessionTokens(engine(), settings())


def vector_index() -> VectorIndex:
    """The process's similarity index (one per process: local mode locks its folder)."""
    return get_index(settings(), engine())


def vectors() -> VectorSync:
    """What the services are given to keep the similarity index in step with their writes.

    Opening the index or loading the model happens on the first write that needs them, and a
    failure there only marks the user for a rebuild (in the database, seen by every replica).
    """
    cfg, eng = settings(), engine()
    return WriteThrough(
        index=lambda: get_index(cfg, eng), embedder=get_embedder, stale=stale_marks(eng)
    )
