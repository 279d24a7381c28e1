"""SQLModel tables and their Create/Update/Public shapes; every user row carries user_id."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import StringConstraints, field_validator, model_validator
from sqlalchemy import JSON, BigInteger, Column, Index, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

from tracker_core import clock


def new_id() -> str:
    return str(uuid.uuid4())


class FunnelStep(StrEnum):
    """The standard stages; every custom stage maps to one of these."""

    SAVED = "saved"
    APPLIED = "applied"
    SCREENING = "screening"
    INTERVIEW = "interview"
    OFFER = "offer"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    GHOSTED = "ghosted"


STANDARD_STAGES: tuple[str, ...] = tuple(s.value for s in FunnelStep)
MAX_SALARY = 999_999_999_999_999  # in any currency; fits a BIGINT and a JSON number exactly
CLOSED_STAGES: frozenset[str] = frozenset({"accepted", "rejected", "withdrawn", "ghosted"})


# --- users -------------------------------------------------------------------------------


class User(SQLModel, table=True):
    __tablename__ = "users"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    email: str = Field(index=True, unique=True, max_length=320)
    name: str = Field(default="", max_length=200)
    password_hash: str | None = Field(default=None, max_length=100)
    failed_logins: int = 0
    locked_until: datetime | None = None
    session_epoch: int = 0
    calendar_epoch: int = 0  # in the private calendar link; a reset makes old links fail
    notify_email: bool = True
    notify_sms: bool = False
    phone: str | None = Field(default=None, max_length=32)
    reminder_lead_days: int = 2
    digest_hour: int = 8
    timezone: str = Field(default="UTC", max_length=64)
    timezone_set: bool = False  # False: not chosen yet, the browser's zone is taken once
    weekly_goal: int | None = None  # applications a week the user aims for (stats page)
    created_at: datetime = Field(default_factory=clock.now)
    quiet_start: int = 21  # quiet hours, local hours of the user's time zone
    quiet_end: int = 8
    digest_weekday: int | None = None  # None: a daily digest; 0-6: weekly on that day (Monday 0)


class UserPublic(SQLModel):
    id: str
    email: str
    name: str


class AuthSession(SQLModel, table=True):
    """One signed-in browser: the cookie carries a random id whose SHA-256 is this row's id.

    Logging out, changing the password and "sign out everywhere" revoke rows, so a copied cookie
    stops working on the server, not only in the browser that cleared it. Supabase's refresh
    token lives here, encrypted with the session secret, never in the cookie.
    """

    __tablename__ = "auth_sessions"

    id: str = Field(primary_key=True, max_length=64)
    user_id: str = Field(foreign_key="users.id", index=True, max_length=36, ondelete="CASCADE")
    created_at: datetime = Field(default_factory=clock.now)
    expires_at: datetime
    revoked_at: datetime | None = None
    refresh_token: str | None = Field(default=None, max_length=2000)  # encrypted (Fernet)


class LoginThrottle(SQLModel, table=True):
    """Sign-in attempts per key (a client address, or an email when no address is known)."""

    __tablename__ = "login_throttle"

    key: str = Field(primary_key=True, max_length=400)
    attempts: int = 0
    window_start: datetime


# --- applications ------------------------------------------------------------------------


class ApplicationBase(SQLModel):
    company: str = Field(min_length=1, max_length=200)
    position: str = Field(min_length=1, max_length=200)
    location: str | None = Field(default=None, max_length=200)
    remote: str | None = Field(default=None, max_length=16)
    url: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=100)
    # BIGINT: a yearly salary in rupiah or dong passes 2^31; the bound keeps it a salary.
    salary_min: int | None = Field(default=None, ge=0, le=MAX_SALARY, sa_type=BigInteger)
    salary_max: int | None = Field(default=None, ge=0, le=MAX_SALARY, sa_type=BigInteger)
    salary_currency: str | None = Field(default=None, max_length=8)
    salary_period: str | None = Field(default=None, max_length=8)
    status: str = Field(default="saved", max_length=64)
    deadline: date | None = None
    applied_on: date | None = None
    next_action: str | None = Field(default=None, max_length=500)
    next_action_on: date | None = None
    priority: int = Field(default=3, ge=1, le=5)
    notes: str = ""
    job_description: str = ""


class Application(ApplicationBase, table=True):
    __tablename__ = "applications"
    __table_args__ = (
        Index("ix_applications_user_status", "user_id", "status"),
        Index("ix_applications_user_deadline", "user_id", "deadline"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=36)
    parsed_job: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    resume_id: int | None = Field(default=None, foreign_key="resumes.id", ondelete="SET NULL")
    is_sample: bool = False
    version: int = 1
    created_at: datetime = Field(default_factory=clock.now)
    updated_at: datetime = Field(default_factory=clock.now)
    archived_at: datetime | None = None
    deleted_at: datetime | None = None


# A name the user typed: surrounding spaces dropped before the length checks.
Name = Annotated[str, StringConstraints(strip_whitespace=True)]


def _blank_to_none(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


class ApplicationCreate(ApplicationBase):
    """What a user submits; strings are trimmed and the salary range must make sense."""

    company: Name = Field(min_length=1, max_length=200)
    position: Name = Field(min_length=1, max_length=200)

    @field_validator("location", "url", "source", "salary_currency", "next_action", mode="before")
    @classmethod
    def _blank(cls, value: Any) -> Any:
        return _blank_to_none(value)

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        from urllib.parse import urlparse

        parsed = urlparse(value.strip())
        if parsed.scheme not in ("http", "https") or "." not in parsed.netloc:
            raise ValueError("is not a web address (it should look like https://example.com/job)")
        return value.strip()

    @model_validator(mode="after")
    def _salary_range(self) -> ApplicationCreate:
        if problem := salary_range_problem(self.salary_min, self.salary_max):
            raise ValueError(problem)
        return self


def salary_range_problem(low: object, high: object) -> str | None:
    """The whole-model salary rule, also checked on raw input when a field failed."""
    numbers = (int, float)
    if isinstance(low, numbers) and isinstance(high, numbers) and low > high:
        return "Salary minimum is above the maximum"
    return None


class StatusChange(SQLModel, table=True):
    __tablename__ = "status_changes"

    id: int | None = Field(default=None, primary_key=True)
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=36, index=True)
    application_id: int = Field(foreign_key="applications.id", ondelete="CASCADE", index=True)
    from_status: str | None = Field(default=None, max_length=64)
    to_status: str = Field(max_length=64)
    changed_at: datetime = Field(default_factory=clock.now)
    note: str = ""


class CustomStage(SQLModel, table=True):
    __tablename__ = "custom_stages"
    __table_args__ = (UniqueConstraint("user_id", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=36, index=True)
    key: str = Field(max_length=64)
    label: str = Field(max_length=100)
    position: int = 0
    funnel_step: str = Field(max_length=16)


# --- people and interviews ---------------------------------------------------------------


class Contact(SQLModel, table=True):
    __tablename__ = "contacts"

    id: int | None = Field(default=None, primary_key=True)
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=36, index=True)
    name: str = Field(max_length=200)
    role: str | None = Field(default=None, max_length=200)
    company: str | None = Field(default=None, max_length=200)
    email: str | None = Field(default=None, max_length=320)
    phone: str | None = Field(default=None, max_length=32)
    linkedin: str | None = Field(default=None, max_length=500)
    notes: str = ""
    created_at: datetime = Field(default_factory=clock.now)


class ApplicationTag(SQLModel, table=True):
    """A label the user puts on an application ("remote", "referral"); filters by it."""

    __tablename__ = "application_tags"
    __table_args__ = (Index("ix_application_tags_user_name", "user_id", "name"),)

    application_id: int = Field(foreign_key="applications.id", ondelete="CASCADE", primary_key=True)
    name: str = Field(max_length=50, primary_key=True)
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=36)


class ApplicationContact(SQLModel, table=True):
    __tablename__ = "application_contacts"

    application_id: int = Field(foreign_key="applications.id", ondelete="CASCADE", primary_key=True)
    contact_id: int = Field(foreign_key="contacts.id", ondelete="CASCADE", primary_key=True)
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=36, index=True)


class Interview(SQLModel, table=True):
    __tablename__ = "interviews"

    id: int | None = Field(default=None, primary_key=True)
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=36, index=True)
    application_id: int = Field(foreign_key="applications.id", ondelete="CASCADE", index=True)
    round: int = 1
    scheduled_at: datetime | None = None
    kind: str = Field(default="", max_length=64)
    interviewers: str = ""
    notes: str = ""
    outcome: str | None = Field(default=None, max_length=64)


# --- resumes and analyses ----------------------------------------------------------------


class Resume(SQLModel, table=True):
    __tablename__ = "resumes"

    id: int | None = Field(default=None, primary_key=True)
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=36, index=True)
    label: str = Field(max_length=200)
    file_name: str | None = Field(default=None, max_length=300)
    file_type: str | None = Field(default=None, max_length=16)
    text: str = ""
    version: int = 1
    parent_id: int | None = Field(default=None, foreign_key="resumes.id", ondelete="SET NULL")
    uploaded_at: datetime = Field(default_factory=clock.now)
    last_analyzed_at: datetime | None = None


class ResumeFile(SQLModel, table=True):
    """The file a resume was read from, byte for byte, so the user can download the original."""

    __tablename__ = "resume_files"

    resume_id: int = Field(foreign_key="resumes.id", ondelete="CASCADE", primary_key=True)
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=36, index=True)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class Analysis(SQLModel, table=True):
    __tablename__ = "analyses"
    __table_args__ = (Index("ix_analyses_user_input", "user_id", "input_hash"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=36)
    resume_id: int | None = Field(default=None, foreign_key="resumes.id", ondelete="SET NULL")
    application_id: int | None = Field(
        default=None, foreign_key="applications.id", ondelete="CASCADE"
    )
    jd_hash: str = Field(max_length=64)
    input_hash: str = Field(max_length=64)
    score: float
    matched_keywords: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    missing_keywords: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    recommendations: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    details: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    engine: str = Field(max_length=100)
    tokens_used: int | None = None
    created_at: datetime = Field(default_factory=clock.now)


# --- notifications -----------------------------------------------------------------------


class NotificationLog(SQLModel, table=True):
    __tablename__ = "notification_log"

    id: int | None = Field(default=None, primary_key=True)
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=36, index=True)
    kind: str = Field(max_length=32)
    application_id: int | None = Field(
        default=None, foreign_key="applications.id", ondelete="SET NULL"
    )
    dedupe_key: str = Field(max_length=200, unique=True)
    channel: str = Field(max_length=16)
    sent_at: datetime = Field(default_factory=clock.now)
    status: str = Field(default="sent", max_length=16)
    error: str | None = None
    trigger_at: datetime | None = None
    claimed_at: datetime | None = None
    attempts: int = 0
    subject: str = Field(default="", max_length=300)


class NotificationPref(SQLModel, table=True):
    """One kind of notification for one user: on or off and its channel (no row: the default)."""

    __tablename__ = "notification_prefs"
    __table_args__ = (Index("ix_notification_prefs_kind", "kind", "enabled"),)

    user_id: str = Field(
        foreign_key="users.id", ondelete="CASCADE", max_length=36, primary_key=True
    )
    kind: str = Field(max_length=32, primary_key=True)
    enabled: bool = False
    channel: str = Field(default="email", max_length=16)


# The notifier reads due items across users; these indexes serve its queries.
Index("ix_applications_deadline", Application.__table__.c.deadline)  # type: ignore[attr-defined]
Index(
    "ix_applications_status_updated",
    Application.__table__.c.status,  # type: ignore[attr-defined]
    Application.__table__.c.updated_at,  # type: ignore[attr-defined]
)
Index("ix_interviews_scheduled_at", Interview.__table__.c.scheduled_at)  # type: ignore[attr-defined]
Index(
    "ix_notification_log_status_claimed",
    NotificationLog.__table__.c.status,  # type: ignore[attr-defined]
    NotificationLog.__table__.c.claimed_at,  # type: ignore[attr-defined]
)


# --- similarity index ----------------------------------------------------------------------


class VectorStaleMark(SQLModel, table=True):
    """A user whose similarity points missed a change; a rebuild or their next search heals it.

    In the database, not in a process or a file, so every app replica sees the same marks.
    """

    __tablename__ = "vector_stale_marks"

    user_id: str = Field(
        foreign_key="users.id", ondelete="CASCADE", max_length=36, primary_key=True
    )
    marked_at: datetime = Field(default_factory=clock.now)


# --- API sessions ----------------------------------------------------------------------------


class ApiRefreshToken(SQLModel, table=True):
    """One refresh token of the REST API, stored as its SHA-256 only; a refresh rotates it.

    Tokens of one login share a `family`: a revoked token used again revokes the whole family
    (it was stolen, or replayed), so the thief and the owner are both signed out.
    """

    __tablename__ = "api_refresh_tokens"

    id: int | None = Field(default=None, primary_key=True)
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=36, index=True)
    token_hash: str = Field(max_length=64, unique=True)
    family: str = Field(max_length=36, index=True)
    created_at: datetime = Field(default_factory=clock.now)
    expires_at: datetime
    revoked_at: datetime | None = None


USER_TABLES: tuple[str, ...] = (
    "applications",
    "status_changes",
    "custom_stages",
    "contacts",
    "application_contacts",
    "interviews",
    "resumes",
    "analyses",
    "notification_log",
    "vector_stale_marks",
    "notification_prefs",
    "auth_sessions",
    "application_tags",
    "resume_files",
    "api_refresh_tokens",
)


# --- interview prep ----------------------------------------------------------------------


class PrepStory(SQLModel, table=True):
    """A STAR story the user tells in interviews; tags name competencies and skills."""

    __tablename__ = "prep_stories"

    id: int | None = Field(default=None, primary_key=True)
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=36, index=True)
    title: str = Field(max_length=200)
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    tags: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=clock.now)
    updated_at: datetime = Field(default_factory=clock.now)


class PrepQuestion(SQLModel, table=True):
    """A question kept for an application: the stories chosen for it, and how it went."""

    __tablename__ = "prep_questions"

    id: int | None = Field(default=None, primary_key=True)
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=36, index=True)
    application_id: int | None = Field(
        default=None, foreign_key="applications.id", ondelete="CASCADE", index=True
    )
    interview_id: int | None = Field(default=None, foreign_key="interviews.id", ondelete="CASCADE")
    question_key: str = Field(max_length=16)
    text: str
    category: str = Field(max_length=32)
    story_ids: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    came_up: bool | None = None
    went: int | None = None  # 1-5, after the interview
    created_at: datetime = Field(default_factory=clock.now)


class PracticeAttempt(SQLModel, table=True):
    """One practised answer with its self-rating."""

    __tablename__ = "prep_attempts"

    id: int | None = Field(default=None, primary_key=True)
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=36, index=True)
    application_id: int | None = Field(
        default=None, foreign_key="applications.id", ondelete="SET NULL"
    )
    story_id: int | None = Field(default=None, foreign_key="prep_stories.id", ondelete="SET NULL")
    question_key: str = Field(max_length=16)
    question_text: str
    category: str = Field(max_length=32)
    answer: str = ""
    rating: int
    notes: str = ""
    seconds: int = 0
    created_at: datetime = Field(default_factory=clock.now)


PREP_TABLES: tuple[str, ...] = ("prep_stories", "prep_questions", "prep_attempts")
