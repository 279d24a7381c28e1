"""Model feedback on a practice answer, against a local OpenAI-shaped server."""

from __future__ import annotations

import json

from tests.support.llm import ScriptedAPI, completion, error
from tracker_core.analysis.llm_client import LLMConfig
from tracker_core.prep.model_feedback import model_feedback

QUESTION = "Tell me about a time you fixed a broken release."
ANSWER = "Our deploy failed on a Friday. I rolled back, found the bad migration and fixed it."
REPLY = json.dumps(
    {
        "strengths": ["You say what you did yourself: rolled back and found the migration."],
        "improvements": ["Say how long the outage lasted and who it affected."],
    }
)


def _config(api: ScriptedAPI) -> LLMConfig:
    return LLMConfig(api_key="sk-test", base_url=api.base_url, model="coach-model")


def test_the_model_reads_the_answer_and_says_what_works_and_what_to_change(
    scripted_api: ScriptedAPI,
) -> None:
    scripted_api.script = [(200, {}, completion(REPLY))]
    fb = model_feedback(QUESTION, ANSWER, _config(scripted_api))
    assert fb.note is None and fb.model == "coach-model"
    assert fb.strengths == ["You say what you did yourself: rolled back and found the migration."]
    assert fb.improvements == ["Say how long the outage lasted and who it affected."]
    sent = scripted_api.requests[0]
    assert QUESTION in sent["messages"][1]["content"] and ANSWER in sent["messages"][1]["content"]
    assert sent["response_format"]["type"] == "json_schema"


def test_a_refused_key_becomes_a_note_and_no_feedback(scripted_api: ScriptedAPI) -> None:
    scripted_api.script = [(401, {}, error(401, "invalid_api_key", "Incorrect API key"))]
    fb = model_feedback(QUESTION, ANSWER, _config(scripted_api))
    assert fb.strengths == [] and fb.improvements == []
    assert fb.note and "OPENAI_API_KEY" in fb.note and "offline feedback" in fb.note


def test_an_empty_answer_or_no_configuration_sends_nothing(scripted_api: ScriptedAPI) -> None:
    assert model_feedback(QUESTION, "   ", _config(scripted_api)).note
    assert "not configured" in (model_feedback(QUESTION, ANSWER, LLMConfig()).note or "")
    assert scripted_api.requests == []
