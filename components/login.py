"""The login gate: log in or create an account (shown instead of any page when signed out)."""

import streamlit as st

from components.forms import run_action, show_error
from components.runtime import auth
from components.session import client_address, remember, render_notice
from tracker_core.errors import InvalidInput
from tracker_core.services.auth import MIN_PASSWORD, ConfirmEmail


def _log_in() -> None:
    def action() -> None:
        email, password = st.session_state.login_email, st.session_state.login_password
        remember(auth().sign_in(email, password, client=client_address()))

    run_action("login", action)


def _sign_up() -> None:
    def action() -> None:
        if st.session_state.signup_password != st.session_state.signup_confirm:
            raise InvalidInput("The two passwords are not the same.")
        try:
            signed_in = auth().sign_up(
                st.session_state.signup_email,
                st.session_state.signup_password,
                st.session_state.signup_name,
            )
        except ConfirmEmail as exc:  # Supabase: the account exists once the email is confirmed
            st.session_state.signup_info = exc.message
            return
        remember(signed_in)

    run_action("signup", action)


def render_login() -> None:
    """Log-in and sign-up forms; what was typed stays after an error."""
    _, middle, _ = st.columns([1, 2, 1])
    with middle:
        _forms()


def _forms() -> None:
    st.title("Application Tracker")
    st.caption("Every job application in one place, and honest help winning them.")
    render_notice()
    if info := st.session_state.pop("signup_info", None):
        st.info(info, icon=":material/mark_email_unread:")
    log_in, sign_up = st.tabs(["Log in", "Create account"])

    with log_in, st.form("login_form", clear_on_submit=False, border=True):
        st.text_input("Email", key="login_email", autocomplete="email")
        show_error("login", "email")
        st.text_input("Password", type="password", key="login_password")
        show_error("login", "password")
        show_error("login")
        st.form_submit_button("Log in", type="primary", on_click=_log_in)

    with sign_up, st.form("signup_form", clear_on_submit=False, border=True):
        st.text_input("Name", key="signup_name", autocomplete="name")
        st.text_input("Email", key="signup_email", autocomplete="email")
        show_error("signup", "email")
        st.text_input(
            "Password",
            type="password",
            key="signup_password",
            help=f"At least {MIN_PASSWORD} characters.",
        )
        show_error("signup", "password")
        st.text_input("Repeat password", type="password", key="signup_confirm")
        show_error("signup")
        st.form_submit_button("Create account", type="primary", on_click=_sign_up)
