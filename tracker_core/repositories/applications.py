"""Applications, their stages and status history: reads and the one-statement writes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, insert, or_, update
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from tracker_core.models import (
    Application,
    ApplicationTag,
    CustomStage,
    StatusChange,
)


def list_applications(
    *, session: Session, user_id: str, include_archived: bool = False
) -> Sequence[Application]:
    """The user's applications, newest first; deleted ones never, archived ones on request."""
    query = select(Application).where(
        Application.user_id == user_id, col(Application.deleted_at).is_(None)
    )
    if not include_archived:
        query = query.where(col(Application.archived_at).is_(None))
    query = query.order_by(col(Application.updated_at).desc(), col(Application.id).desc())
    return session.exec(query).all()


def get_application(*, session: Session, user_id: str, application_id: int) -> Application | None:
    return session.exec(
        select(Application).where(Application.id == application_id, Application.user_id == user_id)
    ).first()


@dataclass(frozen=True)
class Filters:
    """What the board and the table narrow the user's applications down to."""

    stages: tuple[str, ...] = ()
    company: str = ""
    source: str = ""
    deadline_from: date | None = None
    deadline_to: date | None = None
    text: str = ""
    tag: str = ""  # "" for any; otherwise only applications carrying this tag


def _filtered(query: Any, filters: Filters) -> Any:
    if filters.tag:
        tagged = select(ApplicationTag.application_id).where(
            ApplicationTag.user_id == Application.user_id, ApplicationTag.name == filters.tag
        )
        query = query.where(col(Application.id).in_(tagged))
    if filters.stages:
        query = query.where(col(Application.status).in_(filters.stages))
    if filters.company.strip():
        query = query.where(col(Application.company).ilike(f"%{filters.company.strip()}%"))
    if filters.source.strip():
        query = query.where(col(Application.source).ilike(f"%{filters.source.strip()}%"))
    if filters.deadline_from is not None:
        query = query.where(col(Application.deadline) >= filters.deadline_from)
    if filters.deadline_to is not None:
        query = query.where(col(Application.deadline) <= filters.deadline_to)
    if text := filters.text.strip():
        like = f"%{text}%"
        query = query.where(
            or_(
                col(Application.company).ilike(like),
                col(Application.position).ilike(like),
                col(Application.notes).ilike(like),
            )
        )
    return query


def list_board_rows(*, session: Session, user_id: str, filters: Filters) -> Sequence[Any]:
    """Card fields and the time of the last status change, for live applications, one query."""
    last = (
        select(
            col(StatusChange.application_id).label("application_id"),
            func.max(StatusChange.changed_at).label("last_change"),
        )
        .where(StatusChange.user_id == user_id)
        .group_by(col(StatusChange.application_id))
        .subquery()
    )
    query = (
        sa_select(
            col(Application.id),
            col(Application.company),
            col(Application.position),
            col(Application.status),
            col(Application.deadline),
            col(Application.priority),
            col(Application.is_sample),
            col(Application.updated_at),
            last.c.last_change,
            col(Application.location),
            col(Application.remote),
            col(Application.salary_min),
            col(Application.salary_max),
            col(Application.salary_currency),
            col(Application.salary_period),
            col(Application.next_action),
            col(Application.next_action_on),
        )
        .outerjoin(last, last.c.application_id == Application.id)
        .where(
            col(Application.user_id) == user_id,
            col(Application.deleted_at).is_(None),
            col(Application.archived_at).is_(None),
        )
    )
    return session.execute(_filtered(query, filters)).all()


def list_filtered_applications(
    *, session: Session, user_id: str, filters: Filters, order_by: Sequence[Any] = ()
) -> Sequence[Application]:
    """Live applications matching the filters, in the given order (newest change first)."""
    query = select(Application).where(
        Application.user_id == user_id,
        col(Application.deleted_at).is_(None),
        col(Application.archived_at).is_(None),
    )
    query = _filtered(query, filters)
    order = tuple(order_by) or (col(Application.updated_at).desc(),)
    rows: Sequence[Application] = session.exec(
        query.order_by(*order, col(Application.id).desc())
    ).all()
    return rows


def page_filtered_applications(
    *,
    session: Session,
    user_id: str,
    filters: Filters,
    fields: Sequence[str],
    order_by: Sequence[Any] = (),
    limit: int,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """One page of list_filtered_applications, in the same order, as {field: value} of these
    columns (no ORM objects: a page is read, not edited), and how many match in all."""
    live = (
        col(Application.user_id) == user_id,
        col(Application.deleted_at).is_(None),
        col(Application.archived_at).is_(None),
    )
    table = Application.__table__  # type: ignore[attr-defined]
    query = _filtered(sa_select(*(table.c[name] for name in fields)).where(*live), filters)
    order = tuple(order_by) or (col(Application.updated_at).desc(),)
    page = query.order_by(*order, col(Application.id).desc()).limit(limit).offset(offset)
    rows = [dict(zip(fields, row, strict=True)) for row in session.execute(page)]
    counted = _filtered(select(func.count()).select_from(Application).where(*live), filters)
    return rows, int(session.exec(counted).one())


def get_applications(
    *, session: Session, user_id: str, application_ids: Sequence[int]
) -> Sequence[Application]:
    """The user's applications among these ids (deleted and archived ones included)."""
    return session.exec(
        select(Application).where(
            Application.user_id == user_id, col(Application.id).in_(application_ids)
        )
    ).all()


def list_archived_applications(*, session: Session, user_id: str) -> Sequence[Application]:
    """The user's archived applications (not in the trash), most recently archived first."""
    return session.exec(
        select(Application)
        .where(
            Application.user_id == user_id,
            col(Application.archived_at).is_not(None),
            col(Application.deleted_at).is_(None),
        )
        .order_by(col(Application.archived_at).desc(), col(Application.id).desc())
    ).all()


def list_deleted_applications(
    *, session: Session, user_id: str, since: datetime
) -> Sequence[Application]:
    """The user's trash: applications deleted after `since`, most recent first."""
    return session.exec(
        select(Application)
        .where(Application.user_id == user_id, col(Application.deleted_at) >= since)
        .order_by(col(Application.deleted_at).desc())
    ).all()


def purge_deleted_applications(*, session: Session, user_id: str, before: datetime) -> int:
    """Delete for good the user's applications deleted before `before`; returns how many."""
    result = session.execute(
        delete(Application).where(
            col(Application.user_id) == user_id, col(Application.deleted_at) < before
        )
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def delete_sample_applications(*, session: Session, user_id: str) -> int:
    """Delete for good the user's sample applications; returns how many."""
    result = session.execute(
        delete(Application).where(
            col(Application.user_id) == user_id, col(Application.is_sample).is_(True)
        )
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def count_live_applications(*, session: Session, user_id: str) -> int:
    return session.exec(
        select(func.count())
        .select_from(Application)
        .where(Application.user_id == user_id, col(Application.deleted_at).is_(None))
    ).one()


def list_applications_in_stage(
    *, session: Session, user_id: str, status: str
) -> Sequence[Application]:
    """Every application of the user in this stage, archived and trashed ones included."""
    return session.exec(
        select(Application).where(Application.user_id == user_id, Application.status == status)
    ).all()


def list_custom_stages(*, session: Session, user_id: str) -> Sequence[CustomStage]:
    return session.exec(
        select(CustomStage)
        .where(CustomStage.user_id == user_id)
        .order_by(col(CustomStage.position), col(CustomStage.id))
    ).all()


def list_status_changes(
    *, session: Session, user_id: str, application_id: int
) -> Sequence[StatusChange]:
    return session.exec(
        select(StatusChange)
        .where(StatusChange.user_id == user_id, StatusChange.application_id == application_id)
        .order_by(col(StatusChange.changed_at), col(StatusChange.id))
    ).all()


def list_all_status_changes(*, session: Session, user_id: str) -> Sequence[StatusChange]:
    """Every status change the user owns, oldest first."""
    return session.exec(
        select(StatusChange)
        .where(StatusChange.user_id == user_id)
        .order_by(col(StatusChange.changed_at), col(StatusChange.id))
    ).all()


def list_all_applications(*, session: Session, user_id: str) -> Sequence[Application]:
    """Every application the user owns, archived and deleted included, oldest first."""
    return session.exec(
        select(Application).where(Application.user_id == user_id).order_by(col(Application.id))
    ).all()


def list_application_keys(
    *, session: Session, user_id: str
) -> Sequence[tuple[str, str, date | None, str | None]]:
    """(company, position, applied_on, url) of every application the user owns; cheap to load."""
    rows = session.exec(
        select(
            col(Application.company),
            col(Application.position),
            col(Application.applied_on),
            col(Application.url),
        ).where(Application.user_id == user_id)
    ).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]


# --- writes that are one statement ----------------------------------------------------------


def update_application_if_version(
    *,
    session: Session,
    user_id: str,
    application_id: int,
    expected_version: int,
    values: Mapping[str, Any],
) -> bool:
    """One conditional UPDATE that bumps the version; False when the row was not at that version.

    Two tabs saving at the same moment cannot both win. The caller commits (or rolls back).
    """
    result = session.execute(
        update(Application)
        .where(
            col(Application.id) == application_id,
            col(Application.user_id) == user_id,
            col(Application.version) == expected_version,
        )
        .values(**values, version=expected_version + 1)
    )
    return int(getattr(result, "rowcount", 0)) == 1


def _owned_rows(user_id: str, rows: Sequence[Mapping[str, Any]]) -> None:
    if any(row["user_id"] != user_id for row in rows):
        raise ValueError("Every row must belong to the user it is inserted for.")


def insert_applications(
    *, session: Session, user_id: str, rows: Sequence[Mapping[str, Any]]
) -> list[int]:
    """Bulk INSERT ... RETURNING of the user's application rows; their ids in the same order."""
    _owned_rows(user_id, rows)
    if not rows:
        return []
    # On the table, not the ORM class: the ORM's bulk path spent 3 s of a 5,000-row import
    # splicing RETURNING rows back together; Core's insertmanyvalues does the same in one.
    table: Any = Application.__table__  # type: ignore[attr-defined]
    ids = (
        session.connection()
        .scalars(insert(table).returning(table.c.id, sort_by_parameter_order=True), list(rows))
        .all()
    )
    out = [i for i in ids if i is not None]
    assert len(out) == len(rows)
    return out


def insert_status_changes(
    *, session: Session, user_id: str, rows: Sequence[Mapping[str, Any]]
) -> None:
    """Bulk INSERT of the user's status-change rows."""
    _owned_rows(user_id, rows)
    if rows:
        session.connection().execute(insert(StatusChange.__table__), list(rows))  # type: ignore[attr-defined]


def list_sample_application_ids(*, session: Session, user_id: str) -> list[int]:
    """The ids of the user's sample applications."""
    ids = session.exec(
        select(Application.id).where(
            Application.user_id == user_id, col(Application.is_sample).is_(True)
        )
    ).all()
    return [i for i in ids if i is not None]


# --- for the similarity index ----------------------------------------------------------------


def list_undeleted_applications(*, session: Session, user_id: str) -> Sequence[Application]:
    """The user's applications that are not deleted, archived ones included, oldest first."""
    return session.exec(
        select(Application)
        .where(Application.user_id == user_id, col(Application.deleted_at).is_(None))
        .order_by(col(Application.id))
    ).all()


def list_custom_stage_keys(
    *, session: Session, user_id: str, funnel_steps: Sequence[str]
) -> set[str]:
    """Keys of the user's own stages mapped to one of these funnel steps."""
    stmt = select(CustomStage.key).where(
        CustomStage.user_id == user_id, col(CustomStage.funnel_step).in_(funnel_steps)
    )
    return set(session.exec(stmt))
