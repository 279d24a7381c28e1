"""Plain-language advice from an analysis: what to add, show or make explicit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tracker_core.analysis.evidence import unit_key
from tracker_core.analysis.models import YearsCheck

MAX_RECOMMENDATIONS = 8


def recommend(
    *,
    units_missing: list[str],
    checks: list[YearsCheck],
    units: Mapping[str, Any],
    role: YearsCheck | None = None,
) -> list[str]:
    """Concrete next steps, most important first."""
    recs: list[str] = _role_advice(role) if role is not None else []
    for label in units_missing:
        unit = units.get(unit_key(label))
        if unit is not None and unit.kind == "required":
            recs.append(
                f"The posting requires {label}: if you have it, add a bullet showing where and "
                "how you used it, using the posting's wording."
            )
    for check in checks:
        if check.found is None:
            recs.append(
                f"Give dates for your roles so the {check.required:g} years asked "
                f"('{_short(check.requirement)}') can be seen."
            )
        elif not check.met:
            recs.append(
                f"The posting asks for {check.required:g} years ('{_short(check.requirement)}'); "
                f"your resume shows about {check.found:g}. Make related experience and its dates "
                "explicit."
            )
    for label in units_missing:
        unit = units.get(unit_key(label))
        if unit is not None and unit.kind == "preferred":
            recs.append(f"Nice to have: {label}. Mention it if you have used it.")
    weak = [
        u for u in units.values() if not u.is_keyword and u.evidence and u.evidence.credit < 0.5
    ]
    for unit in weak[:2]:
        recs.append(f"Show evidence for: '{_short(unit.label)}'.")
    return recs[:MAX_RECOMMENDATIONS]


def _role_advice(role: YearsCheck) -> list[str]:
    """Advice when the resume's dated roles do not show the posting's role."""
    name = role.requirement.removeprefix("Experience as ")
    if not role.found:
        return [
            f"The posting is for a {name}, and none of the dated roles in your resume reads like "
            "one. If you have done this work, name it in the role's title."
        ]
    if not role.met:
        return [
            f"Your resume shows about {role.found:g} years as {name}; the posting looks for "
            f"{role.required:g}. Give the dates of every role where you did this work."
        ]
    return []


def _short(text: str, limit: int = 80) -> str:
    """Text cut to a readable length."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
