"""Stages: the standard ones and the user's own, each counted as a standard funnel step."""

import streamlit as st

from components.runtime import engine
from components.session import current_user
from components.stages_editor import render_add_stage, render_stage_list
from tracker_core.db import user_session
from tracker_core.services.stages import list_stages

user = current_user()
assert user is not None  # the router only shows this page to a signed-in user

st.title("Stages")
st.caption("Add your own stages (a take-home task, a final round); each becomes a board column.")
render_add_stage(user.id)
with user_session(engine(), user.id) as session:
    stages = list_stages(session=session, user_id=user.id)
render_stage_list(stages, user.id)
