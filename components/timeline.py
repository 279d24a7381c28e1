"""A status history as a short list with times."""

from collections.abc import Sequence

import streamlit as st

from tracker_core.models import StatusChange


def render_timeline(changes: Sequence[StatusChange]) -> None:
    """One line per change, oldest first: when, from, to and the note."""
    if not changes:
        st.info("No status changes recorded yet.")
        return
    lines = []
    for change in changes:
        when = change.changed_at.strftime("%Y-%m-%d %H:%M UTC")
        move = change.to_status.capitalize()
        if change.from_status:
            move = f"{change.from_status.capitalize()} → {move}"
        else:
            move = f"Added as {move}"
        note = f" · {change.note}" if change.note else ""
        lines.append(f"- `{when}` **{move}**{note}")
    st.markdown("\n".join(lines))
