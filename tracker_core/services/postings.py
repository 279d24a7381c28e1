"""Turn a pasted posting into the fields of a new application, for the user to check."""

from __future__ import annotations

from typing import Any

from tracker_core.jd_parser import ParsedJob, parse_job_description


def draft_from_posting(text: str) -> tuple[dict[str, Any], ParsedJob]:
    """Prefilled application fields (only what the posting says) and the full parse."""
    parsed = parse_job_description(text)
    fields: dict[str, Any] = {
        "company": parsed.company or "",
        "position": parsed.title or "",
        "location": parsed.location,
        "remote": parsed.remote,
        "salary_min": int(parsed.salary_min) if parsed.salary_min is not None else None,
        "salary_max": int(parsed.salary_max) if parsed.salary_max is not None else None,
        "salary_currency": parsed.salary_currency,
        "salary_period": parsed.salary_period,
        "deadline": parsed.deadline,
        "job_description": text.strip(),
    }
    return fields, parsed
