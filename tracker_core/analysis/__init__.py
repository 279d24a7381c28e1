"""Resume analysis: offline by default, OpenAI when configured or asked for."""

from __future__ import annotations

from tracker_core.analysis.engine import analyze_resume
from tracker_core.analysis.models import RequirementMatch, ResumeAnalysis, YearsCheck

__all__ = ["RequirementMatch", "ResumeAnalysis", "YearsCheck", "analyze_resume"]
