"""'Did I already apply there?': earlier applications and similar jobs, in one warning."""

from collections.abc import Sequence

import streamlit as st

from components.runtime import engine
from components.similarity_panels import vector_adapters
from components.text import md_escape
from tracker_core.db import user_session
from tracker_core.services.add_check import AddWarnings, check_before_adding
from tracker_core.services.duplicates import EarlierApplication
from tracker_core.vectors import SimilarApplication, SimilarResult

SHOWN = 5
AGAIN = "This is only a warning: press the button again to save this one anyway."


def _earlier_lines(matches: Sequence[EarlierApplication], why: dict[int, list[str]]) -> list[str]:
    """Earlier applications to the same company, with any similarity reason beside them."""
    lines = [
        f"You already have {len(matches)} application(s) to **{md_escape(matches[0].company)}**:"
    ]
    for m in matches[:SHOWN]:
        reasons = f" · {'; '.join(why[m.id])}" if m.id in why else ""
        lines.append(f"- [{md_escape(m.summary)}](/detail?id={m.id}){reasons}")
    if len(matches) > SHOWN:
        lines.append(f"- and {len(matches) - SHOWN} more")
    return lines


def _similar_lines(matches: Sequence[SimilarApplication]) -> list[str]:
    """Similar jobs not already listed under the company."""
    lines = ["Similar jobs you already have:"]
    for m in matches:
        where = f" (from {md_escape(m.source)})" if m.source else ""
        title = md_escape(f"{m.position} at {m.company}")
        lines.append(
            f"- [{title}](/detail?id={m.application_id}){where} · "
            f"{m.status}: {'; '.join(m.reasons)}"
        )
    return lines


def render_duplicate_warning(
    matches: Sequence[EarlierApplication], similar: SimilarResult | None = None
) -> None:
    """One warning: earlier applications to this company, then other similar jobs; never blocks."""
    similar = similar or SimilarResult()
    listed = {e.id for e in matches}
    why = {m.application_id: m.reasons for m in similar.matches}
    others = [m for m in similar.matches if m.application_id not in listed]
    if not matches and not others:
        return
    lines = _earlier_lines(matches, why) if matches else []
    if others:
        lines += _similar_lines(others)
    if similar.notice:
        lines.append(f"_{similar.notice}_")
    lines.append(AGAIN)
    st.warning("\n".join(lines), icon=":material/content_copy:")


def check_entry(
    user_id: str, *, company: str, position: str, job_description: str = "", url: str | None = None
) -> AddWarnings:
    """Earlier and similar applications for an entry about to be saved (never raises for search)."""
    index, embedder, unavailable = vector_adapters()
    with user_session(engine(), user_id) as session:
        return check_before_adding(
            session=session,
            user_id=user_id,
            company=company,
            position=position,
            job_description=job_description,
            url=url,
            index=index,
            embedder=embedder,
            unavailable=unavailable,
        )
