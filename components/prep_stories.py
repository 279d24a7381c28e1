"""The STAR story bank: search, add, edit and delete stories."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st
from sqlmodel import Session

from components.forms import errors, run_action
from components.runtime import engine
from components.text import md_escape
from tracker_core.db import user_session
from tracker_core.errors import FORM, NotFound
from tracker_core.models import PrepStory
from tracker_core.services import prep

FIELDS = ("title", "situation", "task", "action", "result", "tags")
GONE = "That story or question is no longer there (it may have been deleted). Reload the page."


def run_prep(form: str, user_id: str, work: Callable[[Session], object], done: str) -> None:
    """Run a prep action; errors are kept per form (components.errors), what was typed stays."""

    def action() -> None:
        with user_session(engine(), user_id) as s:
            work(s)

    if run_action(form, action, overrides={NotFound: GONE}):
        st.session_state["prep_saved"] = done


def show_errors(form: str) -> None:
    for field, message in errors(form).items():
        label = "" if field == FORM else f"{field.capitalize()}: "
        st.error(label + message, icon=":material/error:")


def _story_in(prefix: str) -> prep.StoryIn:
    state = st.session_state
    return prep.StoryIn.model_validate({f: state.get(f"{prefix}_{f}", "") for f in FIELDS})


def _story_form(prefix: str, label: str, on_submit: Callable[[], None]) -> None:
    with st.form(f"{prefix}_form", clear_on_submit=False, border=False):
        st.text_input("Title", key=f"{prefix}_title", placeholder="Payroll outage, 2024")
        st.text_area("Situation", key=f"{prefix}_situation", height=80)
        st.text_area("Task", key=f"{prefix}_task", height=68)
        st.text_area("Action", key=f"{prefix}_action", height=100)
        st.text_area("Result", key=f"{prefix}_result", height=80)
        st.text_input(
            "Tags (competencies and skills, comma separated)",
            key=f"{prefix}_tags",
            placeholder="ownership, conflict, SQL",
        )
        st.form_submit_button(label, on_click=on_submit, icon=":material/save:")
    show_errors(prefix)


def _fill(prefix: str, story: PrepStory) -> None:
    if st.session_state.get(f"{prefix}_loaded"):
        return
    for f in FIELDS[:-1]:
        st.session_state[f"{prefix}_{f}"] = getattr(story, f)
    st.session_state[f"{prefix}_tags"] = ", ".join(story.tags)
    st.session_state[f"{prefix}_loaded"] = True


def _clear(prefix: str) -> None:
    if not st.session_state.get(f"{prefix}_errors"):
        for f in FIELDS:
            st.session_state[f"{prefix}_{f}"] = ""


def render_story_bank(user_id: str, stories: list[PrepStory]) -> None:
    """Search box, each story (edit, delete), then a form for a new one."""
    st.text_input("Search stories", key="prep_story_search", placeholder="word, tag or skill")
    with st.expander("Add a story", expanded=not stories, icon=":material/add:"):

        def add() -> None:
            run_prep(
                "prep_new",
                user_id,
                lambda s: prep.add_story(session=s, user_id=user_id, data=_story_in("prep_new")),
                "Story added.",
            )
            _clear("prep_new")

        _story_form("prep_new", "Add story", add)
    if not stories:
        st.info("No stories yet. Write three or four: they answer most behavioural questions.")
    for story in stories:
        sid = story.id
        assert sid is not None
        tags = f" · {', '.join(story.tags)}" if story.tags else ""
        with st.expander(md_escape(f"{story.title}{tags}")):
            prefix = f"prep_st{sid}"
            _fill(prefix, story)

            def edit(sid: int = sid, prefix: str = prefix) -> None:
                run_prep(
                    prefix,
                    user_id,
                    lambda s: prep.edit_story(
                        session=s, user_id=user_id, story_id=sid, data=_story_in(prefix)
                    ),
                    "Story saved.",
                )

            _story_form(prefix, "Save story", edit)

            def delete(sid: int = sid, prefix: str = prefix) -> None:
                run_prep(
                    prefix,
                    user_id,
                    lambda s: prep.delete_story(session=s, user_id=user_id, story_id=sid),
                    "Story deleted.",
                )

            st.button(
                "Delete story", key=f"{prefix}_delete", on_click=delete, icon=":material/delete:"
            )
