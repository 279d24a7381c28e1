"""Deleting an account: every row the user owns, their similarity points, then their sign-in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sqlmodel import Session

from tracker_core import repositories as repo
from tracker_core.errors import InvalidInput, NotFound, Unavailable
from tracker_core.services.vector_sync import VectorSync

DELETED = "Your account and everything in it were deleted."
SIGN_IN_REMAINS = (
    "Your account's data was deleted, but your sign-in (the email and password at Supabase) "
    "remains: this server has no SUPABASE_SERVICE_ROLE_KEY to remove it. Signing in again "
    "opens a new, empty account. To remove the sign-in, ask the operator to delete your user "
    "in the Supabase dashboard (Authentication > Users)."
)


class ConfirmationMismatch(InvalidInput):
    """The confirmation typed is not the account's email."""


class SignInNotDeleted(Unavailable):
    """The data was deleted, the sign-in was not: the sign-in service failed in between."""


class SignIns(Protocol):
    """Where sign-ins live (an AuthBackend): see AuthBackend.delete_sign_in."""

    def delete_sign_in(self, user_id: str) -> bool: ...


@dataclass(frozen=True)
class AccountDeleted:
    """The data is gone; `sign_in_deleted` says whether the sign-in went too, `detail` says so."""

    sign_in_deleted: bool
    detail: str


def delete_account(
    *, session: Session, user_id: str, vectors: VectorSync, sign_ins: SignIns, confirm: str
) -> AccountDeleted:
    """Delete the user and everything they own, once `confirm` is their account email.

    Args:
        session: a session of this user (on Postgres the delete runs under their policy).
        sign_ins: the auth backend; its sign-in for the user is deleted after the data.
        confirm: what the user typed to confirm; compared with the email, case and spaces aside.

    Returns:
        What was deleted. Raises SignInNotDeleted (the data is gone by then) when the sign-in
        service fails: signing in again and deleting once more finishes the job.

    Every user table references users.id with ON DELETE CASCADE, so one delete removes the
    applications, history, resumes, analyses, prep, notifications and API tokens together.
    The data goes first: a sign-in left behind can sign in and retry, data left behind a
    deleted sign-in could never be reached again.
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
    try:
        removed = sign_ins.delete_sign_in(user_id)
    except Unavailable as exc:
        raise SignInNotDeleted(
            "Your account's data was deleted, but your sign-in could not be removed: "
            f"{exc.message} Sign in again and delete the account once more to remove it."
        ) from exc
    return AccountDeleted(True, DELETED) if removed else AccountDeleted(False, SIGN_IN_REMAINS)
