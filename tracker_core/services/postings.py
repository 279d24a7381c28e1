"""Turn a pasted posting into the fields of a new application, for the user to check."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tracker_core.jd_parser import ParsedJob, parse_job_description
from tracker_core.text.limits import check_posting_length

NOTHING_FOUND = "no salary, location or deadline found"
_LINK = re.compile(r"https?://[^\s<>()\[\]\"']+[^\s<>()\[\]\"'.,;:!?]")


@dataclass(frozen=True)
class PostingDraft:
    """What "Create application from this posting" offers: the form's initial values and
    one line saying what was read, as a person would write it."""

    fields: dict[str, Any]
    summary: str
    parsed: ParsedJob


def draft_from_posting(text: str) -> tuple[dict[str, Any], ParsedJob]:
    """Prefilled application fields (only what the posting says) and the full parse.

    Raises InvalidInput for a posting longer than MAX_POSTING_CHARS.
    """
    check_posting_length(text)
    parsed = parse_job_description(text)
    fields: dict[str, Any] = {
        "company": parsed.company or "",
        "position": parsed.title or "",
        "location": parsed.location,
        "url": posting_link(text),
        "remote": parsed.remote,
        "salary_min": int(parsed.salary_min) if parsed.salary_min is not None else None,
        "salary_max": int(parsed.salary_max) if parsed.salary_max is not None else None,
        "salary_currency": parsed.salary_currency,
        "salary_period": parsed.salary_period,
        "deadline": parsed.deadline,
        "job_description": text.strip(),
    }
    return fields, parsed


def posting_link(text: str) -> str | None:
    """The first web address in the posting (where to apply, usually), or None."""
    found = _LINK.search(text)
    return found.group(0) if found else None


def draft_application(text: str) -> PostingDraft:
    """The new application's initial values and the summary line, from a pasted posting."""
    fields, parsed = draft_from_posting(text)
    return PostingDraft(fields=fields, summary=posting_summary(parsed), parsed=parsed)


def posting_summary(parsed: ParsedJob) -> str:
    """What the parser read: 'Berlin · Hybrid · 70,000–85,000 EUR a year · Senior ·
    5+ years asked · apply by 2026-12-15' (only the parts the posting gives)."""
    parts = [str(v).capitalize() for v in (parsed.location, parsed.remote) if v is not None]
    low, high = parsed.salary_min, parsed.salary_max
    if low is not None or high is not None:
        amounts = "–".join(f"{v:,.0f}" for v in dict.fromkeys(v for v in (low, high) if v))
        period = f" a {parsed.salary_period}" if parsed.salary_period else ""
        parts.append(f"{amounts} {parsed.salary_currency or ''}".strip() + period)
    if parsed.seniority is not None:
        parts.append(parsed.seniority.capitalize())
    if parsed.years_experience is not None:
        parts.append(f"{parsed.years_experience}+ years asked")
    if parsed.deadline is not None:
        parts.append(f"apply by {parsed.deadline.isoformat()}")
    return " · ".join(parts) or NOTHING_FOUND
