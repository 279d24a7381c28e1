"""Account: who is signed in, change password, log out."""

import streamlit as st

from components.forms import run_action, show_error
from components.runtime import auth
from components.session import current_user, remember, sign_out
from components.text import md_escape
from tracker_core.errors import InvalidInput
from tracker_core.services.auth import SignedIn

user = current_user()
assert user is not None


def _change_password() -> None:
    state = st.session_state

    def action() -> None:
        if state.pw_new != state.pw_repeat:
            raise InvalidInput("The two new passwords are not the same.")
        auth().change_password(user.id, state.pw_current, state.pw_new)
        remember(SignedIn(user))  # other browsers are signed out; this one keeps going
        state.pw_done = True
        for key in ("pw_current", "pw_new", "pw_repeat"):  # no password left in the form
            state[key] = ""

    run_action("pw", action)


st.title("Account")
name = f"{md_escape(user.name)} · " if user.name else ""
st.markdown(f"Signed in as **{name}{md_escape(user.email)}**")

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
