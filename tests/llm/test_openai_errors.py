"""OpenAI error paths against a local HTTP server: only the HTTP boundary is scripted."""

from __future__ import annotations

import json
from itertools import pairwise

import pytest

from tests.support.llm import ScriptedAPI, completion, error
from tracker_core.analysis import ResumeAnalysis, analyze_resume
from tracker_core.analysis.llm_client import LLMConfig, LLMError, call_structured
from tracker_core.analysis.openai_engine import LLMAnalysis, parse_job_openai

JD = "Data Engineer\n\nRequirements:\n- Python and SQL\n- Apache Airflow\n"
RESUME = "Jane Doe\nData engineer (2019 - 2024): Python pipelines and SQL models."
GOOD_ANSWER = json.dumps(
    {
        "relevance": 7,
        "met_requirements": [1],
        "matched_keywords": ["Python", "SQL", "Snowflake"],
        "missing_keywords": ["Airflow", "Quantum Basket Weaving"],
        "recommendations": ["Mention any Airflow DAGs you wrote."],
    }
)


def _analyze(api: ScriptedAPI) -> ResumeAnalysis:
    return analyze_resume(
        RESUME, JD, engine="openai", api_key="sk-test", base_url=api.base_url, model="test-model"
    )


def test_success_is_grounded_and_counts_tokens(scripted_api: ScriptedAPI) -> None:
    scripted_api.script = [(200, {}, completion(GOOD_ANSWER, tokens=123))]
    result = _analyze(scripted_api)
    assert result.engine == "openai"
    assert result.tokens_used == 123
    assert result.relevance == 7
    assert "Snowflake" not in result.matched_keywords
    assert "Quantum Basket Weaving" not in result.missing_keywords
    assert result.missing_keywords == ["Airflow"]
    sent = scripted_api.requests[0]
    assert sent["response_format"]["type"] == "json_schema"
    assert sent["temperature"] == 0


def test_bad_key_falls_back_with_clear_note(scripted_api: ScriptedAPI) -> None:
    scripted_api.script = [(401, {}, error(401, "invalid_api_key", "Incorrect API key"))]
    result = _analyze(scripted_api)
    assert result.engine == "offline"
    assert result.note and "401" in result.note and "OPENAI_API_KEY" in result.note
    assert len(scripted_api.requests) == 1


def test_unknown_model(scripted_api: ScriptedAPI) -> None:
    scripted_api.script = [(404, {}, error(404, "model_not_found", "No such model"))]
    result = _analyze(scripted_api)
    assert result.note and "test-model" in result.note and "404" in result.note


def test_no_quota_is_not_retried(scripted_api: ScriptedAPI) -> None:
    scripted_api.script = [(429, {}, error(429, "insufficient_quota", "You exceeded your quota"))]
    result = _analyze(scripted_api)
    assert result.note and "quota" in result.note
    assert len(scripted_api.requests) == 1


def test_rate_limit_honours_retry_after(scripted_api: ScriptedAPI) -> None:
    scripted_api.script = [
        (429, {"retry-after-ms": "600"}, error(429, "rate_limit_exceeded", "Slow down")),
        (200, {}, completion(GOOD_ANSWER)),
    ]
    config = LLMConfig(api_key="sk-test", base_url=scripted_api.base_url, model="m")
    answer, tokens = call_structured(config, [{"role": "user", "content": "hi"}], LLMAnalysis)
    assert answer.relevance == 7 and tokens == 42
    assert len(scripted_api.requests) == 2
    # The second request waited as long as the server asked (the SDK's retry honours it).
    assert scripted_api.arrived[1] - scripted_api.arrived[0] >= 0.6


def test_server_error_then_success(scripted_api: ScriptedAPI) -> None:
    scripted_api.script = [
        (500, {}, error(500, "server_error", "Oops")),
        (503, {}, error(503, "overloaded", "Busy")),
        (200, {}, completion(GOOD_ANSWER)),
    ]
    config = LLMConfig(api_key="k", base_url=scripted_api.base_url, model="m")
    answer, _ = call_structured(config, [{"role": "user", "content": "hi"}], LLMAnalysis)
    assert answer.matched_keywords[0] == "Python"
    assert len(scripted_api.requests) == 3
    gaps = [later - earlier for earlier, later in pairwise(scripted_api.arrived)]
    assert all(gap > 0.1 for gap in gaps)  # each retry backed off before trying again


def test_server_errors_that_never_end_give_a_clear_message(scripted_api: ScriptedAPI) -> None:
    scripted_api.script = [(500, {}, error(500, "server_error", "Oops"))] * 3
    config = LLMConfig(api_key="k", base_url=scripted_api.base_url, model="m", max_retries=2)
    with pytest.raises(LLMError, match=r"after 3 attempts: the API kept failing \(500\)"):
        call_structured(config, [{"role": "user", "content": "hi"}], LLMAnalysis)
    assert len(scripted_api.requests) == 3


def test_server_errors_exhaust_retries() -> None:
    config = LLMConfig(api_key="k", base_url="http://127.0.0.1:9/v1", model="m", max_retries=1)
    with pytest.raises(LLMError, match="could not be reached"):
        call_structured(config, [{"role": "user", "content": "hi"}], LLMAnalysis)


def test_malformed_json_falls_back(scripted_api: ScriptedAPI) -> None:
    scripted_api.script = [(200, {}, completion("{not json"))]
    result = _analyze(scripted_api)
    assert result.engine == "offline"
    assert result.note and "not valid JSON" in result.note


def test_settings_from_environment_select_openai(
    scripted_api: ScriptedAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", scripted_api.base_url)
    monkeypatch.setenv("OPENAI_MODEL", "env-model")
    scripted_api.script = [(200, {}, completion(GOOD_ANSWER))]
    result = analyze_resume(RESUME, JD)
    assert result.engine == "openai" and result.model == "env-model"
    assert scripted_api.requests[0]["model"] == "env-model"


def test_parsed_skills_are_named_as_the_posting_writes_them(scripted_api: ScriptedAPI) -> None:
    posting = "Backend Engineer\n\nRequirements:\n- Postgres and GCP\n- Python\n"
    answer = {
        "title": "Backend Engineer", "company": None, "location": None, "remote": None,
        "employment_type": None, "salary_min": None, "salary_max": None,
        "salary_currency": None, "salary_period": None, "seniority": None,
        "years_experience": None, "education": None, "deadline": None,
        # The model gives the vocabulary's names; one skill the posting never asks for.
        "required_skills": ["PostgreSQL", "Google Cloud", "python", "Kotlin"],
        "preferred_skills": [],
    }  # fmt: skip
    scripted_api.script = [(200, {}, completion(json.dumps(answer)))]
    config = LLMConfig(api_key="k", base_url=scripted_api.base_url, model="m")
    job, note, _ = parse_job_openai(posting, config)
    assert note is None
    assert job.required_skills == ["Postgres", "GCP", "Python"]


def test_a_requirement_the_model_calls_met_has_nothing_missing(scripted_api: ScriptedAPI) -> None:
    answer = json.loads(GOOD_ANSWER) | {"met_requirements": [1, 2, 3]}
    scripted_api.script = [(200, {}, completion(json.dumps(answer)))]
    result = _analyze(scripted_api)
    assert result.missing_keywords == ["Airflow"]
    for row in result.explanation:
        if row.met:
            assert "airflow" not in {k.casefold() for k in row.keywords}, row.requirement
    assert any(row.met for row in result.explanation)
