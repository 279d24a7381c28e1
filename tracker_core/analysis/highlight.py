"""Split a text into plain runs and keyword hits, for showing matches in both texts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from tracker_core.analysis.evidence import canonical_key
from tracker_core.skills import find_skills

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


def _literal_hits(
    text: str, kinds: dict[str, str], spelled: dict[str, str]
) -> list[tuple[int, int, str]]:
    """Spans where a keyword is written as the analysis wrote it."""
    pattern = _pattern(kinds)
    if pattern is None:
        return []
    hits = []
    for hit in pattern.finditer(text):
        word = hit.group(0)
        if len(word) <= SHORT and word != spelled[word.lower()]:
            continue  # "go" in prose is not the language Go
        hits.append((hit.start(), hit.end(), kinds[word.lower()]))
    return hits


def _alias_hits(text: str, by_key: dict[str, str]) -> list[tuple[int, int, str]]:
    """Spans naming a keyword's skill another way ("Spark" for "Apache Spark", "k8s")."""
    return [
        (m.start, m.end, by_key[key])
        for m in find_skills(text, degrees=False)
        if (key := canonical_key(m.name)) in by_key
    ]


def highlight(text: str, matched: Iterable[str], missing: Iterable[str] = ()) -> list[Segment]:
    """The text cut at every mention of a matched or missing keyword, or of an alias of one."""
    matched, missing = list(matched), list(missing)
    spelled = {w.lower(): w for w in [*missing, *matched]}
    kinds = {w.lower(): "missing" for w in missing}
    kinds.update({w.lower(): "matched" for w in matched})
    if not kinds:
        return [Segment(text)] if text else []
    by_key = {canonical_key(w): kinds[w.lower()] for w in [*missing, *matched]}
    hits = _literal_hits(text, kinds, spelled) + _alias_hits(text, by_key)
    # Longest first at each start; a hit inside one already taken is dropped.
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[Segment] = []
    last = 0
    for start, end, kind in hits:
        if start < last:
            continue
        if start > last:
            out.append(Segment(text[last:start]))
        out.append(Segment(text[start:end], kind))
        last = end
    if last < len(text):
        out.append(Segment(text[last:]))
    return out
