"""OpenAI chat calls with Structured Outputs, timeouts, retries and clear error messages."""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from tracker_core.errors import Unavailable

if TYPE_CHECKING:
    import openai
    from openai import OpenAI

T = TypeVar("T", bound=BaseModel)
DEFAULT_MODEL = "gpt-4o-mini"


@dataclass(frozen=True)
class LLMConfig:
    """Where and how to call an OpenAI-compatible API."""

    api_key: str | None = None
    base_url: str | None = None
    model: str = DEFAULT_MODEL
    timeout: float = 60.0
    max_retries: int = 3  # the SDK's own retries: 408/409/429/5xx and lost connections

    @property
    def configured(self) -> bool:
        """True when a key or a base URL is set."""
        return bool(self.api_key or self.base_url)


class LLMError(Unavailable, RuntimeError):
    """An LLM call that failed; the message is written for the user."""


def config_from_settings(
    api_key: str | None = None, base_url: str | None = None, model: str | None = None
) -> LLMConfig:
    """Config from explicit arguments, else the app settings, else the environment."""
    settings = _settings()
    key = api_key or _secret(getattr(settings, "OPENAI_API_KEY", None))
    key = key or os.environ.get("OPENAI_API_KEY") or None
    url = (
        base_url or getattr(settings, "OPENAI_BASE_URL", None) or os.environ.get("OPENAI_BASE_URL")
    )
    name = model or getattr(settings, "OPENAI_MODEL", None) or os.environ.get("OPENAI_MODEL")
    return LLMConfig(api_key=key, base_url=url or None, model=name or DEFAULT_MODEL)


def _settings() -> Any:
    """The lead's Settings object when tracker_core.config exists, else None."""
    try:
        module = importlib.import_module("tracker_core.config")
    except ImportError:
        return None
    getter: Callable[[], Any] | None = getattr(module, "get_settings", None)
    return getter() if getter else None


def _secret(value: Any) -> str | None:
    """Plain string of a SecretStr or str."""
    if value is None:
        return None
    reveal = getattr(value, "get_secret_value", None)
    return str(reveal()) if reveal else str(value)


def _error_code(exc: openai.APIStatusError) -> str | None:
    """The 'code' (or 'type') field of an OpenAI error body."""
    body = exc.body
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict):
            return str(inner.get("code") or inner.get("type") or "") or None
    return None


def _fatal(exc: openai.APIStatusError, config: LLMConfig) -> LLMError | None:
    """A user-facing error for failures that retrying cannot fix."""
    import openai

    if isinstance(exc, openai.AuthenticationError):
        return LLMError("OpenAI rejected the API key (401). Check OPENAI_API_KEY.")
    if isinstance(exc, openai.PermissionDeniedError):
        return LLMError("The API key may not use this model or project (403).")
    if isinstance(exc, openai.NotFoundError):
        return LLMError(f"Model '{config.model}' was not found (404). Check OPENAI_MODEL.")
    if isinstance(exc, openai.RateLimitError) and _error_code(exc) == "insufficient_quota":
        return LLMError("The OpenAI account has no quota left (429 insufficient_quota).")
    if isinstance(exc, openai.RateLimitError | openai.InternalServerError):
        return None
    return LLMError(f"The OpenAI API refused the request ({exc.status_code}).")


def _no_retry_without_quota(response: Any) -> None:
    """Tell the SDK not to retry a 429 that means "no quota left": waiting cannot fix it.

    The SDK retries every 429 unless the answer carries `x-should-retry: false`, its documented
    override; OpenAI words an exhausted account as a 429 with code `insufficient_quota`.
    `response` is the SDK's httpx response, handed to this hook before the SDK reads it.
    """
    if response.status_code != 429:
        return
    response.read()
    try:
        body = response.json()
    except ValueError:
        return
    inner = body.get("error", body) if isinstance(body, dict) else None
    if isinstance(inner, dict) and "insufficient_quota" in (inner.get("code"), inner.get("type")):
        response.headers["x-should-retry"] = "false"


def make_client(config: LLMConfig) -> OpenAI:
    """OpenAI client whose own retries (honouring Retry-After) cover transient failures."""
    from openai import DefaultHttpxClient, OpenAI

    return OpenAI(
        api_key=config.api_key or "not-needed",
        base_url=config.base_url,
        timeout=config.timeout,
        max_retries=config.max_retries,
        http_client=DefaultHttpxClient(event_hooks={"response": [_no_retry_without_quota]}),
    )


def call_structured(
    config: LLMConfig,
    messages: list[dict[str, str]],
    schema: type[T],
    *,
    max_tokens: int = 800,
) -> tuple[T, int]:
    """One Structured Outputs call: the parsed answer and the tokens it used."""
    import openai

    client = make_client(config)
    attempts = config.max_retries + 1
    try:
        return _call_once(client, config, messages, schema, max_tokens)
    except openai.APIStatusError as exc:
        fatal = _fatal(exc, config)
        if fatal is not None:
            raise fatal from exc
        raise LLMError(
            f"OpenAI call failed after {attempts} attempts: "
            f"the API kept failing ({exc.status_code})."
        ) from exc
    except openai.APIConnectionError as exc:
        raise LLMError("OpenAI call failed: the API could not be reached or timed out.") from exc


def _call_once(
    client: OpenAI,
    config: LLMConfig,
    messages: list[dict[str, str]],
    schema: type[T],
    max_tokens: int,
) -> tuple[T, int]:
    """A single request; malformed or cut-off answers become LLMError."""
    import openai

    try:
        completion = client.chat.completions.parse(
            model=config.model,
            messages=messages,  # type: ignore[arg-type]
            response_format=schema,
            temperature=0,
            max_tokens=max_tokens,
        )
    except openai.LengthFinishReasonError as exc:
        raise LLMError("The model's answer was cut off before it ended.") from exc
    except (ValidationError, json.JSONDecodeError) as exc:
        raise LLMError("The model's answer was not valid JSON for the expected shape.") from exc
    message = completion.choices[0].message
    if message.refusal:
        raise LLMError("The model declined to answer.")
    if message.parsed is None:
        raise LLMError("The model's answer was empty.")
    tokens = completion.usage.total_tokens if completion.usage else 0
    return message.parsed, tokens
