"""Request and response bodies of the API (the core's models where they fit as they are)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from tracker_core.models import ApplicationBase, ApplicationCreate
from tracker_core.services.auth import MAX_PASSWORD_BYTES

ID_MAX = 2**31 - 1  # ids are 32-bit integers on Postgres


class Credentials(BaseModel):
    email: str = Field(max_length=320)
    password: str = Field(max_length=4 * MAX_PASSWORD_BYTES)


class SignUp(Credentials):
    name: str = Field(default="", max_length=200)


class Tokens(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int
    refresh_token: str


class RefreshIn(BaseModel):
    refresh_token: str = Field(min_length=1, max_length=2000)


class Message(BaseModel):
    detail: str


class Job(ApplicationBase):
    """An application as the API returns it."""

    id: int
    version: int
    resume_id: int | None
    is_sample: bool
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None


class JobPage(BaseModel):
    items: list[Job]
    total: int
    limit: int
    offset: int
    next_offset: int | None


class HistoryEntry(BaseModel):
    from_status: str | None
    to_status: str
    changed_at: datetime
    note: str


class StatusIn(BaseModel):
    status: str = Field(min_length=1, max_length=64)
    note: str = Field(default="", max_length=2000)


class ResumeOut(BaseModel):
    id: int
    label: str
    version: int
    file_name: str | None
    file_type: str | None
    uploaded_at: datetime
    last_analyzed_at: datetime | None


class ResumeFull(ResumeOut):
    text: str


class AnalyzeIn(BaseModel):
    """A resume (its text or the id of a saved one) and a posting (text or an application)."""

    resume_text: str | None = Field(default=None, max_length=200_000)
    resume_id: int | None = Field(default=None, ge=1, le=ID_MAX)
    job_description: str | None = Field(default=None, max_length=200_000)
    application_id: int | None = Field(default=None, ge=1, le=ID_MAX)
    engine: Literal["offline", "openai"] = "offline"


class AnalysisOut(BaseModel):
    id: int
    relevance: float = Field(ge=0, le=10)
    matched_keywords: list[str]
    missing_keywords: list[str]
    recommendations: list[str]
    explanation: list[dict[str, Any]]
    engine: str
    note: str | None = None


class PrepQuestionOut(BaseModel):
    text: str
    category: str
    source: str
    skill: str | None
    why: str
    hint: str | None
    competency: str | None


class DeleteMe(BaseModel):
    confirm: str = Field(max_length=320, description="The account's email, typed to confirm.")


class AccountDeleted(BaseModel):
    data_deleted: Literal[True] = True
    sign_in_deleted: bool = Field(description="False: the Supabase sign-in remains (see detail).")
    detail: str


def job_create_schema() -> dict[str, Any]:
    """The OpenAPI body of POST /jobs: the add form's fields (validated by the core)."""
    return ApplicationCreate.model_json_schema()


def job_patch_schema() -> dict[str, Any]:
    """The OpenAPI body of PATCH /jobs/{id}: the version edited plus any fields to change."""
    schema = ApplicationCreate.model_json_schema()
    schema["properties"] = {
        "version": {"type": "integer", "minimum": 1, "maximum": ID_MAX},
        **schema["properties"],
    }
    schema["required"] = ["version"]
    schema["title"] = "JobPatch"
    return schema
