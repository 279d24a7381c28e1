"""Trash and archive rendering: deleted applications to restore, archived ones to unarchive."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from components.errors import user_message
from components.runtime import engine, vectors
from components.text import md_escape
from tracker_core.db import user_session
from tracker_core.models import Application
from tracker_core.services import applications as svc


def restore(user_id: str, app_id: int, name: str) -> None:
    try:
        with user_session(engine(), user_id) as s:
            svc.set_deleted(
                session=s,
                user_id=user_id,
                application_ids=[app_id],
                deleted=False,
                vectors=vectors(),
            )
    except svc.NotFound:
        st.toast(md_escape(f"{name} is no longer in the trash."), icon=":material/info:")
        return
    except Exception as exc:  # noqa: BLE001 - mapped to one sentence
        st.toast(user_message(exc), icon=":material/cloud_off:")
        return
    st.toast(
        md_escape(f"Restored {name}: it is back on the board."),
        icon=":material/restore_from_trash:",
    )


def render_trash(apps: Sequence[Application], user_id: str) -> None:
    """One row per deleted application, newest first, each with a Restore button."""
    days_left = svc.trash_days_left(apps)
    for app in apps:
        assert app.id is not None and app.deleted_at is not None
        name = f"{app.company}: {app.position}"
        days = days_left[app.id]
        with st.container(border=True):
            text, button = st.columns([4, 1], vertical_alignment="center")
            text.markdown(f"**{md_escape(app.company)}**  \n{md_escape(app.position)}")
            text.caption(f"Deleted {app.deleted_at:%Y-%m-%d}; restorable for {days} more days.")
            button.button(
                "Restore",
                key=f"trash_restore_{app.id}",
                icon=":material/restore_from_trash:",
                on_click=restore,
                args=(user_id, app.id, name),
                width="stretch",
            )


def unarchive(user_id: str, app_id: int, name: str) -> None:
    try:
        with user_session(engine(), user_id) as s:
            svc.set_archived(session=s, user_id=user_id, application_ids=[app_id], archived=False)
    except svc.NotFound:
        st.toast(md_escape(f"{name} is no longer archived."), icon=":material/info:")
        return
    except Exception as exc:  # noqa: BLE001 - mapped to one sentence
        st.toast(user_message(exc), icon=":material/cloud_off:")
        return
    st.toast(md_escape(f"Unarchived {name}: it is back on the board."), icon=":material/unarchive:")


def render_archived(apps: Sequence[Application], labels: dict[str, str], user_id: str) -> None:
    """One row per archived application, most recently archived first, with Unarchive."""
    for app in apps:
        assert app.id is not None and app.archived_at is not None
        name = f"{app.company}: {app.position}"
        with st.container(border=True):
            text, button = st.columns([4, 1], vertical_alignment="center")
            text.markdown(f"**{md_escape(app.company)}**  \n{md_escape(app.position)}")
            stage = labels.get(app.status, app.status)
            text.caption(f"Archived {app.archived_at:%Y-%m-%d} · stage: {stage}")
            button.button(
                "Unarchive",
                key=f"archive_restore_{app.id}",
                icon=":material/unarchive:",
                on_click=unarchive,
                args=(user_id, app.id, name),
                width="stretch",
            )
