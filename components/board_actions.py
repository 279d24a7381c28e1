"""Board callbacks: move, archive, trash and undo, each confirmed by name with an Undo."""

from __future__ import annotations

from typing import Any

import streamlit as st

from components.errors import attempt
from components.runtime import engine, vectors
from tracker_core.db import user_session
from tracker_core.services import applications as svc
from tracker_core.services import samples
from tracker_core.services import undo as undo_svc

UNDO = "board_undo"
FLASH = "board_flash"
ARCHIVE = "__archive"
TRASH = "__trash"
NOT_THERE = "That application is no longer there (deleted in another tab?). Reloaded."


def _flash(message: str, record: undo_svc.UndoRecord | None = None) -> None:
    """Say what happened; with a record (saying the same), offer its Undo."""
    st.session_state[FLASH] = message
    st.session_state[UNDO] = record


def _guard(action: Any) -> None:
    """Run a service call; a failure becomes a message, never a traceback."""
    attempt(action, on_error=_flash, overrides={svc.NotFound: NOT_THERE})


def card_action(user_id: str, app_id: int, name: str, key: str, labels: dict[str, str]) -> None:
    """What a card's Move menu asked for: another stage, the archive or the trash."""
    choice = st.session_state.get(key)
    if choice is None:
        return

    def action() -> None:
        back_on_board = f"{name} is back on the board."
        with user_session(engine(), user_id) as s:
            if choice == ARCHIVE:
                record = undo_svc.archive(session=s, user_id=user_id, application_ids=[app_id])
                record = record.described(f"Archived {name}.", back_on_board)
            elif choice == TRASH:
                record = undo_svc.trash(
                    session=s, user_id=user_id, application_ids=[app_id], vectors=vectors()
                )
                record = record.described(f"Moved {name} to the trash.", back_on_board)
            else:
                record = undo_svc.move(session=s, user_id=user_id, moves={app_id: choice})
                back = labels.get(record.previous_statuses.get(app_id, ""), "its stage")
                record = record.described(
                    f"Moved {name} to {labels.get(choice, choice)}.",
                    f"Moved {name} back to {back}.",
                )
        _flash(record.done, record)

    _guard(action)


def undo(user_id: str) -> None:
    """Reverse the last board action; the reversal is recorded like any other move."""
    last: undo_svc.UndoRecord | None = st.session_state.pop(UNDO, None)
    if not last:
        return

    def action() -> None:
        with user_session(engine(), user_id) as s:
            undo_svc.undo(session=s, user_id=user_id, record=last, vectors=vectors())
        st.session_state[FLASH] = last.undone

    _guard(action)


def load_samples(user_id: str) -> None:
    def action() -> None:
        with user_session(engine(), user_id) as s:
            n = samples.load_samples(session=s, user_id=user_id, vectors=vectors())
        _flash(f"Loaded {n} sample applications. Remove them all with one click when done.")

    _guard(action)


def remove_samples(user_id: str) -> None:
    def action() -> None:
        with user_session(engine(), user_id) as s:
            n = samples.remove_samples(session=s, user_id=user_id, vectors=vectors())
        _flash(f"Removed {n} sample applications. Your own applications are untouched.")

    _guard(action)


def dismiss_undo() -> None:
    st.session_state.pop(UNDO, None)
