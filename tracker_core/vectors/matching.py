"""Normalised company, title and link matching for "similar jobs you already have"."""

from __future__ import annotations

import re
from urllib.parse import urlparse

_COMPANY_SUFFIXES = frozenset(
    "inc incorporated llc ltd limited corp corporation co company gmbh ag sa plc bv the".split()
)
_TITLE_SYNONYMS = {
    "sr": "senior", "snr": "senior", "jr": "junior", "eng": "engineer", "engr": "engineer",
    "dev": "developer", "mgr": "manager", "swe": "software engineer", "ml": "machine learning",
    "ai": "artificial intelligence", "pm": "product manager", "ii": "2", "iii": "3",
}  # fmt: skip
_TITLE_STOP = frozenset({"of", "and", "the", "for", "a", "an", "in", "at", "m", "f", "d", "w"})
_WORD = re.compile(r"[a-z0-9+#]+")


def company_key(name: str) -> str:
    """'ACME, Inc.' and 'Acme' give the same key."""
    words = [w for w in _WORD.findall(name.lower()) if w not in _COMPANY_SUFFIXES]
    return " ".join(words)


def title_words(title: str) -> frozenset[str]:
    """Title words with abbreviations spelled out and filler dropped."""
    words: list[str] = []
    for w in _WORD.findall(title.lower()):
        words.extend(_TITLE_SYNONYMS.get(w, w).split())
    return frozenset(w for w in words if w not in _TITLE_STOP)


def title_similarity(a: str, b: str) -> float:
    """Jaccard overlap of title words, 0..1."""
    wa, wb = title_words(a), title_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def same_company(a: str, b: str) -> bool:
    """Whether two company names name the same company."""
    ka, kb = company_key(a), company_key(b)
    return bool(ka) and ka == kb


def url_key(url: str | None) -> str:
    """Host and path without scheme, www, query or trailing slash; '' for no link."""
    if not url:
        return ""
    parsed = urlparse(url.strip().lower())
    host = parsed.netloc.removeprefix("www.")
    return f"{host}{parsed.path.rstrip('/')}" if host else ""
