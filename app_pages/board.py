"""The board: every live application in its stage, moved in one click."""

import streamlit as st

from components import board_actions as actions
from components.add_form import FILLED, render_add_form
from components.board import render_board, render_empty, render_feedback
from components.due import render_due
from components.forms import errors
from components.runtime import engine
from components.session import current_user
from components.tag_filter import tag_filter
from components.text import md_escape
from tracker_core.db import user_session
from tracker_core.repositories import Filters
from tracker_core.services.board import board_data
from tracker_core.services.due import calendar_ics, due_this_week

user = current_user()
assert user is not None  # the router only shows this page to a signed-in user

st.title("Board")
render_feedback(user.id)
search = st.text_input(
    "Search",
    key="q",
    bind="query-params",
    placeholder="Company, position or notes",
    icon=":material/search:",
)
tag = tag_filter(user.id)

with user_session(engine(), user.id) as session:
    data = board_data(session=session, user_id=user.id, filters=Filters(text=search, tag=tag))
    due = due_this_week(session=session, user_id=user.id) if data.total else []


def _ics() -> bytes:
    with user_session(engine(), user.id) as session:
        return calendar_ics(session=session, user_id=user.id)


if data.total == 0 and not search and not tag:
    render_empty(user.id)
elif data.total == 0:
    st.info(
        md_escape(f"Nothing matches “{search or tag}”. Clear the search to see every application.")
    )
else:
    render_due(due, _ics)
    render_board(data, user.id)
if data.has_samples:
    st.button(
        "Remove samples",
        key="board_remove_samples",
        icon=":material/delete_sweep:",
        on_click=actions.remove_samples,
        args=(user.id,),
    )
just_used = any(k in st.session_state for k in ("add_saved", FILLED)) or bool(errors("add"))
with st.expander(
    "Add an application", expanded=data.total == 0 or just_used, icon=":material/add:"
):
    render_add_form(user, {c.stage.key: c.stage.label for c in data.columns})
