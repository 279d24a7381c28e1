"""The words of each message: subject, text, HTML (email) and a short SMS body.

Every message names the application and links to it (APP_URL/detail?id=...); every email has a
footer link to the preferences and a signed one-click unsubscribe link for its kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from html import escape
from urllib.parse import quote

from tracker_core.notifications.rules import DueItem, Kind, Recipient


@dataclass(frozen=True)
class DigestLine:
    """One line of a digest: an application, what happened or is due, and when."""

    application_id: int
    company: str
    position: str
    what: str


@dataclass(frozen=True)
class DigestContent:
    changes: Sequence[DigestLine] = ()
    upcoming: Sequence[DigestLine] = ()

    @property
    def empty(self) -> bool:
        return not self.changes and not self.upcoming


@dataclass(frozen=True)
class Links:
    app_url: str
    unsubscribe_token: str = ""
    api_url: str | None = None  # set: mail providers' one-click POST goes to the REST API

    def application(self, application_id: int) -> str:
        return f"{self.app_url}/detail?id={application_id}"

    @property
    def preferences(self) -> str:
        return f"{self.app_url}/notifications"

    @property
    def unsubscribe(self) -> str:
        return f"{self.app_url}/unsubscribe?token={quote(self.unsubscribe_token)}"

    @property
    def one_click(self) -> str:
        """The List-Unsubscribe URL: the API's POST /unsubscribe if there is one, else the page."""
        if self.api_url:
            return f"{self.api_url}/unsubscribe?token={quote(self.unsubscribe_token)}"
        return self.unsubscribe


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str
    sms: str
    headers: dict[str, str] = field(default_factory=dict)


def _day(value: date, tz_name: str) -> str:
    return f"{value:%A} {value.day} {value:%B %Y}"


def _moment(value: datetime, who: Recipient) -> str:
    local = value.astimezone(who.tz)
    return f"{local:%A} {local.day} {local:%B} at {local:%H:%M} ({who.timezone})"


def _headline(item: DueItem, who: Recipient, now: datetime) -> tuple[str, str]:
    """(subject, first sentence) for one item."""
    name = f"{item.position} at {item.company}"
    if item.kind is Kind.DEADLINE and isinstance(item.about, date):
        days = (item.about - now.astimezone(who.tz).date()).days
        when = "today" if days <= 0 else "tomorrow" if days == 1 else f"in {days} days"
        return (
            f"Deadline {when}: {name}",
            f"The deadline for {name} is {when}, {_day(item.about, who.timezone)}.",
        )
    if item.kind is Kind.INTERVIEW and isinstance(item.about, datetime):
        soon = "in 2 hours" if item.ref.endswith("-2h") else "tomorrow"
        return (
            f"Interview {soon}: {name}",
            f"Your interview for {name} is {soon}, {_moment(item.about, who)}.",
        )
    if item.kind is Kind.FOLLOWUP:
        return (
            f"Time to follow up: {name}",
            f"Nothing has changed on {name} for 7 days. A short follow-up note often helps.",
        )
    if item.kind is Kind.GHOSTED:
        return (
            f"Ghosted? {name}",
            f"Nothing has changed on {name} for 30 days. If you have heard nothing, you may "
            "want to mark it as ghosted.",
        )
    return ("Your application digest", "Here is what changed and what is coming up.")


def render(
    item: DueItem,
    who: Recipient,
    links: Links,
    now: datetime,
    digest: DigestContent | None = None,
) -> Rendered:
    subject, sentence = _headline(item, who, now)
    text_lines = [sentence, ""]
    html_parts = [f"<p>{escape(sentence)}</p>"]
    if item.application_id is not None:
        url = links.application(item.application_id)
        text_lines += [f"Open it in the tracker: {url}", ""]
        html_parts.append(
            f'<p><a href="{escape(url)}">Open {escape(item.company)} in the tracker</a></p>'
        )
    if digest is not None:
        for title, lines in (("Changes", digest.changes), ("Coming up", digest.upcoming)):
            if not lines:
                continue
            text_lines.append(f"{title}:")
            html_parts.append(f"<h3>{title}</h3><ul>")
            for line in lines:
                url = links.application(line.application_id)
                label = f"{line.position} at {line.company}: {line.what}"
                text_lines.append(f"- {label} ({url})")
                html_parts.append(f'<li><a href="{escape(url)}">{escape(label)}</a></li>')
            text_lines.append("")
            html_parts.append("</ul>")
    footer = (
        f"Choose what you receive: {links.preferences}\n"
        f"Stop these ({item.kind.value}) messages: {links.unsubscribe}"
    )
    text_lines.append("-- ")
    text_lines.append(footer)
    html_parts.append(
        '<hr><p style="color:#666;font-size:12px">'
        f'<a href="{escape(links.preferences)}">Choose what you receive</a> · '
        f'<a href="{escape(links.unsubscribe)}">Stop these messages</a></p>'
    )
    html = (
        '<!doctype html><html><body style="font-family:sans-serif;max-width:560px">'
        f"<h2>{escape(subject)}</h2>{''.join(html_parts)}</body></html>"
    )
    sms = subject
    if item.application_id is not None:
        sms += f" {links.application(item.application_id)}"
    headers = {
        "List-Unsubscribe": f"<{links.one_click}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    return Rendered(subject, "\n".join(text_lines) + "\n", html, sms[:320], headers)
