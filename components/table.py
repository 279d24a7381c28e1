"""Table rendering: filters bound to the URL, an editable grid, and bulk actions."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import date

import streamlit as st

from components import table_actions as actions
from components.text import md_escape
from tracker_core.models import Application
from tracker_core.repositories import Filters
from tracker_core.services.board import place_text, salary_text

COLUMNS_KEY = "table_columns"  # the columns the user chose to see, kept for the session
ALL_COLUMNS = (
    "Company",
    "Position",
    "Stage",
    "Deadline",
    "Applied",
    "Priority",
    "Salary",
    "Where",
    "Source",
    "Next action",
    "Next action on",
    "Notes",
    "Last change",
)
DEFAULT_COLUMNS = ("Company", "Position", "Stage", "Deadline", "Applied", "Salary", "Where")
DEFAULT_COLUMNS += ("Priority", "Next action", "Notes")
SORT_LABELS = {
    "updated": "Last change",
    "deadline": "Deadline",
    "company": "Company",
    "priority": "Priority",
}


def render_filters(labels: dict[str, str], tag: str = "") -> tuple[Filters, str]:
    """Filter widgets, each kept in the page URL; returns the filters and the sort key."""
    q, sort = st.columns([3, 1])
    text = q.text_input(
        "Search", key="q", bind="query-params", placeholder="Company, position, notes"
    )
    order = sort.selectbox(
        "Sort by", list(SORT_LABELS), key="sort", bind="query-params", format_func=SORT_LABELS.get
    )
    # Behind an expander: on a phone five filters would fill the screen before any row.
    used = any(st.query_params.get(k) for k in ("stage", "company", "source", "from", "to"))
    with st.expander("Filters and columns", expanded=used, icon=":material/filter_list:"):
        stage, company, source = st.columns([2, 1, 1])
        stages = stage.multiselect(
            "Stage", list(labels), key="stage", bind="query-params", format_func=labels.get
        )
        company_text = company.text_input("Company", key="company", bind="query-params")
        source_text = source.text_input("Source", key="source", bind="query-params")
        start, end, columns = st.columns([1, 1, 2])
        deadline_from = _date(start, "Deadline from", "from")
        deadline_to = _date(end, "Deadline to", "to")
        columns.multiselect(
            "Columns shown",
            ALL_COLUMNS,
            default=st.session_state.get(COLUMNS_KEY, DEFAULT_COLUMNS),
            key="table_columns_pick",
            on_change=_keep_columns,
        )
    filters = Filters(
        stages=tuple(stages),
        company=company_text,
        source=source_text,
        deadline_from=deadline_from,
        deadline_to=deadline_to,
        text=text,
        tag=tag,
    )
    st.session_state["table_view"] = hashlib.sha1(repr((filters, order)).encode()).hexdigest()[:8]
    return filters, order or "updated"


def _keep_columns() -> None:
    # A widget's own key is dropped when another page runs; this copy outlives it.
    st.session_state[COLUMNS_KEY] = list(st.session_state.table_columns_pick)


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
            "Applied": a.applied_on,
            "Priority": a.priority,
            "Salary": salary_text(a.salary_min, a.salary_max, a.salary_currency, a.salary_period),
            "Where": place_text(a.location, a.remote),
            "Source": a.source or "",
            "Next action": a.next_action or "",
            "Next action on": a.next_action_on,
            "Notes": notes_preview(a.notes),
            "Last change": a.updated_at,
        }
        for a in apps
    ]
    stage_keys = {label: key for key, label in labels.items()}
    cc = st.column_config
    chosen = [c for c in ALL_COLUMNS if c in st.session_state.get(COLUMNS_KEY, DEFAULT_COLUMNS)]
    st.data_editor(
        rows,
        key=actions.editor_key(),
        num_rows="fixed",
        hide_index=True,
        width="stretch",
        column_order=["Select", "Open", *chosen],
        placeholder="",
        on_change=actions.save_edits,
        args=(user_id, stage_keys),
        column_config={
            "Select": cc.CheckboxColumn("Select", width="small"),
            "Company": cc.TextColumn("Company", required=True, max_chars=200),
            "Position": cc.TextColumn("Position", required=True, max_chars=200),
            "Stage": cc.SelectboxColumn("Stage", options=list(stage_keys), required=True),
            "Deadline": cc.DateColumn("Deadline", format="YYYY-MM-DD"),
            "Priority": cc.NumberColumn("Priority", min_value=1, max_value=5, step=1),
            "Applied": cc.DateColumn("Applied", format="YYYY-MM-DD"),
            "Salary": cc.TextColumn("Salary", disabled=True, help="Edit on the detail page"),
            "Where": cc.TextColumn("Where", disabled=True, help="Edit on the detail page"),
            "Next action": cc.TextColumn("Next action", max_chars=500),
            "Next action on": cc.DateColumn("Next action on", format="YYYY-MM-DD"),
            "Notes": cc.TextColumn(
                "Notes", width="large", disabled=True, help="Notes are edited on the detail page"
            ),
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


def notes_preview(notes: str) -> str:
    """Notes as one line of plain text: the Markdown's words without its marks."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", notes)  # links and images: their text
    text = re.sub(r"(^|\s)[#>*+-]+\s+|[*_`~]", " ", text, flags=re.MULTILINE)
    return " ".join(text.split())


def _stable_order(apps: Sequence[Application]) -> list[Application]:
    """Keep rows where they were while the same view is shown, so an edited row stays put
    (sorted by "Last change" it would jump to the top); a new filter or sort re-sorts."""
    view = st.session_state.get("table_view", "")
    if st.session_state.get("table_rows_view") != view:
        st.session_state["table_rows_view"] = view
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
