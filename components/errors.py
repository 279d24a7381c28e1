"""The one place an exception becomes what the user sees.

A TrackerError (tracker_core/errors.py) shows its own message; an InvalidInput or a pydantic
ValidationError gives one message per field, shown beside each field; a database failure
says nothing was saved. Anything else is logged with its traceback and the user reads a
short sentence saying what to do, never the exception's text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

import streamlit as st
from pydantic import ValidationError
from sqlalchemy.exc import SQLAlchemyError

from tracker_core.db import DatabaseUnavailable
from tracker_core.errors import FORM, InvalidInput, TrackerError

log = logging.getLogger(__name__)

DB_DOWN = (
    "The database is not reachable, so nothing was saved. What you typed is still here: "
    "try again in a moment."
)
UNEXPECTED = (
    "Something went wrong on our side and nothing was changed. Try again; if it keeps "
    "happening, reload the page."
)
PAGE_DB_DOWN = (
    "The database is not reachable right now, so this page cannot be shown. Nothing you saved "
    "is lost: reload the page in a moment."
)
Overrides = Mapping[type[BaseException], str]
# What a page may fail with while loading that is no bug of ours: the database went away.
PAGE_FAILURES = (DatabaseUnavailable, SQLAlchemyError)


def user_message(
    exc: BaseException, *, overrides: Overrides | None = None, unexpected: str = UNEXPECTED
) -> str:
    """The sentence to show for `exc`; `overrides` words a kind of error for one place."""
    for kind, text in (overrides or {}).items():
        if isinstance(exc, kind):
            _log_if_unexpected(exc)
            return text
    if isinstance(exc, DatabaseUnavailable | SQLAlchemyError):
        _log_if_unexpected(exc)
        return DB_DOWN
    if isinstance(exc, ValidationError):
        return InvalidInput.from_validation_error(exc).message
    if isinstance(exc, TrackerError):
        return exc.message
    _log_if_unexpected(exc)
    return unexpected


def field_errors(exc: BaseException, *, overrides: Overrides | None = None) -> dict[str, str]:
    """One message per field at fault (FORM for the form as a whole)."""
    if not any(isinstance(exc, kind) for kind in overrides or {}):
        if isinstance(exc, ValidationError):
            return InvalidInput.from_validation_error(exc).errors
        if isinstance(exc, InvalidInput) and exc.errors:
            return dict(exc.errors)
        if isinstance(exc, TrackerError) and exc.field:
            return {exc.field: exc.message}
    return {FORM: user_message(exc, overrides=overrides)}


def show_error(exc: BaseException, *, overrides: Overrides | None = None) -> None:
    """Render `exc` where the call stands, as its user message."""
    st.error(user_message(exc, overrides=overrides), icon=":material/error:")


def show_page_failure(exc: BaseException) -> None:
    """What a page that failed while loading shows instead of Streamlit's error page."""
    message = user_message(exc, overrides=dict.fromkeys(PAGE_FAILURES, PAGE_DB_DOWN))
    st.error(message, icon=":material/cloud_off:")


def attempt(
    action: Callable[[], object],
    *,
    on_error: Callable[[str], object] | None = None,
    overrides: Overrides | None = None,
    unexpected: str = UNEXPECTED,
) -> bool:
    """Run `action`; a failure becomes a message (st.error unless `on_error`), never a trace.

    True when the action succeeded. Streamlit's own rerun/stop signals are BaseExceptions
    and pass through untouched.
    """
    try:
        action()
    except Exception as exc:  # noqa: BLE001 - mapped to a message right here
        message = user_message(exc, overrides=overrides, unexpected=unexpected)
        if on_error is None:
            st.error(message, icon=":material/error:")
        else:
            on_error(message)
        return False
    return True


def _log_if_unexpected(exc: BaseException) -> None:
    """Errors worded for the user are expected; anything else is logged with its traceback."""
    if isinstance(exc, TrackerError | ValidationError):
        return
    log.error("Unexpected error shown to the user as a short message", exc_info=exc)
