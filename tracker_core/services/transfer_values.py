"""Reading one CSV cell: dates, salaries, stages and column names from other trackers."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from tracker_core.errors import InvalidInput
from tracker_core.localtime import as_utc
from tracker_core.models import STANDARD_STAGES, StatusChange
from tracker_core.services.transfer_checks import depth_problem

# Column names of our own export, Huntr and Teal (and common spreadsheet habits), normalised.
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "company": ("company", "company name", "employer", "organization"),
    "position": ("position", "job title", "title", "job position", "role"),
    "status": ("status", "list", "stage"),
    "location": ("location", "job location"),
    "remote": ("remote", "workplace type"),
    "url": ("url", "job url", "link", "job link", "posting url"),
    "source": ("source", "job source"),
    "salary": ("salary", "compensation"),
    "salary_min": ("salary min", "min salary", "salary minimum"),
    "salary_max": ("salary max", "max salary", "salary maximum"),
    "salary_currency": ("salary currency", "currency"),
    "salary_period": ("salary period", "pay period"),
    "applied_on": ("applied on", "date applied", "applied date", "applied at"),
    "created_at": ("created at", "date saved", "date added", "created", "saved on"),
    "deadline": ("deadline", "application deadline"),
    "next_action": ("next action",),
    "next_action_on": ("next action on", "next action date", "follow up date"),
    "priority": ("priority",),
    "notes": ("notes", "note", "comments"),
    "job_description": ("job description", "description"),
    "updated_at": ("updated at", "last updated"),
    "archived_at": ("archived at",),
    "status_history": ("status history",),
}
TARGETS: tuple[str, ...] = tuple(COLUMN_ALIASES)

# Stage names of Huntr's lists and Teal's statuses, mapped to ours.
STATUS_ALIASES: dict[str, str] = {
    **{s: s for s in STANDARD_STAGES},
    "wishlist": "saved",
    "bookmarked": "saved",
    "applying": "saved",
    "phone screen": "screening",
    "interviewing": "interview",
    "negotiating": "offer",
    "not selected": "rejected",
    "declined": "rejected",
    "i withdrew": "withdrawn",
    "no response": "ghosted",
}

_DATE_FORMATS: tuple[str, ...] = (
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%m/%d/%Y",  # US order, as Huntr and Teal write it
    "%m/%d/%y",
    "%d.%m.%Y",
    "%b %d, %Y",
    "%B %d, %Y",
    "%d %b %Y",
    "%d %B %Y",
)
_CURRENCIES = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
# What a spreadsheet may run as a formula (OWASP's list: a leading tab or CR hides one too).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ESCAPED = (*_FORMULA_START, "'")


def normalise_header(name: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", name.lower()).split())


def auto_mapping(headers: list[str]) -> dict[str, str]:
    """Which column holds each field, guessed from the column names."""
    by_name = {normalise_header(h): h for h in reversed(headers)}
    mapping: dict[str, str] = {}
    for target, aliases in COLUMN_ALIASES.items():
        for alias in (normalise_header(target), *aliases):
            if alias in by_name and by_name[alias] not in mapping.values():
                mapping[target] = by_name[alias]
                break
    return mapping


def parse_datetime(text: str) -> datetime:
    """A date or date-time in one of the usual formats, as an aware UTC datetime."""
    text = text.strip()
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        value = _strptime(text)
    return as_utc(value)


def _strptime(text: str) -> datetime:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise InvalidInput(f"'{text}' is not a date; write it like 2026-01-31 or 01/31/2026")


def parse_date(text: str) -> date:
    return parse_datetime(text).date()


def parse_status(text: str, applied: bool, custom: Mapping[str, str] | None = None) -> str:
    """Our stage for another tracker's stage name; blank means saved, or applied if dated.

    `custom` maps the normalised names (keys and labels) of the user's own stages to their keys.
    """
    key = normalise_header(text)
    if not key:
        return "applied" if applied else "saved"
    known = {**STATUS_ALIASES, **(custom or {})}
    if key not in known:
        names = [*STANDARD_STAGES, *sorted(set((custom or {}).values()))]
        raise InvalidInput(
            f"'{text}' is not one of your stages ({', '.join(names)}); use one of them, "
            "or add it on the Stages page first"
        )
    return known[key]


def parse_salary(text: str) -> tuple[int | None, int | None, str | None]:
    """'$120k - $150,000' -> (120000, 150000, 'USD'); one number is both min and max."""
    currency = next((code for sign, code in _CURRENCIES.items() if sign in text), None)
    numbers = []
    for digits, kilo in re.findall(r"(\d[\d,]*(?:\.\d+)?)\s*([kK]?)", text):
        value = float(digits.replace(",", ""))
        numbers.append(int(value * 1000 if kilo else value))
    if not numbers:
        if text.strip():
            raise InvalidInput(
                f"'{text}' has no number in it; write it like $120k-150k, or leave it empty"
            )
        return None, None, currency
    return min(numbers), max(numbers), currency


def escape_cell(value: str) -> str:
    """Stop a spreadsheet from running a cell as a formula (CSV injection) with a leading '.

    A value that itself starts with ' gets one too, so unescape_cell gives back every value.
    """
    return "'" + value if value.startswith(_ESCAPED) else value


def unescape_cell(value: str) -> str:
    """The value escape_cell was given (a ' before a formula sign, or before ', is dropped)."""
    return value[1:] if value.startswith("'") and value[1:2] in _ESCAPED else value


_BAD_HISTORY = "could not be read; clear the cell, or export the file from the tracker again"


def history_cell(changes: Sequence[StatusChange]) -> str:
    """An application's status history as one cell: a JSON list, oldest first."""
    items = [
        {"from": c.from_status, "to": c.to_status, "at": c.changed_at.isoformat(), "note": c.note}
        for c in changes
    ]
    return json.dumps(items, ensure_ascii=False)


def _status_limit() -> int:
    length = StatusChange.__table__.c.to_status.type.length  # type: ignore[attr-defined]
    return int(length)


def _stage_name(value: Any, optional: bool) -> bool:
    if value is None:
        return optional
    return isinstance(value, str) and 0 < len(value) <= _status_limit()


def parse_history(text: str) -> list[dict[str, Any]]:
    """The status changes of a history cell (InvalidInput if it is not one of ours).

    Checked by hand against the table's limits: a model per change made a 5,000-row import
    spend seconds here.
    """
    try:
        items = json.loads(text)
    except (ValueError, RecursionError):
        items = None
    if not isinstance(items, list) or depth_problem(items, 2):
        raise InvalidInput(_BAD_HISTORY, field="status_history")
    out = []
    for item in items:
        try:
            note = item.get("note") or ""
            changed = parse_datetime(item["at"])
        except (AttributeError, KeyError, TypeError, ValueError):
            raise InvalidInput(_BAD_HISTORY, field="status_history") from None
        ok = _stage_name(item.get("from"), True) and _stage_name(item.get("to"), False)
        if not ok or not isinstance(note, str):
            raise InvalidInput(_BAD_HISTORY, field="status_history")
        out.append(
            {"from_status": item.get("from"), "to_status": item["to"], "changed_at": changed}
            | {"note": note}
        )
    return out
