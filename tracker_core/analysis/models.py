"""Result shapes of a resume analysis (plain pydantic models, JSON-ready)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

RequirementKind = Literal["required", "preferred"]


class RequirementMatch(BaseModel):
    """One requirement of the posting and how the resume answers it."""

    requirement: str
    keywords: list[str] = Field(default_factory=list)
    kind: RequirementKind = "required"
    weight: float = 1.0
    met: bool = False
    score: float = 0.0
    evidence: str | None = None


class YearsCheck(BaseModel):
    """Years of experience asked for one requirement vs found in the resume."""

    requirement: str
    required: float
    found: float | None = None
    evidence: str | None = None
    met: bool = False


class ResumeAnalysis(BaseModel):
    """How well a resume fits a posting, with the reasons."""

    relevance: float
    matched_keywords: list[str] = Field(default_factory=list)
    missing_keywords: list[str] = Field(default_factory=list)
    recommendations: list[str] = Field(default_factory=list)
    engine: str = "offline"
    explanation: list[RequirementMatch] = Field(default_factory=list)
    years_required: float | None = None
    years_found: float | None = None
    years_checks: list[YearsCheck] = Field(default_factory=list)
    note: str | None = None
    model: str | None = None
    tokens_used: int | None = None
