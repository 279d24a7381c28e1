"""Contacts: everyone across my applications, with where each one fits, searchable."""

import streamlit as st

from components.contacts_view import render_directory
from components.runtime import engine
from components.session import current_user
from tracker_core.db import user_session
from tracker_core.services.contact_directory import contact_directory

user = current_user()
assert user is not None  # the router only shows this page to a signed-in user

st.title("Contacts")
query = st.text_input(
    "Search",
    key="ct_q",
    bind="query-params",
    placeholder="Name, company, email, notes or application",
    icon=":material/search:",
)
with user_session(engine(), user.id) as session:
    entries = contact_directory(session=session, user_id=user.id, query=query)
render_directory(entries, query)
