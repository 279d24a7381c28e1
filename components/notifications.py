"""Render helpers for the Notifications page: how delivery is set up, the recent log."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from zoneinfo import ZoneInfo

import streamlit as st

from tracker_core.models import NotificationLog
from tracker_core.notifications.rules import KIND_LABELS, Kind

STATUS_WORDS = {
    "sent": "Sent",
    "claimed": "Sending",
    "retry": "Will retry once",
    "failed": "Not delivered",
    "unknown": "Unknown",
    "skipped": "Not needed",
}
CHANNEL_WORDS = {"email": "Email", "sms": "Text", "console": "Printed (console)"}


def kind_label(kind: str) -> str:
    try:
        return KIND_LABELS[Kind(kind)]
    except ValueError:
        return kind


def render_delivery(summary: Mapping[str, str], email_real: bool, sms_real: bool) -> None:
    """Say plainly whether reminders are sent or only printed, and what to set."""
    if email_real and sms_real:
        st.caption(f"{summary['email']} {summary['sms']}")
        return
    lines = [summary["email"]] if not email_real else []
    if not sms_real:
        lines.append(summary["sms"])
    st.info(
        " ".join(lines)
        + " Reminders go out when the notifier runs (`python -m tracker_core.notify`; "
        "see docs/NOTIFICATIONS.md).",
        icon=":material/info:",
    )


def render_last_failure(row: NotificationLog | None, tz: ZoneInfo) -> None:
    if row is None or not row.error:
        return
    when = row.sent_at.astimezone(tz)
    what = row.subject or kind_label(row.kind)
    st.warning(
        f"**Last problem** ({when:%d %b %H:%M}): {what}. {row.error}",
        icon=":material/warning:",
    )


def render_recent(rows: Sequence[NotificationLog], tz: ZoneInfo) -> None:
    st.subheader("Last messages")
    if not rows:
        st.caption("Nothing sent yet.")
        return
    st.dataframe(
        [
            {
                "When": f"{r.sent_at.astimezone(tz):%d %b %H:%M}",
                "What": r.subject or kind_label(r.kind),
                "How": CHANNEL_WORDS.get(r.channel, r.channel),
                "Result": STATUS_WORDS.get(r.status, r.status),
                "Problem": r.error or "",
            }
            for r in rows
        ],
        hide_index=True,
        use_container_width=True,
    )
