"""Feedback on a practice answer by OpenAI (or an OpenAI-compatible server), when chosen.

The offline feedback (`feedback.answer_feedback`) is always shown; this adds a reviewer's reading
of the answer. The model sees the question and the answer only, never the user's other data. Any
failure comes back as a note worded for the user, with no feedback lost.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from tracker_core.analysis.llm_client import LLMConfig, LLMError, call_structured

MAX_ANSWER_CHARS = 6_000
_SYSTEM = (
    "You coach a job seeker for interviews. Read their answer to the interview question and give "
    "short, concrete feedback in the STAR frame (situation, task, action, result). Quote or name "
    "what is in the answer; never invent facts about the candidate."
)


class LLMAnswerFeedback(BaseModel):
    """The shape the model answers in (Structured Outputs)."""

    strengths: list[str] = Field(description="What works in the answer, at most three")
    improvements: list[str] = Field(description="Concrete changes to make, at most three")


class ModelFeedback(BaseModel):
    """What the page shows under the offline feedback."""

    strengths: list[str] = Field(default_factory=list)
    improvements: list[str] = Field(default_factory=list)
    model: str | None = None
    note: str | None = None  # why there is no model feedback, when there is none


def model_feedback(question: str, answer: str, config: LLMConfig) -> ModelFeedback:
    """The model's reading of `answer`; a note instead when it is not configured or fails."""
    if not config.configured:
        return ModelFeedback(note="OpenAI is not configured (set OPENAI_API_KEY).")
    if not answer.strip():
        return ModelFeedback(note="Write an answer first; the model has nothing to read.")
    messages = [
        {"role": "system", "content": _SYSTEM},
        {
            "role": "user",
            "content": f"Question: {question}\n\nAnswer:\n{answer[:MAX_ANSWER_CHARS]}",
        },
    ]
    try:
        reply, _tokens = call_structured(config, messages, LLMAnswerFeedback, max_tokens=400)
    except LLMError as exc:
        return ModelFeedback(note=f"{exc} The offline feedback above still applies.")
    return ModelFeedback(
        strengths=[s.strip() for s in reply.strengths if s.strip()][:3],
        improvements=[s.strip() for s in reply.improvements if s.strip()][:3],
        model=config.model,
    )
