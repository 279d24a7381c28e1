"""The questions of a posting, grouped by category, with suggested stories and the coverage grid."""

from __future__ import annotations

import streamlit as st

from components.localtime import local_text
from components.prep_stories import run_prep, show_errors
from tracker_core.prep import CATEGORIES, CATEGORY_LABELS, Question
from tracker_core.services import prep
from tracker_core.services.prep import PrepPlan
from tracker_core.services.prep_sheet import countdown

SOURCE_LABELS = {"posting": "from the posting", "gap": "a gap in your resume", "bank": "common"}


def render_countdown(plan: PrepPlan) -> None:
    iv = plan.interview
    if iv is None or iv.scheduled_at is None or plan.days_left is None:
        if plan.application_id is not None:
            st.caption("No upcoming interview scheduled for this application.")
        return
    when = local_text(iv.scheduled_at, "%a %d %b %Y, %H:%M")
    kind = iv.kind or "interview"
    st.info(
        f"Round {iv.round} {kind} **{countdown(plan.days_left)}** ({when}). "
        "Weak answers come back more often as the day gets closer.",
        icon=":material/event:",
    )


def _choose(user_id: str, plan: PrepPlan, q: Question) -> None:
    app_id = plan.application_id
    assert app_id is not None
    picked = st.session_state.get(f"prep_pick_{q.key}", [])
    run_prep(
        f"prep_pick_{q.key}",
        user_id,
        lambda s: prep.choose_stories(
            session=s, user_id=user_id, application_id=app_id, question=q, story_ids=picked
        ),
        "Stories chosen.",
    )


def _question(user_id: str, plan: PrepPlan, q: Question) -> None:
    st.markdown(f"**{q.text}**")
    st.caption(f"{SOURCE_LABELS[q.source]} · {q.why}")
    if q.hint:
        st.markdown(f":material/lightbulb: {q.hint}")
    if q.category == "ask":
        return
    suggested = plan.suggestions.get(q.key, [])
    if suggested:
        st.caption("Suggested stories: " + "; ".join(f"{s.title} ({s.reason})" for s in suggested))
    if plan.application_id is not None and plan.stories:
        titles = {s.id: s.title for s in plan.stories}
        key = f"prep_pick_{q.key}"
        if key not in st.session_state:
            st.session_state[key] = [i for i in plan.chosen.get(q.key, []) if i in titles]
        st.multiselect(
            "Stories I will tell",
            list(titles),
            format_func=titles.get,
            key=key,
            on_change=_choose,
            args=(user_id, plan, q),
            placeholder="Choose up to three",
            max_selections=3,
        )
        show_errors(key)


def render_questions(user_id: str, plan: PrepPlan) -> None:
    """Every question by category; gap questions carry an honest way to answer."""
    counts = {c: sum(q.category == c for q in plan.questions) for c in CATEGORIES}
    st.caption(" · ".join(f"{CATEGORY_LABELS[c]}: {n}" for c, n in counts.items()))
    for category in CATEGORIES:
        items = [q for q in plan.questions if q.category == category]
        if not items:
            continue
        gaps = sum(q.source == "gap" for q in items)
        label = f"{CATEGORY_LABELS[category]} ({len(items)}" + (f", {gaps} gaps)" if gaps else ")")
        with st.expander(label, expanded=category in ("role", "technical")):
            for q in items:
                with st.container(border=True):
                    _question(user_id, plan, q)


def render_coverage(plan: PrepPlan) -> None:
    """Requirements and competencies against the stories: uncovered rows are gaps to fill."""
    if not plan.coverage:
        return
    rows = [
        {
            "Needs": r.item,
            "Kind": r.kind,
            "Covered": "yes" if r.covered else "NO STORY",
            "Stories": ", ".join(r.stories),
        }
        for r in plan.coverage
    ]
    missing = sum(not r.covered for r in plan.coverage)
    st.markdown(f"**Coverage**: {len(rows) - missing} of {len(rows)} covered by a story.")
    st.dataframe(rows, hide_index=True, width="stretch")
