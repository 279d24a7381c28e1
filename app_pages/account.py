"""Account: who is signed in, change password, log out here or everywhere."""

import streamlit as st

from components.forms import run_action, show_error
from components.runtime import auth
from components.session import current_user, remember, sign_out, sign_out_everywhere
from tracker_core.errors import InvalidInput

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

    run_action("pw", action)


st.title("Account")
st.write(f"Signed in as **{user.email}**")

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
