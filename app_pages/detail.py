"""One application: every field, notes, job description, timeline, contacts, interviews."""

import streamlit as st

from components.detail_edit import load, note_own_move, render_edit_form
from components.detail_people import TAB, render_contacts, render_interviews
from components.forms import run_action, show_error
from components.runtime import engine
from components.session import current_user
from components.similarity_panels import job_fit_panel
from components.tag_filter import render_tag_editor
from components.text import md_escape
from components.timeline import render_timeline
from tracker_core.db import user_session
from tracker_core.services import applications as apps
from tracker_core.services import contacts, details
from tracker_core.services.board import place_text, salary_text
from tracker_core.services.stages import list_stages
from tracker_core.services.timeline import application_history
from tracker_core.text.markdown import safe_markdown

user = current_user()
assert user is not None  # the router only shows this page to a signed-in user


def _app_id() -> int | None:
    raw = st.query_params.get("id", "")
    return int(raw) if raw.isdigit() else None


def _choose() -> None:
    st.query_params["id"] = str(st.session_state.det_choose)


app_id = _app_id()
if app_id is None:
    st.title("Application")
    with user_session(engine(), user.id) as session:
        listed = apps.list_applications(session=session, user_id=user.id)
    mine = {a.id: f"{a.company}: {a.position}" for a in listed}
    if not mine:
        st.info("No application chosen, and you have none yet. Add one on the board.")
        st.page_link("app_pages/board.py", label="Go to the board", icon=":material/add:")
        st.stop()
    st.info("No application chosen. Pick one to open it.")
    st.selectbox(
        "Application",
        list(mine),
        format_func=mine.get,
        index=None,
        key="det_choose",
        on_change=_choose,
        placeholder="Choose an application",
    )
    st.stop()

with user_session(engine(), user.id) as session:
    try:
        detail = details.get_detail(session=session, user_id=user.id, application_id=app_id)
    except apps.NotFound:
        detail = None
    everyone = contacts.list_contacts(session=session, user_id=user.id)
    resumes = {r.id: r.label for r in details.list_resumes(session=session, user_id=user.id)}
    labels = {s.key: s.label for s in list_stages(session=session, user_id=user.id)}
    history = (
        application_history(session=session, user_id=user.id, application_id=app_id)
        if detail
        else []
    )

if detail is None:
    st.title("Application")
    st.error(f"Application {app_id} was not found. It may have been deleted.")  # an int
    st.page_link("app_pages/board.py", label="Go to the board", icon=":material/list_alt:")
    st.stop()

app = detail.application
st.page_link("app_pages/board.py", label="Back to the board", icon=":material/arrow_back:")
st.title(md_escape(f"{app.company}: {app.position}"))


def _fact(name: str, value: object) -> str:
    return f"**{name}:** {md_escape(str(value))}"


facts = [_fact("Stage", labels.get(app.status, app.status)), _fact("Priority", f"{app.priority}/5")]
shown: list[tuple[str, object]] = [
    ("Salary", salary_text(app.salary_min, app.salary_max, app.salary_currency, app.salary_period)),
    ("Where", place_text(app.location, app.remote)),
    ("Source", app.source),
    ("Deadline", app.deadline),
    ("Applied", app.applied_on),
]
facts += [_fact(name, value) for name, value in shown if value]
facts.append(_fact("Resume", detail.resume.label if detail.resume else "none chosen"))
st.markdown(" · ".join(facts))
render_tag_editor(user.id, app_id)
if app.next_action or app.next_action_on:
    when = f" by {app.next_action_on.isoformat()}" if app.next_action_on else ""
    st.markdown(f":material/flag: **Next:** {md_escape((app.next_action or 'next action') + when)}")
if app.url:
    st.link_button("Open the job posting", app.url, icon=":material/open_in_new:")


def _move() -> None:
    def action() -> None:
        stage = st.session_state[f"det_stage_{app_id}"]
        with user_session(engine(), user.id) as s:
            moved = apps.change_status(
                session=s, user_id=user.id, application_id=app_id, to_status=stage
            )
        note_own_move(app.version, moved.version)

    run_action("stage", action)


left, right = st.columns([3, 1], vertical_alignment="bottom")
left.selectbox(
    "Stage",
    list(labels),
    index=list(labels).index(app.status) if app.status in labels else 0,
    format_func=labels.get,
    key=f"det_stage_{app_id}",
)
right.button("Move", key="det_move", on_click=_move, icon=":material/arrow_forward:")
show_error("stage")
if message := st.session_state.pop("det_people_saved", None):
    st.success(md_escape(message), icon=":material/check_circle:")

# Keyed and stateful: a save on the Contacts or Interviews tab stays on that tab.
overview, edit, timeline, people, talks = st.tabs(
    ["Overview", "Edit", "Timeline", "Contacts", "Interviews"], key=TAB, on_change="rerun"
)


def _pick_resume() -> None:
    def action() -> None:
        with user_session(engine(), user.id) as s:
            chosen = details.choose_resume(
                session=s,
                user_id=user.id,
                application_id=app_id,
                resume_id=st.session_state[f"det_resume_{app_id}"],
            )
        note_own_move(app.version, chosen.version)

    run_action("resume", action)


with overview:
    if resumes:
        st.selectbox(
            "Resume used",
            [None, *resumes],
            index=[None, *resumes].index(app.resume_id) if app.resume_id in resumes else 0,
            format_func=lambda i: "None chosen" if i is None else resumes[i],
            key=f"det_resume_{app_id}",
            on_change=_pick_resume,
        )
        show_error("resume")
    else:
        st.caption("Resume used: none yet. Upload a resume to link it to this application.")
    st.subheader("Notes")
    st.markdown(safe_markdown(app.notes) if app.notes.strip() else "_No notes yet._")
    st.subheader("Job description")
    if app.job_description.strip():
        st.text(app.job_description)
    else:
        st.caption("No job description saved. Paste it in the Edit tab.")
with edit:
    load(app)
    render_edit_form(user.id, app)
with timeline:
    render_timeline(history)
with people:
    render_contacts(user.id, app_id, detail.contacts, everyone)
with talks:
    render_interviews(user.id, app_id, detail.interviews)

st.divider()  # Resume fit: below the tabs, so it never blocks the rest of the page
job_fit_panel(user.id, app_id)
