"""Jobs (applications): list, add, read, edit, trash, history; and the board's status move."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Path, Query, Response
from pydantic_core import to_json
from sqlmodel import Session

from api.problems import ApiError
from api.runtime import RuntimeDep, SessionDep, UserDep
from api.schemas import (
    ID_MAX,
    HistoryEntry,
    Job,
    JobPage,
    PrepQuestionOut,
    StatusIn,
    job_create_schema,
    job_patch_schema,
)
from tracker_core import repositories as repo
from tracker_core.embeddings import get_embedder
from tracker_core.models import Application
from tracker_core.services import applications as apps
from tracker_core.services import details, prep
from tracker_core.services.add_check import check_before_adding
from tracker_core.services.validation import validate_application

router = APIRouter(tags=["jobs"])
JobId = Annotated[int, Path(ge=1, le=ID_MAX, description="The job's id")]
Body_ = Annotated[dict[str, Any], Body()]


JOB_FIELDS = tuple(Job.model_fields)


def _job(app: Application) -> dict[str, Any]:
    """The Job fields of a row as they are: it was validated on the way in, and its types are
    the columns' (tests/api/test_api_jobs.py checks the output against the Job model)."""
    return {name: getattr(app, name) for name in JOB_FIELDS}


def _job_response(
    app: Application, status_code: int = 200, headers: dict[str, str] | None = None
) -> Response:
    """One Job, serialised once (response_model only documents it: no second validation)."""
    return Response(to_json(_job(app)), status_code, headers, media_type="application/json")


@router.get("/jobs", response_model=JobPage)
def list_jobs(
    session: SessionDep,
    user: UserDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=ID_MAX)] = 0,
    status: Annotated[list[str], Query(max_length=64)] = [],  # noqa: B006 - FastAPI copies it
    text: Annotated[str, Query(max_length=200)] = "",
    source: Annotated[str, Query(max_length=100)] = "",
    company: Annotated[str, Query(max_length=200)] = "",
    sort: Literal["updated", "deadline", "company", "priority"] = "updated",
) -> Response:
    """The live applications (not archived or trashed), filtered, sorted and one page of them."""
    filters = repo.Filters(stages=tuple(status), text=text, source=source, company=company)
    rows, total = apps.page_for_table(
        session=session,
        user_id=user.id,
        filters=filters,
        fields=JOB_FIELDS,
        sort=sort,
        limit=limit,
        offset=offset,
    )
    page = {
        "items": rows,
        "total": total,
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if offset + limit < total else None,
    }
    return Response(to_json(page), media_type="application/json")  # JobPage's shape


@router.post(
    "/jobs",
    status_code=201,
    response_model=Job,
    openapi_extra={
        "requestBody": {"content": {"application/json": {"schema": job_create_schema()}}}
    },
    responses={409: {"description": "Earlier applications to this company (confirm to add)"}},
)
def create_job(
    payload: Body_,
    session: SessionDep,
    user: UserDep,
    runtime: RuntimeDep,
    confirm_duplicate: Annotated[bool, Query()] = False,
) -> Response:
    """Add an application, validated like the add form.

    Like the add form, an entry that matches earlier applications (same company, same link)
    is not saved the first time: the 409 lists them, and the same request with
    `confirm_duplicate=true` saves it.
    """
    data = validate_application(payload)
    if not confirm_duplicate:
        found = check_before_adding(
            session=session,
            user_id=user.id,
            company=data.company,
            position=data.position,
            job_description=data.job_description,
            url=data.url,
        )
        if found.any:
            raise ApiError(
                409,
                "You have applied to this company before, or have this job already. "
                "Send the request again with confirm_duplicate=true to add it anyway.",
                extra={
                    "earlier": [{"id": e.id, "summary": e.summary} for e in found.earlier],
                    "similar": [
                        {"id": m.application_id, "reasons": m.reasons}
                        for m in found.similar.matches
                    ],
                },
            )
    app = apps.create_application(
        session=session, user_id=user.id, vectors=runtime.vectors, data=data
    )
    return _job_response(app, 201, {"Location": f"/jobs/{app.id}"})


@router.get("/jobs/{job_id}", response_model=Job)
def get_job(job_id: JobId, session: SessionDep, user: UserDep) -> Response:
    app = details.get_application(session=session, user_id=user.id, application_id=job_id)
    return _job_response(app)


@router.patch(
    "/jobs/{job_id}",
    response_model=Job,
    openapi_extra={
        "requestBody": {"content": {"application/json": {"schema": job_patch_schema()}}}
    },
)
def edit_job(
    job_id: JobId, payload: Body_, session: SessionDep, user: UserDep, runtime: RuntimeDep
) -> Response:
    """Change some fields of the version you read; 409 when it changed since."""
    changes = dict(payload)
    version = changes.pop("version", None)
    if not isinstance(version, int) or isinstance(version, bool):
        raise ApiError(422, 'Send the version you edited, e.g. {"version": 3, ...}.')
    _live(session, user.id, job_id)
    app = apps.update_fields(
        session=session,
        user_id=user.id,
        vectors=runtime.vectors,
        application_id=job_id,
        changes=changes,
        expected_version=version,
    )
    return _job_response(app)


@router.delete("/jobs/{job_id}", status_code=204)
def trash_job(job_id: JobId, session: SessionDep, user: UserDep, runtime: RuntimeDep) -> Response:
    """Move the application to the trash (restorable in the app for 30 days)."""
    _live(session, user.id, job_id)
    apps.set_deleted(
        session=session,
        user_id=user.id,
        vectors=runtime.vectors,
        application_ids=[job_id],
        deleted=True,
    )
    return Response(status_code=204)


@router.get("/jobs/{job_id}/history", response_model=list[HistoryEntry])
def job_history(job_id: JobId, session: SessionDep, user: UserDep) -> list[HistoryEntry]:
    """Every status change, oldest first."""
    rows = details.timeline(session=session, user_id=user.id, application_id=job_id)
    return [HistoryEntry.model_validate(r, from_attributes=True) for r in rows]


@router.get("/jobs/{job_id}/prep", response_model=list[PrepQuestionOut])
def job_prep(job_id: JobId, session: SessionDep, user: UserDep) -> list[PrepQuestionOut]:
    """The interview-prep questions for this job (its posting and its resume)."""
    plan = prep.plan_for_application(
        session=session, user_id=user.id, application_id=job_id, embedder=get_embedder()
    )
    return [PrepQuestionOut.model_validate(q.model_dump()) for q in plan.questions]


@router.put("/applications/{job_id}/status", response_model=Job)
def move_job(job_id: JobId, body: StatusIn, session: SessionDep, user: UserDep) -> Response:
    """Move to another stage, writing the status change in the same transaction (the board's
    Move); a trashed job is not found."""
    app = apps.change_status(
        session=session,
        user_id=user.id,
        application_id=job_id,
        to_status=body.status,
        note=body.note,
    )
    return _job_response(app)


def _live(session: Session, user_id: str, job_id: int) -> None:
    """NotFound for a trashed job or another user's, as GET answers."""
    details.get_application(session=session, user_id=user_id, application_id=job_id)
