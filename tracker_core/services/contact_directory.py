"""Every contact across applications, with the applications each is linked to, searchable."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from tracker_core import repositories as repo
from tracker_core.models import Application, Contact


@dataclass(frozen=True)
class LinkedApplication:
    id: int
    title: str  # "Acme: Data Engineer"
    archived: bool


@dataclass(frozen=True)
class DirectoryEntry:
    contact: Contact
    applications: list[LinkedApplication]

    def text(self) -> str:
        """Everything a search looks through, in lower case."""
        c = self.contact
        parts = [c.name, c.role, c.company, c.email, c.phone, c.linkedin, c.notes]
        parts += [a.title for a in self.applications]
        return " ".join(p for p in parts if p).casefold()


def _linked(app: Application) -> LinkedApplication:
    assert app.id is not None
    return LinkedApplication(app.id, f"{app.company}: {app.position}", app.archived_at is not None)


def contact_directory(*, session: Session, user_id: str, query: str = "") -> list[DirectoryEntry]:
    """The user's contacts by name, each with its applications (trashed ones left out).

    Args:
        query: words that must all appear in the contact's fields or its applications' names.
    """
    apps = {
        a.id: _linked(a) for a in repo.list_undeleted_applications(session=session, user_id=user_id)
    }
    links: dict[int, list[LinkedApplication]] = {}
    for link in repo.list_contact_links(session=session, user_id=user_id):
        if link.application_id in apps:
            links.setdefault(link.contact_id, []).append(apps[link.application_id])
    entries = [
        DirectoryEntry(c, sorted(links.get(c.id or 0, []), key=lambda a: a.title.casefold()))
        for c in repo.list_contacts(session=session, user_id=user_id)
    ]
    words = query.casefold().split()
    return [e for e in entries if all(w in e.text() for w in words)]
