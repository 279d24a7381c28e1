"""One history of an application: stage moves, contacts, interviews, analyses and edits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlmodel import Session

from tracker_core import repositories as repo
from tracker_core.localtime import as_utc
from tracker_core.services.details import get_application
from tracker_core.services.stages import list_stages

EventKind = Literal["stage", "contact", "interview", "analysis", "edit"]
# An edit within this of a recorded event is that event's own write, not a separate edit.
_SAME_WRITE = timedelta(seconds=2)


@dataclass(frozen=True)
class Event:
    """One thing that happened, in plain text (the page escapes it); `at` None: no date."""

    kind: EventKind
    at: datetime | None
    title: str
    note: str = ""


def _stage_name(key: str, labels: dict[str, str]) -> str:
    """A stage's name; a deleted stage of the user's own by its key, made readable."""
    return labels.get(key) or key.replace("_", " ").capitalize()


def application_history(*, session: Session, user_id: str, application_id: int) -> list[Event]:
    """Everything recorded about the application, newest first; undated interviews last.

    Contacts are dated by when the contact was created (links carry no time of their own);
    only the latest edit is known (the application's last update), and it is listed when it
    is not the write of another event.
    """
    s, u, a = session, user_id, application_id
    app = get_application(session=s, user_id=u, application_id=a)
    labels = {st.key: st.label for st in list_stages(session=s, user_id=u)}
    events: list[Event] = []
    for change in repo.list_status_changes(session=s, user_id=u, application_id=a):
        to = _stage_name(change.to_status, labels)
        title = (
            f"{_stage_name(change.from_status, labels)} → {to}"
            if change.from_status
            else f"Added as {to}"
        )
        events.append(Event("stage", as_utc(change.changed_at), title, change.note))
    for contact in repo.list_application_contacts(session=s, user_id=u, application_id=a):
        role = f" ({contact.role})" if contact.role else ""
        events.append(Event("contact", as_utc(contact.created_at), f"Contact {contact.name}{role}"))
    for item in repo.list_interviews(session=s, user_id=u, application_id=a):
        what = f"Interview round {item.round}" + (f" ({item.kind})" if item.kind else "")
        outcome = f"Outcome: {item.outcome}" if item.outcome else ""
        at = as_utc(item.scheduled_at) if item.scheduled_at else None
        events.append(Event("interview", at, what + ("" if at else ", no date yet"), outcome))
    for analysis in repo.list_application_analyses(session=s, user_id=u, application_id=a):
        title = f"Resume analysed: {analysis.score:.1f}/10"
        events.append(Event("analysis", as_utc(analysis.created_at), title, analysis.engine))
    edited = as_utc(app.updated_at)
    written = [e.at for e in events if e.at is not None and e.kind in ("stage", "contact")]
    if all(abs(edited - when) > _SAME_WRITE for when in [as_utc(app.created_at), *written]):
        events.append(Event("edit", edited, "Edited"))
    dated = sorted((e for e in events if e.at), key=lambda e: e.at or edited, reverse=True)
    return dated + [e for e in events if e.at is None]
