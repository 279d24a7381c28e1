"""Dated items of the user's live applications: deadlines, next actions and interviews."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_
from sqlmodel import Session, col, select

from tracker_core.models import Application, Interview


def _live(query: Any, user_id: str) -> Any:
    return query.where(
        col(Application.user_id) == user_id,
        col(Application.deleted_at).is_(None),
        col(Application.archived_at).is_(None),
    )


def list_dated_applications(
    *, session: Session, user_id: str, start: date | None = None, end: date | None = None
) -> Sequence[Application]:
    """Live applications with a deadline or a next-action date in [start, end] (open ends)."""
    deadline, action = col(Application.deadline), col(Application.next_action_on)
    conditions = []
    for column in (deadline, action):
        cond: Any = column.is_not(None)
        if start is not None:
            cond = cond & (column >= start)
        if end is not None:
            cond = cond & (column <= end)
        conditions.append(cond)
    query = _live(select(Application), user_id).where(or_(*conditions))
    rows: Sequence[Application] = session.exec(query.order_by(col(Application.id))).all()
    return rows


def list_dated_interviews(
    *,
    session: Session,
    user_id: str,
    start: datetime | None = None,
    end: datetime | None = None,
) -> Sequence[tuple[Interview, Application]]:
    """Scheduled interviews of live applications in [start, end) with their application."""
    at = col(Interview.scheduled_at)
    query: Any = _live(
        select(Interview, Application)
        .join(Application, col(Application.id) == col(Interview.application_id))
        .where(col(Interview.user_id) == user_id, at.is_not(None)),
        user_id,
    )
    if start is not None:
        query = query.where(at >= start)
    if end is not None:
        query = query.where(at < end)
    rows: Sequence[tuple[Interview, Application]] = session.exec(
        query.order_by(at, col(Interview.id))
    ).all()
    return rows
