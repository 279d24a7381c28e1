"""Tags on applications: set on the detail page, filtered by on the board, table and stats."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session

from tracker_core import repositories as repo
from tracker_core.errors import InvalidInput
from tracker_core.services.details import get_application

MAX_TAG_CHARS = 50
MAX_TAGS = 20


def clean_tag(name: str) -> str:
    """A tag as stored: trimmed, inner spaces collapsed, lower case ("Remote " -> "remote")."""
    tag = " ".join(name.split()).lower()
    if not tag:
        raise InvalidInput("A tag needs at least one letter or digit.", field="tags")
    if len(tag) > MAX_TAG_CHARS:
        raise InvalidInput(f"A tag is at most {MAX_TAG_CHARS} characters.", field="tags")
    return tag


def tags_of(*, session: Session, user_id: str, application_id: int) -> list[str]:
    return repo.list_application_tags(
        session=session, user_id=user_id, application_id=application_id
    )


def all_tags(*, session: Session, user_id: str) -> list[str]:
    """Every tag the user has put on an application, for pickers and filters."""
    return repo.list_tag_names(session=session, user_id=user_id)


def set_tags(
    *, session: Session, user_id: str, application_id: int, names: Iterable[str]
) -> list[str]:
    """Make the application's tags exactly `names` (cleaned); returns them sorted."""
    get_application(session=session, user_id=user_id, application_id=application_id)
    wanted = sorted({clean_tag(n) for n in names})
    if len(wanted) > MAX_TAGS:
        raise InvalidInput(f"An application takes at most {MAX_TAGS} tags.", field="tags")
    have = set(tags_of(session=session, user_id=user_id, application_id=application_id))
    repo.remove_application_tags(
        session=session, user_id=user_id, application_id=application_id, names=have - set(wanted)
    )
    repo.add_application_tags(
        session=session,
        user_id=user_id,
        application_id=application_id,
        names=[t for t in wanted if t not in have],
    )
    session.commit()
    return wanted


def tagged_ids(*, session: Session, user_id: str, tag: str) -> set[int]:
    """The ids of the user's applications with this tag."""
    return repo.list_tagged_application_ids(session=session, user_id=user_id, name=tag)
