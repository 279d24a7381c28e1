"""Where messages go: the console, an SMTP server, an SMS provider's HTTP API.

Every failure becomes a :class:`DeliveryError` whose text is a plain sentence for the user
(stored in the log's error column) and never contains a password, a key or a server's reply.
"""

from __future__ import annotations

import re
import smtplib
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import formatdate, make_msgid
from typing import Protocol, TextIO

import httpx

E164 = re.compile(r"^\+[1-9]\d{6,14}$")


def is_e164(number: str | None) -> bool:
    """A phone number in international E.164 form: +, country code, up to 15 digits."""
    return bool(number) and E164.fullmatch(number or "") is not None


@dataclass(frozen=True)
class Outgoing:
    to: str
    subject: str
    text: str
    html: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)


class DeliveryError(Exception):
    """The message was not delivered; `retryable` when trying again later may work."""

    def __init__(self, sentence: str, *, retryable: bool) -> None:
        super().__init__(sentence)
        self.sentence = sentence
        self.retryable = retryable


class Sender(Protocol):
    channel: str

    def send(self, message: Outgoing) -> None: ...

    def close(self) -> None: ...


class ConsoleSender:
    """Prints each message: what `make run` does until SMTP or SMS settings are set."""

    channel = "console"

    def __init__(self, out: TextIO | None = None) -> None:
        self.out = out or sys.stdout

    def send(self, message: Outgoing) -> None:
        print(f"--- to {message.to}: {message.subject}", file=self.out)
        print(message.text.rstrip(), file=self.out)
        print("---", file=self.out, flush=True)

    def close(self) -> None:
        return None


def build_email(message: Outgoing, sender: str) -> Message:
    """multipart/alternative with a text and an HTML part and the message's own headers
    (List-Unsubscribe ...). Built with the compat32 MIME classes: several times faster than
    EmailMessage's header registry, which matters for a thousand messages a run."""
    # Long lines up to RFC 5322's 998: a List-Unsubscribe URL is not folded onto a new line.
    policy = compat32.clone(max_line_length=998)
    mail: Message = (
        MIMEMultipart("alternative", policy=policy)
        if message.html
        else MIMEText(message.text, "plain", "utf-8", policy=policy)
    )
    if message.html:
        mail.attach(MIMEText(message.text, "plain", "utf-8"))
        mail.attach(MIMEText(message.html, "html", "utf-8"))
    mail["From"] = sender
    mail["To"] = message.to
    mail["Subject"] = _header(message.subject)  # type: ignore[assignment]
    mail["Date"] = formatdate(localtime=False)
    mail["Message-ID"] = make_msgid(domain=_domain(sender))
    for name, value in message.headers.items():
        mail[name] = value
    return mail


def _header(value: str) -> str | Header:
    return value if value.isascii() else Header(value, "utf-8")


def _domain(address: str) -> str:
    found = re.search(r"@([A-Za-z0-9.-]+)", address)
    return found.group(1) if found else "localhost"


class SmtpSender:
    """One SMTP connection per run, opened on the first message and reused."""

    channel = "email"

    def __init__(
        self,
        host: str,
        port: int,
        sender: str,
        *,
        user: str | None = None,
        password: str | None = None,
        starttls: bool = True,
        timeout: float = 10.0,
    ) -> None:
        self.host, self.port, self.sender = host, port, sender
        self.user, self._password = user, password
        self.starttls, self.timeout = starttls, timeout
        self._smtp: smtplib.SMTP | None = None

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    def _connect(self) -> smtplib.SMTP:
        if self.port == 465:
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout)
        else:
            smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            if self.starttls:
                smtp.starttls()
        if self.user:
            smtp.login(self.user, self._password or "")
        return smtp

    def send(self, message: Outgoing) -> None:
        mail = build_email(message, self.sender)
        for attempt in (1, 2):
            try:
                if self._smtp is None:
                    self._smtp = self._connect()
                self._smtp.send_message(mail)
                return
            except smtplib.SMTPServerDisconnected:
                self._drop()
                if attempt == 2:
                    raise DeliveryError(
                        f"The mail server at {self.where} closed the connection.", retryable=True
                    ) from None
            except smtplib.SMTPException as exc:
                if not isinstance(exc, smtplib.SMTPRecipientsRefused | smtplib.SMTPSenderRefused):
                    self._drop()
                else:
                    self._reset()
                raise self._explain(exc, message.to) from None
            except TimeoutError:
                self._drop()
                raise DeliveryError(
                    f"The mail server at {self.where} did not answer within "
                    f"{self.timeout:g} seconds.",
                    retryable=True,
                ) from None
            except OSError:
                self._drop()
                raise DeliveryError(
                    f"The mail server at {self.where} could not be reached.", retryable=True
                ) from None

    def _explain(self, exc: smtplib.SMTPException, to: str) -> DeliveryError:
        if isinstance(exc, smtplib.SMTPRecipientsRefused):
            codes = [code for code, _ in exc.recipients.values()]
            code = codes[0] if codes else 550
            return DeliveryError(
                f"The mail server refused the recipient address {to} (code {code}).",
                retryable=400 <= code < 500,
            )
        if isinstance(exc, smtplib.SMTPSenderRefused):
            return DeliveryError(
                f"The mail server refused the sender address {exc.sender} (code {exc.smtp_code}). "
                "Check SMTP_FROM.",
                retryable=400 <= exc.smtp_code < 500,
            )
        if isinstance(exc, smtplib.SMTPAuthenticationError):
            return DeliveryError(
                "The mail server did not accept the user name and password "
                "(SMTP_USER, SMTP_PASSWORD).",
                retryable=False,
            )
        if isinstance(exc, smtplib.SMTPNotSupportedError):
            return DeliveryError(
                f"The mail server at {self.where} does not offer STARTTLS "
                "(set SMTP_STARTTLS=false only for a server on a trusted network).",
                retryable=False,
            )
        code = getattr(exc, "smtp_code", 0) or 0
        if isinstance(code, int) and code:
            return DeliveryError(
                f"The mail server refused the message (code {code}).",
                retryable=400 <= code < 500,
            )
        return DeliveryError(f"The mail server at {self.where} failed.", retryable=True)

    def _reset(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.rset()
            except (smtplib.SMTPException, OSError):
                self._drop()

    def _drop(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.close()
            except OSError:
                pass
        self._smtp = None

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (smtplib.SMTPException, OSError):
                pass
        self._drop()


class SmsSender:
    """Texts through an HTTP API in the shape of Twilio's Messages resource.

    POST form fields To, From, Body with basic auth: SMS_API_KEY is `user:secret` (Twilio's
    account SID and auth token). A 2xx reply means the provider accepted the message.
    """

    channel = "sms"

    def __init__(
        self,
        url: str,
        key: str,
        sender: str,
        *,
        timeout: float = 10.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        user, _, secret = key.partition(":")
        self.url, self.sender, self.timeout = url, sender, timeout
        self._client = httpx.Client(
            auth=(user, secret), timeout=timeout, transport=transport, follow_redirects=False
        )

    def send(self, message: Outgoing) -> None:
        if not is_e164(message.to):
            raise DeliveryError(
                "The phone number is not in international form (like +15551234567).",
                retryable=False,
            )
        try:
            reply = self._client.post(
                self.url, data={"To": message.to, "From": self.sender, "Body": message.text}
            )
        except httpx.TimeoutException:
            raise DeliveryError(
                f"The SMS provider did not answer within {self.timeout:g} seconds; the text may "
                "or may not have gone out, so it is not sent again.",
                retryable=False,
            ) from None
        except httpx.HTTPError:
            raise DeliveryError("The SMS provider could not be reached.", retryable=False) from None
        status = reply.status_code
        if 200 <= status < 300:
            return
        if status in (401, 403):
            sentence = "The SMS provider did not accept the credentials (SMS_API_KEY)."
        elif status == 429:
            sentence = "The SMS provider refused the text because too many were sent (429)."
        elif 400 <= status < 500:
            sentence = (
                f"The SMS provider refused the text ({status}): check the phone number and "
                "SMS_FROM."
            )
        else:
            sentence = f"The SMS provider had an error ({status}); the text was not sent."
        raise DeliveryError(sentence, retryable=False)

    def close(self) -> None:
        self._client.close()
