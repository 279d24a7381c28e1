"""The stages editor: add, rename, reorder and delete the user's own stages."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from components.forms import run_action, show_error
from components.runtime import engine
from components.text import md_escape
from tracker_core.db import user_session
from tracker_core.models import STANDARD_STAGES
from tracker_core.services import stages as svc


def _add(user_id: str) -> None:
    state = st.session_state

    def action() -> None:
        with user_session(engine(), user_id) as s:
            stage = svc.add_stage(
                session=s, user_id=user_id, label=state.stage_label, funnel_step=state.stage_step
            )
        st.toast(md_escape(f"Added the stage {stage.label}."), icon=":material/check_circle:")
        state.stage_label = ""

    _run("stage_add", action)


def _rename(user_id: str, key: str) -> None:
    def action() -> None:
        with user_session(engine(), user_id) as s:
            stage = svc.rename_stage(
                session=s, user_id=user_id, key=key, label=st.session_state[f"stage_name_{key}"]
            )
        st.toast(md_escape(f"Renamed to {stage.label}."), icon=":material/check_circle:")

    _run(f"stage_{key}", action)


def _delete(user_id: str, key: str, label: str, labels: dict[str, str]) -> None:
    def action() -> None:
        move_to = st.session_state[f"stage_move_to_{key}"]
        with user_session(engine(), user_id) as s:
            moved = svc.delete_stage(session=s, user_id=user_id, key=key, move_to=move_to)
        where = f"; moved {moved} application(s) to {labels[move_to]}" if moved else ""
        st.toast(md_escape(f"Deleted the stage {label}{where}."), icon=":material/delete:")

    _run(f"stage_{key}", action)


def _move(user_id: str, key: str, offset: int) -> None:
    def action() -> None:
        with user_session(engine(), user_id) as s:
            svc.move_stage(session=s, user_id=user_id, key=key, offset=offset)

    _run(f"stage_{key}", action)


def _run(form: str, action: Callable[[], None]) -> None:
    """run_action: a StageError shows beside the field it names; an earlier action's error,
    on this stage or another, goes as soon as the user does something else."""
    for name in [k for k in st.session_state if str(k).startswith("stage_")]:
        if str(name).endswith("_errors"):
            del st.session_state[name]
    run_action(form, action)


def render_add_stage(user_id: str) -> None:
    with st.form("stage_add_form"):
        st.subheader("Add a stage")
        st.text_input("Name", key="stage_label", max_chars=100, placeholder="e.g. Take-home task")
        show_error("stage_add", "label")
        st.selectbox(
            "Counts in the funnel as",
            STANDARD_STAGES,
            index=STANDARD_STAGES.index("interview"),
            key="stage_step",
            format_func=str.capitalize,
            help="Charts and statistics treat this stage as the standard step you pick.",
        )
        show_error("stage_add")
        st.form_submit_button("Add stage", type="primary", on_click=_add, args=(user_id,))


def render_stage_list(stages: list[svc.Stage], user_id: str) -> None:
    """Every stage in board order; the user's own ones can be renamed and moved."""
    for stage in stages:
        if not stage.custom:
            st.markdown(f"**{md_escape(stage.label)}** · standard stage")
            continue
        with st.container(border=True):
            st.caption(f"Your stage, counted as {stage.funnel_step.capitalize()}")
            name, save, up, down, drop = st.columns(
                [3, 1, 0.5, 0.5, 1.2], vertical_alignment="bottom"
            )
            name.text_input("Name", value=stage.label, key=f"stage_name_{stage.key}")
            save.button(
                "Rename",
                key=f"stage_rename_{stage.key}",
                on_click=_rename,
                args=(user_id, stage.key),
            )
            up.button(
                "↑",
                key=f"stage_up_{stage.key}",
                help="Move up",
                on_click=_move,
                args=(user_id, stage.key, -1),
            )
            down.button(
                "↓",
                key=f"stage_down_{stage.key}",
                help="Move down",
                on_click=_move,
                args=(user_id, stage.key, 1),
            )
            with drop.popover("Delete", icon=":material/delete:"):
                _render_delete(stage, stages, user_id)
            show_error(f"stage_{stage.key}", "label")
            show_error(f"stage_{stage.key}", "move_to")


def _render_delete(stage: svc.Stage, stages: list[svc.Stage], user_id: str) -> None:
    """Where the stage's applications go, then the Delete button."""
    labels = {s.key: s.label for s in stages}
    others = [s.key for s in stages if s.key != stage.key]
    st.selectbox(
        "Move its applications to",
        others,
        index=others.index(stage.funnel_step),
        format_func=labels.get,
        key=f"stage_move_to_{stage.key}",
        help="Any application in this stage moves there; its timeline records the move.",
    )
    st.button(
        f"Delete {stage.label}",
        key=f"stage_delete_{stage.key}",
        type="primary",
        on_click=_delete,
        args=(user_id, stage.key, stage.label, labels),
    )
