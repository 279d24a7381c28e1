"""Undo: one typed record of what a board or table action did, and the way to reverse it.

An action here (move, archive, trash) does the change and returns an `UndoRecord`; the UI
keeps only that record and hands it back to `undo()`. A reversed move is recorded in the
timeline like any other move.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from sqlmodel import Session

from tracker_core.services import applications as apps
from tracker_core.services.vector_sync import VectorSync

Action = Literal["move", "archive", "trash"]


@dataclass(frozen=True)
class UndoRecord:
    """What was done, to which applications, and what they were before."""

    action: Action
    application_ids: tuple[int, ...]
    previous_statuses: Mapping[int, str] = field(default_factory=dict)  # id -> stage left
    done: str = ""  # "Moved Acme: Dev to Interview.", shown beside the Undo button
    undone: str = ""  # "Moved Acme: Dev back to Applied.", shown once undone

    def described(self, done: str, undone: str = "") -> UndoRecord:
        """The same record with the words the UI shows for it."""
        return replace(self, done=done, undone=undone)


def move(*, session: Session, user_id: str, moves: Mapping[int, str]) -> UndoRecord:
    """Move each application to its stage in one transaction; the record holds the old ones."""
    previous = apps.move_many(session=session, user_id=user_id, moves=moves)
    return UndoRecord("move", tuple(moves), dict(previous))


def archive(*, session: Session, user_id: str, application_ids: Sequence[int]) -> UndoRecord:
    """Archive these applications."""
    apps.set_archived(
        session=session, user_id=user_id, application_ids=application_ids, archived=True
    )
    return UndoRecord("archive", tuple(application_ids))


def trash(
    *, session: Session, user_id: str, application_ids: Sequence[int], vectors: VectorSync
) -> UndoRecord:
    """Move these applications to the trash (restorable for apps.TRASH_DAYS days)."""
    apps.set_deleted(
        session=session,
        user_id=user_id,
        application_ids=application_ids,
        deleted=True,
        vectors=vectors,
    )
    return UndoRecord("trash", tuple(application_ids))


def undo(*, session: Session, user_id: str, record: UndoRecord, vectors: VectorSync) -> None:
    """Put the applications back as the record found them; NotFound if one is gone."""
    ids = list(record.application_ids)
    if record.action == "move":
        apps.move_many(session=session, user_id=user_id, moves=record.previous_statuses)
    elif record.action == "archive":
        apps.set_archived(session=session, user_id=user_id, application_ids=ids, archived=False)
    else:
        apps.set_deleted(
            session=session, user_id=user_id, application_ids=ids, deleted=False, vectors=vectors
        )
