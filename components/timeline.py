"""A status history as a short list with times."""

from collections.abc import Sequence

import streamlit as st

from components.localtime import local_text
from tracker_core.models import StatusChange


def render_timeline(changes: Sequence[StatusChange], labels: dict[str, str]) -> None:
    """One line per change, oldest first: when, from, to (by the stages' names) and the note."""
    if not changes:
        st.info("No status changes recorded yet.")
        return
    lines = []
    for change in changes:
        when = local_text(change.changed_at)
        move = _name(change.to_status, labels)
        if change.from_status:
            move = f"{_name(change.from_status, labels)} → {move}"
        else:
            move = f"Added as {move}"
        note = f" · {change.note}" if change.note else ""
        lines.append(f"- `{when}` **{move}**{note}")
    st.markdown("\n".join(lines))


def _name(key: str, labels: dict[str, str]) -> str:
    """A stage's name; a deleted stage of the user's own by its key, made readable."""
    return labels.get(key) or key.replace("_", " ").capitalize()
