"""Account: who is signed in, time zone, change password, download my data, log out here or
everywhere."""

import streamlit as st

from components.forms import run_action, show_error
from components.localtime import ZONE_KEY, browser_zone, user_zone
from components.runtime import auth, engine, vectors
from components.session import (
    current_user,
    remember,
    show_after_sign_out,
    sign_out,
    sign_out_everywhere,
)
from components.text import md_escape
from tracker_core.db import user_session
from tracker_core.errors import InvalidInput
from tracker_core.localtime import zone_names
from tracker_core.services import account as account_svc
from tracker_core.services import transfer_json
from tracker_core.services.user_zone import set_zone

user = current_user()
assert user is not None


def _change_password() -> None:
    state = st.session_state

    def action() -> None:
        if state.pw_new != state.pw_repeat:
            raise InvalidInput("The two new passwords are not the same.")
        # Every session is revoked; this browser gets a new one and keeps going.
        remember(auth().change_password(user.id, state.pw_current, state.pw_new))
        state.pw_done = True
        for key in ("pw_current", "pw_new", "pw_repeat"):  # no password left in the form
            state[key] = ""

    run_action("pw", action)


def _save_zone() -> None:
    def action() -> None:
        with user_session(engine(), user.id) as session:
            st.session_state[ZONE_KEY] = set_zone(
                session=session, user_id=user.id, name=st.session_state.acct_tz
            )
        st.toast("Time zone saved.", icon=":material/schedule:")

    run_action("tz", action)


def _delete_account() -> None:
    def action() -> None:
        try:
            with user_session(engine(), user.id) as session:
                done = account_svc.delete_account(
                    session=session,
                    user_id=user.id,
                    vectors=vectors(),
                    sign_ins=auth(),
                    confirm=st.session_state.acct_delete_confirm,
                )
        except account_svc.SignInNotDeleted as exc:  # the data is gone: say so at the login
            done = account_svc.AccountDeleted(False, exc.message)
        sign_out()
        show_after_sign_out(done.detail, done=done.sign_in_deleted)

    run_action("acct_delete", action)


def _export() -> str:
    """Built only when the button is clicked, so a big account does not slow the page."""
    with user_session(engine(), user.id) as session:
        return transfer_json.export_json(session=session, user_id=user.id)


st.title("Account")
name = f"{md_escape(user.name)} · " if user.name else ""
st.markdown(f"Signed in as **{name}{md_escape(user.email)}**")

st.subheader("Time zone")
zones = list(zone_names())
mine = user_zone(user.id).key
st.selectbox(
    "Your time zone",
    zones,
    index=zones.index(mine) if mine in zones else zones.index("UTC"),
    key="acct_tz",
    on_change=_save_zone,
    help="Interview times, timelines and notifications are typed and shown in this zone.",
)
show_error("tz")
seen = browser_zone()
st.caption(
    "Times are stored in UTC and shown in this zone."
    + (f" Your browser reports {seen}." if seen and seen != mine else "")
)

st.subheader("Your data")
st.download_button(
    "Download all my data (JSON)",
    _export,
    file_name="application-tracker.json",
    mime="application/json",
    icon=":material/download:",
    key="acct_export",
    on_click="ignore",
)
st.caption(
    "Everything you entered: applications with their history, contacts, interviews, "
    "resumes, stages and interview prep. The Import / export page reads it back."
)

with st.form("pw_form"):
    st.subheader("Change password")
    st.text_input("Current password", type="password", key="pw_current")
    show_error("pw", "current")
    st.text_input("New password", type="password", key="pw_new")
    show_error("pw", "password")
    st.text_input("Repeat new password", type="password", key="pw_repeat")
    show_error("pw")
    st.form_submit_button("Change password", on_click=_change_password)
if st.session_state.pop("pw_done", False):
    st.success("Password changed. Other browsers were signed out.")

st.button("Log out", on_click=sign_out, icon=":material/logout:")
st.button(
    "Sign out everywhere",
    on_click=sign_out_everywhere,
    icon=":material/devices:",
    help="Ends every session of this account: other browsers, copied cookies, this one too.",
)

st.divider()
with st.expander("Delete my account", icon=":material/delete_forever:"):
    st.write(
        "Deletes the account and everything in it: applications, history, contacts, "
        "interviews, resumes, analyses, prep and notifications. It cannot be undone; "
        "download your data above first."
    )
    with st.form("acct_delete_form"):
        st.text_input("Type your email address to confirm", key="acct_delete_confirm")
        show_error("acct_delete", "confirm")
        show_error("acct_delete")
        st.form_submit_button("Delete my account", type="primary", on_click=_delete_account)
