"""An application's history as a short list with times, newest first."""

from collections.abc import Sequence

import streamlit as st

from components.localtime import local_text
from components.text import md_escape
from tracker_core.services.timeline import Event

_ICONS = {
    "stage": ":material/swap_horiz:",
    "contact": ":material/person_add:",
    "interview": ":material/groups:",
    "analysis": ":material/fact_check:",
    "edit": ":material/edit:",
}


def render_timeline(events: Sequence[Event]) -> None:
    """One line per event: when, what (user text shown literally) and its note."""
    if not events:
        st.info("Nothing recorded yet.")
        return
    lines = []
    for event in events:
        when = f"`{local_text(event.at)}` " if event.at else ""
        note = f" · {md_escape(event.note)}" if event.note else ""
        lines.append(f"- {when}{_ICONS[event.kind]} **{md_escape(event.title)}**{note}")
    st.markdown("\n".join(lines))
