"""The skill lexicon: every matching key the finder knows, with aliases resolved.

A matching key is a term's lower-cased tokens joined by single spaces (`normalize_key`);
`lexicon()` maps each key to its canonical key and gives the display names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from tracker_core.skills.data import LEARNED_SKILLS, STOP_TERMS, gazetteer_terms
from tracker_core.skills.vocab import ALIASES, CANONICAL, EXTRA_SKILLS

_PLAIN_TERM = re.compile(r"[a-z0-9 +#./&'-]+")
_TOKEN_RE = re.compile(r"[a-z0-9][a-z0-9+#]*(?:\.[a-z0-9+#]+)*\+*|\.[a-z][a-z0-9]*|[/&]")


def tokens(text: str) -> list[tuple[str, int, int]]:
    """Lower-cased tokens with their character offsets (hyphens split words)."""
    lowered = text.lower()
    return [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(lowered)]


def normalize_key(term: str) -> str:
    """Matching key of a term: its tokens joined by single spaces."""
    return " ".join(tok for tok, _, _ in tokens(term))


@dataclass(frozen=True)
class Lexicon:
    """The vocabulary by matching key.

    `keys` maps a matching key to its canonical key (aliases resolved, stop terms removed);
    `names` maps a key to its display name where the vocabulary spells one ("JavaScript").
    """

    keys: dict[str, str]
    names: dict[str, str]

    def __contains__(self, key: object) -> bool:
        return key in self.keys

    def __len__(self) -> int:
        return len(self.keys)

    def canonical(self, key: str) -> str:
        """Canonical key of a matching key; the key itself when the lexicon lacks it."""
        return self.keys.get(key, key)


def skill_key(term: str) -> str:
    """The key two names of one skill share: "Postgres" and "PostgreSQL" -> "postgresql"."""
    return lexicon().canonical(normalize_key(term))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, built once from the gazetteer, our extra skills and the aliases."""
    return Lexicon(keys=_matching_keys(), names=_display_names())


def _matching_keys() -> dict[str, str]:
    """Map from matching key to canonical key (aliases resolved, stop terms removed)."""
    keys: dict[str, str] = {}
    for term in _iter_terms():
        if not _PLAIN_TERM.fullmatch(term.lower()):
            continue
        key = normalize_key(term)
        if key and key not in STOP_TERMS:
            keys.setdefault(key, key)
    for alias, canonical in ALIASES.items():
        keys[normalize_key(alias)] = normalize_key(canonical)
    return keys


def _iter_terms() -> Iterator[str]:
    """All vocabulary entries: gazetteer, our extra skills and canonical names."""
    yield from gazetteer_terms()
    yield from EXTRA_SKILLS
    yield from sorted(LEARNED_SKILLS)
    yield from CANONICAL.values()


def _display_names() -> dict[str, str]:
    """Display names by matching key."""
    names = {normalize_key(k): v for k, v in CANONICAL.items()}
    names.update({normalize_key(v): v for v in ALIASES.values()})
    return names
