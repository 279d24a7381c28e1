"""Keywords a user can act on: never the posting's places, state codes or company name.

"Boston, MA" is where the job is, not a degree in arts; "Acme" in "Acme Analytics" is the
employer. A resume cannot add either, so neither is scored or listed.
"""

from __future__ import annotations

import re

from tracker_core.jd_parser import parse_title
from tracker_core.jd_parser.header import find_company, title_line
from tracker_core.jd_parser.places import is_place
from tracker_core.skills import lexicon, normalize_key

# US states and territories, Canadian provinces: places when written after a town and a comma.
STATE_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ"
    " NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR ON QC BC AB MB NS NB NL"
    " PE SK".split()
)
_AFTER_TOWN = re.compile(r"[A-Z][\w.'’-]*,[ \t]*$")
_TOWN_LOOKBACK = 40


def company_of(clean_posting: str) -> str | None:
    """The employer the posting names (as the parser reads it), if any."""
    lines = clean_posting.split("\n")
    title = parse_title(clean_posting)
    return find_company(lines, clean_posting, title_line(lines, title), title)


_WORD = re.compile(r"[\w.'’-]+")
_PLACE_MAX_WORDS = 3


def without_places(phrase: str) -> str:
    """A phrase keyword without the place names inside it: "Active Oregon RN license" ->
    "Active RN license" (where the job is, not what a resume can add)."""
    words = list(_WORD.finditer(phrase))
    cut: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        for k in range(min(_PLACE_MAX_WORDS, len(words) - i), 0, -1):
            run = words[i : i + k]
            name = phrase[run[0].start() : run[-1].end()]
            if all(w[0][:1].isupper() for w in run) and is_place(name):
                cut.append((run[0].start(), run[-1].end()))
                i += k - 1
                break
        i += 1
    if not cut or len(cut) == len(words):
        return phrase
    kept, last = [], 0
    for start, end in cut:
        kept.append(phrase[last:start])
        last = end
    kept.append(phrase[last:])
    return re.sub(r"\s{2,}", " ", "".join(kept)).strip()


def not_actionable(surface: str, item: str, start: int, company: str | None) -> bool:
    """Whether a keyword found at `start` in a posting item is a place or the employer's name."""
    if is_place(surface):
        return True
    if surface in STATE_CODES and _AFTER_TOWN.search(item, max(0, start - _TOWN_LOOKBACK), start):
        return True
    if not company:
        return False
    at = item.casefold().find(company.casefold(), max(0, start - len(company)))
    if 0 <= at <= start and start + len(surface) <= at + len(company):
        return True  # written inside the name: "Electric" of "Brightline Electric"
    word, name = surface.casefold(), company.casefold()
    if word == name or f" {name} " in f" {word} ":
        return True  # the name, or a phrase about it ("Supporting Acme customers")
    # "Acme" of "Acme Analytics": a piece of the name that is no skill of its own
    return f" {word} " in f" {name} " and normalize_key(surface) not in lexicon()
