"""Form plumbing: run an action from a callback and show its errors beside the right field."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st
from pydantic import ValidationError
from sqlalchemy.exc import OperationalError

from tracker_core.db import DatabaseUnavailable
from tracker_core.services.auth import AuthError

DB_DOWN = (
    "The database is not reachable, so nothing was saved. What you typed is still here: "
    "try again in a moment."
)
FORM = "_form"


def _errors_key(form: str) -> str:
    return f"{form}_errors"


def errors(form: str) -> dict[str, str]:
    return dict(st.session_state.get(_errors_key(form), {}))


def show_error(form: str, field: str = FORM) -> None:
    """Render the error stored for this field, if any, where the call stands."""
    message = errors(form).get(field)
    if message:
        st.error(message, icon=":material/error:")


def validation_messages(exc: ValidationError) -> dict[str, str]:
    """One readable line per field from a pydantic error."""
    out: dict[str, str] = {}
    for err in exc.errors():
        field = str(err["loc"][0]) if err["loc"] else FORM
        message = err["msg"].removeprefix("Value error, ")
        out.setdefault(field, message[0].upper() + message[1:] if message else message)
    return out


def run_action(form: str, action: Callable[[], object]) -> bool:
    """Run a form's action, storing the errors by field; True when it succeeded."""
    st.session_state[_errors_key(form)] = {}
    try:
        action()
    except AuthError as exc:
        st.session_state[_errors_key(form)] = {exc.field or FORM: str(exc)}
    except ValidationError as exc:
        st.session_state[_errors_key(form)] = validation_messages(exc)
    except ValueError as exc:
        st.session_state[_errors_key(form)] = {FORM: str(exc)}
    except (DatabaseUnavailable, OperationalError):
        st.session_state[_errors_key(form)] = {FORM: DB_DOWN}
    return not st.session_state[_errors_key(form)]
