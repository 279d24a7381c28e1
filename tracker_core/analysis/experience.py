"""Years of experience in a resume, from ranges like "2019 - 2023" or "Jan 2020 - Present"."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tracker_core import clock

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"


def _point(g: str) -> str:
    """Pattern of a month-year or year, groups prefixed by g."""
    return rf"(?:(?P<{g}m>{_MONTH})\s+|(?P<{g}mn>\d{{1,2}})/)?(?P<{g}y>(?:19|20)\d\d)"


_RANGE_RE = re.compile(
    _point("a")
    + r"\s*(?:-|–|—|to|until|and)\s*(?:"
    + _point("b")
    + r"|(?P<now>present|current|now|today|ongoing))",
    re.IGNORECASE,
)
_DATES = re.compile(r"\(?\b(?:\w+\s+)?(?:19|20)\d\d\b.*$")
HEADING_LINES = 2
TITLE_MAX_CHARS = 80
_BULLETS = "-*•–·"
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


@dataclass(frozen=True)
class Stint:
    """One dated line of a resume: the line, its span in months and the entry's lines above it.

    ``heading`` holds the lines of the same entry before the dated one ("Role: Android
    Developer" above "2017 - 2021"), where resumes often put the title; ``below`` the title-like
    line right after it, where the others put it.
    """

    line: str
    start: int
    end: int
    heading: str = ""
    below: str = ""  # a title line right under the dates ("Acme   2019 - 2023" / "Data Engineer")

    @property
    def title(self) -> str:
        """What the entry says the role was: the lines around the dates, without the dates."""
        dated = _DATES.sub("", self.line).strip(" -–|,(") or self.line
        return f"{self.heading} {dated} {self.below}".strip()

    @property
    def shown(self) -> str:
        """The dated line, with the title under it when there is one, to quote as evidence."""
        return f"{self.line} · {self.below}" if self.below else self.line

    @property
    def years(self) -> float:
        """Length in years."""
        return (self.end - self.start) / 12


def _month_index(match: re.Match[str], g: str, default_month: int) -> int:
    """Months since year 0 of one end of a range."""
    year = int(match[f"{g}y"])
    month = default_month
    if match[f"{g}m"]:
        month = _MONTHS.get(match[f"{g}m"][:3].lower(), default_month)
    elif match[f"{g}mn"]:
        month = min(12, max(1, int(match[f"{g}mn"])))
    return year * 12 + month


def find_stints(resume: str, today: dt.date | None = None) -> list[Stint]:
    """Dated ranges in the resume, one per line that carries one."""
    now = today or clock.today()
    stints: list[Stint] = []
    lines = resume.split("\n")
    for i, line in enumerate(lines):
        matches = list(_RANGE_RE.finditer(line))
        heading = _heading(lines, i) if matches else ""
        below = _below(lines, i) if matches else ""
        for match in matches:
            start = _month_index(match, "a", 1)
            if match["now"]:
                end = now.year * 12 + now.month
            else:
                end = _month_index(match, "b", 1)
            if end >= start and end - start <= 50 * 12:
                stints.append(Stint(line.strip(), start, end, heading, below))
    return stints


def _heading(lines: list[str], i: int) -> str:
    """Up to two lines right above line i in the same entry (no blank, heading, dated or bullet
    line).

    A bold label ("**Position:** Developer") is no bullet, and a bullet the dated line is
    indented under ("- Mechanic, Acme" / "    Rugby ND, 2015 - 2017") heads its entry.
    """
    above: list[str] = []
    indent = _indent(lines[i])
    for line in reversed(lines[max(0, i - HEADING_LINES) : i]):
        text = line.strip()
        if not text or text.startswith("#") or _RANGE_RE.search(text):
            break
        if text[0] in _BULLETS and not text.startswith("**"):
            if indent > _indent(line):
                above.insert(0, text.lstrip(_BULLETS + " \t"))
            break
        above.insert(0, text)
        indent = _indent(line)
    return " ".join(above)


def _indent(line: str) -> int:
    """Width of a line's leading white space."""
    return len(line) - len(line.lstrip())


def _below(lines: list[str], i: int) -> str:
    """The line right after line i when it reads like a job title (short, no bullet or date)."""
    if i + 1 >= len(lines):
        return ""
    text = lines[i + 1].strip()
    if not text or len(text) > TITLE_MAX_CHARS or text[0] in _BULLETS or text.endswith("."):
        return ""
    return "" if _RANGE_RE.search(text) else text


def total_years(stints: list[Stint]) -> float:
    """Years covered by the union of the ranges (overlaps counted once)."""
    spans = sorted((s.start, s.end) for s in stints)
    total, cur_start, cur_end = 0, None, None
    for start, end in spans:
        if cur_end is None or start > cur_end:
            if cur_end is not None and cur_start is not None:
                total += cur_end - cur_start
            cur_start, cur_end = start, end
        else:
            cur_end = max(cur_end, end)
    if cur_end is not None and cur_start is not None:
        total += cur_end - cur_start
    return total / 12
