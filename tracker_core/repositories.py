"""Queries; every function takes the current user's id and touches only that user's rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, insert, or_, update
from sqlalchemy import select as sa_select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from tracker_core.models import (
    CLOSED_STAGES,
    Analysis,
    Application,
    ApplicationContact,
    Contact,
    CustomStage,
    Interview,
    NotificationLog,
    NotificationPref,
    PracticeAttempt,
    PrepQuestion,
    PrepStory,
    Resume,
    StatusChange,
    User,
    VectorStaleMark,
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


def _filtered(query: Any, filters: Filters) -> Any:
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


# --- detail view, contacts, interviews, transfer (issue 3, part B) -------------------------


def list_contacts(*, session: Session, user_id: str) -> Sequence[Contact]:
    """All the user's contacts, by name."""
    return session.exec(
        select(Contact).where(Contact.user_id == user_id).order_by(col(Contact.name))
    ).all()


def get_contact(*, session: Session, user_id: str, contact_id: int) -> Contact | None:
    return session.exec(
        select(Contact).where(Contact.id == contact_id, Contact.user_id == user_id)
    ).first()


def list_application_contacts(
    *, session: Session, user_id: str, application_id: int
) -> Sequence[Contact]:
    """The contacts linked to one application."""
    return session.exec(
        select(Contact)
        .join(ApplicationContact, col(ApplicationContact.contact_id) == col(Contact.id))
        .where(
            ApplicationContact.user_id == user_id,
            ApplicationContact.application_id == application_id,
            Contact.user_id == user_id,
        )
        .order_by(col(Contact.name))
    ).all()


def get_contact_link(
    *, session: Session, user_id: str, application_id: int, contact_id: int
) -> ApplicationContact | None:
    return session.exec(
        select(ApplicationContact).where(
            ApplicationContact.user_id == user_id,
            ApplicationContact.application_id == application_id,
            ApplicationContact.contact_id == contact_id,
        )
    ).first()


def list_contact_links(*, session: Session, user_id: str) -> Sequence[ApplicationContact]:
    return session.exec(
        select(ApplicationContact).where(ApplicationContact.user_id == user_id)
    ).all()


def list_interviews(
    *, session: Session, user_id: str, application_id: int | None = None
) -> Sequence[Interview]:
    """The user's interviews (of one application when given), by round then date."""
    query = select(Interview).where(Interview.user_id == user_id)
    if application_id is not None:
        query = query.where(Interview.application_id == application_id)
    return session.exec(
        query.order_by(col(Interview.application_id), col(Interview.round), col(Interview.id))
    ).all()


def get_interview(*, session: Session, user_id: str, interview_id: int) -> Interview | None:
    return session.exec(
        select(Interview).where(Interview.id == interview_id, Interview.user_id == user_id)
    ).first()


def get_resume(*, session: Session, user_id: str, resume_id: int) -> Resume | None:
    return session.exec(
        select(Resume).where(Resume.id == resume_id, Resume.user_id == user_id)
    ).first()


def list_resumes(*, session: Session, user_id: str) -> Sequence[Resume]:
    return session.exec(
        select(Resume).where(Resume.user_id == user_id).order_by(col(Resume.id))
    ).all()


def list_resumes_newest_first(*, session: Session, user_id: str) -> Sequence[Resume]:
    """Every version of the user's resumes, newest upload first."""
    return session.exec(
        select(Resume)
        .where(Resume.user_id == user_id)
        .order_by(col(Resume.uploaded_at).desc(), col(Resume.id).desc())
    ).all()


def latest_versions(rows: Sequence[Resume]) -> list[Resume]:
    """The newest version of each label, from rows sorted newest first."""
    seen: set[str] = set()
    latest = []
    for row in rows:
        if row.label not in seen:
            seen.add(row.label)
            latest.append(row)
    return latest


def list_latest_resumes(*, session: Session, user_id: str) -> list[Resume]:
    """The newest version of each of the user's resumes, newest first."""
    return latest_versions(list_resumes_newest_first(session=session, user_id=user_id))


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


# --- analyses -------------------------------------------------------------------------------


def list_analyses_for_input(
    *, session: Session, user_id: str, input_hash: str
) -> Sequence[Analysis]:
    """The user's analyses of exactly this input, newest first."""
    return session.exec(
        select(Analysis)
        .where(Analysis.user_id == user_id, Analysis.input_hash == input_hash)
        .order_by(col(Analysis.created_at).desc())
    ).all()


def list_application_analyses(
    *, session: Session, user_id: str, application_id: int
) -> Sequence[Analysis]:
    """The analyses of one application, oldest first."""
    return session.exec(
        select(Analysis)
        .where(Analysis.user_id == user_id, Analysis.application_id == application_id)
        .order_by(col(Analysis.created_at), col(Analysis.id))
    ).all()


def list_recent_analyses(*, session: Session, user_id: str, limit: int) -> Sequence[Analysis]:
    """The user's latest analyses, newest first."""
    return session.exec(
        select(Analysis)
        .where(Analysis.user_id == user_id)
        .order_by(col(Analysis.created_at).desc())
        .limit(limit)
    ).all()


def get_analysis(*, session: Session, user_id: str, analysis_id: int) -> Analysis | None:
    return session.exec(
        select(Analysis).where(Analysis.id == analysis_id, Analysis.user_id == user_id)
    ).first()


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
    ids = session.scalars(
        insert(Application).returning(col(Application.id), sort_by_parameter_order=True),
        list(rows),
    ).all()
    out = [i for i in ids if i is not None]
    assert len(out) == len(rows)
    return out


def insert_status_changes(
    *, session: Session, user_id: str, rows: Sequence[Mapping[str, Any]]
) -> None:
    """Bulk INSERT of the user's status-change rows."""
    _owned_rows(user_id, rows)
    if rows:
        session.execute(insert(StatusChange), list(rows))


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


# --- users ----------------------------------------------------------------------------------
# Signing in finds the user id, so these two are the only functions here not given one; they run
# in a system session (db.system_session) before anyone is signed in, or for the command line.


def get_user_by_email(*, session: Session, email: str) -> User | None:
    return session.exec(select(User).where(User.email == email)).first()


def find_user_id(*, session: Session, email_or_id: str) -> str | None:
    """The id of the user with this email (any case) or id."""
    stmt = select(User.id).where(
        (col(User.email) == email_or_id.strip().lower()) | (col(User.id) == email_or_id)
    )
    return session.exec(stmt).first()


def list_user_ids(*, session: Session) -> list[str]:
    """Every user's id, oldest account first (a system session only)."""
    return list(session.exec(select(User.id).order_by(col(User.created_at))))


def get_user(*, session: Session, user_id: str) -> User | None:
    return session.get(User, user_id)


# --- similarity index: users whose points need a rebuild ------------------------------------


def mark_vectors_stale(*, session: Session, user_id: str, when: datetime) -> None:
    """Remember that the user's points missed a change; marking twice keeps one row.

    INSERT ... ON CONFLICT, so two replicas marking the same user at once both succeed.
    """
    values = {"user_id": user_id, "marked_at": when}
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        stmt: Any = pg_insert(VectorStaleMark).values(**values)
    else:
        stmt = sqlite_insert(VectorStaleMark).values(**values)
    session.execute(
        stmt.on_conflict_do_update(index_elements=["user_id"], set_={"marked_at": when})
    )


def is_vectors_stale(*, session: Session, user_id: str) -> bool:
    stmt = select(VectorStaleMark.user_id).where(VectorStaleMark.user_id == user_id)
    return session.exec(stmt).first() is not None


def clear_vectors_stale(*, session: Session, user_id: str) -> None:
    session.execute(delete(VectorStaleMark).where(col(VectorStaleMark.user_id) == user_id))


def clear_all_vectors_stale(*, session: Session) -> None:
    """Forget every user's mark (after a rebuild of everyone; a system session only)."""
    session.execute(delete(VectorStaleMark))


# --- stats (appended by the stats branch) ------------------------------------------------


def list_stats_applications(
    *, session: Session, user_id: str
) -> Sequence[tuple[int, str, str | None, int | None, date | None]]:
    """(id, status, source, resume_id, applied_on) of every counted application: live and
    archived, never deleted ones or samples."""
    rows = session.execute(
        sa_select(
            col(Application.id),
            col(Application.status),
            col(Application.source),
            col(Application.resume_id),
            col(Application.applied_on),
        ).where(
            col(Application.user_id) == user_id,
            col(Application.deleted_at).is_(None),
            col(Application.is_sample).is_(False),
        )
    ).all()
    return rows  # Row is a tuple


def list_stats_changes(*, session: Session, user_id: str) -> Sequence[tuple[int, str, datetime]]:
    """(application_id, to_status, changed_at) of every status change the user owns, by
    application and time; ix_status_changes_user_app_time alone answers it."""
    rows = session.execute(
        sa_select(
            col(StatusChange.application_id),
            col(StatusChange.to_status),
            col(StatusChange.changed_at),
        )
        .where(col(StatusChange.user_id) == user_id)
        .order_by(
            col(StatusChange.application_id), col(StatusChange.changed_at), col(StatusChange.id)
        )
    ).all()
    return rows  # Row is a tuple


def get_weekly_goal(*, session: Session, user_id: str) -> int | None:
    return session.execute(
        sa_select(col(User.weekly_goal)).where(col(User.id) == user_id)
    ).scalar_one_or_none()


def set_weekly_goal(*, session: Session, user_id: str, goal: int | None) -> None:
    user = session.get(User, user_id)
    if user is not None:
        user.weekly_goal = goal
        session.add(user)


def list_stats_sources(*, session: Session, user_id: str) -> Sequence[str | None]:
    """The distinct sources of the user's counted applications (the stats page's filter)."""
    return (
        session.execute(
            sa_select(col(Application.source))
            .where(
                col(Application.user_id) == user_id,
                col(Application.deleted_at).is_(None),
                col(Application.is_sample).is_(False),
            )
            .distinct()
        )
        .scalars()
        .all()
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


# --- notifications: the notifier's cross-user reads (used only by the notify script) ------
# These read every user's rows. On Postgres they run under the notifier's own role
# (NOTIFY_DATABASE_URL: Supabase's service role or the table owner), never in an app session.


def _live_application(query: Any) -> Any:
    return query.where(
        col(Application.deleted_at).is_(None),
        col(Application.archived_at).is_(None),
        col(Application.status).not_in(tuple(CLOSED_STAGES)),
    )


def notifier_deadline_apps(
    *,
    session: Session,
    first: date,
    last: date,
    user_id: str | None = None,
    application_id: int | None = None,
) -> Sequence[Application]:
    """Live applications whose deadline is in [first, last] (index ix_applications_deadline)."""
    query = _live_application(
        select(Application).where(
            col(Application.deadline) >= first, col(Application.deadline) <= last
        )
    )
    if user_id is not None:
        query = query.where(Application.user_id == user_id)
    if application_id is not None:
        query = query.where(Application.id == application_id)
    found: Sequence[Application] = session.exec(query).all()
    return found


def notifier_interviews(
    *,
    session: Session,
    start: datetime,
    end: datetime,
    user_id: str | None = None,
    application_id: int | None = None,
) -> Sequence[Any]:
    """(Interview, Application) for interviews scheduled in [start, end] of live applications."""
    query = _live_application(
        select(Interview, Application)
        .join(Application, col(Application.id) == col(Interview.application_id))
        .where(col(Interview.scheduled_at) >= start, col(Interview.scheduled_at) <= end)
    )
    if user_id is not None:
        query = query.where(Interview.user_id == user_id)
    if application_id is not None:
        query = query.where(Interview.application_id == application_id)
    found: Sequence[Any] = session.exec(query).all()
    return found


def notifier_stale_apps(
    *,
    session: Session,
    stages: Sequence[str],
    changed_after: datetime,
    changed_before: datetime,
    user_id: str | None = None,
    application_id: int | None = None,
) -> Sequence[Any]:
    """(Application, when it entered its stage) for live applications in `stages` last changed
    in [changed_after, changed_before] (served by ix_applications_status_updated)."""
    entered = (
        sa_select(func.max(StatusChange.changed_at))
        .where(
            col(StatusChange.application_id) == col(Application.id),
            col(StatusChange.to_status) == col(Application.status),
        )
        .scalar_subquery()
    )
    query = _live_application(
        select(Application, entered).where(
            col(Application.status).in_(tuple(stages)),
            col(Application.updated_at) >= changed_after,
            col(Application.updated_at) <= changed_before,
        )
    )
    if user_id is not None:
        query = query.where(Application.user_id == user_id)
    if application_id is not None:
        query = query.where(Application.id == application_id)
    found: Sequence[Any] = session.exec(query).all()
    return found


def notifier_digest_user_ids(*, session: Session) -> Sequence[str]:
    """Users who switched the digest on (served by ix_notification_prefs_kind)."""
    return session.exec(
        select(NotificationPref.user_id).where(
            NotificationPref.kind == "digest", col(NotificationPref.enabled).is_(True)
        )
    ).all()


def notifier_users(
    *, session: Session, user_ids: Sequence[str]
) -> tuple[Sequence[User], Sequence[NotificationPref]]:
    """The users and all their preferences, in two queries."""
    if not user_ids:
        return [], []
    ids = tuple(set(user_ids))
    users = session.exec(select(User).where(col(User.id).in_(ids))).all()
    prefs = session.exec(
        select(NotificationPref).where(col(NotificationPref.user_id).in_(ids))
    ).all()
    return users, prefs


def notifier_logged_keys(*, session: Session, keys: Sequence[str]) -> set[str]:
    """Which of `keys` the log already holds, whatever their status."""
    found: set[str] = set()
    unique = list(dict.fromkeys(keys))
    for i in range(0, len(unique), 500):
        chunk = unique[i : i + 500]
        found.update(
            session.exec(
                select(NotificationLog.dedupe_key).where(col(NotificationLog.dedupe_key).in_(chunk))
            ).all()
        )
    return found


def notifier_claim(*, session: Session, values: dict[str, Any]) -> int | None:
    """Insert a claimed log row unless its dedupe key exists; the new row's id, or None.

    A unique insert (ON CONFLICT DO NOTHING) on SQLite and Postgres alike: of two runs that
    claim the same message at once, exactly one gets a row. The caller commits.
    """
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        stmt: Any = pg_insert(NotificationLog)
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        stmt = sqlite_insert(NotificationLog)
    stmt = (
        stmt.values(**values)
        .on_conflict_do_nothing(index_elements=["dedupe_key"])
        .returning(NotificationLog.__table__.c.id)  # type: ignore[attr-defined]
    )
    row = session.execute(stmt).first()
    return None if row is None else int(row[0])


def notifier_reclaim(
    *, session: Session, log_id: int, status: str, attempts: int, now: datetime
) -> bool:
    """Take over a row left `status` with `attempts` tries; True for exactly one caller."""
    table = NotificationLog.__table__  # type: ignore[attr-defined]
    result = session.execute(
        update(table)
        .where(table.c.id == log_id, table.c.status == status, table.c.attempts == attempts)
        .values(status="claimed", attempts=attempts + 1, claimed_at=now)
    )
    return bool(getattr(result, "rowcount", 0) == 1)


def notifier_unfinished(*, session: Session, before: datetime) -> Sequence[NotificationLog]:
    """Rows claimed (a run may have died) or waiting for a retry, untouched since `before`."""
    return session.exec(
        select(NotificationLog).where(
            col(NotificationLog.status).in_(("claimed", "retry")),
            col(NotificationLog.claimed_at) < before,
        )
    ).all()


def notifier_mark(
    *,
    session: Session,
    log_id: int,
    status: str,
    at: datetime,
    error: str | None = None,
    subject: str | None = None,
) -> None:
    """Record how a claimed message ended; the caller commits."""
    table = NotificationLog.__table__  # type: ignore[attr-defined]
    values: dict[str, Any] = {"status": status, "sent_at": at, "error": error}
    if subject is not None:
        values["subject"] = subject[:300]
    session.execute(update(table).where(table.c.id == log_id).values(**values))


def notifier_status_changes(
    *, session: Session, user_id: str, since: datetime, until: datetime
) -> Sequence[Any]:
    """(StatusChange, company, position) of one user in [since, until), for the digest."""
    return session.exec(
        select(StatusChange, Application.company, Application.position)
        .join(Application, col(Application.id) == col(StatusChange.application_id))
        .where(
            StatusChange.user_id == user_id,
            col(StatusChange.changed_at) >= since,
            col(StatusChange.changed_at) < until,
            col(Application.deleted_at).is_(None),
        )
        .order_by(col(StatusChange.changed_at))
    ).all()
