"""Stats: a history-correct funnel and the rates, times and habits a job seeker acts on."""

import streamlit as st

from components import stats_view as view
from components.forms import run_action, show_error
from components.runtime import engine
from components.session import current_user
from components.tag_filter import tag_filter
from tracker_core.db import user_session
from tracker_core.services import stats as stats_svc

user = current_user()
assert user is not None  # the router only shows this page to a signed-in user


def _save_goal() -> None:
    def action() -> None:
        with user_session(engine(), user.id) as session:
            stats_svc.set_weekly_goal(
                session=session, user_id=user.id, goal=int(st.session_state.stats_goal)
            )
        st.toast("Weekly goal saved.", icon=":material/flag:")

    run_action("stats_goal", action)


st.title("Stats")
with user_session(engine(), user.id) as session:
    sources, resumes = stats_svc.filter_options(session=session, user_id=user.id)
    filters = view.read_filters(sources, resumes)
    if filters is None:
        st.stop()
    tag = tag_filter(user.id, key="stats_tag")
    result = stats_svc.stats_for(session=session, user_id=user.id, filters=filters, tag=tag)

with st.expander("How these figures are counted", icon=":material/help:"):
    st.markdown(view.DEFINITIONS)
if result.sent == 0:
    view.render_empty(result)
    st.stop()

view.render_headline(result)
view.render_funnel(result)
st.divider()
view.render_cohorts(result)
st.divider()
view.render_flow(result)
st.divider()
view.render_rates(result)
st.divider()
view.render_time(result)
st.divider()
view.render_activity(result, _save_goal)
show_error("stats_goal")
