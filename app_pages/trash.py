"""Archive and trash: archived applications to bring back, deleted ones to restore for 30 days."""

import streamlit as st

from components.runtime import engine
from components.session import current_user
from components.trash import render_archived, render_trash
from tracker_core.db import user_session
from tracker_core.services import applications as svc
from tracker_core.services.stages import list_stages

user = current_user()
assert user is not None  # the router only shows this page to a signed-in user

st.title("Archive and trash")
with user_session(engine(), user.id) as session:
    svc.purge_trash(session=session, user_id=user.id)
    deleted = svc.list_trash(session=session, user_id=user.id)
    archived = svc.list_archived(session=session, user_id=user.id)
    labels = {s.key: s.label for s in list_stages(session=session, user_id=user.id)}

trash_tab, archive_tab = st.tabs([f"Trash ({len(deleted)})", f"Archived ({len(archived)})"])
with trash_tab:
    st.caption(f"Deleted applications stay here for {svc.TRASH_DAYS} days, then go for good.")
    if deleted:
        render_trash(deleted, user.id)
    else:
        st.info("The trash is empty. Applications you delete from the board land here.")
with archive_tab:
    st.caption("Archived applications are off the board but kept; unarchive one to bring it back.")
    if archived:
        render_archived(archived, labels, user.id)
    else:
        st.info("Nothing is archived. Archive an application from its card's Move menu.")
if not deleted and not archived:
    st.page_link("app_pages/board.py", label="Go to the board", icon=":material/view_kanban:")
