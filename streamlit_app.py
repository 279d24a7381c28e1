"""Router: the navigation, the login gate and the shared sidebar."""

import streamlit as st

from components.errors import PAGE_FAILURES, show_page_failure
from components.login import render_login
from components.session import current_user, sign_out, write_cookie
from components.text import md_escape

st.set_page_config(page_title="Application Tracker", page_icon=":material/work:", layout="wide")
# First thing in the run: the cookie queued by a log-in reaches the browser before the page does,
# so a reload right after signing in finds it.
write_cookie()

pages = {
    "Track": [
        st.Page("app_pages/board.py", title="Board", icon=":material/view_kanban:", default=True),
        st.Page("app_pages/table.py", title="Table", icon=":material/table_rows:"),
        st.Page("app_pages/stages.py", title="Stages", icon=":material/tune:"),
        st.Page("app_pages/trash.py", title="Archive & trash", icon=":material/delete:"),
        # Reached from a card, a row or a link: an entry of its own opened an empty picker.
        st.Page(
            "app_pages/detail.py",
            title="Application",
            icon=":material/description:",
            visibility="hidden",
        ),
        st.Page("app_pages/import_export.py", title="Import / export", icon=":material/swap_vert:"),
        st.Page("app_pages/stats.py", title="Stats", icon=":material/insights:"),
        st.Page("app_pages/contacts.py", title="Contacts", icon=":material/contacts:"),
    ],
    "Analyse": [
        st.Page("app_pages/analyzer.py", title="Resume analyzer", icon=":material/fact_check:"),
        st.Page("app_pages/resumes.py", title="Resumes", icon=":material/badge:"),
        st.Page("app_pages/prep.py", title="Interview prep", icon=":material/school:"),
    ],
    "You": [
        st.Page("app_pages/account.py", title="Account", icon=":material/person:"),
        st.Page(
            "app_pages/notifications.py", title="Notifications", icon=":material/notifications:"
        ),
    ],
}
# Reachable signed out: it checks its own signed token (links in emails).
unsubscribe = st.Page(
    "app_pages/unsubscribe.py", title="Unsubscribe", url_path="unsubscribe", visibility="hidden"
)
pages["You"].append(unsubscribe)

try:
    user = current_user()
except PAGE_FAILURES as exc:  # the database went away: our sentence, not Streamlit's page
    show_page_failure(exc)
    st.stop()
# The pages are registered even when signed out, so a deep link survives the login gate.
page = st.navigation(pages, position="sidebar" if user else "hidden")
if user is None and page.url_path == unsubscribe.url_path:
    page.run()
    st.stop()
if user is None:
    try:
        render_login()
    except PAGE_FAILURES as exc:
        show_page_failure(exc)
    st.stop()

with st.sidebar:
    st.caption(
        md_escape(
            f"Signed in as {user.name} ({user.email})"
            if user.name
            else f"Signed in as {user.email}"
        )
    )
    st.button("Log out", on_click=sign_out, key="sidebar_logout", icon=":material/logout:")
try:
    page.run()
except PAGE_FAILURES as exc:  # a bug still fails loudly (and fails its tests)
    show_page_failure(exc)
