"""Resumes (list, upload, read, delete) and the analysis of a resume against a posting."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Path, Response, UploadFile

from api.runtime import RuntimeDep, SessionDep, UserDep
from api.schemas import ID_MAX, AnalysisOut, AnalyzeIn, ResumeFull, ResumeOut
from tracker_core.analysis import analyze_resume
from tracker_core.errors import InvalidInput
from tracker_core.services import analyses, details
from tracker_core.services import resumes as svc
from tracker_core.text.extract import MAX_BYTES, extract_text

router = APIRouter(tags=["resumes"])
ResumeId = Annotated[int, Path(ge=1, le=ID_MAX, description="The resume's id")]
UPLOAD_LIMIT = MAX_BYTES  # the resumes page's limit (10 MB)


@router.get("/resumes", response_model=list[ResumeOut])
def list_resumes(session: SessionDep, user: UserDep) -> list[ResumeOut]:
    """The newest version of each resume, newest first."""
    rows = svc.list_resumes(session=session, user_id=user.id)
    return [ResumeOut.model_validate(r, from_attributes=True) for r in rows]


@router.post("/resumes", status_code=201, response_model=ResumeFull)
def upload_resume(
    session: SessionDep,
    user: UserDep,
    runtime: RuntimeDep,
    response: Response,
    file: Annotated[UploadFile, File(description="PDF, DOCX, TXT or Markdown, up to 10 MB")],
    label: Annotated[str, Form(max_length=200)] = "",
) -> ResumeFull:
    """Upload a resume file; its text is read as on the resumes page and saved as version 1."""
    data = file.file.read(UPLOAD_LIMIT + 1)
    name = file.filename or "resume.txt"
    text = extract_text(data, name)  # the size and type checks of the resumes page
    if "." not in name:
        raise InvalidInput("The file name needs an extension (.pdf, .docx, .txt, .md).", "file")
    saved = svc.create_resume(
        session=session,
        user_id=user.id,
        vectors=runtime.vectors,
        label=label or name.rsplit(".", 1)[0],
        text=text,
        file_name=name,
        file_type=name.rsplit(".", 1)[-1].lower(),
    )
    response.headers["Location"] = f"/resumes/{saved.id}"
    return ResumeFull.model_validate(saved, from_attributes=True)


@router.get("/resumes/{resume_id}", response_model=ResumeFull)
def get_resume(resume_id: ResumeId, session: SessionDep, user: UserDep) -> ResumeFull:
    row = svc.get_resume(session=session, user_id=user.id, resume_id=resume_id)
    return ResumeFull.model_validate(row, from_attributes=True)


@router.delete("/resumes/{resume_id}", status_code=204)
def delete_resume(
    resume_id: ResumeId, session: SessionDep, user: UserDep, runtime: RuntimeDep
) -> Response:
    svc.delete_resume(
        session=session, user_id=user.id, vectors=runtime.vectors, resume_id=resume_id
    )
    return Response(status_code=204)


@router.post("/resume/analyze", response_model=AnalysisOut, tags=["analysis"])
def analyze(body: AnalyzeIn, session: SessionDep, user: UserDep) -> AnalysisOut:
    """Relevance 0-10, matched and missing keywords, recommendations and the reasons, by the
    analyzer page's service (the same inputs are analysed once and then reused)."""
    resume_text, posting = body.resume_text or "", body.job_description or ""
    if body.resume_id is not None:
        resume_text = svc.get_resume(
            session=session, user_id=user.id, resume_id=body.resume_id
        ).text
    if body.application_id is not None:
        posting = details.get_application(
            session=session, user_id=user.id, application_id=body.application_id
        ).job_description
    row = analyses.analyze_and_store(
        session=session,
        user_id=user.id,
        resume_text=resume_text,
        job_description=posting,
        engine=body.engine,
        analyzer=analyze_resume,
        resume_id=body.resume_id,
        application_id=body.application_id,
    )
    found = analyses.as_details(row)
    return AnalysisOut(
        id=row.id or 0,
        relevance=row.score,
        matched_keywords=list(row.matched_keywords or []),
        missing_keywords=list(row.missing_keywords or []),
        recommendations=list(row.recommendations or []),
        explanation=list(found.get("explanation", [])),
        engine=row.engine,
        note=found.get("note"),
    )
