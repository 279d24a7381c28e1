"""Time the resume shows in the posting's own role ("Front End Developer" under Experience)."""

from __future__ import annotations

import re

from tracker_core.analysis.experience import Stint, total_years
from tracker_core.analysis.models import YearsCheck
from tracker_core.analysis.requirements import Requirement
from tracker_core.analysis.years import ROLE_OVERLAP, reads_as_role, role_overlap, role_scores
from tracker_core.embeddings import Embedder

# Years in the role that count as fully shown when the posting asks for no number.
DEFAULT_YEARS = 2.0
_RANK_WORDS = re.compile(
    r"\b(?:senior|sr|junior|jr|lead|principal|staff|head|chief|associate|entry[- ]level"
    r"|mid[- ]level|experienced|needed|wanted|hiring|urgent|i{1,3}|iv|[1-4])\b\.?",
    re.IGNORECASE,
)
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def role_name(title: str) -> str:
    """The role in a job title, without rank, brackets or 'needed' ('Sr Data Scientist (F2F)')."""
    name = _RANK_WORDS.sub(" ", _BRACKETS.sub(" ", title))
    return " ".join(name.replace("/", " / ").split()).strip(" -–|,/")


def matching_stints(role: str, stints: list[Stint], embedder: Embedder) -> list[Stint]:
    """Dated resume entries whose title names the role (shared words or close meaning)."""
    if not stints:
        return []
    scores = role_scores(role, stints, embedder)
    return [s for s, score in zip(stints, scores, strict=True) if reads_as_role(*score)]


def check_role(
    title: str | None, stints: list[Stint], embedder: Embedder, asked: float | None
) -> YearsCheck | None:
    """Years shown in the posting's role, against the years asked (or DEFAULT_YEARS)."""
    if not title or not stints:
        return None
    role = role_name(title)
    if not role:
        return None
    found = matching_stints(role, stints, embedder)
    years = total_years(found)
    target = asked or DEFAULT_YEARS
    return YearsCheck(
        requirement=f"Experience as {role}",
        required=target,
        found=round(years, 1),
        evidence=found[0].shown if found else None,
        met=years + 1e-6 >= target,
    )


def role_years(requirements: list[Requirement], title: str | None) -> float | None:
    """Years the posting asks in its own role: those of a requirement naming the role ("1 year
    as a Radar Engineer"), else the most asked by one naming no other role ("5+ years of
    experience"); years asked as another role ("4 years as a Webmaster") are not the role's."""
    asked = [r for r in requirements if r.years is not None]
    role = role_name(title) if title else ""
    own = [(role_overlap(role, r.role), r.years) for r in asked if r.years and role and r.role]
    own = [pair for pair in own if pair[0] >= ROLE_OVERLAP]
    if own:
        return max(own)[1]  # the closest naming of the role, then the most years
    general = [r.years for r in asked if r.years and not r.names_role]
    return max(general, default=None)


def role_credit(check: YearsCheck) -> float:
    """0..1: share of the target years shown in the role."""
    return min(1.0, (check.found or 0.0) / check.required) if check.required else 1.0
