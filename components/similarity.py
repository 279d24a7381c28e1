"""Similarity panels: resumes for a job, jobs for a resume, "similar jobs you already have"."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import streamlit as st

from components.text import md_escape
from tracker_core.vectors import JobMatch, ResumeMatch, SectionMatch, SimilarResult

SNIPPET_CHARS = 280


def _unavailable(error: str) -> None:
    st.warning(error, icon=":material/cloud_off:")


def _fit(score: float | None) -> str:
    """The analyzer's 0-10 fit, the one scale every page uses ("" when it could not be had)."""
    return f" · {score:.1f} / 10 fit" if score is not None else ""


def _sections(sections: Sequence[SectionMatch], label: str) -> None:
    if not sections:
        return
    with st.expander(label):
        for s in sections:  # best match first; similarity orders them, the fit is above
            st.markdown(f"**{md_escape(s.section)}**")
            text = s.text if len(s.text) <= SNIPPET_CHARS else s.text[:SNIPPET_CHARS] + "…"
            st.text(text)


def render_resume_ranking(
    matches: Sequence[ResumeMatch],
    fits: Mapping[int, float | None] | None = None,
    *,
    error: str | None = None,
    no_posting: bool = False,
) -> None:
    """My resumes, most similar first, each with its 0-10 fit (resume id -> fit)."""
    st.subheader("Best resume for this job")
    if no_posting:
        st.info("No job description yet, so there is no fit to show. Paste it in the Edit tab.")
        return
    if error:
        _unavailable(error)
        return
    if not matches:
        st.info("No resumes to compare yet. Upload one on the Resumes page.")
        return
    fits = fits or {}
    for rank, m in enumerate(matches, start=1):
        score = fits.get(m.resume_id)
        st.markdown(f"{rank}. **{md_escape(m.label)}**{_fit(score)}")
        if score is not None:
            st.progress(min(max(score / 10, 0.0), 1.0))
        _sections(m.sections, md_escape(f"Sections of {m.label} that matched best"))


def render_job_ranking(
    matches: Sequence[JobMatch],
    fits: Mapping[int, float | None] | None = None,
    *,
    error: str | None = None,
) -> None:
    """My active applications with a job description, most similar first, with their fit."""
    st.subheader("Jobs this resume fits")
    if error:
        _unavailable(error)
        return
    fits = fits or {}
    # No description, no fit: a sample job with only a title is left out, not given a number.
    shown = [m for m in matches if fits.get(m.application_id) is not None]
    if not shown:
        st.info("No active applications with a job description to compare.")
        return
    for rank, m in enumerate(shown, start=1):
        where = md_escape(f"at {m.company} · {m.status}")
        st.markdown(f"{rank}. **{md_escape(m.position)}** {where}{_fit(fits[m.application_id])}")
        _sections(m.sections, md_escape(f"Parts of the {m.company} posting that matched best"))
    if left_out := len(matches) - len(shown):
        st.caption(f"{left_out} application(s) without a job description have no fit to show.")


def render_similar_applications(result: SimilarResult | None, *, error: str | None = None) -> None:
    """Before saving: applications I already have that look like this one."""
    if error:
        _unavailable(error)
        return
    if result is None:
        return
    if result.notice:
        st.caption(result.notice)
    if not result.matches:
        return
    st.warning("You may already have this job:", icon=":material/content_copy:")
    for m in result.matches:
        where = f" (from {m.source})" if m.source else ""
        st.markdown(
            f"- **{m.position}** at {m.company}{where} · {m.status}: {'; '.join(m.reasons)}"
        )
