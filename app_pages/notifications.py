"""Notifications: what to receive and how, quiet hours, time zone, digest, recent messages."""

from zoneinfo import ZoneInfo, available_timezones

import streamlit as st

from components.calendar_link import render_calendar_link
from components.forms import run_action, show_error
from components.localtime import ZONE_KEY, user_zone
from components.notifications import render_delivery, render_last_failure, render_recent
from components.runtime import engine, settings
from components.session import current_user
from tracker_core.db import user_session
from tracker_core.notifications.rules import KIND_LABELS, Kind, zone
from tracker_core.services import notifications as notif

user = current_user()
assert user is not None  # the router only shows this page to a signed-in user

CHOICES = {"off": "Off", "email": "Email", "sms": "Text (SMS)"}
DAYS = ["Every day", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
HOURS = list(range(24))

user_zone(user.id)  # the browser's zone is stored first, while the user has chosen none
with user_session(engine(), user.id) as session:
    current = notif.get_preferences(session=session, user_id=user.id)
    seen = notif.activity(session=session, user_id=user.id)
tz = zone(current.timezone)

st.title("Notifications")
cfg = settings()
render_delivery(notif.delivery_summary(cfg), notif.smtp_configured(cfg), notif.sms_configured(cfg))
render_last_failure(seen.last_failure, tz)


def _save() -> None:
    state = st.session_state

    def action() -> None:
        weekday = DAYS.index(state.ntf_digest_day) - 1
        data = notif.PreferencesIn(
            kinds={kind: state[f"ntf_kind_{kind.value}"] for kind in Kind},
            lead_days=state.ntf_lead,
            quiet_start=state.ntf_quiet_start,
            quiet_end=state.ntf_quiet_end,
            timezone=state.ntf_tz,
            digest_hour=state.ntf_digest_hour,
            digest_weekday=None if weekday < 0 else weekday,
            phone=state.ntf_phone,
        )
        with user_session(engine(), user.id) as s:
            notif.save_preferences(session=s, user_id=user.id, data=data)
        state[ZONE_KEY] = data.timezone  # every page of this tab shows times in it now
        state.ntf_saved = True

    run_action("ntf", action)


zones = sorted(available_timezones() | {"UTC"})
with st.form("ntf_form"):
    st.subheader("What you receive")
    for kind in Kind:
        st.selectbox(
            KIND_LABELS[kind],
            list(CHOICES),
            index=list(CHOICES).index(current.kinds.get(kind, "off")),
            format_func=CHOICES.__getitem__,
            key=f"ntf_kind_{kind.value}",
        )
    show_error("ntf", "kinds")
    st.number_input(
        "Deadline reminder, days before",
        min_value=0,
        max_value=14,
        value=current.lead_days,
        key="ntf_lead",
        help="Also on the morning of the day itself.",
    )
    st.subheader("When")
    st.selectbox(
        "Your time zone",
        zones,
        index=zones.index(current.timezone) if current.timezone in zones else zones.index("UTC"),
        key="ntf_tz",
    )
    show_error("ntf", "timezone")
    left, right = st.columns(2)
    left.selectbox(
        "Quiet from",
        HOURS,
        index=current.quiet_start,
        format_func="{:02d}:00".format,
        key="ntf_quiet_start",
    )
    right.selectbox(
        "Quiet until",
        HOURS,
        index=current.quiet_end,
        format_func="{:02d}:00".format,
        key="ntf_quiet_end",
    )
    st.caption("Messages due in quiet hours wait until they end; none is dropped.")
    left, right = st.columns(2)
    left.selectbox(
        "Digest",
        DAYS,
        index=0 if current.digest_weekday is None else current.digest_weekday + 1,
        key="ntf_digest_day",
    )
    right.selectbox(
        "Digest at",
        HOURS,
        index=current.digest_hour,
        format_func="{:02d}:00".format,
        key="ntf_digest_hour",
    )
    st.subheader("Where")
    st.caption(f"Emails go to {user.email}.")
    st.text_input(
        "Phone for texts",
        value=current.phone or "",
        placeholder="+15551234567",
        key="ntf_phone",
    )
    show_error("ntf", "phone")
    show_error("ntf")
    st.form_submit_button("Save", on_click=_save, type="primary")
if st.session_state.pop("ntf_saved", False):
    st.success("Saved.")

render_calendar_link(user.id)
render_recent(seen.recent, tz if isinstance(tz, ZoneInfo) else ZoneInfo("UTC"))
