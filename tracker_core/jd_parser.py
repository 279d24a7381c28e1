"""Job-description parser: structured fields from a pasted posting (plain text or HTML)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, Field

from tracker_core import jd_fields as fields
from tracker_core.jd_salary import find_salary
from tracker_core.jd_sections import Section, line_kind, split_sections, strip_bullet
from tracker_core.skills import extract_skills
from tracker_core.text_clean import clean_text

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


_COMPANY_LABELS = r"company(?:\s*name)?|employer|organi[sz]ation|hiring company|client"
_LOCATION_LABELS = r"location|job location|based in|office location|city|work location|where"
_REMOTE_LABELS = (
    r"remote(?:\s*(?:work|option|eligible|policy))?|workplace(?:\s*type)?|location\s*type"
    r"|work\s*(?:mode|model|arrangement|style|location|setup|type)|work\s+from\s+home|wfh"
    r"|home\s?-?office|telework(?:ing)?|t[ée]l[ée]travail"
)
_TYPE_LABELS = r"(?:job|employment|contract|position)\s*type|type|schedule"


def split_skills(sections: list[Section]) -> tuple[list[str], list[str]]:
    """Skills of required (and duty/other) lines vs lines marked preferred."""
    required: list[str] = []
    preferred: list[str] = []
    for section in sections:
        for line in section.lines:
            kind = line_kind(line, section.kind)
            target = preferred if kind == "preferred" else required
            target.extend(extract_skills(strip_bullet(line)))
    req = _dedupe(required)
    folded = {s.casefold() for s in req}
    pref = [s for s in _dedupe(preferred) if s.casefold() not in folded]
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
    from tracker_core.jd_sections import heading_text, is_heading

    return {i: heading_text(ln) for i, ln in enumerate(text.split("\n")) if is_heading(ln)}


def _company(lines: list[str], text: str) -> str | None:
    """Company from a label, 'About X', 'X is hiring' or 'Join X'."""
    labelled = fields.find_labelled(lines[:40], _COMPANY_LABELS)
    if labelled:
        return labelled
    name = r"([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})"
    for pattern in (
        rf"^\s*#*\s*About\s+{name}\s*:?\s*$",
        rf"\bJoin\s+{name}\b",
        rf"^{name}\s+is\s+(?:hiring|looking|seeking)",
        rf"\bAt\s+{name},\s+we\b",
    ):
        match = re.search(pattern, text, re.MULTILINE)
        if match and match.group(1).lower() not in {"us", "the", "our", "the team", "you"}:
            return match.group(1).strip()
    return None


def _location(lines: list[str]) -> str | None:
    """Location from a 'Location:' line, else a 'City, ST' in the first lines."""
    labelled = fields.find_labelled(lines[:60], _LOCATION_LABELS)
    if labelled:
        return labelled
    for line in lines[:5]:
        match = re.search(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s(?:[A-Z]{2}|[A-Z][a-z]+))\b", line)
        if match:
            return match.group(1)
    return None


def parse_job_description(text: str) -> ParsedJob:
    """Parse a pasted posting into a ParsedJob (offline, deterministic)."""
    clean = clean_text(text)
    if not clean:
        return ParsedJob()
    lines = clean.split("\n")
    title = fields.find_title(lines, _headings(clean))
    years = fields.find_years(clean)
    salary = find_salary(clean)
    required, preferred = split_skills(split_sections(clean))
    currency = salary.currency if salary else None
    return ParsedJob(
        title=title,
        company=_company(lines, clean),
        location=_location(lines),
        remote=fields.find_remote(clean, fields.find_labelled(lines, _REMOTE_LABELS, ":")),
        employment_type=fields.find_employment_type(
            fields.find_labelled(lines, _TYPE_LABELS) or clean
        ),
        salary_min=salary.minimum if salary else None,
        salary_max=salary.maximum if salary else None,
        salary_currency=currency,
        salary_period=salary.period if salary else None,
        seniority=fields.find_seniority(title, clean, years),
        years_experience=years,
        required_skills=required,
        preferred_skills=preferred,
        education=fields.find_education(clean),
        deadline=fields.find_deadline(clean, prefer_month_first=currency in (None, "USD", "CAD")),
    )
