"""The contacts page's list: one bordered entry per contact, its details and applications."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from components.text import md_escape
from tracker_core.services.contact_directory import DirectoryEntry


def _details(entry: DirectoryEntry) -> str:
    c = entry.contact
    who = " · ".join(md_escape(x) for x in (c.role, c.company) if x)
    reach = " · ".join(md_escape(x) for x in (c.email, c.phone, c.linkedin) if x)
    lines = [f"**{md_escape(c.name)}**" + (f" · {who}" if who else "")]
    if reach:
        lines.append(reach)
    return "  \n".join(lines)


def render_directory(entries: Sequence[DirectoryEntry], query: str) -> None:
    """Each contact with its applications linked; a sentence when there is nothing to list."""
    if not entries:
        if query.strip():
            st.info(f"No contact matches “{query}”. Clear the search to see everyone.")
        else:
            st.info(
                "No contacts yet. Add the recruiter or a referrer on an application's page, "
                "in its Contacts tab."
            )
            st.page_link("app_pages/board.py", label="Go to the board", icon=":material/add:")
        return
    st.caption(f"{len(entries)} contact{'s' * (len(entries) != 1)}")
    for entry in entries:
        with st.container(border=True):
            st.markdown(_details(entry))
            if entry.contact.notes.strip():
                st.text(entry.contact.notes)
            if not entry.applications:
                st.caption("Not linked to any application.")
            for app in entry.applications:
                st.page_link(
                    "app_pages/detail.py",
                    label=app.title + (" (archived)" if app.archived else ""),
                    icon=":material/description:",
                    query_params={"id": str(app.id)},
                )
