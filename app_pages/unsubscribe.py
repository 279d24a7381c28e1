"""Unsubscribe from one kind of message with the signed link from an email; no sign-in."""

import streamlit as st

from components.notifications import kind_label
from components.runtime import engine, settings
from tracker_core.notifications.tokens import read_token
from tracker_core.services import notifications as notif

st.title("Unsubscribe")
token = st.query_params.get("token", "")
found = read_token(settings().session_secret(), token) if token else None

if st.session_state.get("unsub_done"):
    st.success(
        f"Done: you will get no more {kind_label(st.session_state.unsub_done).lower()}. "
        "You can switch them on again on the Notifications page after signing in.",
        icon=":material/check_circle:",
    )
elif found is None:
    st.error(
        "This unsubscribe link is not valid (it may be incomplete). Sign in and change what you "
        "receive on the Notifications page.",
        icon=":material/link_off:",
    )
else:

    def _confirm() -> None:
        kind = notif.unsubscribe(engine=engine(), settings=settings(), token=token)
        if kind is not None:
            st.session_state.unsub_done = kind.value

    st.write(f"Stop **{kind_label(found.kind).lower()}**?")
    st.button("Unsubscribe", on_click=_confirm, type="primary", key="unsub_confirm")
