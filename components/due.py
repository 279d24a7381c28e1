"""What is due this week, at the top of the board, and the calendar file to download."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st

from components.localtime import local_text
from components.text import md_escape
from tracker_core.services.due import DueItem

_ICONS = {
    "deadline": ":material/event:",
    "next_action": ":material/flag:",
    "interview": ":material/groups:",
}


def _line(item: DueItem) -> str:
    day = item.day.strftime("%a %b %d").replace(" 0", " ")
    if item.at:  # an interview: its day and time in the user's zone
        local = local_text(item.at, "%a %b %d, %H:%M")
        when = local[:10].replace(" 0", " ") + local[10:]
    else:
        when = day
    name = md_escape(f"{item.company}: {item.position}")
    return (
        f"- {_ICONS[item.kind]} **{md_escape(when)}** · {md_escape(item.what)} · "
        f"[{name}](/detail?id={item.application_id})"
    )


def render_due(items: Sequence[DueItem], ics: Callable[[], bytes]) -> None:
    """The week's dated items, soonest first, and the .ics download (built when clicked)."""
    title = f"Due this week ({len(items)})" if items else "Nothing due this week"
    with st.expander(title, expanded=0 < len(items) <= 3, icon=":material/event_upcoming:"):
        if items:
            st.markdown("\n".join(_line(i) for i in items))
        else:
            st.caption("Deadlines, next actions and interviews of the next 7 days show here.")
        st.download_button(
            "Download calendar (.ics)",
            ics,
            file_name="applications.ics",
            mime="text/calendar",
            key="board_ics",
            icon=":material/calendar_month:",
            help="Interviews and deadlines, to import into your calendar app",
            on_click="ignore",
        )
