"""Render an analysis: score, keywords, both texts highlighted, a checklist and the reasons."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import streamlit as st

from components.text import md_escape
from tracker_core.analysis.highlight import Segment, highlight

_COLOURS = {"matched": "green", "missing": "red"}


def _badges(words: Sequence[str], colour: str) -> str:
    return " ".join(f":{colour}-badge[{md_escape(w)}]" for w in words)


def _marked(segments: Sequence[Segment]) -> str:
    out = []
    for seg in segments:
        text = md_escape(seg.text).replace("\n", "  \n")
        out.append(f":{_COLOURS[seg.kind]}-background[{text}]" if seg.kind else text)
    return "".join(out)


def render_score(details: dict[str, Any]) -> None:
    score = float(details["relevance"])
    left, right = st.columns([1, 3])
    left.metric("Fit", f"{score:.1f} / 10")
    right.progress(min(max(score / 10, 0.0), 1.0))
    engine = details.get("engine", "offline")
    tokens = details.get("tokens_used")
    right.caption(f"Engine: {engine}" + (f" · {tokens:,} tokens" if tokens else ""))
    if note := details.get("note"):
        st.warning(note, icon=":material/info:")


def render_keywords(details: dict[str, Any]) -> None:
    explanation = details.get("explanation", [])
    required = {k for r in explanation if r.get("kind") == "required" for k in r["keywords"]}
    missing = details.get("missing_keywords", [])
    st.markdown("**Missing** (required first)")
    if missing:
        req = [w for w in missing if w in required]
        pref = [w for w in missing if w not in required]
        parts = [_badges(req, "red")] if req else ["Nothing required is missing."]
        if pref:
            parts.append("Nice to have: " + _badges(pref, "orange"))
        st.markdown(" · ".join(parts))
    else:
        st.markdown("Nothing the posting asks for is missing.")
    st.markdown("**Matched**")
    st.markdown(_badges(details.get("matched_keywords", []), "green") or "None yet.")


def render_texts(details: dict[str, Any], resume: str, posting: str) -> None:
    matched, missing = details.get("matched_keywords", []), details.get("missing_keywords", [])
    left, right = st.columns(2)
    with left.expander("Resume, with matches", expanded=False):
        st.markdown(_marked(highlight(resume, matched)))
    with right.expander("Posting, with matches and gaps", expanded=False):
        st.markdown(_marked(highlight(posting, matched, missing)))


def render_checklist(details: dict[str, Any], key: str) -> None:
    st.markdown("**What to change**")
    for i, rec in enumerate(details.get("recommendations", [])):
        st.checkbox(rec, key=f"{key}_rec_{i}")


def render_explanation(details: dict[str, Any]) -> None:
    rows = [
        {
            "Requirement": r["requirement"],
            "Kind": r.get("kind", ""),
            "Weight": round(float(r.get("weight", 0)), 2),
            "Met": "yes" if r.get("met") else "no",
            "Evidence in the resume": r.get("evidence") or "",
        }
        for r in details.get("explanation", [])
    ]
    with st.expander("Why this score", expanded=False):
        if rows:
            st.dataframe(rows, hide_index=True, width="stretch")
        years = details.get("years_required")
        if years:
            found = details.get("years_found")
            st.markdown(
                f"Years of experience asked: **{years:g}**; found in the resume: **{found:g}**"
                if found is not None
                else f"Years asked: **{years:g}**; none found."
            )
