"""Real local servers for the notification tests: an SMTP server (aiosmtpd) and an HTTP
server in the shape of Twilio's Messages API, both on 127.0.0.1, plus data helpers."""

from __future__ import annotations

import asyncio
import base64
import email
import email.policy
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

from aiosmtpd.controller import Controller
from sqlalchemy import Engine

from tests.support.fakes import RecordingVectors
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.models import ApplicationCreate
from tracker_core.services import applications as apps
from tracker_core.services.interviews import InterviewIn, add_interview


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class MailHandler:
    """Keeps every message; refuses recipients containing 'refused'; can hold DATA open."""

    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    refuse_sender: bool = False
    stall: threading.Event | None = None  # set: DATA waits until it is cleared
    reached_data: threading.Event = field(default_factory=threading.Event)

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, opts: Any
    ) -> str:  # noqa: N802
        if self.refuse_sender:
            return "553 5.7.1 Sender address rejected"
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, opts: Any
    ) -> str:  # noqa: N802
        if "refused" in address:
            return "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.reached_data.set()
        if self.stall is not None and self.stall.is_set():
            while self.stall.is_set():
                await asyncio.sleep(0.05)
            return "451 4.3.0 Try again later"  # the stalled message is never delivered
        parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        self.messages.append(parsed)
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 Message accepted"


class SmtpServer:
    def __init__(self) -> None:
        self.handler = MailHandler()
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> SmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.handler.stall is not None:
            self.handler.stall.clear()
        self.controller.stop()

    @property
    def messages(self) -> list[EmailMessage]:
        return self.handler.messages

    def settings(self, tmp_data: Any, **more: Any) -> Settings:
        values: dict[str, Any] = {
            "DATABASE_URL": "sqlite://",
            "DATA_DIR": tmp_data,
            "SMTP_HOST": "127.0.0.1",
            "SMTP_PORT": self.port,
            "SMTP_STARTTLS": False,
            "SMTP_FROM": "Tracker <tracker@example.com>",
            "APP_URL": "https://tracker.example.com",
            **more,
        }
        return Settings(_env_file=None, **values)

    def env(self) -> dict[str, str]:
        return {"SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(self.port), "SMTP_STARTTLS": "false"}


@dataclass
class SmsCall:
    form: dict[str, str]
    auth: tuple[str, str]


class SmsServer:
    """POST /Messages.json: 201 unless the To number picks a failure.

    +15550000400 -> 400, +15550000500 -> 500, +15550000401 -> 401, +15550000999 -> no answer.
    """

    def __init__(self) -> None:
        calls: list[SmsCall] = []
        self.calls = calls
        self.release = threading.Event()
        release = self.release

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                return None

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length", "0"))
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                raw = self.headers.get("Authorization", "").removeprefix("Basic ")
                user, _, secret = base64.b64decode(raw).decode().partition(":")
                calls.append(SmsCall(form, (user, secret)))
                to = form.get("To", "")
                if to == "+15550000999":
                    release.wait(10)
                    return
                status = {"+15550000400": 400, "+15550000500": 500, "+15550000401": 401}.get(
                    to, 201
                )
                body = b'{"sid": "SM123", "status": "queued"}'
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/2010-04-01/Accounts/AC1/Messages.json"

    def __enter__(self) -> SmsServer:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


def add_app(
    engine: Engine,
    user_id: str,
    company: str = "Acme",
    position: str = "Engineer",
    status: str = "saved",
    deadline: date | None = None,
) -> int:
    with user_session(engine, user_id) as session:
        app = apps.create_application(
            session=session,
            user_id=user_id,
            data=ApplicationCreate(
                company=company, position=position, status=status, deadline=deadline
            ),
            vectors=RecordingVectors(),
        )
        assert app.id is not None
        return app.id


def add_iv(engine: Engine, user_id: str, application_id: int, at: datetime) -> int:
    with user_session(engine, user_id) as session:
        iv = add_interview(
            session=session,
            user_id=user_id,
            application_id=application_id,
            data=InterviewIn(scheduled_at=at, kind="video"),
        )
        assert iv.id is not None
        return iv.id


def wait_for(predicate: Any, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.05)


def text_part(message: EmailMessage) -> str:
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    return str(body.get_content())


def html_part(message: EmailMessage) -> str:
    body = message.get_body(preferencelist=("html",))
    assert body is not None
    return str(body.get_content())


def parts(message: EmailMessage) -> Iterator[str]:
    for part in message.walk():
        yield part.get_content_type()
