"""Other single fields of a posting: employment type, seniority, years, education, deadline."""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from tracker_core import clock
from tracker_core.text.numbers import YEARS_RE, number_value

_TYPES = [
    (r"\bfull[\s-]?time\b|\bpermanent\b|\bFTE\b", "full-time"),
    (r"\bpart[\s-]?time\b", "part-time"),
    (
        r"\bcontract(?:or)?\b|\bfixed[\s-]term\b|\bC2C\b|\b1099\b|\bcontract[\s-]to[\s-]hire\b",
        "contract",
    ),
    (r"\btemporary\b|\btemp\b|\bseasonal\b", "temporary"),
    (r"\binternship\b|\bintern\b|\bwerkstudent\b|\bworking student\b", "internship"),
    (r"\bfreelance\b", "freelance"),
]


def find_employment_type(text: str) -> str | None:
    """Employment type named in the posting."""
    for pattern, kind in _TYPES:
        if re.search(pattern, text, re.IGNORECASE):
            return kind
    return None


_LEVELS = [
    (r"\bintern(?:ship)?\b|\btrainee\b|\bapprentice\b|\bworking student\b", "intern"),
    (r"\bjunior\b|\bjr\.?\b|\bentry[\s-]level\b|\bgraduate\b|\bassociate\b", "junior"),
    # "Staff Engineer" is a level; "Staff Nurse" and "our staff" are not.
    (
        r"\bprincipal\b|\bdistinguished\b|\bstaff\s+(?:[\w/-]+\s+){0,2}(?:engineer|developer"
        r"|scientist|designer|architect|researcher|swe|sre|product)",
        "principal",
    ),
    (
        r"\bhead of\b|\bdirector\b|\bvp\b|\bvice president\b|(?<!to the )\b(?:chief|c[tei]o)\b",
        "director",
    ),
    (r"\blead\b|\btech lead\b|\bteam lead\b", "lead"),
    (r"\bsenior\b|\bsr\.?\b", "senior"),
    (r"\bmanager\b", "manager"),
    (r"\bmid[\s-]?(?:level|senior)?\b(?![\s-]?market)|\bintermediate\b|\bmedior\b", "mid"),
]


_LEVEL_LABEL = re.compile(
    r"^\W*(?:seniority|experience|career|job)\s+level\W*[:\-–]?\s*(.+)$",
    re.IGNORECASE | re.MULTILINE,
)


def find_seniority(title: str | None, text: str, years: int | None) -> str | None:
    """Seniority from the title, else a 'Seniority level:' line, else the years asked.

    Prose is not read: "report to the manager", "lead the rota" or "our staff" say nothing
    about the level of the job.
    """
    label = _LEVEL_LABEL.search(text[:5000])
    for source in (title or "", label.group(1) if label else ""):
        for pattern, level in _LEVELS:
            if re.search(pattern, source, re.IGNORECASE):
                return level
    if years is not None:
        return "junior" if years <= 1 else "mid" if years <= 4 else "senior"
    return None


def find_years(text: str) -> int | None:
    """Smallest number of years of experience the posting asks for.

    A number of years counts when 'experience' is within 40 characters before it or in the
    rest of its line (up to 60 characters, its tail); the next number is looked for after
    that tail. Years of a company ('20 years old', 'founded ...') do not count.
    """
    found: list[int] = []
    pos = 0
    while match := YEARS_RE.search(text, pos):
        tail = text[match.end() : match.end() + 60].split("\n", 1)[0]
        pos = match.end() + len(tail)
        tail = tail.lower()
        before = text[max(0, match.start() - 40) : match.start()].lower()
        if "experience" not in tail and "experience" not in before:
            continue
        if re.search(r"\b(?:old|ago|in business|founded|history)\b", tail[:20]):
            continue
        value = int(number_value(match["n"]))
        if 0 < value <= 30:
            found.append(value)
    return min(found) if found else None


_DEGREE = re.compile(
    r"(?:\b(?i:bachelor|master|doctorate|ph\.?d|mba)(?:[’']?s)?\b|\bB\.?S\.?c?\b"
    r"|\bM\.?S\.?c?\b|\bB\.?A\.?\b|\bB\.?Tech\b|\bM\.?Tech\b|\bB\.E\.|(?i:\bdegree\b|diploma"
    r"|high school)|GED\b)[^.;\n]{0,90}",
)


def find_education(text: str) -> str | None:
    """First sentence part naming a degree or diploma."""
    match = _DEGREE.search(text)
    if not match:
        return None
    return match.group(0).strip(" ,;:")


_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DEADLINE = re.compile(
    r"(?:apply\s+(?:by|before|until)|deadline|closing\s+date|closes?(?:\s+on)?|"
    r"applications?\s+(?:close|due|accepted until|open until)|until|no later than)"
    r"[^0-9a-z]{0,15}(?P<date>.{6,40})",
    re.IGNORECASE,
)
_DATE_FORMATS = [
    "%B %d %Y",
    "%b %d %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%Y-%m-%d",
    "%d.%m.%Y",
    "%B %d",
    "%d %B",
    "%b %d",
    "%d %b",
]


def parse_date(
    raw: str, prefer_month_first: bool = True, today: dt.date | None = None
) -> dt.date | None:
    """Date written in one of the usual ways, or None.

    A date without a year ("apply by January 5") is the next such day on or after `today`
    (the clock's today when not given), never one already past.
    """
    text = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", raw)
    text = re.sub(r"[,]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    match = re.match(
        rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s+)?((?:{_MONTHS})\.?\s+\d{{1,2}}(?:\s+\d{{4}})?"
        rf"|\d{{1,2}}\s+(?:{_MONTHS})\.?(?:\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}"
        rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}})",
        text,
        re.IGNORECASE,
    )
    if not match:
        return None
    value = re.sub(r"([a-zA-Z])\.", r"\1", match.group(1)).strip()
    slashes = ["%m/%d/%Y", "%d/%m/%Y"] if prefer_month_first else ["%d/%m/%Y", "%m/%d/%Y"]
    for fmt in [*_DATE_FORMATS, *slashes]:
        try:
            parsed = dt.datetime.strptime(value.replace("Sept", "Sep"), fmt).date()
        except ValueError:
            continue
        if "%Y" not in fmt:
            parsed = _next_on_or_after(parsed.month, parsed.day, today or clock.today())
        return parsed
    return None


def _next_on_or_after(month: int, day: int, today: dt.date) -> dt.date:
    """The first month/day on or after `today` (29 February falls on the 28th in other years)."""
    this_year: dt.date = today + relativedelta(month=month, day=day)
    if this_year >= today:
        return this_year
    next_year: dt.date = today + relativedelta(years=1, month=month, day=day)
    return next_year


def find_deadline(
    text: str, prefer_month_first: bool = True, today: dt.date | None = None
) -> dt.date | None:
    """Application deadline, when the posting names one."""
    for match in _DEADLINE.finditer(text):
        found = parse_date(match["date"], prefer_month_first, today)
        if found:
            return found
    return None
