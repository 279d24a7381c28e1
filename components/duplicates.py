"""'Did I already apply there?': earlier applications to the same company, as a warning."""

from collections.abc import Sequence

import streamlit as st

from tracker_core.services.duplicates import EarlierApplication


def render_duplicate_warning(matches: Sequence[EarlierApplication]) -> None:
    """A warning listing earlier applications with links to them; it never blocks saving."""
    if not matches:
        return
    company = matches[0].company
    lines = [f"You already have {len(matches)} application(s) to **{company}**:"]
    lines += [f"- [{m.summary}](/detail?id={m.id})" for m in matches[:5]]
    if len(matches) > 5:
        lines.append(f"- and {len(matches) - 5} more")
    lines.append("This is only a warning: press the button again to save this one anyway.")
    st.warning("\n".join(lines), icon=":material/content_copy:")
