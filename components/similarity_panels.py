"""Similarity panels a page drops in, each opening its own session; Qdrant down never breaks it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TypeVar

import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from components.errors import user_message
from components.runtime import engine, vector_index
from components.similarity import render_job_ranking, render_resume_ranking
from tracker_core.analysis import analyze_resume
from tracker_core.db import DatabaseUnavailable, user_session
from tracker_core.embeddings import EmbedderUnavailable, get_embedder
from tracker_core.errors import InvalidInput
from tracker_core.services import fit
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
log = logging.getLogger(__name__)
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


def _fits(user_id: str, pairs: Iterable[tuple[int, int]]) -> dict[tuple[int, int], float | None]:
    """The analyzer's 0-10 fit of each pair; empty (numbers left out) if it cannot be had."""
    try:
        with user_session(engine(), user_id) as session:
            return fit.fits(session=session, user_id=user_id, pairs=pairs, analyzer=analyze_resume)
    except Exception:  # the ranking still helps without its numbers; never a traceback
        log.exception("Fit scores could not be computed")
        return {}


def job_fit_panel(user_id: str, application_id: int) -> None:
    """My resumes ranked by fit to this application's job description."""
    with user_session(engine(), user_id) as session:
        posting = fit.job_has_posting(
            session=session, user_id=user_id, application_id=application_id
        )
    if not posting:
        render_resume_ranking([], no_posting=True)
        return

    def question(index: VectorIndex, embedder: Embedder) -> list[ResumeMatch]:
        with user_session(engine(), user_id) as session:
            return rank_resumes_for_job(
                session, index, embedder, user_id, application_id=application_id
            )

    try:
        with st.spinner("Comparing your resumes with this job…"):
            matches = _ask(question)
            scores = _fits(user_id, [(m.resume_id, application_id) for m in matches])
        render_resume_ranking(matches, {r: score for (r, _), score in scores.items()})
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
            scores = _fits(user_id, [(resume_id, m.application_id) for m in matches])
        render_job_ranking(matches, {a: score for (_, a), score in scores.items()})
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
