"""Interview prep: questions for a posting, the story bank, practice and the prep sheet."""

import streamlit as st

from components.prep_practice import render_practice
from components.prep_questions import render_countdown, render_coverage, render_questions
from components.prep_sheet import render_came_up, render_debrief, render_sheet
from components.prep_stories import render_story_bank
from components.runtime import engine
from components.session import current_user
from tracker_core.db import user_session
from tracker_core.services import applications as apps
from tracker_core.services import details, prep
from tracker_core.services.applications import NotFound

user = current_user()
assert user is not None  # the router only shows this page to a signed-in user
PASTE = 0  # the "paste a posting" choice in the application picker


def _app_id() -> int:
    raw = st.query_params.get("app", "")
    return int(raw) if raw.isdigit() else PASTE


def _choose() -> None:
    chosen = st.session_state.prep_app
    if chosen == PASTE:
        st.query_params.pop("app", None)
    else:
        st.query_params["app"] = str(chosen)
    for key in [k for k in st.session_state if str(k).startswith(("prep_pick_", "prep_pos"))]:
        del st.session_state[key]


st.title("Interview prep")
with user_session(engine(), user.id) as session:
    listed = apps.list_applications(session=session, user_id=user.id)
    resumes = {r.id: r.label for r in details.list_resumes(session=session, user_id=user.id)}
choices = {PASTE: "Paste a job posting"} | {
    a.id: f"{a.company}: {a.position}" for a in listed if a.id is not None
}
app_id = _app_id()
if app_id not in choices:
    st.warning("That application was not found; paste a posting or pick another one.")
    app_id = PASTE
st.session_state.setdefault("prep_app", app_id)
if st.session_state.prep_app != app_id:
    st.session_state.prep_app = app_id
left, right = st.columns([3, 2])
left.selectbox(
    "Prepare for", list(choices), format_func=choices.get, key="prep_app", on_change=_choose
)
resume_id = right.selectbox(
    "Resume (for the gap questions)",
    [None, *resumes],
    format_func=lambda i: "The application's resume / none" if i is None else resumes[i],
    key="prep_resume",
)

posting = ""
if app_id == PASTE:
    posting = st.text_area(
        "Job posting", key="prep_posting", height=180, placeholder="Paste the job description here"
    )
    if not posting.strip():
        st.info("Paste a posting, or pick an application, to get questions for it.")

with user_session(engine(), user.id) as session:
    try:
        if app_id != PASTE:
            plan = prep.plan_for_application(
                session=session, user_id=user.id, application_id=app_id, resume_id=resume_id
            )
        else:
            resume = prep.resume_text(session=session, user_id=user.id, resume_id=resume_id)
            plan = prep.plan_for_posting(
                session=session, user_id=user.id, posting=posting, resume_text=resume
            )
    except NotFound:
        st.error("That application is no longer there. Pick another one.")
        st.stop()
    search = st.session_state.get("prep_story_search", "")
    stories = prep.list_stories(session=session, user_id=user.id, search=search)
    attempts = list(
        prep.list_attempts(session=session, user_id=user.id, application_id=plan.application_id)
    )

if app_id != PASTE and not plan.posting.strip():
    st.warning(
        "This application has no job description yet: paste it on its page for "
        "questions from the posting. Common questions are below."
    )
render_countdown(plan)
if message := st.session_state.pop("prep_saved", None):
    st.success(message, icon=":material/check_circle:")
for interview in plan.to_debrief:
    render_debrief(user.id, plan, interview)
render_came_up(plan)

# Fixed labels and a key: the open tab survives every rerun (a rating, a saved story).
questions, stories_tab, practice, sheet = st.tabs(
    ["Questions", "Stories", "Practice", "Prep sheet"], key="prep_tab", on_change="rerun"
)
with questions:
    render_questions(user.id, plan)
    render_coverage(plan)
with stories_tab:
    render_story_bank(user.id, stories)
with practice:
    render_practice(user.id, plan, attempts)
with sheet:
    render_sheet(plan)
