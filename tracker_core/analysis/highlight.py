"""Split a text into plain runs and keyword hits, for showing matches in both texts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

SHORT = 3  # keywords this short must match their case exactly


@dataclass(frozen=True)
class Segment:
    """A run of the text; kind is "" (plain), "matched" or "missing"."""

    text: str
    kind: str = ""


def _pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    # Longest first, so "Apache Kafka" wins over "Kafka"; word edges that allow C++ and .NET.
    alts = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    if not alts:
        return None
    body = "|".join(re.escape(w) for w in alts)
    return re.compile(rf"(?<![\w+#.-])(?:{body})(?![\w+#-])", re.IGNORECASE)


def highlight(text: str, matched: Iterable[str], missing: Iterable[str] = ()) -> list[Segment]:
    """The text cut at every mention of a matched or missing keyword (case-insensitive)."""
    spelled = {w.lower(): w for w in [*missing, *matched]}
    kinds = {w.lower(): "missing" for w in missing}
    kinds.update({w.lower(): "matched" for w in matched})
    pattern = _pattern(kinds)
    if pattern is None:
        return [Segment(text)] if text else []
    out: list[Segment] = []
    last = 0
    for hit in pattern.finditer(text):
        word = hit.group(0)
        if len(word) <= SHORT and word != spelled[word.lower()]:
            continue  # "go" in prose is not the language Go
        if hit.start() > last:
            out.append(Segment(text[last : hit.start()]))
        out.append(Segment(hit.group(0), kinds.get(hit.group(0).lower(), "matched")))
        last = hit.end()
    if last < len(text):
        out.append(Segment(text[last:]))
    return out
