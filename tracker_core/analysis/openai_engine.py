"""OpenAI engine: the model judges the offline engine's requirements; keywords stay grounded."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints

from tracker_core.analysis.llm_client import LLMConfig, LLMError, call_structured
from tracker_core.analysis.models import ResumeAnalysis
from tracker_core.analysis.offline import analyze_offline
from tracker_core.embeddings import Embedder
from tracker_core.jd_parser import ParsedJob, RemotePolicy, SalaryPeriod, parse_job_description
from tracker_core.skills import extract_skills, skill_key

MAX_TEXT_CHARS = 6000
MAX_REQUIREMENTS = 25
# Short bounded strings keep small local models from rambling; OpenAI supports 'pattern'.
Sentence = Annotated[str, StringConstraints(pattern=r'^[^"\\\n]{0,160}$')]
Word = Annotated[str, StringConstraints(pattern=r'^[^"\\\n]{0,60}$')]


class LLMAnalysis(BaseModel):
    """What the model returns for an analysis."""

    relevance: int = Field(ge=0, le=10, description="Fit of the resume for the job, 0-10")
    met_requirements: list[int] = Field(
        max_length=MAX_REQUIREMENTS, description="Numbers of the requirements the resume meets"
    )
    matched_keywords: list[Word] = Field(max_length=15)
    missing_keywords: list[Word] = Field(max_length=15)
    recommendations: list[Sentence] = Field(max_length=5)


class LLMParsedJob(BaseModel):
    """What the model returns when parsing a posting (null where the posting is silent)."""

    title: Word | None
    company: Word | None
    location: Word | None
    remote: RemotePolicy | None
    employment_type: Word | None
    salary_min: float | None
    salary_max: float | None
    salary_currency: Word | None = Field(description="ISO code such as USD, EUR, GBP")
    salary_period: SalaryPeriod | None
    seniority: Word | None
    years_experience: int | None
    required_skills: list[Word] = Field(max_length=15)
    preferred_skills: list[Word] = Field(max_length=15)
    education: Word | None
    deadline: Word | None = Field(description="YYYY-MM-DD")


def _analysis_messages(resume: str, jd: str, offline: ResumeAnalysis) -> list[dict[str, str]]:
    """Prompt: the two texts and the numbered requirements found offline."""
    reqs = "\n".join(
        f"{i}. {r.requirement}" for i, r in enumerate(offline.explanation[:MAX_REQUIREMENTS], 1)
    )
    system = (
        "You compare a resume with a job posting for a job seeker. Judge only from the two "
        "texts. Use keywords exactly as they appear in the texts. Recommendations are short, "
        "concrete and honest: never suggest claiming experience the resume does not show."
    )
    user = (
        f"JOB POSTING:\n{jd[:MAX_TEXT_CHARS]}\n\nRESUME:\n{resume[:MAX_TEXT_CHARS]}\n\n"
        f"REQUIREMENTS (numbered):\n{reqs}\n\n"
        "Return the fit (0-10), the numbers of the requirements the resume meets, the posting's "
        "keywords the resume shows and those it lacks, and up to 5 recommendations."
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def _grounded(words: list[str], allowed: dict[str, str]) -> list[str]:
    """Model keywords kept only when the offline extraction found them, in its spelling.

    A keyword the offline extraction names another way is the same skill ("PostgreSQL" for the
    posting's "Postgres"), shown as the offline extraction names it.
    """
    by_key: dict[str, str] = {}
    for known in allowed.values():
        by_key.setdefault(skill_key(known), known)
    out: list[str] = []
    for word in words:
        name = allowed.get(word.strip().casefold()) or by_key.get(skill_key(word))
        if name and name not in out:
            out.append(name)
    return out


def _merge(offline: ResumeAnalysis, answer: LLMAnalysis, resume: str, jd: str) -> ResumeAnalysis:
    """Offline evidence with the model's verdicts, score and advice."""
    allowed = {k.casefold(): k for k in offline.matched_keywords + offline.missing_keywords}
    allowed.update({s.casefold(): s for s in extract_skills(jd) + extract_skills(resume)})
    met = set(answer.met_requirements)
    explanation = [
        r.model_copy(update={"met": i in met}) for i, r in enumerate(offline.explanation, 1)
    ]
    missing = _grounded(answer.missing_keywords, allowed) or offline.missing_keywords
    rank = {k.casefold(): i for i, k in enumerate(offline.missing_keywords)}
    missing.sort(key=lambda k: rank.get(k.casefold(), len(rank)))
    listed = {k.casefold() for k in missing}
    # As offline: a requirement with a keyword under Missing is not shown as met.
    explanation = [
        r.model_copy(update={"met": False})
        if r.met and any(k.casefold() in listed for k in r.keywords)
        else r
        for r in explanation
    ]
    matched = [k for k in _grounded(answer.matched_keywords, allowed) if k not in missing]
    recs = [r.strip() for r in answer.recommendations if r.strip()]
    return offline.model_copy(
        update={
            "relevance": float(min(10, max(0, answer.relevance))),
            "matched_keywords": matched or offline.matched_keywords,
            "missing_keywords": missing,
            "recommendations": recs or offline.recommendations,
            "explanation": explanation,
            "engine": "openai",
        }
    )


def analyze_openai(
    resume_text: str,
    job_description: str,
    config: LLMConfig,
    *,
    embedder: Embedder | None = None,
) -> ResumeAnalysis:
    """Analysis by the model, grounded in the offline result; offline with a note on failure."""
    offline = analyze_offline(resume_text, job_description, embedder=embedder)
    if not config.configured:
        return offline.model_copy(
            update={"note": "OpenAI is not configured (set OPENAI_API_KEY); offline result."}
        )
    messages = _analysis_messages(resume_text, job_description, offline)
    try:
        answer, tokens = call_structured(config, messages, LLMAnalysis)
    except LLMError as exc:
        return offline.model_copy(update={"note": f"{exc} Showing the offline result."})
    merged = _merge(offline, answer, resume_text, job_description)
    return merged.model_copy(update={"model": config.model, "tokens_used": tokens})


def parse_job_openai(text: str, config: LLMConfig) -> tuple[ParsedJob, str | None, int]:
    """Posting parsed by the model (skills grounded): (job, note on fallback, tokens used)."""
    offline = parse_job_description(text)
    if not config.configured:
        return offline, "OpenAI is not configured; parsed offline.", 0
    messages = [
        {"role": "system", "content": "Extract the job posting's fields. Use null when absent."},
        {"role": "user", "content": text[:MAX_TEXT_CHARS]},
    ]
    try:
        answer, tokens = call_structured(config, messages, LLMParsedJob, max_tokens=600)
    except LLMError as exc:
        return offline, f"{exc} Parsed offline.", 0
    return _job_from_answer(answer, offline, text), None, tokens


def _job_from_answer(answer: LLMParsedJob, offline: ParsedJob, text: str) -> ParsedJob:
    """ParsedJob from the model's answer; invalid values fall back to the offline parse."""
    allowed = {s.casefold(): s for s in extract_skills(text)}
    data = answer.model_dump()
    data["required_skills"] = _grounded(answer.required_skills, allowed) or offline.required_skills
    data["preferred_skills"] = _grounded(answer.preferred_skills, allowed)
    try:
        data["deadline"] = dt.date.fromisoformat(answer.deadline) if answer.deadline else None
    except ValueError:
        data["deadline"] = offline.deadline
    return ParsedJob.model_validate(data)
