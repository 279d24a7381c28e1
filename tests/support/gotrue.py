"""A loopback HTTP server answering with Supabase Auth (GoTrue) REST shapes, for tests."""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

import jwt

API_VERSION = "2024-01-01"
# A key shaped like Supabase's anon key (a JWT whose role is anon).
ANON_KEY = "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYW5vbiJ9.c2lnbmF0dXJl"
# The admin API's key (Supabase's service-role key is a JWT whose role is service_role).
SERVICE_ROLE_KEY = "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIn0.c2lnbmF0dXJl"


@dataclass
class GoTrueState:
    users: dict[str, dict[str, Any]] = field(default_factory=dict)  # email -> user record
    refresh: dict[str, str] = field(default_factory=dict)  # refresh token -> email
    access: dict[str, str] = field(default_factory=dict)  # access token -> email
    requests: list[str] = field(default_factory=list)
    rate_limited: bool = False
    # DELETE /auth/v1/admin/users/{id}: "drop" closes the connection unanswered, a number is
    # the status answered instead of deleting.
    admin_failure: int | str | None = None


def _user_json(rec: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": rec["id"],
        "aud": "authenticated",
        "role": "authenticated",
        "email": rec["email"],
        "app_metadata": {"provider": "email"},
        "user_metadata": rec["meta"],
        "created_at": "2026-11-24T00:00:00Z",
        "email_confirmed_at": "2026-11-24T00:00:00Z" if rec["confirmed"] else None,
    }


def _handler(state: GoTrueState) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _send(self, status: int, body: dict[str, Any] | None = None) -> None:
            data = json.dumps(body or {}).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("X-Supabase-Api-Version", API_VERSION)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _error(self, status: int, code: str, message: str) -> None:
            self._send(status, {"code": code, "message": message})

        def _session(self, email: str) -> dict[str, Any]:
            # A legacy (HS256) project's access token: only GoTrue can check its signature.
            claims = {
                "sub": state.users[email]["id"],
                "role": "authenticated",
                "aud": "authenticated",
                "exp": 4102444800,
                "jti": uuid.uuid4().hex,
            }
            access = jwt.encode(
                claims, "legacy-project-secret-of-32-bytes-or-more", algorithm="HS256"
            )
            refresh = uuid.uuid4().hex
            state.access[access] = email
            state.refresh[refresh] = email
            return {
                "access_token": access,
                "refresh_token": refresh,
                "expires_in": 3600,
                "expires_at": 4102444800,
                "token_type": "bearer",
                "user": _user_json(state.users[email]),
            }

        def _body(self) -> dict[str, Any]:
            length = int(self.headers.get("Content-Length") or 0)
            return json.loads(self.rfile.read(length) or b"{}")

        def _bearer_email(self) -> str | None:
            token = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
            return state.access.get(token)

        def do_POST(self) -> None:  # noqa: N802
            url = urlparse(self.path)
            state.requests.append(f"POST {url.path}?{url.query}")
            if state.rate_limited:
                return self._error(429, "over_request_rate_limit", "Request rate limit reached")
            body = self._body()
            if url.path == "/auth/v1/signup":
                email = body["email"]
                if email in state.users:
                    return self._error(422, "user_already_exists", "User already registered")
                confirmed = not email.startswith("confirm")
                state.users[email] = {
                    "id": str(uuid.uuid4()),
                    "email": email,
                    "confirmed": confirmed,
                    "password": body["password"],
                    "meta": body.get("data") or {},
                }
                if not confirmed:
                    return self._send(200, _user_json(state.users[email]))
                return self._send(200, self._session(email))
            if url.path == "/auth/v1/token":
                grant = parse_qs(url.query).get("grant_type", [""])[0]
                if grant == "password":
                    rec = state.users.get(body.get("email", ""))
                    if rec is None or rec["password"] != body.get("password"):
                        return self._error(400, "invalid_credentials", "Invalid login credentials")
                    if not rec["confirmed"]:
                        return self._error(400, "email_not_confirmed", "Email not confirmed")
                    return self._send(200, self._session(rec["email"]))
                if grant == "refresh_token":
                    email = state.refresh.pop(body.get("refresh_token", ""), None)
                    if email is None:
                        return self._error(400, "refresh_token_not_found", "Invalid Refresh Token")
                    return self._send(200, self._session(email))
            if url.path == "/auth/v1/logout":
                email = self._bearer_email()
                for token, owner in list(state.refresh.items()):
                    if owner == email:
                        del state.refresh[token]
                self.send_response(204)
                self.end_headers()
                return None
            return self._error(404, "not_found", "no such endpoint")

        def do_GET(self) -> None:  # noqa: N802
            state.requests.append(f"GET {self.path}")
            email = self._bearer_email()
            if self.path.startswith("/auth/v1/user") and email:
                return self._send(200, _user_json(state.users[email]))
            return self._error(401, "bad_jwt", "invalid JWT")

        def do_PUT(self) -> None:  # noqa: N802
            state.requests.append(f"PUT {self.path}")
            email = self._bearer_email()
            if self.path.startswith("/auth/v1/user") and email:
                state.users[email]["password"] = self._body().get("password", "")
                return self._send(200, _user_json(state.users[email]))
            return self._error(401, "bad_jwt", "invalid JWT")

        def do_DELETE(self) -> None:  # noqa: N802
            state.requests.append(f"DELETE {self.path}")
            prefix = "/auth/v1/admin/users/"
            if not self.path.startswith(prefix):
                return self._error(404, "not_found", "no such endpoint")
            bearer = f"Bearer {SERVICE_ROLE_KEY}"
            if (
                self.headers.get("apikey") != SERVICE_ROLE_KEY
                or self.headers.get("Authorization") != bearer
            ):
                return self._error(401, "no_authorization", "This endpoint requires a bearer")
            if state.admin_failure == "drop":
                self.close_connection = True
                return None
            if isinstance(state.admin_failure, int):
                return self._error(state.admin_failure, "unexpected_failure", "failure")
            uid = self.path.removeprefix(prefix)
            email = next((e for e, rec in state.users.items() if rec["id"] == uid), None)
            if email is None:
                return self._error(404, "user_not_found", "User not found")
            del state.users[email]
            for tokens in (state.refresh, state.access):
                for token, owner in list(tokens.items()):
                    if owner == email:
                        del tokens[token]
            return self._send(200, {})

    return Handler


@contextmanager
def gotrue_server() -> Iterator[tuple[str, GoTrueState]]:
    """Serve on 127.0.0.1 on a free port; yields the base URL and the server's state."""
    state = GoTrueState()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", state
    finally:
        server.shutdown()
        server.server_close()
