"""Resume analyzer: how well a resume fits a posting, what is missing, what to change."""

import streamlit as st

from components import analysis_view as view
from components.analyzer import analyse, render_create_from_posting, render_inputs
from components.forms import show_error
from components.runtime import engine
from components.session import current_user
from components.similarity_panels import job_fit_panel
from tracker_core.db import user_session
from tracker_core.services import analyses, resumes
from tracker_core.services.applications import list_applications

user = current_user()
assert user is not None

st.title("Resume analyzer")
with user_session(engine(), user.id) as session:
    my_resumes = {r.id: r for r in resumes.list_resumes(session=session, user_id=user.id) if r.id}
    my_apps = {
        a.id: a
        for a in list_applications(session=session, user_id=user.id)
        if a.id and a.job_description.strip()
    }

render_inputs(my_resumes, my_apps)
show_error("an")
st.button("Analyse", type="primary", on_click=analyse, args=(user, my_resumes, my_apps))

result = st.session_state.get("an_result")
if result:
    with user_session(engine(), user.id) as session:
        row = analyses.get(session=session, user_id=user.id, analysis_id=result["id"])
        past = (
            analyses.history(session=session, user_id=user.id, application_id=row.application_id)
            if row and row.application_id
            else []
        )
    if row is not None:
        details = analyses.as_details(row)
        view.render_score(details)
        view.render_keywords(details)
        view.render_texts(details, result["resume"], result["posting"])
        view.render_checklist(details, key=f"an_{row.id}")
        view.render_explanation(details)
        if len(past) > 1:
            st.line_chart({"Fit": [a.score for a in past]}, x_label="Analysis", y_label="Fit /10")
        if row.application_id is None:
            render_create_from_posting(user, result["posting"])
        else:
            job_fit_panel(user.id, row.application_id)
