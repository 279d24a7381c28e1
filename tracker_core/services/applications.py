"""Applications: create, list and move between stages, recording every status change."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col

from tracker_core import clock
from tracker_core import repositories as repo
from tracker_core.errors import Conflict, InvalidInput
from tracker_core.errors import NotFound as NotFound
from tracker_core.models import (
    Application,
    ApplicationBase,
    ApplicationCreate,
    StatusChange,
)
from tracker_core.services import stages as stages_svc
from tracker_core.services import vector_sync
from tracker_core.services.moves import move_out_of_stage as move_out_of_stage
from tracker_core.services.moves import record_move as _record_move
from tracker_core.services.moves import touch as _touch
from tracker_core.services.user_zone import local_today
from tracker_core.services.vector_sync import VectorSync

TRASH_DAYS = 30
EDITABLE: frozenset[str] = frozenset(ApplicationBase.model_fields)


class InvalidStage(InvalidInput):
    """A status that is not one of the user's stages."""


class StaleEdit(Conflict, ValueError):
    """The application changed (in another tab, say) since the user loaded it."""


def _check_stage(session: Session, user_id: str, status: str) -> None:
    keys = stages_svc.stage_keys(session=session, user_id=user_id)
    if status not in keys:
        raise InvalidStage(f"'{status}' is not a stage. Pick one of: {', '.join(sorted(keys))}.")


def create_application(
    *, session: Session, user_id: str, vectors: VectorSync, data: ApplicationCreate
) -> Application:
    """Save a new application and its first status change in one transaction."""
    _check_stage(session, user_id, data.status)
    app = Application.model_validate(data, update={"user_id": user_id})
    if app.status != "saved" and app.applied_on is None:
        app.applied_on = local_today(session=session, user_id=user_id)  # the user's today
    session.add(app)
    session.flush()
    assert app.id is not None
    session.add(StatusChange(user_id=user_id, application_id=app.id, to_status=app.status))
    session.commit()
    session.refresh(app)
    vectors.application_saved(user_id, app)
    return app


def list_applications(*, session: Session, user_id: str) -> Sequence[Application]:
    return repo.list_applications(session=session, user_id=user_id)


SORTS: dict[str, tuple[Any, ...]] = {
    "updated": (col(Application.updated_at).desc(),),
    "deadline": (col(Application.deadline).is_(None), col(Application.deadline)),
    "company": (func.lower(col(Application.company)),),
    "priority": (col(Application.priority).desc(), col(Application.deadline)),
}


def list_for_table(
    *, session: Session, user_id: str, filters: repo.Filters, sort: str = "updated"
) -> Sequence[Application]:
    """Live applications matching the filters, in one of SORTS' orders."""
    return repo.list_filtered_applications(
        session=session,
        user_id=user_id,
        filters=filters,
        order_by=SORTS.get(sort, SORTS["updated"]),
    )


def page_for_table(
    *,
    session: Session,
    user_id: str,
    filters: repo.Filters,
    fields: Sequence[str],
    sort: str = "updated",
    limit: int,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """One page of list_for_table (same filters and order), these fields of each, and the
    number that match."""
    return repo.page_filtered_applications(
        session=session,
        user_id=user_id,
        filters=filters,
        fields=fields,
        order_by=SORTS.get(sort, SORTS["updated"]),
        limit=limit,
        offset=offset,
    )


def _owned(session: Session, user_id: str, ids: Sequence[int]) -> list[Application]:
    """All these applications, or NotFound when any is missing or someone else's."""
    apps = list(repo.get_applications(session=session, user_id=user_id, application_ids=ids))
    if len(apps) != len(set(ids)):
        raise NotFound("Some of these applications were not found.")
    return apps


def change_status(
    *, session: Session, user_id: str, application_id: int, to_status: str, note: str = ""
) -> Application:
    """Move an application to another stage; writes a StatusChange in the same transaction.

    NotFound for another user's application or one in the trash (restore it first).
    """
    _check_stage(session, user_id, to_status)
    app = repo.get_application(session=session, user_id=user_id, application_id=application_id)
    if app is None or app.deleted_at is not None:
        raise NotFound(f"Application {application_id} was not found.")
    if app.status == to_status:
        return app
    _record_move(session, app, to_status, note)
    session.commit()  # the session keeps what it wrote (expire_on_commit=False): no re-read
    return app


def move_many(*, session: Session, user_id: str, moves: Mapping[int, str]) -> dict[int, str]:
    """Move each application to its stage in one transaction; returns the stages they left."""
    keys = stages_svc.stage_keys(session=session, user_id=user_id)
    for status in set(moves.values()):
        if status not in keys:
            raise InvalidStage(f"'{status}' is not a stage.")
    previous: dict[int, str] = {}
    for app in _owned(session, user_id, list(moves)):
        assert app.id is not None
        if app.status != moves[app.id]:
            previous[app.id] = app.status
            _record_move(session, app, moves[app.id])
    session.commit()
    return previous


def update_fields(
    *,
    session: Session,
    user_id: str,
    vectors: VectorSync,
    application_id: int,
    changes: Mapping[str, Any],
    expected_version: int | None = None,
) -> Application:
    """Validate and save edited fields; a new status is recorded like any move.

    Raises pydantic's ValidationError (by field), InvalidStage, NotFound, or StaleEdit
    when `expected_version` is given and someone saved the application in between.
    """
    unknown = set(changes) - EDITABLE
    if unknown:
        raise InvalidInput(f"These fields cannot be edited: {', '.join(sorted(unknown))}.")
    (app,) = _owned(session, user_id, [application_id])
    if expected_version is not None and app.version != expected_version:
        raise StaleEdit(
            f"{app.company}: {app.position} was changed elsewhere (another tab?) since you "
            "opened it. Reload to see the latest, then make your edit again."
        )
    current = app.model_dump(include=set(EDITABLE))
    data = ApplicationCreate.model_validate({**current, **changes})
    if expected_version is not None:
        # Claim the row at the version the edit was made on with one conditional UPDATE, so two
        # saves racing from the same version cannot both win: the second finds it moved on.
        claimed = repo.update_application_if_version(
            session=session,
            user_id=user_id,
            application_id=application_id,
            expected_version=expected_version,
            values={},
        )
        if not claimed:
            session.rollback()
            raise StaleEdit(
                f"{data.company}: {data.position} was changed elsewhere (another tab?) since "
                "you opened it. Reload to see the latest, then make your edit again."
            )
        app.version = expected_version  # the claim wrote the next one; the touch below rewrites it
    new_status = data.status
    app.sqlmodel_update(data.model_dump(include=set(changes) - {"status"}))
    if new_status != app.status:
        _check_stage(session, user_id, new_status)
        _record_move(session, app, new_status)
    else:
        _touch(app)
    session.add(app)
    session.commit()
    session.refresh(app)
    if vector_sync.INDEXED_FIELDS & set(changes):
        vectors.application_saved(user_id, app)
    return app


def set_archived(
    *, session: Session, user_id: str, application_ids: Sequence[int], archived: bool
) -> int:
    """Archive (or bring back) these applications; returns how many changed."""
    return _set_stamp(session, user_id, application_ids, "archived_at", archived)


def set_deleted(
    *,
    session: Session,
    user_id: str,
    vectors: VectorSync,
    application_ids: Sequence[int],
    deleted: bool,
) -> int:
    """Move these applications to the trash (soft delete) or restore them."""
    changed = _set_stamp(session, user_id, application_ids, "deleted_at", deleted)
    for app in _owned(session, user_id, application_ids):
        vectors.application_saved(user_id, app)  # trashed: dropped; restored: indexed
    return changed


def _set_stamp(session: Session, user_id: str, ids: Sequence[int], field: str, on: bool) -> int:
    now = clock.now()
    changed = 0
    for app in _owned(session, user_id, ids):
        if (getattr(app, field) is not None) != on:
            setattr(app, field, now if on else None)
            _touch(app, now)
            session.add(app)
            changed += 1
    session.commit()
    return changed


def list_archived(*, session: Session, user_id: str) -> Sequence[Application]:
    """Archived applications, most recently archived first; Unarchive puts them back."""
    return repo.list_archived_applications(session=session, user_id=user_id)


def list_trash(
    *, session: Session, user_id: str, now: datetime | None = None
) -> Sequence[Application]:
    """Deleted applications that can still be restored (deleted in the last 30 days)."""
    since = (now or clock.now()) - timedelta(days=TRASH_DAYS)
    return repo.list_deleted_applications(session=session, user_id=user_id, since=since)


def trash_days_left(apps: Sequence[Application], *, now: datetime | None = None) -> dict[int, int]:
    """Days each trashed application can still be restored, by id (0: purged at next visit)."""
    at = now or clock.now()
    left: dict[int, int] = {}
    for app in apps:
        if app.id is None or app.deleted_at is None:
            continue
        deleted = app.deleted_at if app.deleted_at.tzinfo else app.deleted_at.replace(tzinfo=UTC)
        left[app.id] = max(0, TRASH_DAYS - (at - deleted).days)
    return left


def purge_trash(*, session: Session, user_id: str, now: datetime | None = None) -> int:
    """Delete for good what has been in the trash for more than 30 days."""
    before = (now or clock.now()) - timedelta(days=TRASH_DAYS)
    count = repo.purge_deleted_applications(session=session, user_id=user_id, before=before)
    session.commit()
    return count
