"""The prep sheet downloads and the after-interview debrief."""

from __future__ import annotations

import streamlit as st

from components.localtime import current_zone
from components.prep_stories import run_prep, show_errors
from tracker_core.models import Interview
from tracker_core.services import prep
from tracker_core.services.prep import PrepPlan
from tracker_core.services.prep_sheet import sheet_html, sheet_markdown
from tracker_core.text.markdown import safe_markdown


def render_sheet(plan: PrepPlan) -> None:
    """Download buttons (Markdown, printable page) and a preview."""
    md = sheet_markdown(plan, current_zone())
    name = "-".join(w for w in (plan.company or "prep").lower().split() if w.isalnum()) or "prep"
    left, right = st.columns(2)
    left.download_button(
        "Download prep sheet (Markdown)",
        md,
        file_name=f"prep-{name}.md",
        mime="text/markdown",
        icon=":material/download:",
        key="prep_dl_md",
    )
    right.download_button(
        "Download printable page (HTML)",
        sheet_html(plan, current_zone()),
        file_name=f"prep-{name}.html",
        mime="text/html",
        icon=":material/print:",
        key="prep_dl_html",
    )
    with st.container(border=True):
        # Smaller headings in the preview; the file keeps # and ##.
        preview = "\n".join(
            "###" + line if line.startswith("#") else line for line in md.split("\n")
        )
        st.markdown(safe_markdown(preview))


def render_debrief(user_id: str, plan: PrepPlan, interview: Interview) -> None:
    """Ask which prepared questions came up in an interview with an outcome, and how each went."""
    iid = interview.id
    assert iid is not None
    candidates = [q for q in plan.questions if q.category != "ask"][:12]
    st.markdown(
        f"**Round {interview.round} ({interview.outcome}):** which questions came up, and how "
        "did each go?"
    )
    with st.form(f"prep_debrief_{iid}", border=True):
        for i, q in enumerate(candidates):
            cols = st.columns([4, 1, 2], vertical_alignment="center")
            cols[0].markdown(q.text)
            cols[1].checkbox("Came up", key=f"prep_db{iid}_{i}_up")
            cols[2].select_slider(
                "How it went", options=[1, 2, 3, 4, 5], value=3, key=f"prep_db{iid}_{i}_went"
            )

        def save() -> None:
            s = st.session_state
            items = [
                prep.DebriefItem(
                    question_text=q.text,
                    category=q.category,
                    came_up=bool(s.get(f"prep_db{iid}_{i}_up")),
                    went=s.get(f"prep_db{iid}_{i}_went") if s.get(f"prep_db{iid}_{i}_up") else None,
                )
                for i, q in enumerate(candidates)
            ]
            run_prep(
                f"prep_db{iid}",
                user_id,
                lambda sess: prep.record_debrief(
                    session=sess, user_id=user_id, interview_id=iid, items=items
                ),
                "Debrief saved.",
            )

        st.form_submit_button("Save debrief", on_click=save, icon=":material/save:")
    show_errors(f"prep_db{iid}")


def render_came_up(plan: PrepPlan) -> None:
    """The questions that came up in this application's past interviews, with how each went."""
    if not plan.came_up:
        return
    with st.expander(
        f"Came up in past interviews ({len(plan.came_up)})", icon=":material/history:"
    ):
        for q in plan.came_up:
            went = f"went {q.went}/5" if q.went else "not rated"
            st.markdown(f"- {safe_markdown(q.text)} · **{went}**")
