"""Form plumbing: run an action from a callback and show its errors beside the right field."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from components.errors import DB_DOWN as DB_DOWN
from components.errors import Overrides, field_errors
from tracker_core.errors import FORM


def _errors_key(form: str) -> str:
    return f"{form}_errors"


def errors(form: str) -> dict[str, str]:
    return dict(st.session_state.get(_errors_key(form), {}))


def set_errors(form: str, found: dict[str, str]) -> None:
    """Store the form's errors by field; each shows where show_error(form, field) stands."""
    st.session_state[_errors_key(form)] = dict(found)


def show_error(form: str, field: str = FORM) -> None:
    """Render the error stored for this field, if any, where the call stands."""
    message = errors(form).get(field)
    if message:
        st.error(message, icon=":material/error:")


def run_action(
    form: str, action: Callable[[], object], *, overrides: Overrides | None = None
) -> bool:
    """Run a form's action, storing every error by field; True when it succeeded."""
    set_errors(form, {})
    try:
        action()
    except Exception as exc:  # noqa: BLE001 - components.errors maps it to a message
        set_errors(form, field_errors(exc, overrides=overrides))
    return not errors(form)
