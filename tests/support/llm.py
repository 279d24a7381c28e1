"""OpenAI-shaped responses and the script a fake OpenAI server plays (see tests/llm/conftest)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
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


@contextmanager
def serve_scripted_api() -> Iterator[ScriptedAPI]:
    """A real HTTP server on 127.0.0.1 that plays a script of responses, for the block."""
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
    try:
        yield api
    finally:
        server.shutdown()
        server.server_close()
