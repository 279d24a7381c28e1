"""The detail page's contacts and interviews: list, add, edit, link, unlink, delete."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import time

import streamlit as st

from components.forms import run_action, show_error
from components.localtime import current_zone, local_text
from components.runtime import engine
from components.text import md_escape
from tracker_core.db import user_session
from tracker_core.localtime import from_local, to_local
from tracker_core.models import Contact, Interview
from tracker_core.services import contacts as csvc
from tracker_core.services import interviews as isvc

TAB = "det_tab"  # the detail page's tabs, stateful under this key
_CONTACT_FIELDS = ("name", "role", "company", "email", "phone", "linkedin", "notes")


def _run(
    form: str, user_id: str, work: Callable[..., object], message: str, tab: str = "Contacts"
) -> None:
    def action() -> None:
        with user_session(engine(), user_id) as session:
            work(session)
        st.session_state["det_people_saved"] = message
        st.session_state[TAB] = tab  # stay where the user can see what they added

    run_action(form, action)


def _contact_in(prefix: str) -> csvc.ContactIn:
    state = st.session_state
    return csvc.ContactIn(**{f: state.get(f"{prefix}_{f}", "") for f in _CONTACT_FIELDS})


def _contact_form(prefix: str, label: str, on_submit: Callable[[], None]) -> None:
    with st.form(f"{prefix}_form", clear_on_submit=False):
        left, right = st.columns(2)
        left.text_input("Name", key=f"{prefix}_name", max_chars=200)
        with left:
            show_error(prefix, "name")
        right.text_input("Role", key=f"{prefix}_role", max_chars=200)
        left.text_input("Company", key=f"{prefix}_company", max_chars=200)
        right.text_input("Email", key=f"{prefix}_email", max_chars=320)
        with right:
            show_error(prefix, "email")
        left.text_input("Phone", key=f"{prefix}_phone", max_chars=32)
        right.text_input("LinkedIn", key=f"{prefix}_linkedin", max_chars=500)
        st.text_area("Notes", key=f"{prefix}_notes", height=80)
        show_error(prefix)
        st.form_submit_button(label, on_click=on_submit)


def _fill_contact(prefix: str, contact: Contact) -> None:
    if f"{prefix}_name" not in st.session_state:
        for f in _CONTACT_FIELDS:
            st.session_state[f"{prefix}_{f}"] = getattr(contact, f) or ""


def render_contacts(
    user_id: str, app_id: int, linked: Sequence[Contact], everyone: Sequence[Contact]
) -> None:
    """Linked contacts with edit and unlink, a new-contact form and a link-existing picker."""
    if not linked:
        st.info("No contacts yet. Add the recruiter or a referrer below, or link someone you know.")
    for contact in linked:
        cid = contact.id
        assert cid is not None
        line = " · ".join(x for x in (contact.role, contact.email, contact.phone) if x)
        with st.expander(md_escape(contact.name + (f" · {line}" if line else ""))):
            prefix = f"ct{cid}"
            _fill_contact(prefix, contact)

            def edit(cid: int = cid, prefix: str = prefix) -> None:
                _run(
                    prefix,
                    user_id,
                    lambda s: csvc.edit_contact(
                        session=s, user_id=user_id, contact_id=cid, data=_contact_in(prefix)
                    ),
                    "Contact saved.",
                )

            _contact_form(prefix, "Save contact", edit)
            st.button(
                "Unlink from this application",
                key=f"unlink_{cid}",
                on_click=_run,
                args=(
                    "contacts",
                    user_id,
                    lambda s, cid=cid: csvc.unlink_contact(
                        session=s, user_id=user_id, application_id=app_id, contact_id=cid
                    ),
                    "Contact unlinked.",
                ),
            )
    _link_existing(user_id, app_id, linked, everyone)
    with st.expander("Add a new contact", expanded=not linked):

        def add() -> None:
            _run(
                "newct",
                user_id,
                lambda s: csvc.add_contact(
                    session=s, user_id=user_id, application_id=app_id, data=_contact_in("newct")
                ),
                "Contact added.",
            )
            if not st.session_state.get("newct_errors"):
                for f in _CONTACT_FIELDS:
                    st.session_state[f"newct_{f}"] = ""

        _contact_form("newct", "Add contact", add)


def _link_existing(
    user_id: str, app_id: int, linked: Sequence[Contact], everyone: Sequence[Contact]
) -> None:
    linked_ids = {c.id for c in linked}
    others = {c.id: c for c in everyone if c.id not in linked_ids}
    if not others:
        return
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    left.selectbox(
        "Link someone you already know",
        options=list(others),
        format_func=lambda i: md_escape(f"{others[i].name} ({others[i].company or 'no company'})"),
        key="det_link_pick",
    )

    def link() -> None:
        cid = st.session_state.det_link_pick
        _run(
            "contacts",
            user_id,
            lambda s: csvc.link_contact(
                session=s, user_id=user_id, application_id=app_id, contact_id=cid
            ),
            "Contact linked.",
        )

    right.button("Link", key="det_link", on_click=link)
    show_error("contacts")


_INTERVIEW_FIELDS = ("round", "day", "at", "kind", "interviewers", "notes", "outcome")
KINDS = ("", "phone screen", "video", "technical", "take-home", "onsite", "final")


def _interview_in(prefix: str) -> isvc.InterviewIn:
    state = st.session_state
    day, at = state.get(f"{prefix}_day"), state.get(f"{prefix}_at")
    # Typed in the user's zone, stored in UTC; a time the clocks skip is refused by from_local.
    when = from_local(day, at or time(9), current_zone()) if day else None
    return isvc.InterviewIn(
        round=state.get(f"{prefix}_round", 1),
        scheduled_at=when,
        kind=state.get(f"{prefix}_kind", ""),
        interviewers=state.get(f"{prefix}_interviewers", ""),
        notes=state.get(f"{prefix}_notes", ""),
        outcome=state.get(f"{prefix}_outcome", ""),
    )


def _interview_form(prefix: str, label: str, on_submit: Callable[[], None]) -> None:
    with st.form(f"{prefix}_form", clear_on_submit=False):
        a, b, c = st.columns(3)
        a.number_input("Round", min_value=1, max_value=50, key=f"{prefix}_round")
        b.date_input("Date", value=None, key=f"{prefix}_day", format="YYYY-MM-DD")
        zone = current_zone()
        c.time_input(f"Time ({zone.key})", value=None, key=f"{prefix}_at", step=900)
        with c:
            show_error(prefix, "at")
        a.selectbox("Kind", KINDS, key=f"{prefix}_kind", accept_new_options=True)
        b.text_input("Interviewers", key=f"{prefix}_interviewers")
        c.selectbox("Outcome", ("", *isvc.OUTCOMES), key=f"{prefix}_outcome")
        st.text_area("Notes", key=f"{prefix}_notes", height=80)
        show_error(prefix)
        st.form_submit_button(label, on_click=on_submit)


def _fill_interview(prefix: str, item: Interview) -> None:
    if f"{prefix}_round" in st.session_state:
        return
    state = st.session_state
    state[f"{prefix}_round"] = item.round
    local = to_local(item.scheduled_at, current_zone()) if item.scheduled_at else None
    state[f"{prefix}_day"] = local.date() if local else None
    state[f"{prefix}_at"] = local.time().replace(tzinfo=None) if local else None
    for f in ("kind", "interviewers", "notes", "outcome"):
        state[f"{prefix}_{f}"] = getattr(item, f) or ""


def _when(item: Interview) -> str:
    return local_text(item.scheduled_at) if item.scheduled_at else "no date"


def render_interviews(user_id: str, app_id: int, items: Sequence[Interview]) -> None:
    """Each interview with edit and delete, then a form for the next one."""
    if not items:
        st.info("No interviews yet. Add one when it is scheduled, so its date shows up here.")
    for item in items:
        iid = item.id
        assert iid is not None
        title = f"Round {item.round} · {item.kind or 'interview'} · {_when(item)}"
        st.page_link(
            "app_pages/prep.py",
            label=f"Prepare for round {item.round}",
            icon=":material/school:",
            query_params={"app": str(app_id)},
        )
        with st.expander(md_escape(title + (f" · {item.outcome}" if item.outcome else ""))):
            prefix = f"iv{iid}"
            _fill_interview(prefix, item)

            def edit(iid: int = iid, prefix: str = prefix) -> None:
                _run(
                    prefix,
                    user_id,
                    lambda s: isvc.edit_interview(
                        session=s, user_id=user_id, interview_id=iid, data=_interview_in(prefix)
                    ),
                    "Interview saved.",
                    "Interviews",
                )

            _interview_form(prefix, "Save interview", edit)
            st.button(
                "Delete interview",
                key=f"del_{iid}",
                on_click=_run,
                args=(
                    "interviews",
                    user_id,
                    lambda s, iid=iid: isvc.delete_interview(
                        session=s, user_id=user_id, interview_id=iid
                    ),
                    "Interview deleted.",
                    "Interviews",
                ),
            )
    with st.expander("Add an interview", expanded=not items):
        st.session_state.setdefault("newiv_round", len(items) + 1)

        def add() -> None:
            _run(
                "newiv",
                user_id,
                lambda s: isvc.add_interview(
                    session=s, user_id=user_id, application_id=app_id, data=_interview_in("newiv")
                ),
                "Interview added.",
                "Interviews",
            )
            if not st.session_state.get("newiv_errors"):
                for f in _INTERVIEW_FIELDS:
                    st.session_state.pop(f"newiv_{f}", None)

        _interview_form("newiv", "Add interview", add)
