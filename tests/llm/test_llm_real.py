"""Real chat.completions calls to a local llama.cpp server (Gemma 3 270M): structure only."""

from __future__ import annotations

import pytest

from tracker_core.analysis import analyze_resume
from tracker_core.analysis.llm_client import LLMConfig
from tracker_core.analysis.openai_engine import parse_job_openai
from tracker_core.jd_parser import ParsedJob
from tracker_core.skills import extract_skills

pytestmark = pytest.mark.llm

JD = """Backend Developer
Remote. Salary: $90k - $110k per year.
Requirements:
- Python and PostgreSQL
- Docker
Nice to have: Kubernetes
"""
RESUME = "Sam Lee\nBackend developer (2019 - 2024): Python APIs on PostgreSQL, shipped with Docker."


def test_analysis_through_a_real_model(llama_url: str) -> None:
    result = analyze_resume(RESUME, JD, engine="openai", base_url=llama_url, model="gemma")
    assert result.engine == "openai", result.note
    assert isinstance(result.tokens_used, int) and result.tokens_used > 0
    assert 0 <= result.relevance <= 10
    grounded = {s.casefold() for s in extract_skills(JD + "\n" + RESUME)}
    offline = analyze_resume(RESUME, JD, engine="offline")
    grounded |= {k.casefold() for k in offline.matched_keywords + offline.missing_keywords}
    for word in result.matched_keywords + result.missing_keywords:
        assert isinstance(word, str) and word.casefold() in grounded
    assert all(isinstance(r, str) and r for r in result.recommendations)
    assert all(isinstance(e.met, bool) for e in result.explanation)


def test_parsing_through_a_real_model(llama_url: str) -> None:
    job, note, tokens = parse_job_openai(JD, LLMConfig(base_url=llama_url, model="gemma"))
    assert note is None
    assert isinstance(job, ParsedJob) and tokens > 0
    assert job.remote in (None, "remote", "hybrid", "onsite")
    assert job.salary_period in (None, "hour", "day", "week", "month", "year")
    assert set(job.required_skills) <= set(extract_skills(JD))
