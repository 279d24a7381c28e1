"""Add an application and see the list."""

import streamlit as st

from components.add_form import render_add_form
from components.runtime import engine
from components.session import current_user
from tracker_core.db import user_session
from tracker_core.services import applications as svc

user = current_user()
assert user is not None  # the router only shows this page to a signed-in user

st.title("Applications")
render_add_form(user)

with user_session(engine(), user.id) as session:
    rows = [
        {
            "Company": a.company,
            "Position": a.position,
            "Status": a.status.capitalize(),
            "Deadline": a.deadline,
            "Updated": a.updated_at,
        }
        for a in svc.list_applications(session=session, user_id=user.id)
    ]

if rows:
    st.dataframe(rows, hide_index=True, width="stretch")
else:
    st.info("No applications yet. Add the first one above: a company and a position are enough.")
