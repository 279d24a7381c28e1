"""Resumes: upload, correct the text, keep versions, delete."""

from collections import Counter

import streamlit as st

from components.resume_forms import render_resume, render_upload
from components.runtime import engine
from components.session import current_user
from components.similarity_panels import resume_fit_panel
from tracker_core.db import user_session
from tracker_core.services import resumes as svc

user = current_user()
assert user is not None

st.title("Resumes")
render_upload(user)

with user_session(engine(), user.id) as session:
    every = svc.list_resumes(session=session, user_id=user.id, latest_only=False)
latest = svc.latest_versions(every)
counts = Counter(r.label for r in every)

if not latest:
    st.info("No resumes yet. Upload your resume above, or paste its text, to analyse it.")
for resume in latest:
    render_resume(user, resume, counts[resume.label])

if latest:
    st.subheader("Which of my jobs fit this resume")
    names = {r.id: f"{r.label} (v{r.version})" for r in latest if r.id}
    chosen = st.selectbox("Resume", list(names), format_func=names.__getitem__, key="fit_resume")
    resume_fit_panel(user.id, chosen)
