"""Tags on applications: the user's labels, one row per application and tag."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete
from sqlmodel import Session, col, select

from tracker_core.models import ApplicationTag


def list_application_tags(*, session: Session, user_id: str, application_id: int) -> list[str]:
    """One application's tags, by name."""
    rows = session.exec(
        select(ApplicationTag.name)
        .where(ApplicationTag.user_id == user_id, ApplicationTag.application_id == application_id)
        .order_by(col(ApplicationTag.name))
    )
    return list(rows)


def list_tag_names(*, session: Session, user_id: str) -> list[str]:
    """Every tag the user has used, by name."""
    rows = session.exec(
        select(ApplicationTag.name)
        .where(ApplicationTag.user_id == user_id)
        .distinct()
        .order_by(col(ApplicationTag.name))
    )
    return list(rows)


def list_all_tags(*, session: Session, user_id: str) -> Sequence[ApplicationTag]:
    """Every (application, tag) row of the user's, for the export."""
    return session.exec(
        select(ApplicationTag)
        .where(ApplicationTag.user_id == user_id)
        .order_by(col(ApplicationTag.application_id), col(ApplicationTag.name))
    ).all()


def list_tagged_application_ids(*, session: Session, user_id: str, name: str) -> set[int]:
    """The ids of the user's applications carrying this tag."""
    rows = session.exec(
        select(ApplicationTag.application_id).where(
            ApplicationTag.user_id == user_id, ApplicationTag.name == name
        )
    )
    return set(rows)


def add_application_tags(
    *, session: Session, user_id: str, application_id: int, names: Iterable[str]
) -> None:
    for name in names:
        session.add(ApplicationTag(user_id=user_id, application_id=application_id, name=name))


def remove_application_tags(
    *, session: Session, user_id: str, application_id: int, names: Iterable[str]
) -> None:
    session.execute(
        delete(ApplicationTag).where(
            col(ApplicationTag.user_id) == user_id,
            col(ApplicationTag.application_id) == application_id,
            col(ApplicationTag.name).in_(list(names)),
        )
    )
