"""Notification preferences and log: the user's own (notifier_* in notifier.py)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from tracker_core.models import (
    NotificationLog,
    NotificationPref,
    User,
)

# --- notifications: the user's own preferences and log ----------------------------------


def get_user_row(*, session: Session, user_id: str) -> User | None:
    return session.exec(select(User).where(User.id == user_id)).first()


def list_notification_prefs(*, session: Session, user_id: str) -> Sequence[NotificationPref]:
    return session.exec(select(NotificationPref).where(NotificationPref.user_id == user_id)).all()


def set_notification_pref(
    *, session: Session, user_id: str, kind: str, enabled: bool, channel: str
) -> NotificationPref:
    """Insert or change one kind's preference; the caller commits."""
    pref = session.get(NotificationPref, (user_id, kind))
    if pref is None:
        pref = NotificationPref(user_id=user_id, kind=kind)
    pref.enabled, pref.channel = enabled, channel
    session.add(pref)
    return pref


def list_notification_log(
    *, session: Session, user_id: str, limit: int = 10, failed_only: bool = False
) -> Sequence[NotificationLog]:
    """The user's latest log rows, newest first (only the failed ones on request)."""
    query = select(NotificationLog).where(NotificationLog.user_id == user_id)
    if failed_only:
        query = query.where(col(NotificationLog.status).in_(("failed", "retry", "unknown")))
    return session.exec(
        query.order_by(col(NotificationLog.sent_at).desc(), col(NotificationLog.id).desc()).limit(
            limit
        )
    ).all()
