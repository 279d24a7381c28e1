"""Did I already apply there? Earlier applications to the same company."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from tracker_core import clock
from tracker_core import repositories as repo
from tracker_core.models import Application

# Legal-form words that do not tell two companies apart ("Acme, Inc." is "Acme").
_SUFFIXES = frozenset(
    "inc incorporated corp corporation co company llc ltd limited plc gmbh ag sa sas bv nv "
    "srl spa oy ab as pty kk".split()
)


def normalise_company(name: str) -> str:
    """A comparable form of a company name: case, accents, punctuation and legal forms dropped."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = re.sub(r"[^a-z0-9]+", " ", text.replace("&", " and ")).split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return " ".join(words)


@dataclass(frozen=True)
class EarlierApplication:
    """One earlier application and a sentence saying when and how it went."""

    id: int
    company: str
    position: str
    status: str
    summary: str


def _ago(when: date, today: date) -> str:
    days = (today - when).days
    if days <= 0:
        return "today"
    if days < 14:
        return f"{days} day{'s' if days != 1 else ''} ago"
    if days < 60:
        return f"{days // 7} weeks ago"
    if days < 730:
        return f"{days // 30} months ago"
    return f"{days // 365} years ago"


def _summary(app: Application, today: date) -> str:
    if app.applied_on is not None:
        return f"{app.position}: applied {_ago(app.applied_on, today)}, {app.status}"
    return f"{app.position}: saved {_ago(app.created_at.date(), today)}, {app.status}"


def find_earlier(
    *, session: Session, user_id: str, company: str, today: date | None = None
) -> Sequence[EarlierApplication]:
    """The user's applications to the same company (normalised name), newest first."""
    key = normalise_company(company)
    if not key:
        return []
    today = today or clock.today()
    apps = repo.list_applications(session=session, user_id=user_id, include_archived=True)
    return [
        EarlierApplication(a.id, a.company, a.position, a.status, _summary(a, today))
        for a in apps
        if a.id is not None and normalise_company(a.company) == key
    ]
