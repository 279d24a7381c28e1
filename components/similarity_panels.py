"""Similarity panels a page drops in, each opening its own session; Qdrant down never breaks it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from components.errors import user_message
from components.runtime import engine, vector_index
from components.similarity import render_job_ranking, render_resume_ranking
from tracker_core.db import DatabaseUnavailable, user_session
from tracker_core.embeddings import EmbedderUnavailable, get_embedder
from tracker_core.errors import InvalidInput
from tracker_core.services.add_check import SEARCH_FAILED as UNEXPECTED
from tracker_core.vectors import (
    Embedder,
    JobMatch,
    ResumeMatch,
    VectorIndex,
    VectorStoreUnavailable,
    rank_jobs_for_resume,
    rank_resumes_for_job,
)

T = TypeVar("T")
_UNEXPECTED_HERE = {DatabaseUnavailable: UNEXPECTED, SQLAlchemyError: UNEXPECTED}


def _embedder() -> Embedder:
    """The embedding model, or VectorStoreUnavailable saying why it cannot load."""
    try:
        embedder: Embedder = get_embedder()
    except (EmbedderUnavailable, InvalidInput) as exc:
        raise VectorStoreUnavailable(f"Similarity search is unavailable: {exc.message}") from exc
    return embedder


def _ask(question: Callable[[VectorIndex, Embedder], T]) -> T:
    """Run a similarity question on the shared index; failures become VectorStoreUnavailable."""
    try:
        return question(vector_index(), _embedder())
    except VectorStoreUnavailable:
        raise
    except Exception as exc:  # derived data: a message (unexpected ones logged), never a trace
        message = user_message(exc, overrides=_UNEXPECTED_HERE, unexpected=UNEXPECTED)
        raise VectorStoreUnavailable(message) from exc


def job_fit_panel(user_id: str, application_id: int) -> None:
    """My resumes ranked by fit to this application's job description."""

    def question(index: VectorIndex, embedder: Embedder) -> list[ResumeMatch]:
        with user_session(engine(), user_id) as session:
            return rank_resumes_for_job(
                session, index, embedder, user_id, application_id=application_id
            )

    try:
        with st.spinner("Comparing your resumes with this job…"):
            matches = _ask(question)
        render_resume_ranking(matches)
    except VectorStoreUnavailable as exc:
        render_resume_ranking([], error=exc.user_message)


def resume_fit_panel(user_id: str, resume_id: int) -> None:
    """My saved and active applications ranked by fit to this resume."""

    def question(index: VectorIndex, embedder: Embedder) -> list[JobMatch]:
        with user_session(engine(), user_id) as session:
            return rank_jobs_for_resume(session, index, embedder, user_id, resume_id)

    try:
        with st.spinner("Comparing this resume with your applications…"):
            matches = _ask(question)
        render_job_ranking(matches)
    except VectorStoreUnavailable as exc:
        render_job_ranking([], error=exc.user_message)


def vector_adapters() -> tuple[VectorIndex | None, Embedder | None, str]:
    """The shared index and the embedding model, or (None, None, why not) if either fails."""
    try:
        return vector_index(), _embedder(), ""
    except VectorStoreUnavailable as exc:
        return None, None, exc.user_message
    except Exception as exc:  # derived data: never show a traceback for it
        return None, None, user_message(exc, overrides=_UNEXPECTED_HERE, unexpected=UNEXPECTED)
