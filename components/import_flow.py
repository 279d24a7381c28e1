"""The import steps: upload, preview, map columns, check, import; all or nothing."""

from __future__ import annotations

import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from components.errors import attempt, show_error
from components.runtime import engine, vectors
from tracker_core.db import DatabaseUnavailable, user_session
from tracker_core.services import transfer, transfer_json
from tracker_core.services import transfer_values as val

IMPORT_FAILED = (
    "The import failed and nothing was saved: your tracker is as it was. "
    "Check that the database is reachable, then try again."
)
DB_FAILED = {DatabaseUnavailable: IMPORT_FAILED, SQLAlchemyError: IMPORT_FAILED}
NOT_IN_FILE = "(not in the file)"
LABELS = {
    "company": "Company *",
    "position": "Position *",
    "created_at": "Date saved",
    "applied_on": "Date applied",
    "url": "Job URL",
    "salary": "Salary (text, e.g. $120k-150k)",
}


def _read(upload: object) -> transfer.CsvFile | None:
    try:
        return transfer.read_csv(upload.getvalue())  # type: ignore[attr-defined]
    except Exception as exc:  # noqa: BLE001 - shown by the one error mapping
        show_error(exc)
        return None


def _mapping(csv_file: transfer.CsvFile, file_id: str) -> dict[str, str]:
    guessed = val.auto_mapping(csv_file.headers)
    options = [NOT_IN_FILE, *csv_file.headers]
    chosen: dict[str, str] = {}
    with st.expander("Column mapping (guessed from the column names)", expanded=True):
        columns = st.columns(3)
        for i, target in enumerate(val.TARGETS):
            default = guessed.get(target, NOT_IN_FILE)
            pick = columns[i % 3].selectbox(
                LABELS.get(target, target.replace("_", " ").capitalize()),
                options,
                index=options.index(default),
                key=f"imp_map_{file_id}_{target}",
            )
            if pick != NOT_IN_FILE:
                chosen[target] = pick
    unused = [h for h in csv_file.headers if h not in chosen.values()]
    if unused:
        st.caption("Ignored columns: " + ", ".join(unused))
    return chosen


def _report(plan: transfer.ImportPlan) -> None:
    st.write(
        f"**{len(plan.new)}** new · **{len(plan.already_there)}** already in your tracker · "
        f"**{len(plan.problems)}** could not be read"
    )
    if plan.problems:
        st.warning("These rows will be left out:", icon=":material/warning:")
        rows = [{"Row": p.line, "What to fix": p.reason} for p in plan.problems[:500]]
        st.dataframe(rows, hide_index=True, width="stretch")


def _plan(
    user_id: str, csv_file: transfer.CsvFile, mapping: dict[str, str], file_id: str
) -> transfer.ImportPlan:
    """Check every row once per file, mapping and import run; a big file takes seconds."""
    key = (file_id, tuple(sorted(mapping.items())), st.session_state.get("imp_runs", 0))
    cached = st.session_state.get("imp_plan")
    if cached and cached[0] == key:
        plan: transfer.ImportPlan = cached[1]
        return plan
    with st.spinner("Checking every row…"), user_session(engine(), user_id) as session:
        plan = transfer.plan_import(
            session=session, user_id=user_id, csv_file=csv_file, mapping=mapping
        )
    st.session_state.imp_plan = (key, plan)
    return plan


def render_csv_import(user_id: str) -> None:
    """Upload, preview, mapping, a check of every row, then one all-or-nothing import."""
    upload = st.file_uploader("CSV file", type=["csv", "txt"], key="imp_csv")
    if done := st.session_state.pop("imp_done", None):
        st.success(done, icon=":material/check_circle:")
    if upload is None:
        return
    csv_file = _read(upload)
    if csv_file is None:
        return
    if csv_file.notice:
        st.warning(csv_file.notice, icon=":material/translate:")
    st.caption(f"Preview: the first rows of {len(csv_file.rows):,}")
    preview = [dict(zip(csv_file.headers, row, strict=False)) for row in csv_file.rows[:10]]
    st.dataframe(preview, hide_index=True, width="stretch")
    mapping = _mapping(csv_file, upload.file_id)
    try:
        plan = _plan(user_id, csv_file, mapping, upload.file_id)
    except Exception as exc:  # noqa: BLE001 - shown by the one error mapping
        show_error(exc)
        return
    _report(plan)
    if st.button(
        f"Import {len(plan.new):,} applications",
        type="primary",
        disabled=not plan.new,
        key="imp_go",
    ):
        _run_import(user_id, plan)


def _run_import(user_id: str, plan: transfer.ImportPlan) -> None:
    counted: list[int] = []

    def action() -> None:
        with user_session(engine(), user_id) as session:
            counted.append(
                transfer.run_import(session=session, user_id=user_id, plan=plan, vectors=vectors())
            )

    # Whatever went wrong, nothing was saved: the import is one transaction.
    if not attempt(action, overrides=DB_FAILED, unexpected=IMPORT_FAILED):
        return
    st.session_state.imp_done = f"Imported {counted[0]:,} applications."
    st.session_state.imp_runs = st.session_state.get("imp_runs", 0) + 1
    st.rerun()


def render_json_import(user_id: str) -> None:
    """Bring back a JSON export (into this or another account); duplicates are skipped."""
    upload = st.file_uploader("JSON export", type=["json"], key="imp_json")
    if upload is None or not st.button("Import this file", key="imp_json_go"):
        return
    counts: list[tuple[int, int]] = []

    def action() -> None:
        with user_session(engine(), user_id) as session:
            counts.append(
                transfer_json.import_json(
                    session=session, user_id=user_id, data=upload.getvalue(), vectors=vectors()
                )
            )

    if attempt(action, overrides=DB_FAILED, unexpected=IMPORT_FAILED):
        added, skipped = counts[0]
        st.success(f"Imported {added} applications; {skipped} were already here.")
