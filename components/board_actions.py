"""Board callbacks: move, archive, trash and undo, each confirmed by name with an Undo."""

from __future__ import annotations

from typing import Any

import streamlit as st

from components.errors import attempt
from components.runtime import engine
from tracker_core.db import user_session
from tracker_core.services import applications as svc
from tracker_core.services import samples

UNDO = "board_undo"
FLASH = "board_flash"
ARCHIVE = "__archive"
TRASH = "__trash"
NOT_THERE = "That application is no longer there (deleted in another tab?). Reloaded."


def _flash(message: str, undo: dict[str, Any] | None = None) -> None:
    st.session_state[FLASH] = message
    st.session_state[UNDO] = {"message": message, **undo} if undo else None


def _guard(action: Any) -> None:
    """Run a service call; a failure becomes a message, never a traceback."""
    attempt(action, on_error=_flash, overrides={svc.NotFound: NOT_THERE})


def card_action(user_id: str, app_id: int, name: str, key: str, labels: dict[str, str]) -> None:
    """What a card's Move menu asked for: another stage, the archive or the trash."""
    choice = st.session_state.get(key)
    if choice is None:
        return

    def action() -> None:
        with user_session(engine(), user_id) as s:
            if choice == ARCHIVE:
                svc.set_archived(
                    session=s, user_id=user_id, application_ids=[app_id], archived=True
                )
                _flash(
                    f"Archived {name}.",
                    {"kind": "archive", "ids": [app_id], "undone": f"{name} is back on the board."},
                )
            elif choice == TRASH:
                svc.set_deleted(session=s, user_id=user_id, application_ids=[app_id], deleted=True)
                _flash(
                    f"Moved {name} to the trash.",
                    {"kind": "trash", "ids": [app_id], "undone": f"{name} is back on the board."},
                )
            else:
                previous = svc.move_many(session=s, user_id=user_id, moves={app_id: choice})
                back = labels.get(previous.get(app_id, ""), "its stage")
                _flash(
                    f"Moved {name} to {labels.get(choice, choice)}.",
                    {"kind": "move", "moves": previous, "undone": f"Moved {name} back to {back}."},
                )

    _guard(action)


def undo(user_id: str) -> None:
    """Reverse the last board action; the reversal is recorded like any other move."""
    last = st.session_state.pop(UNDO, None)
    if not last:
        return

    def action() -> None:
        with user_session(engine(), user_id) as s:
            if last["kind"] == "move":
                svc.move_many(session=s, user_id=user_id, moves=last["moves"])
            elif last["kind"] == "archive":
                svc.set_archived(
                    session=s, user_id=user_id, application_ids=last["ids"], archived=False
                )
            else:
                svc.set_deleted(
                    session=s, user_id=user_id, application_ids=last["ids"], deleted=False
                )
        st.session_state[FLASH] = last["undone"]

    _guard(action)


def load_samples(user_id: str) -> None:
    def action() -> None:
        with user_session(engine(), user_id) as s:
            n = samples.load_samples(session=s, user_id=user_id)
        _flash(f"Loaded {n} sample applications. Remove them all with one click when done.")

    _guard(action)


def remove_samples(user_id: str) -> None:
    def action() -> None:
        with user_session(engine(), user_id) as s:
            n = samples.remove_samples(session=s, user_id=user_id)
        _flash(f"Removed {n} sample applications. Your own applications are untouched.")

    _guard(action)


def dismiss_undo() -> None:
    st.session_state.pop(UNDO, None)
