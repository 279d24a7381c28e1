"""A posting parsed into a ParsedJob: the field readers of this package put together."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from tracker_core.jd_parser.fields import (
    find_deadline,
    find_education,
    find_employment_type,
    find_seniority,
    find_years,
)
from tracker_core.jd_parser.header import find_company, find_location, title_line
from tracker_core.jd_parser.labels import find_all_labelled, find_labelled
from tracker_core.jd_parser.salary import find_salary
from tracker_core.jd_parser.sections import (
    Section,
    heading_text,
    is_heading,
    line_kind,
    split_sections,
    strip_bullet,
)
from tracker_core.jd_parser.title import find_title
from tracker_core.jd_parser.work_mode import find_remote
from tracker_core.skills import extract_skills, skill_key
from tracker_core.text.clean import clean_text
from tracker_core.text.limits import MAX_POSTING_CHARS

RemotePolicy = Literal["remote", "hybrid", "onsite"]
SalaryPeriod = Literal["hour", "day", "week", "month", "year"]


class ParsedJob(BaseModel):
    """What a posting says; None (or empty lists) where it does not say."""

    title: str | None = None
    company: str | None = None
    location: str | None = None
    remote: RemotePolicy | None = None
    employment_type: str | None = None
    salary_min: float | None = None
    salary_max: float | None = None
    salary_currency: str | None = None
    salary_period: SalaryPeriod | None = None
    seniority: str | None = None
    years_experience: int | None = None
    required_skills: list[str] = Field(default_factory=list)
    preferred_skills: list[str] = Field(default_factory=list)
    education: str | None = None
    deadline: dt.date | None = None


_REMOTE_LABELS = (
    r"remote(?:\s*(?:work|option|eligible|policy|job))?|workplace(?:\s*type)?|location\s*type"
    r"|work\s*(?:mode|model|arrangement|style|location|setup|type)|work\s+from\s+home|wfh"
    r"|home\s?-?office|telework(?:ing)?(?:\s*eligible)?|t[ée]l[ée]travail|modalidad|modalit[àa]"
    r"|tryb\s+pracy|arbeitsmodell"
)
_TYPE_LABELS = r"(?:job|employment|contract|position)\s*type|type|schedule"


def split_skills(sections: list[Section]) -> tuple[list[str], list[str]]:
    """Skills of required (and duty/other) lines vs lines marked preferred."""
    required: list[str] = []
    preferred: list[str] = []
    # Each line is read alone, so a line repeated (a bullet pasted twice, a boilerplate line
    # under each section) is read once.
    seen: dict[str, list[str]] = {}
    for section in sections:
        for line in section.lines:
            kind = line_kind(line, section.kind)
            target = preferred if kind == "preferred" else required
            bare = strip_bullet(line)
            if bare not in seen:
                seen[bare] = extract_skills(bare)
            target.extend(seen[bare])
    req = _dedupe(required)
    # "PostgreSQL" required and "Postgres" nice to have: one skill, and it is required
    keys = {skill_key(s) for s in req}
    pref = [s for s in _dedupe(preferred) if skill_key(s) not in keys]
    return req, pref


def _dedupe(names: list[str]) -> list[str]:
    """Names in first-seen order without case-insensitive repeats."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out


def _headings(text: str) -> dict[int, str]:
    """Line index -> heading text for every heading line."""
    return {i: heading_text(ln) for i, ln in enumerate(text.split("\n")) if is_heading(ln)}


def parse_job_description(text: str, today: dt.date | None = None) -> ParsedJob:
    """Parse a pasted posting into a ParsedJob (offline, deterministic).

    `today` places a deadline written without a year ("apply by January 5") on its next
    occurrence; it defaults to the clock's today. Only the first MAX_POSTING_CHARS
    characters are read (the services refuse a longer posting with a message first); every
    pass is linear in the text, so that much of anything parses in about a second.
    """
    clean = clean_text(text[:MAX_POSTING_CHARS])
    if not clean:
        return ParsedJob()
    lines = clean.split("\n")
    title = find_title(lines, _headings(clean))
    title_at = title_line(lines, title)
    years = find_years(clean)
    salary = find_salary(clean)
    required, preferred = split_skills(split_sections(clean))
    currency = salary.currency if salary else None
    return ParsedJob(
        title=title,
        company=find_company(lines, clean, title_at, title),
        location=find_location(lines, title_at),
        remote=find_remote(clean, find_all_labelled(lines, _REMOTE_LABELS, ":")),
        employment_type=find_employment_type(find_labelled(lines, _TYPE_LABELS) or clean),
        salary_min=salary.minimum if salary else None,
        salary_max=salary.maximum if salary else None,
        salary_currency=currency,
        salary_period=salary.period if salary else None,
        seniority=find_seniority(title, clean, years),
        years_experience=years,
        required_skills=required,
        preferred_skills=preferred,
        education=find_education(clean),
        deadline=find_deadline(
            clean, prefer_month_first=currency in (None, "USD", "CAD"), today=today
        ),
    )


def parse_title(text: str) -> str | None:
    """Only the job title of a posting (what parse_job_description would give as title)."""
    clean = clean_text(text[:MAX_POSTING_CHARS])
    return find_title(clean.split("\n"), _headings(clean)) if clean else None
