"""Engine choice: offline unless OpenAI is configured or explicitly asked for."""

from __future__ import annotations

from tracker_core.analysis.llm_client import config_from_settings
from tracker_core.analysis.models import ResumeAnalysis
from tracker_core.analysis.offline import analyze_offline
from tracker_core.analysis.openai_engine import analyze_openai
from tracker_core.embeddings import Embedder
from tracker_core.errors import InvalidInput

ENGINES = ("offline", "openai")


def analyze_resume(
    resume_text: str,
    job_description: str,
    *,
    engine: str | None = None,
    embedder: Embedder | None = None,
    api_key: str | None = None,
    base_url: str | None = None,
    model: str | None = None,
) -> ResumeAnalysis:
    """Analyse a resume against a posting: relevance 0-10, keywords, advice, explanation.

    Args:
        resume_text: the resume as plain text.
        job_description: the posting as plain text or pasted HTML.
        engine: "offline" (never sends text anywhere), "openai", or None to use OpenAI only
            when OPENAI_API_KEY or OPENAI_BASE_URL is configured.
        embedder: embedding model for the offline engine (default: the shipped static model).
        api_key, base_url, model: OpenAI settings overriding the app settings.

    Returns:
        The analysis; `engine` says which engine answered and `note` why OpenAI fell back.
    """
    if engine not in (None, *ENGINES):
        raise InvalidInput(f"Unknown engine {engine!r}; choose one of {ENGINES}")
    if engine == "offline":
        return analyze_offline(resume_text, job_description, embedder=embedder)
    config = config_from_settings(api_key, base_url, model)
    if engine is None and not config.configured:
        return analyze_offline(resume_text, job_description, embedder=embedder)
    return analyze_openai(resume_text, job_description, config, embedder=embedder)
