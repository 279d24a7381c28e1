"""OpenAI-shaped responses and the script a fake OpenAI server plays (see tests/llm/conftest)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def completion(content: str, tokens: int = 42) -> dict[str, Any]:
    """A chat.completions response body carrying content."""
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 0,
        "model": "test-model",
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {"role": "assistant", "content": content, "refusal": None},
            }
        ],
        "usage": {"prompt_tokens": tokens - 2, "completion_tokens": 2, "total_tokens": tokens},
    }


def error(status: int, code: str, message: str) -> dict[str, Any]:
    """An OpenAI error body."""
    return {"error": {"message": message, "type": "error", "code": code, "param": None}}


@dataclass
class ScriptedAPI:
    """Answers each POST with the next scripted (status, headers, body); records requests."""

    base_url: str = ""
    script: list[tuple[int, dict[str, str], Any]] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    arrived: list[float] = field(default_factory=list)  # time.monotonic() of each request
