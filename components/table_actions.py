"""Table callbacks: save inline edits, bulk stage change, bulk archive, each with Undo."""

from __future__ import annotations

from typing import Any

import streamlit as st
from pydantic import ValidationError
from sqlalchemy.exc import SQLAlchemyError

from components.errors import DB_DOWN, user_message
from components.runtime import engine, vectors
from tracker_core.db import DatabaseUnavailable, user_session
from tracker_core.errors import validation_messages
from tracker_core.services import applications as svc
from tracker_core.services import undo as undo_svc

ROWS = "table_rows"  # [(id, version, "Company: Position")] in the order shown
ERRORS = "table_errors"
UNDO = "table_undo"  # the last bulk action's UndoRecord
VERSION = "table_editor_version"
COLUMNS = {  # editor column -> application field
    "Company": "company",
    "Position": "position",
    "Stage": "status",
    "Deadline": "deadline",
    "Priority": "priority",
    "Applied": "applied_on",
    "Source": "source",
    "Next action": "next_action",
    "Next action on": "next_action_on",
}


def editor_key() -> str:
    """A fresh editor per saved batch and per view, so an edit never lands on another row."""
    view = st.session_state.get("table_view", "")
    return f"table_editor_{st.session_state.get(VERSION, 0)}_{view}"


def _reset_editor() -> None:
    st.session_state[VERSION] = st.session_state.get(VERSION, 0) + 1


def _changes(edits: dict[str, Any], stage_keys: dict[str, str]) -> dict[str, Any]:
    out = {COLUMNS[c]: v for c, v in edits.items() if c in COLUMNS}
    if "status" in out:
        out["status"] = stage_keys.get(out["status"], out["status"])
    return out


def save_edits(user_id: str, stage_keys: dict[str, str]) -> None:
    """Save each edited row; a row that fails keeps its edit and says why beside the table."""
    state = st.session_state.get(editor_key(), {})
    rows = st.session_state.get(ROWS, [])
    failures: list[str] = []
    saved = 0
    for position, edits in state.get("edited_rows", {}).items():
        changes = _changes(edits, stage_keys)
        if not changes:
            continue
        app_id, version, name = rows[int(position)]
        try:
            with user_session(engine(), user_id) as s:
                svc.update_fields(
                    session=s,
                    user_id=user_id,
                    application_id=app_id,
                    changes=changes,
                    expected_version=version,
                    vectors=vectors(),
                )
            saved += 1
        except ValidationError as exc:
            failures += [f"{name}: {f.replace('_', ' ')}: {m}" for f, m in _named(exc).items()]
        except (SQLAlchemyError, DatabaseUnavailable):
            failures.append(DB_DOWN)
            break
        except Exception as exc:  # noqa: BLE001 - one line per failed row, from the one mapping
            failures.append(f"{name}: {user_message(exc)}")
    st.session_state[ERRORS] = failures
    if saved:
        st.toast(f"Saved {saved} change{'s' * (saved > 1)}.", icon=":material/check_circle:")
    if saved and not failures:
        _reset_editor()


def _named(exc: ValidationError) -> dict[str, str]:
    fields = {v: k for k, v in COLUMNS.items()}
    return {fields.get(f, f): m for f, m in validation_messages(exc).items()}


def selected_ids() -> list[int]:
    state = st.session_state.get(editor_key(), {})
    rows = st.session_state.get(ROWS, [])
    return [
        rows[int(pos)][0]
        for pos, edits in state.get("edited_rows", {}).items()
        if edits.get("Select")
    ]


def bulk(user_id: str, kind: str) -> None:
    """Move or archive the ticked rows in one transaction, with an Undo."""
    stage = st.session_state.get("table_bulk_stage")
    ids = selected_ids()
    if not ids:
        st.session_state[ERRORS] = ["Tick the rows to change first (the Select column)."]
        return
    try:
        with user_session(engine(), user_id) as s:
            if kind == "archive":
                record = undo_svc.archive(session=s, user_id=user_id, application_ids=ids)
                message = f"Archived {len(ids)} application{'s' * (len(ids) > 1)}."
            else:
                assert stage is not None
                moves = dict.fromkeys(ids, stage)
                record = undo_svc.move(session=s, user_id=user_id, moves=moves)
                message = f"Moved {len(ids)} application{'s' * (len(ids) > 1)}."
    except Exception as exc:  # noqa: BLE001 - shown beside the table by the one mapping
        st.session_state[ERRORS] = [user_message(exc)]
        return
    st.session_state[UNDO] = record.described(message, "Undone: " + message.lower())
    st.session_state[ERRORS] = []
    st.toast(message, icon=":material/check_circle:")
    _reset_editor()


def undo(user_id: str) -> None:
    """Reverse the last bulk action."""
    last: undo_svc.UndoRecord | None = st.session_state.pop(UNDO, None)
    if not last:
        return
    try:
        with user_session(engine(), user_id) as s:
            undo_svc.undo(session=s, user_id=user_id, record=last, vectors=vectors())
    except Exception as exc:  # noqa: BLE001 - shown beside the table by the one mapping
        st.session_state[ERRORS] = [user_message(exc)]
        return
    st.toast(last.undone, icon=":material/undo:")
    _reset_editor()
