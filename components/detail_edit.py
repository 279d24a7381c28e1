"""The detail page's edit form: every field, errors beside them, input kept on failure."""

from __future__ import annotations

from typing import Any

import streamlit as st

from components.forms import run_action, show_error
from components.runtime import engine, vectors
from tracker_core.db import user_session
from tracker_core.models import Application
from tracker_core.services import details
from tracker_core.services.validation import validate_application

FORM = "det"
REMOTE = ("", "onsite", "hybrid", "remote")
PERIODS = ("", "year", "month", "week", "day", "hour")
_TEXT = ("company", "position", "location", "url", "source", "salary_currency", "next_action")
_FIELDS = details.EDITABLE_FIELDS


def _key(name: str) -> str:
    return f"det_{name}"


def load(app: Application) -> None:
    """Fill the form when an application is opened, or on request; never over unsaved input."""
    state = st.session_state
    if state.get("det_loaded") == app.id and not state.pop("det_reload", False):
        return
    for name in _FIELDS:
        value = getattr(app, name)
        blank = name in _TEXT or name in ("remote", "salary_period")
        state[_key(name)] = "" if value is None and blank else value
    state.det_loaded = app.id
    state.det_version = app.version


def _save(user_id: str, app_id: int) -> None:
    state = st.session_state

    def action() -> None:
        values: dict[str, Any] = {name: state[_key(name)] for name in _FIELDS}
        values["status"] = "saved"  # ignored: stage moves have their own control
        data = validate_application(values)
        with user_session(engine(), user_id) as session:
            saved = details.update_application(
                session=session,
                user_id=user_id,
                application_id=app_id,
                data=data,
                expected_version=state.det_version,
                vectors=vectors(),
            )
        state.det_version = saved.version
        state.det_saved = "Saved."

    run_action(FORM, action)  # every invalid field at once, each beside its widget


def _reload() -> None:
    st.session_state.det_reload = True
    st.session_state.pop(f"{FORM}_errors", None)


def note_own_move(old_version: int, new_version: int) -> None:
    """A stage move made here does not make this tab's form stale."""
    if st.session_state.get("det_version") == old_version:
        st.session_state.det_version = new_version


def _field(column: Any, name: str, widget: Any, label: str, **kw: Any) -> None:
    with column:
        widget(label, key=_key(name), **kw)
        show_error(FORM, name)


def _label(value: str) -> str:
    return value.capitalize() if value else "Not set"


def _options(choices: tuple[str, ...], name: str) -> tuple[str, ...]:
    current = st.session_state.get(_key(name)) or ""
    return choices if current in choices else (*choices, current)


def render_edit_form(user_id: str, app: Application) -> None:
    """All of the application's fields in one form."""
    assert app.id is not None
    with st.form("det_form", clear_on_submit=False):
        rows = [
            (
                ("company", st.text_input, "Company", {"max_chars": 200}),
                ("position", st.text_input, "Position", {"max_chars": 200}),
            ),
            (
                ("location", st.text_input, "Location", {"max_chars": 200}),
                (
                    "remote",
                    st.selectbox,
                    "Remote",
                    {"options": _options(REMOTE, "remote"), "format_func": _label},
                ),
            ),
            (
                ("url", st.text_input, "Job posting URL", {"max_chars": 2000}),
                ("source", st.text_input, "Source", {"max_chars": 100}),
            ),
            (
                ("salary_min", st.number_input, "Salary from", {"min_value": 0, "step": 1000}),
                ("salary_max", st.number_input, "Salary to", {"min_value": 0, "step": 1000}),
            ),
            (
                ("salary_currency", st.text_input, "Currency", {"max_chars": 8}),
                (
                    "salary_period",
                    st.selectbox,
                    "Per",
                    {"options": _options(PERIODS, "salary_period"), "format_func": _label},
                ),
            ),
            (
                ("deadline", st.date_input, "Deadline", {"format": "YYYY-MM-DD"}),
                ("applied_on", st.date_input, "Applied on", {"format": "YYYY-MM-DD"}),
            ),
            (
                ("next_action", st.text_input, "Next action", {"max_chars": 500}),
                ("next_action_on", st.date_input, "Next action on", {"format": "YYYY-MM-DD"}),
            ),
        ]
        # One st.columns per pair keeps related fields together when a phone stacks them.
        for pair in rows:
            for column, (name, widget, label, kw) in zip(st.columns(2), pair, strict=True):
                _field(column, name, widget, label, **kw)
        _field(st.container(), "priority", st.slider, "Priority", min_value=1, max_value=5)
        _field(st.container(), "notes", st.text_area, "Notes (Markdown)", height=160)
        _field(st.container(), "job_description", st.text_area, "Job description", height=200)
        show_error(FORM, "_form")
        if st.session_state.get("det_version") != app.version:
            st.warning(
                "A newer version was saved elsewhere. Saving now is refused so it is not "
                "overwritten; load it to continue (your unsaved edits here are then replaced).",
                icon=":material/sync_problem:",
            )
        st.form_submit_button(
            "Save changes", type="primary", on_click=_save, args=(user_id, app.id)
        )
    if st.session_state.get("det_version") != app.version:
        st.button("Load the latest version", key="det_reload_btn", on_click=_reload)
    if saved := st.session_state.pop("det_saved", None):
        st.success(saved, icon=":material/check_circle:")
