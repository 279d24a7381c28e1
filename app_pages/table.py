"""The table: the same applications, filtered, sorted and edited in place."""

import streamlit as st

from components.runtime import engine
from components.session import current_user
from components.table import render_bulk, render_filters, render_messages, render_table
from components.tag_filter import tag_filter
from tracker_core.db import user_session
from tracker_core.repositories import Filters
from tracker_core.services import applications as svc
from tracker_core.services.stages import list_stages

user = current_user()
assert user is not None  # the router only shows this page to a signed-in user

st.title("Table")
with user_session(engine(), user.id) as session:
    labels = {s.key: s.label for s in list_stages(session=session, user_id=user.id)}
filters, sort = render_filters(labels, tag=tag_filter(user.id))
with user_session(engine(), user.id) as session:
    apps = svc.list_for_table(session=session, user_id=user.id, filters=filters, sort=sort)

render_messages(user.id)
if apps:
    st.caption(f"{len(apps)} application{'s' * (len(apps) != 1)}. Edit a cell to save it.")
    render_table(apps, labels, user.id)
    render_bulk(labels, user.id)
elif filters != Filters():
    st.info("Nothing matches these filters. Clear them to see every application.")
else:
    st.info("No applications yet. Add one on the Board, or load the sample applications there.")
    st.page_link("app_pages/board.py", label="Go to the board", icon=":material/view_kanban:")
