"""Interview prep: stories, saved questions and practice attempts."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from tracker_core.models import (
    PracticeAttempt,
    PrepQuestion,
    PrepStory,
)

# --- interview prep ----------------------------------------------------------------------


def list_prep_stories(*, session: Session, user_id: str) -> Sequence[PrepStory]:
    """The user's stories, newest first."""
    return session.exec(
        select(PrepStory)
        .where(PrepStory.user_id == user_id)
        .order_by(col(PrepStory.updated_at).desc(), col(PrepStory.id).desc())
    ).all()


def get_prep_story(*, session: Session, user_id: str, story_id: int) -> PrepStory | None:
    return session.exec(
        select(PrepStory).where(PrepStory.id == story_id, PrepStory.user_id == user_id)
    ).first()


def list_practice_attempts(
    *, session: Session, user_id: str, application_id: int | None = None
) -> Sequence[PracticeAttempt]:
    """The user's practice attempts (for one application when given), oldest first."""
    query = select(PracticeAttempt).where(PracticeAttempt.user_id == user_id)
    if application_id is not None:
        query = query.where(PracticeAttempt.application_id == application_id)
    return session.exec(
        query.order_by(col(PracticeAttempt.created_at), col(PracticeAttempt.id))
    ).all()


def get_practice_attempt(
    *, session: Session, user_id: str, attempt_id: int
) -> PracticeAttempt | None:
    return session.exec(
        select(PracticeAttempt).where(
            PracticeAttempt.id == attempt_id, PracticeAttempt.user_id == user_id
        )
    ).first()


def list_prep_questions(
    *,
    session: Session,
    user_id: str,
    application_id: int | None = None,
    interview_id: int | None = None,
) -> Sequence[PrepQuestion]:
    """Saved questions of the user, of one application and/or interview when given."""
    query = select(PrepQuestion).where(PrepQuestion.user_id == user_id)
    if application_id is not None:
        query = query.where(PrepQuestion.application_id == application_id)
    if interview_id is not None:
        query = query.where(PrepQuestion.interview_id == interview_id)
    return session.exec(query.order_by(col(PrepQuestion.id))).all()
