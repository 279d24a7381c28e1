"""Split a resume or job description into titled sections and small chunks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker_core.vectors.qdrant import MAX_CHUNKS

CHUNK_WORDS = 120
MIN_WORDS = 3
WHOLE = "Whole document"
KNOWN_SECTIONS = frozenset(
    {
        "summary", "profile", "objective", "about", "about me", "skills", "technical skills",
        "experience", "work experience", "professional experience", "employment", "education",
        "projects", "certifications", "certificates", "languages", "awards", "publications",
        "volunteering", "interests", "responsibilities", "requirements", "qualifications",
        "required skills", "required experience", "benefits", "job summary", "job title",
        "what you will do", "what we offer", "about us", "about the role", "nice to have",
    }
)  # fmt: skip
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")


@dataclass(frozen=True)
class Chunk:
    """A piece of text to embed: chunk 0 is the whole document, then its sections."""

    index: int
    section: str
    text: str


def _heading(line: str) -> str | None:
    """The section title if this line is a heading, else None."""
    md = _MD_HEADING.match(line)
    if md:
        return md.group(1).strip()
    bare = line.strip().rstrip(":").strip()
    words = bare.split()
    if not words or len(words) > 5 or bare.endswith("."):
        return None
    known = bare.lower() in KNOWN_SECTIONS
    if known or line.strip().endswith(":") or (bare.isupper() and len(bare) > 2):
        return bare.title() if bare.isupper() else bare
    return None


def sections(text: str) -> list[tuple[str, str]]:
    """(title, body) pairs in document order; text before any heading is 'Top'."""
    out: list[tuple[str, list[str]]] = [("Top", [])]
    for line in text.splitlines():
        title = _heading(line)
        if title is not None:
            out.append((title, []))
        elif line.strip():
            out[-1][1].append(line.strip())
    return [(t, "\n".join(body)) for t, body in out if len(" ".join(body).split()) >= MIN_WORDS]


def _windows(body: str) -> list[str]:
    """Split a long section into pieces of about CHUNK_WORDS words, on line breaks."""
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for line in body.splitlines():
        n = len(line.split())
        if current and size + n > CHUNK_WORDS:
            pieces.append("\n".join(current))
            current, size = [], 0
        current.append(line)
        size += n
    if current:
        pieces.append("\n".join(current))
    return pieces


def chunk_document(text: str) -> list[Chunk]:
    """The whole text as chunk 0, then its sections split to size; empty text gives none."""
    if len(text.split()) == 0:
        return []
    parts = [(title, piece) for title, body in sections(text) for piece in _windows(body)]
    room = MAX_CHUNKS - 1
    if len(parts) > room:  # keep every word covered: the last chunk takes the rest
        tail = "\n".join(p for _, p in parts[room - 1 :])
        parts = parts[: room - 1] + [(parts[room - 1][0], tail)]
    chunks = [Chunk(0, WHOLE, text.strip())]
    chunks += [Chunk(i, title, piece) for i, (title, piece) in enumerate(parts, start=1)]
    return chunks
