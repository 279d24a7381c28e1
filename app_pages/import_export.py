"""Download everything; import a CSV (Huntr, Teal or ours) or one of our JSON exports."""

import streamlit as st

from components.import_flow import render_csv_import, render_json_import
from components.runtime import engine
from components.session import current_user
from tracker_core.db import user_session
from tracker_core.services import transfer, transfer_json

user = current_user()
assert user is not None  # the router only shows this page to a signed-in user

st.title("Import / export")
st.subheader("Export")
st.caption("Your data is yours: download it any time. JSON holds everything, history included.")
db = engine()


def _export(kind: str) -> str:
    """Built only when the button is clicked, so a big account does not slow the page."""
    with user_session(db, user.id) as session:
        if kind == "csv":
            return transfer.export_csv(session=session, user_id=user.id)
        return transfer_json.export_json(session=session, user_id=user.id)


left, right = st.columns(2)
left.download_button(
    "Download applications (CSV)",
    lambda: _export("csv"),
    file_name="applications.csv",
    mime="text/csv",
    icon=":material/download:",
    key="exp_csv",
    on_click="ignore",
)
right.download_button(
    "Download everything (JSON)",
    lambda: _export("json"),
    file_name="application-tracker.json",
    mime="application/json",
    icon=":material/download:",
    key="exp_json",
    on_click="ignore",
)

st.subheader("Import a CSV")
st.caption(
    "From Huntr, Teal, a spreadsheet or our own export. Rows already in your tracker are skipped, "
    "so running the same file again adds nothing."
)
render_csv_import(user.id)
st.subheader("Import a JSON export")
render_json_import(user.id)
