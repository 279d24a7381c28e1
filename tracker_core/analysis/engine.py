"""Engine choice: offline unless OpenAI is configured or explicitly asked for."""

from __future__ import annotations

from tracker_core.analysis.models import ResumeAnalysis
from tracker_core.analysis.offline import analyze_offline
from tracker_core.embeddings import Embedder


def analyze_resume(
    resume_text: str,
    job_description: str,
    *,
    engine: str | None = None,
    embedder: Embedder | None = None,
) -> ResumeAnalysis:
    """Analyse a resume against a posting: relevance 0-10, keywords, advice, explanation."""
    return analyze_offline(resume_text, job_description, embedder=embedder)
