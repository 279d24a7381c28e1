"""Similarity panels: resumes for a job, jobs for a resume, "similar jobs you already have"."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from components.text import md_escape
from tracker_core.vectors import JobMatch, ResumeMatch, SectionMatch, SimilarResult

SNIPPET_CHARS = 280


def _unavailable(error: str) -> None:
    st.warning(error, icon=":material/cloud_off:")


def _fit(score: float) -> str:
    return f"{max(score, 0.0):.0%} fit"


def _sections(sections: Sequence[SectionMatch], label: str) -> None:
    if not sections:
        return
    with st.expander(label):
        for s in sections:
            st.markdown(f"**{md_escape(s.section)}** · {s.score:.0%}")
            text = s.text if len(s.text) <= SNIPPET_CHARS else s.text[:SNIPPET_CHARS] + "…"
            st.text(text)


def render_resume_ranking(matches: Sequence[ResumeMatch], *, error: str | None = None) -> None:
    """My resumes ranked by fit to this job, with the sections that matched best."""
    st.subheader("Best resume for this job")
    if error:
        _unavailable(error)
        return
    if not matches:
        st.info("No resumes to compare yet. Upload one on the Resumes page.")
        return
    for rank, m in enumerate(matches, start=1):
        st.markdown(f"{rank}. **{md_escape(m.label)}** · {_fit(m.score)}")
        st.progress(min(max(m.score, 0.0), 1.0))
        _sections(m.sections, md_escape(f"Sections of {m.label} that matched best"))


def render_job_ranking(matches: Sequence[JobMatch], *, error: str | None = None) -> None:
    """My saved and active applications ranked by fit to this resume."""
    st.subheader("Jobs this resume fits")
    if error:
        _unavailable(error)
        return
    if not matches:
        st.info("No active applications with a job description to compare.")
        return
    for rank, m in enumerate(matches, start=1):
        where = md_escape(f"at {m.company} · {m.status}")
        st.markdown(f"{rank}. **{md_escape(m.position)}** {where} · {_fit(m.score)}")
        _sections(m.sections, md_escape(f"Parts of the {m.company} posting that matched best"))


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
