"""Split a posting into headed sections and classify each as required, preferred or other."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["required", "preferred", "duties", "other"]

_PREFERRED = re.compile(
    r"nice[\s-]to[\s-]haves?|preferred|bonus|pluses|\bplus\b|desir(?:ed|able)|ideally|optional"
    r"|good to have|would be great|extra credit|not required|even better|great if",
    re.IGNORECASE,
)
_REQUIRED = re.compile(
    r"requirements?|qualifications?|must[\s-]haves?|required|what you(?:'|’)?ll (?:need|bring)"
    r"|what you bring|what we(?:'|’)?re looking for|looking for|who you are|about you|you have"
    r"|you bring|skills|experience|profile|competenc|expertise|essential|minimum|basic"
    r"|your background|knowledge",
    re.IGNORECASE,
)
_DUTIES = re.compile(
    r"responsibilit|duties|what you(?:'|’)?ll do|your role|the role|day[\s-]to[\s-]day"
    r"|you will|your impact|what you will do|tasks|mission",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[-*•·▪●◦‣–]|\d{1,2}[.)])\s+")
_KNOWN_HEADING = re.compile(
    r"^(?:(?:key|main|core|essential|desirable|preferred|required|minimum|basic|additional|"
    r"technical|your|job|nice[\s-]to[\s-]have)\s+)?(?:skills|qualifications|requirements|"
    r"responsibilities|duties|experience|profile|tasks)(?:\s+(?:and|&)\s+\w+)?"
    r"|essential|desirable|nice[\s-]to[\s-]haves?|must[\s-]haves?|good to have|bonus(?: points)?"
    r"|about (?:you|the role|the job|us|the team|the company)|the role|who you are|you have"
    r"|what you(?:'|’)?ll (?:do|need|bring)|what you will do|what you bring|what we offer"
    r"|what we(?:'|’)?re looking for|benefits|perks|(?:job )?description|overview|summary"
    r"|job summary|role overview|requirements and qualifications|how to apply",
    re.IGNORECASE,
)
_HEADING_MD = re.compile(r"^\s*(?:#{1,6}\s*|\*\*|__)(.+?)(?:\*\*|__)?\s*:?\s*$")


@dataclass
class Section:
    """A heading and the lines under it."""

    heading: str
    kind: Kind
    lines: list[str] = field(default_factory=list)


def is_heading(line: str) -> bool:
    """True for markdown headings, bold lines and short lines ending with a colon."""
    stripped = line.strip()
    if not stripped or len(stripped) > 80 or _BULLET.match(stripped):
        return False
    if stripped.startswith("#") or (stripped.startswith("**") and stripped.endswith("**")):
        return True
    if stripped.endswith((" -", " –")):
        stripped = stripped[:-2].rstrip() + ":"
    words = stripped.rstrip(":").split()
    if _KNOWN_HEADING.fullmatch(stripped.rstrip(":").strip()):
        return True
    return stripped.endswith(":") and 0 < len(words) <= 7


def heading_text(line: str) -> str:
    """Heading without markdown or a trailing colon."""
    match = _HEADING_MD.match(line)
    text = match.group(1) if match else line
    return text.strip().strip("*_#:").strip().rstrip(" -–")


def classify_heading(heading: str) -> Kind:
    """Kind of section a heading introduces."""
    if _PREFERRED.search(heading):
        return "preferred"
    if _DUTIES.search(heading):
        return "duties"
    if _REQUIRED.search(heading):
        return "required"
    return "other"


def split_sections(text: str) -> list[Section]:
    """Sections in order; text before the first heading goes to an 'other' section."""
    sections = [Section("", "other")]
    for line in text.split("\n"):
        if is_heading(line):
            head = heading_text(line)
            sections.append(Section(head, classify_heading(head)))
        elif line.strip():
            sections[-1].lines.append(line.strip())
    return [s for s in sections if s.lines or s.heading]


def strip_bullet(line: str) -> str:
    """A line without its bullet or list number."""
    return _BULLET.sub("", line).strip()


def line_kind(line: str, section_kind: Kind) -> Kind:
    """Kind of one line: an explicit 'preferred'/'a plus' wins over its section."""
    if _PREFERRED.search(line) and section_kind != "preferred":
        return "preferred"
    return section_kind
