"""Deleting an account: every row the user owns, then their similarity points."""

from __future__ import annotations

from sqlmodel import Session

from tracker_core import repositories as repo
from tracker_core.errors import InvalidInput, NotFound
from tracker_core.services.vector_sync import VectorSync


class ConfirmationMismatch(InvalidInput):
    """The confirmation typed is not the account's email."""


def delete_account(*, session: Session, user_id: str, vectors: VectorSync, confirm: str) -> None:
    """Delete the user and everything they own, once `confirm` is their account email.

    Args:
        session: a session of this user (on Postgres the delete runs under their policy).
        confirm: what the user typed to confirm; compared with the email, case and spaces aside.

    Every user table references users.id with ON DELETE CASCADE, so one delete removes the
    applications, history, resumes, analyses, prep, notifications and API tokens together.
    """
    user = repo.get_user(session=session, user_id=user_id)
    if user is None:
        raise NotFound("This account no longer exists.")
    if confirm.strip().lower() != user.email.lower():
        raise ConfirmationMismatch(
            "Type the account's email address exactly to confirm.", field="confirm"
        )
    app_ids = [a.id for a in repo.list_all_applications(session=session, user_id=user_id) if a.id]
    resume_ids = [r.id for r in repo.list_resumes(session=session, user_id=user_id) if r.id]
    repo.delete_user(session=session, user_id=user_id)
    session.commit()
    vectors.applications_deleted(user_id, app_ids)
    for resume_id in resume_ids:
        vectors.resume_deleted(user_id, resume_id)
