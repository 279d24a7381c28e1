"""Table rendering: filters bound to the URL, an editable grid, and bulk actions."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date

import streamlit as st

from components import table_actions as actions
from components.text import md_escape
from tracker_core.models import Application
from tracker_core.repositories import Filters

SORT_LABELS = {
    "updated": "Last change",
    "deadline": "Deadline",
    "company": "Company",
    "priority": "Priority",
}


def render_filters(labels: dict[str, str]) -> tuple[Filters, str]:
    """Filter widgets, each kept in the page URL; returns the filters and the sort key."""
    q, sort = st.columns([3, 1])
    text = q.text_input(
        "Search", key="q", bind="query-params", placeholder="Company, position, notes"
    )
    order = sort.selectbox(
        "Sort by", list(SORT_LABELS), key="sort", bind="query-params", format_func=SORT_LABELS.get
    )
    stage, company, source, start, end = st.columns([2, 1, 1, 1, 1])
    stages = stage.multiselect(
        "Stage", list(labels), key="stage", bind="query-params", format_func=labels.get
    )
    filters = Filters(
        stages=tuple(stages),
        company=company.text_input("Company", key="company", bind="query-params"),
        source=source.text_input("Source", key="source", bind="query-params"),
        deadline_from=_date(start, "Deadline from", "from"),
        deadline_to=_date(end, "Deadline to", "to"),
        text=text,
    )
    st.session_state["table_view"] = hashlib.sha1(repr((filters, order)).encode()).hexdigest()[:8]
    return filters, order or "updated"


def _date(slot: st.delta_generator.DeltaGenerator, label: str, key: str) -> date | None:
    value = slot.date_input(label, value=None, key=key, bind="query-params", format="YYYY-MM-DD")
    return value if isinstance(value, date) else None


def render_table(apps: Sequence[Application], labels: dict[str, str], user_id: str) -> None:
    """The editable grid; edits save as soon as a cell is left."""
    apps = _stable_order(apps)
    st.session_state[actions.ROWS] = [(a.id, a.version, f"{a.company}: {a.position}") for a in apps]
    rows = [
        {
            "Select": False,
            "Open": f"/detail?id={a.id}",
            "Company": a.company,
            "Position": a.position,
            "Stage": labels.get(a.status, a.status),
            "Deadline": a.deadline,
            "Priority": a.priority,
            "Source": a.source or "",
            "Notes": a.notes,
            "Last change": a.updated_at,
        }
        for a in apps
    ]
    stage_keys = {label: key for key, label in labels.items()}
    cc = st.column_config
    st.data_editor(
        rows,
        key=actions.editor_key(),
        num_rows="fixed",
        hide_index=True,
        width="stretch",
        on_change=actions.save_edits,
        args=(user_id, stage_keys),
        column_config={
            "Select": cc.CheckboxColumn("Select", width="small"),
            "Company": cc.TextColumn("Company", required=True, max_chars=200),
            "Position": cc.TextColumn("Position", required=True, max_chars=200),
            "Stage": cc.SelectboxColumn("Stage", options=list(stage_keys), required=True),
            "Deadline": cc.DateColumn("Deadline", format="YYYY-MM-DD"),
            "Priority": cc.NumberColumn("Priority", min_value=1, max_value=5, step=1),
            "Notes": cc.TextColumn("Notes", width="large"),
            "Last change": cc.DatetimeColumn(
                "Last change", disabled=True, format="YYYY-MM-DD HH:mm"
            ),
            "Open": cc.LinkColumn(
                "Open",
                disabled=True,
                display_text="Open",
                help="Details, timeline, contacts and interviews",
            ),
        },
    )


def _stable_order(apps: Sequence[Application]) -> list[Application]:
    """Keep rows where they were while an editor still holds unsaved edits by position."""
    key = actions.editor_key()
    if st.session_state.get("table_rows_editor") != key:
        st.session_state["table_rows_editor"] = key
        return list(apps)
    where = {row[0]: i for i, row in enumerate(st.session_state.get(actions.ROWS, []))}
    return sorted(apps, key=lambda a: where.get(a.id, len(where)))


def render_bulk(labels: dict[str, str], user_id: str) -> None:
    """Bulk stage change and archive for the ticked rows."""
    stage, move, archive = st.columns([2, 1, 1], vertical_alignment="bottom")
    stage.selectbox(
        "Move ticked rows to", list(labels), key="table_bulk_stage", format_func=labels.get
    )
    move.button(
        "Move ticked",
        key="table_bulk_move",
        on_click=actions.bulk,
        args=(user_id, "move"),
        width="stretch",
    )
    archive.button(
        "Archive ticked",
        key="table_bulk_archive",
        on_click=actions.bulk,
        args=(user_id, "archive"),
        width="stretch",
    )


def render_messages(user_id: str) -> None:
    for message in st.session_state.get(actions.ERRORS, []):
        st.error(md_escape(message), icon=":material/error:")
    last = st.session_state.get(actions.UNDO)
    if last:
        text, button = st.columns([6, 1], vertical_alignment="center")
        text.info(md_escape(last.done), icon=":material/check_circle:")
        button.button("Undo", key="table_undo_btn", on_click=actions.undo, args=(user_id,))
