"""Shared fixtures: one embedder per session and an environment with no LLM settings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tracker_core.embeddings import Embedder, get_embedder


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The default (shipped) embedder, loaded once."""
    return get_embedder()


@pytest.fixture(autouse=True)
def no_llm_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test reaches a real OpenAI account by accident."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL", "EMBEDDING_MODEL"):
        monkeypatch.delenv(name, raising=False)
    yield
