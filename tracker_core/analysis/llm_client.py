"""OpenAI chat calls with Structured Outputs, timeouts, retries and clear error messages."""

from __future__ import annotations

import email.utils
import importlib
import json
import os
import time
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
    max_retries: int = 3
    backoff: float = 1.0
    max_wait: float = 30.0

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


def _retry_after(response: Any) -> float | None:
    """Seconds asked by Retry-After / retry-after-ms, if any."""
    if response is None:
        return None
    millis = response.headers.get("retry-after-ms")
    if millis:
        try:
            return float(millis) / 1000
        except ValueError:
            pass
    raw = response.headers.get("retry-after")
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(raw)
        return max(0.0, parsed.timestamp() - time.time()) if parsed else None


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


def make_client(config: LLMConfig) -> OpenAI:
    """OpenAI client; our own loop does the retries."""
    from openai import OpenAI

    return OpenAI(
        api_key=config.api_key or "not-needed",
        base_url=config.base_url,
        timeout=config.timeout,
        max_retries=0,
    )


def call_structured(
    config: LLMConfig,
    messages: list[dict[str, str]],
    schema: type[T],
    *,
    max_tokens: int = 800,
    sleep: Callable[[float], None] = time.sleep,
) -> tuple[T, int]:
    """One Structured Outputs call: the parsed answer and the tokens it used."""
    import openai

    client = make_client(config)
    last = "no answer"
    for attempt in range(config.max_retries + 1):
        try:
            return _call_once(client, config, messages, schema, max_tokens)
        except openai.APIStatusError as exc:
            fatal = _fatal(exc, config)
            if fatal is not None:
                raise fatal from exc
            last = f"the API kept failing ({exc.status_code})"
            wait = _retry_after(exc.response)
        except openai.APIConnectionError as exc:
            last = "the API could not be reached or timed out"
            wait = None
            if attempt == config.max_retries:
                raise LLMError(f"OpenAI call failed: {last}.") from exc
        if attempt < config.max_retries:
            sleep(min(config.max_wait, wait if wait is not None else config.backoff * 2**attempt))
    raise LLMError(f"OpenAI call failed after {config.max_retries + 1} attempts: {last}.")


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
