"""A posting read into the parts the prep engine asks about: requirements, duties, company text.

The analyzer already knows which lines are requirements; this reader adds what it does not
return: which lines are duties and which describe the company. Headings decide; lines before
the first heading that talk about "we" or "our" are the company's own text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_BULLET = re.compile(r"^\s*(?:[-*•·▪●◦‣–]|\d{1,2}[.)])\s+")
_MD_HEADING = re.compile(r"^\s*(?:#{1,6}\s*|\*\*|__)(.+?)(?:\*\*|__)?\s*:?\s*$")
_DUTIES = re.compile(
    r"responsibilit|duties|what you(?:'|’)?ll do|what you will do|your role|the role|day[\s-]to"
    r"|you will|your impact|tasks|the job|in this role|mission",
    re.IGNORECASE,
)
_NICE = re.compile(
    r"nice[\s-]to[\s-]haves?|preferred|bonus|pluses|desir(?:ed|able)|ideally|good to have",
    re.IGNORECASE,
)
_REQUIRED = re.compile(
    r"requirements?|qualifications?|must[\s-]haves?|required|what you(?:'|’)?ll (?:need|bring)"
    r"|what you bring|looking for|who you are|about you|you have|skills|experience|profile"
    r"|essential|competenc|knowledge|background",
    re.IGNORECASE,
)
_COMPANY = re.compile(
    r"about (?:us|the company|the team|our|[A-Z])|who we are|our (?:story|mission|values)"
    r"|why join|why work|company|culture|values",
    re.IGNORECASE,
)
_OTHER = re.compile(
    r"benefit|perks|what we offer|salary|compensation|pay\b|how to apply|equal opportunit"
    r"|location|schedule|hours",
    re.IGNORECASE,
)
_META_LINE = re.compile(r"^[A-Z][\w /&-]{1,30}:\s+\S")
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|[Ww]e're|[Ww]e’re)\b")
_TAG = re.compile(r"<(?:br|/p|/li|/h\d|/div)\s*/?>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]+>")


@dataclass
class PostingParts:
    """The lines of a posting by what they are."""

    requirements: list[str] = field(default_factory=list)
    nice: list[str] = field(default_factory=list)
    duties: list[str] = field(default_factory=list)
    company: list[str] = field(default_factory=list)


def _heading(line: str) -> str | None:
    stripped = line.strip()
    if not stripped or len(stripped) > 70 or _BULLET.match(stripped):
        return None
    md = _MD_HEADING.match(stripped)
    if md and (stripped.startswith("#") or stripped.startswith(("**", "__"))):
        return md.group(1).strip()
    if stripped.endswith(":") and len(stripped.split()) <= 8:
        return stripped[:-1].strip()
    words = stripped.split()
    if len(words) <= 5 and not stripped.endswith((".", "!", "?", ",")):
        if _DUTIES.search(stripped) or _REQUIRED.search(stripped) or _NICE.search(stripped):
            return stripped
        if _COMPANY.search(stripped) or _OTHER.search(stripped):
            return stripped
    return None


def _kind(heading: str) -> str:
    if _NICE.search(heading):
        return "nice"
    if _OTHER.search(heading):
        return "other"
    if _DUTIES.search(heading):
        return "duties"
    if _COMPANY.search(heading):
        return "company"
    if _REQUIRED.search(heading):
        return "requirements"
    return "other"


def _unwrap(lines: list[str]) -> list[str]:
    """Join a sentence that a pasted posting wrapped onto the next line ('value people' + 'who')."""
    out: list[str] = []
    for raw in lines:
        line = raw.strip()
        prev = out[-1] if out else ""
        wrapped = (
            line[:1].islower()
            and prev
            and not prev.endswith((".", "!", "?", ":", ";"))
            and _heading(prev) is None
            and not _BULLET.match(line)
        )
        if wrapped:
            out[-1] = f"{prev} {line}"
        else:
            out.append(line)
    return out


def read_posting(text: str) -> PostingParts:
    """Sort a posting's lines into requirements, nice-to-haves, duties and company text."""
    parts = PostingParts()
    kind = "intro"
    plain = _ANY_TAG.sub(" ", _TAG.sub("\n", text.replace("\r\n", "\n")))
    for raw in _unwrap(plain.split("\n")):
        line = raw.strip()
        if not line:
            continue
        heading = _heading(line)
        if heading is not None:
            kind = _kind(heading)
            continue
        item = _BULLET.sub("", line).strip()
        if len(item) < 4:
            continue
        if kind == "intro":
            if _WE.search(item) and not _META_LINE.match(item):
                parts.company.append(item)
        elif kind == "requirements":
            parts.requirements.append(item)
        elif kind == "nice":
            parts.nice.append(item)
        elif kind == "duties":
            parts.duties.append(item)
        elif kind == "company":
            parts.company.append(item)
    return parts
