"""Hard-skill extraction: a large gazetteer with aliases, plus precision rules."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from tracker_core.skills.data import HAND_STOP_TERMS, STOP_TERMS
from tracker_core.skills.matching import lexicon, normalize_key, tokens
from tracker_core.skills.vocab import (
    ALIASES,
    CANONICAL,
    CASE_SENSITIVE,
    GENERIC_KNOWLEDGE,
    LANGUAGES,
    PHRASE_CUES,
    PHRASE_FILLERS,
    PHRASE_STOPS,
)

MAX_NGRAM = 6
# A vocabulary name in lower case the tagger left out still counts, unless the tagger gives it
# less chance than this of being a skill where it stands (SkillSpan dev and 5-fold CV on train).
MIN_NAMED_CHANCE = 0.02
_BREAK_RE = re.compile(r"[,;:()\[\]{}|\n!?]|\.\s")
# Academic qualifications: a knowledge requirement the gazetteer cannot spell out.
_DEGREE_NAME = (
    r"(?:[Bb]achelor|[Mm]aster)(?:['’]?s)?\s+of\s+(?:Science|Arts|Engineering|Education|Laws"
    r"|Fine\s+Arts|Business\s+Administration|Nursing)\b"
    r"|(?:[Bb]achelor|[Mm]aster|[Dd]octor(?:ate)?)(?:\s?['’]?\s?s)?\b"
    r"|(?:[Pp]h\.?\s?[Dd]|PHD|B\.?Sc|M\.?Sc|MBA|B\.?Eng|M\.?Eng|BS|BA|MS|MA|BEng|MEng|BSN|MSN)\b\.?"
)
_DEGREE_RE = re.compile(
    rf"\b(?=[BMDPUACRTGHbmdpuacrtgh])(?:{_DEGREE_NAME})(?:\s*(?:/|,|\bor\b|\band\b|\band\s*/\s*or\b)\s*(?:an?\s+)?"
    rf"(?:{_DEGREE_NAME}))*(?:\s+(?:degree|diploma)s?\b)?"
    r"|\b(?:[Uu]niversity|[Aa]cademic|[Cc]ollege|[Rr]elevant|[Tt]echnical|[Gg]raduate|[Hh]igher"
    r"|[Aa]dvanced|[Pp]ostgraduate)\s+degrees?\b"
    r"|\b[Dd]egrees?(?=\s+(?:in|within)\b)"
)
_WORD_RE = re.compile(r"[A-Za-z]+")
_KNOWLEDGE_CUE = re.compile(
    r"(?:experience|knowledge|background|expertise|understanding|skills?|degree|proficiency"
    r"|familiarity|interest|education|familiar|proficient|skilled|experienced|versed|competent"
    r"|expert|fluent)\s+(?:of|in|with|within)\s+(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)
_LIST_SEP = re.compile(r"\s*(?:,|/|&|\band\b|\bor\b)\s*(?:(?:and|or)\s+)?", re.IGNORECASE)
_HOW_TO_APPLY = re.compile(
    r"(?:\b(?:apply|applications?|cv|resume|letter|translat\w*|send|submit)\b[^.\n]{0,30}"
    r"\b(?:in|into)|\blanguage\s+(?:is|will\s+be))\s+$",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"[ \t]*([A-Za-z]+)")
_PHRASE_CUE_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(PHRASE_CUES))})\s+(?:of|in|with|within|from)\s+", re.IGNORECASE
)
_PHRASE_WORD = re.compile(r"[A-Za-z0-9<][\w+#&'’<>-]*(?:\.[A-Za-z0-9]+)*")
_LIST_GAP = re.compile(r"\s*[,/&]\s*")
MAX_PHRASE_WORDS = 4
MAX_PHRASE_ITEMS = 5
# "the PhD degree", "750 Ph.D": the programme or the people in it, not a degree asked for.
_DEGREE_HELD_BY = re.compile(r"(?:\bthe|\d)[ \t]+$", re.IGNORECASE)
_DEGREE_FOLLOWERS = frozenset("degree degrees diploma in of or and from level holder".split())
# Names the vocabulary lacks, told by their shape: CamelCase products ("AppDynamics", "iPhone"),
# short acronyms and certifications ("MCSA", "N+", "API's").
_SHAPED_RE = re.compile(
    r"(?<![\w+#.'’/-])(?:[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+|[a-z][A-Z][A-Za-z0-9]+"
    r"|[A-Z][A-Z0-9]{1,5}\+{0,2}|[A-Z]\+{1,2})(?:['’]s)?(?![\w+#'’-]|\.\w)"
)
# Acronyms that are not skills however they are listed.
# A capitalised word written as another name of a skill: "Solarwinds/Orion".
_SLASHED_RE = re.compile(r"(?<=/)[A-Z][a-z]{2,}\b(?![/'’-])|\b[A-Z][a-z]{2,}(?=/)")
_NOT_SKILL_ACRONYMS = frozenset(
    "and or of for the to in on with we you us usa uk eu cv ok etc tbd asap pto fte ii iii iv "
    "vi am pm est pst cet eg ie inc ltd llc other others similar equivalent related any all "
    "both more various".split()
)
# A run of upper-case words written in lower-case text: "Good familiarity with GREY BOX TESTING".
_CAPS_RUN_RE = re.compile(r"\b[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){1,3}\b")


@dataclass(frozen=True)
class SkillMention:
    """One skill found in a text: canonical name, surface form and character span."""

    name: str
    surface: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _case_rules() -> dict[str, frozenset[str]]:
    """Accepted surface forms by matching key, for ambiguous names."""
    return {normalize_key(k): v for k, v in CASE_SENSITIVE.items()}


def _accept(surface: str) -> bool:
    """Precision rules for ambiguous, everyday-English skill names."""
    rule = _case_rules().get(normalize_key(surface))
    if rule is None:
        return True
    return surface in rule


def display_name(key: str, surface: str) -> str:
    """Canonical display form of a skill key, else its surface form as written."""
    canonical = lexicon().names
    if key in canonical:
        return canonical[key]
    if surface.islower() and len(surface) > 3:
        return surface[:1].upper() + surface[1:]
    return surface


_VERSION_RE = re.compile(r"(?P<base>.*?[A-Za-z+#])[ -]?v?(?P<version>\d+(?:\.\d+)*)$")


def _versioned(key: str, surface: str) -> str:
    """Display name of a mention; a version keeps its own spelling ("HTML5" stays "HTML5").

    The version is then what a keyword names, while the resume's "HTML" still meets it through
    the alias (see evidence.canonical_key).
    """
    name = display_name(key, surface)
    match = _VERSION_RE.fullmatch(surface)
    if match and normalize_key(match["base"]) == key and name.casefold() != surface.casefold():
        return name + surface[len(match["base"]) :]
    return name


def find_degrees(text: str) -> list[SkillMention]:
    """Academic degrees a text names ("Bachelor's or Master's degree", "PhD", "BS/MS")."""
    found: list[SkillMention] = []
    for match in _DEGREE_RE.finditer(text):
        surface = match.group().rstrip(" ,/")
        lowered = surface.lower()
        nxt = _NEXT_WORD.match(text, match.start() + len(surface))
        if "degree" not in lowered and "diploma" not in lowered and nxt:
            # "PhD students", "master the craft", "MS Office": a role or a verb, not a degree
            if nxt[1].lower() not in _DEGREE_FOLLOWERS:
                continue
        if _DEGREE_HELD_BY.search(text, max(0, match.start() - 20), match.start()):
            continue
        name = surface[:1].upper() + surface[1:]
        found.append(SkillMention(name, surface, match.start(), match.start() + len(surface)))
    return found


def find_skills(
    text: str, *, degrees: bool = True, generic: bool = True, unknown: bool = False
) -> list[SkillMention]:
    """All skill mentions, longest match first, non-overlapping, in text order.

    With ``degrees``, academic qualifications count too (SkillSpan tags them as knowledge); with
    ``generic``, broad words used as knowledge ("experience in cloud") count too; with
    ``unknown``, names the vocabulary lacks count where their shape and place show them: a
    CamelCase product or an acronym listed beside known skills ("Solarwinds/Orion, AppDynamics"),
    a phrase in capitals ("GREY BOX TESTING").
    """
    taken = find_degrees(text) if degrees else []
    found = [
        m
        for m in _find_terms(text)
        if not any(_overlaps(m, d) for d in taken) and not _how_to_apply(text, m)
    ]
    found = sorted([*found, *taken], key=lambda m: m.start)
    if unknown:
        found = _with_caps_runs(text, found)
        found = sorted([*found, *_listed_names(text, found)], key=lambda m: m.start)
    if not generic:
        return found
    found = sorted([*found, *_in_context(text, found)], key=lambda m: m.start)
    return sorted([*found, *_cued_phrases(text, found)], key=lambda m: m.start)


def _phrase_items(text: str, start: int) -> list[tuple[int, int]]:
    """Character spans of the list items of a cued phrase: "the design of X, Y and Z" -> X, Y, Z."""
    end = text.find("\n", start)
    limit = min(len(text) if end < 0 else end, start + 200)
    items: list[tuple[int, int]] = []
    cur: list[tuple[int, int]] = []
    prev_end = start
    for word in _PHRASE_WORD.finditer(text, start, limit):
        gap = text[prev_end : word.start()]
        prev_end = word.end()
        low = word.group().lower()
        if gap.strip():
            if cur:
                items.append((cur[0][0], cur[-1][1]))
                cur = []
            if not _LIST_GAP.fullmatch(gap):
                break
        if low in ("and", "or"):
            if cur:
                items.append((cur[0][0], cur[-1][1]))
                cur = []
            continue
        if not cur and low in PHRASE_FILLERS:
            continue
        if low in PHRASE_STOPS:
            break
        cur.append(word.span())
        if len(cur) > MAX_PHRASE_WORDS:
            cur = []
            break
        if len(items) >= MAX_PHRASE_ITEMS:
            break
    if cur:
        items.append((cur[0][0], cur[-1][1]))
    return items[:MAX_PHRASE_ITEMS]


def _cued_phrases(text: str, found: list[SkillMention]) -> list[SkillMention]:
    """Terms the vocabulary lacks, named where knowledge is asked for ("background in genomics")."""
    out: list[SkillMention] = []
    for cue in _PHRASE_CUE_RE.finditer(text):
        for start, end in _phrase_items(text, cue.end()):
            mention = SkillMention("", text[start:end], start, end)
            if any(_overlaps(mention, m) for m in [*found, *out]):
                continue
            key = normalize_key(mention.surface)
            if not key or key in HAND_STOP_TERMS or key in STOP_TERMS or key.isdigit():
                continue
            first = key.split(" ")[0]
            if first.endswith("ing") and first not in _prefixes():
                continue  # "experience in building complex products": an activity, not a field
            name = display_name(key, mention.surface)
            out.append(SkillMention(name, mention.surface, start, end))
    return out


@lru_cache(maxsize=1)
def _contextual_words() -> frozenset[str]:
    """Single words that count only in a knowledge context: generic nouns, learned stop words."""
    return GENERIC_KNOWLEDGE | {t for t in STOP_TERMS - HAND_STOP_TERMS if t.isalpha()}


def _in_context(text: str, found: list[SkillMention]) -> list[SkillMention]:
    """Generic words used as knowledge: after "experience in" and the like, or listed with skills.

    "experience with cloud and security", "Java, testing and automation": the same words alone
    ("the design of our office") are not skills.
    """
    words = _contextual_words()
    found = list(found)
    starts = [m.start for m in found]
    extra: list[SkillMention] = []
    for match in _WORD_RE.finditer(text):
        word = match.group()
        if word.lower() not in words:
            continue
        start, end = match.span()
        k = bisect.bisect_left(starts, start)
        if k < len(found) and found[k].start < end or k and found[k - 1].end > start:
            continue
        cue = _KNOWLEDGE_CUE.search(text, max(0, start - 60), start)
        before = k and _LIST_SEP.fullmatch(text, found[k - 1].end, start)
        after = k < len(found) and _LIST_SEP.fullmatch(text, end, found[k].start)
        if cue or before or after:
            mention = SkillMention(display_name(word.lower(), word), word, start, end)
            extra.append(mention)
            found.insert(k, mention)  # "cloud and security": the next item chains on this one
            starts.insert(k, start)
    return extra


def _shouted(text: str, start: int, end: int) -> bool:
    """Whether the line around a span is mostly capitals (a heading, not a named term)."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    letters = [c for c in text[left : len(text) if right < 0 else right] if c.isalpha()]
    return sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _with_caps_runs(text: str, found: list[SkillMention]) -> list[SkillMention]:
    """Phrases in capitals as one term each ("GREY BOX TESTING"), over the pieces found in them.

    A run of short acronyms ("AWS SQS SNS") stays separate names; a line all in capitals is a
    heading.
    """
    out = list(found)
    for match in _CAPS_RUN_RE.finditer(text):
        words = match.group().split()
        if all(len(w) <= 4 for w in words) or _shouted(text, *match.span()):
            continue
        if normalize_key(match.group()) in HAND_STOP_TERMS:
            continue
        start, end = match.span()
        mention = SkillMention(match.group(), match.group(), start, end)
        inside = [m for m in out if _overlaps(m, mention)]
        if any(m.start <= start and m.end >= end for m in inside):
            continue  # a known name already covers it
        out = [m for m in out if not _overlaps(m, mention)] + [mention]
    return sorted(out, key=lambda m: m.start)


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """Whether a word is one word of a longer capitalised name ("Detection Systems/...")."""
    before = re.search(r"[A-Z][\w+#]*[ \t]$", text[max(0, start - 40) : start])
    after = re.match(r"[ \t][A-Z]", text[end : end + 2])
    return bool(before or after)


def _listed_names(text: str, found: list[SkillMention]) -> list[SkillMention]:
    """CamelCase products and acronyms listed beside known skills ("A+, N+, MCSA, CDIA").

    The list separator must join the name to a skill, or to a name already taken this way, so
    "US" in "based in the US" or "API's" alone in a sentence are not taken.
    """
    found = list(found)
    slashed = [
        m
        for m in _SLASHED_RE.finditer(text)
        if not _in_longer_name(text, m.start(), m.end())
        and any(
            f.start == m.end() + 1 if text[m.end() : m.end() + 1] == "/" else f.end == m.start() - 1
            for f in found
        )
    ]
    cands = [
        m
        for m in [*_SHAPED_RE.finditer(text), *slashed]
        if m.group().rstrip("'’s").lower() not in _NOT_SKILL_ACRONYMS
        and not any(f.start < m.end() and m.start() < f.end for f in found)
        and not _shouted(text, *m.span())
    ]
    extra: list[SkillMention] = []
    changed = True
    while changed:
        changed = False
        for match in cands:
            start, end = match.span()
            if any(e.start == start for e in extra):
                continue
            near = [*found, *extra]
            before = any(_LIST_SEP.fullmatch(text, m.end, start) for m in near if m.end <= start)
            after = any(_LIST_SEP.fullmatch(text, end, m.start) for m in near if m.start >= end)
            if before or after:
                surface = match.group()
                name = re.sub(r"['’]s$", "s", surface)
                extra.append(SkillMention(name, surface, start, end))
                changed = True
    return extra


def _how_to_apply(text: str, mention: SkillMention) -> bool:
    """A language named only as the language of the application or the office ("CV in English")."""
    if mention.surface.lower() not in LANGUAGES:
        return False
    return bool(_HOW_TO_APPLY.search(text, max(0, mention.start - 60), mention.start))


def _overlaps(a: SkillMention, b: SkillMention) -> bool:
    """Whether two mentions share characters."""
    return a.start < b.end and b.start < a.end


def _find_terms(text: str) -> list[SkillMention]:
    """Gazetteer mentions, longest match first, non-overlapping, in text order."""
    keys = lexicon().keys
    toks = tokens(text)
    breaks = [
        bool(_BREAK_RE.search(text[a[2] : b[1]])) for a, b in zip(toks, toks[1:], strict=False)
    ]
    found: list[SkillMention] = []
    i = 0
    while i < len(toks):
        match = _longest_match(toks, i, keys, breaks)
        if match is None:
            i += 1
            continue
        end_idx, key = match
        start, end = toks[i][1], toks[end_idx - 1][2]
        surface = text[start:end]
        mention = SkillMention(_versioned(key, surface), surface, start, end)
        if _accept(surface) and not _in_abbreviation(text, mention):
            found.append(mention)
        i = end_idx
    return found


@lru_cache(maxsize=1)
def _prefixes() -> frozenset[str]:
    """Every token prefix of every lexicon key, so a scan stops as soon as nothing can match."""
    out: set[str] = set()
    for key in lexicon().keys:
        toks = key.split(" ")
        for n in range(1, len(toks) + 1):
            out.add(" ".join(toks[:n]))
    return frozenset(out)


def _longest_match(
    toks: list[tuple[str, int, int]], i: int, keys: dict[str, str], breaks: list[bool]
) -> tuple[int, str] | None:
    """Longest lexicon entry starting at token i, not crossing punctuation."""
    if toks[i][0] in "/&":
        return None
    prefixes = _prefixes()
    best: tuple[int, str] | None = None
    key = ""
    j = i
    while j < len(toks) and j - i < MAX_NGRAM:
        key = toks[j][0] if j == i else f"{key} {toks[j][0]}"
        if key not in prefixes:
            break
        if key in keys and toks[j][0] not in "/&":
            best = (j + 1, keys[key])
        if j < len(breaks) and breaks[j]:
            break
        j += 1
    return best


def unique_names(mentions: Iterable[SkillMention]) -> list[str]:
    """Skill names in first-seen order, without case-insensitive duplicates."""
    seen: set[str] = set()
    names: list[str] = []
    for mention in mentions:
        folded = mention.name.casefold()
        if folded not in seen:
            seen.add(folded)
            names.append(mention.name)
    return names


def written_name(mention: SkillMention) -> str:
    """A mention's name in the text's own words: "Postgres" stays "Postgres", "GCP" stays "GCP".

    Another name of a skill (an alias) is shown as written; a name the vocabulary spells keeps its
    spelling ("python" -> "Python"). Matching goes through the key either way (`skill_key`), so a
    resume's "PostgreSQL" still meets a posting's "Postgres".
    """
    key = normalize_key(mention.surface)
    if lexicon().canonical(key) == key:
        return mention.name
    surface = mention.surface
    if surface.islower() and len(surface) > 3:
        return surface[:1].upper() + surface[1:]
    return surface


def extract_skills(
    text: str,
    *,
    degrees: bool = True,
    generic: bool = True,
    unknown: bool = False,
    learned: bool = True,
) -> list[str]:
    """Hard skills, tools and technologies named in a text, in its own words, once per spelling.

    A skill is named as the text writes it ("Postgres", "Amazon Web Services"; see
    `written_name`), so a text that writes two names of one skill lists both; `skill_key` of
    each is the key to compare with. With ``learned`` (the default), the tagger decides in
    context which terms are asked for as knowledge (the rules' matches are among its features),
    and the names of our own vocabulary the rules find count too; otherwise the rules alone
    answer. ``generic`` and ``unknown`` tune the rules (see find_skills); without ``degrees``
    academic degrees are left out.
    """
    found = find_skills(text, degrees=degrees, generic=generic, unknown=unknown)
    if not learned:
        return _written_names(found)
    hand = [*(find_degrees(text) if degrees else []), *(m for m in found if _hand_named(m))]
    knowledge, chances = _knowledge(text, found, hand)
    tagged = _split_lists(text, knowledge, found)
    if not degrees:
        taken = find_degrees(text)
        tagged = [m for m in tagged if not any(_overlaps(m, d) for d in taken)]
    # Degrees and the names of our own vocabulary the rules find hold wherever they are written;
    # one in lower case, unless the tagger all but rules it out where it stands ("an agile
    # team"). A name written as a name ("Postgres", "Airflow") stays, whatever the tagger says.
    sure = [m for m, p in zip(hand, chances, strict=True) if p >= MIN_NAMED_CHANCE or _proper(m)]
    named = [m for m in sure if not any(_overlaps(m, t) for t in tagged)]
    kept = [m for m in [*tagged, *named] if not _in_abbreviation(text, m)]
    return _written_names(sorted(kept, key=lambda m: m.start))


def _proper(mention: SkillMention) -> bool:
    """Whether a mention is written as a name (a capital letter), not as an everyday word."""
    return not mention.surface.islower()


def _written_names(mentions: Iterable[SkillMention]) -> list[str]:
    """Names as written (`written_name`), first-seen order, without case-insensitive repeats."""
    return unique_names(replace(m, name=written_name(m)) for m in mentions)


_AMPERSAND_ABBR = re.compile(r"[A-Z]{1,3}(?:&[A-Z]{1,3})+")


def _in_abbreviation(text: str, mention: SkillMention) -> bool:
    """Whether a mention is letters of an abbreviation joined by "&" ("R&D", "M&A", "BS&C")."""
    if "&" not in text[max(0, mention.start - 1) : mention.end + 1]:
        return False
    start = mention.start
    while start and not text[start - 1].isspace() and text[start - 1] not in "(,;/":
        start -= 1
    end = mention.end
    while end < len(text) and not text[end].isspace() and text[end] not in "),;/":
        end += 1
    return bool(_AMPERSAND_ABBR.fullmatch(text[start:end].rstrip(".")))


# What may stand between the names of a list: separators, conjunctions, or nothing but a space.
_JOINER_RE = re.compile(r"(?:[\s,/&;]|\band\b|\bor\b)*")


def _split_lists(
    text: str, tagged: list[SkillMention], found: list[SkillMention]
) -> list[SkillMention]:
    """A tagged span that is only a list of product names is those names ("AWS GCP Azure").

    Postings list tools with bare separators or none at all ("AWS / GCP", "Java and Scala"); the
    tagger may take the run as one term, a reader wants each tool. Lists of common words stay one
    term ("cloud adoption and migration"), as SkillSpan annotates them.
    """
    out: list[SkillMention] = []
    for mention in tagged:
        inside = [m for m in found if mention.start <= m.start and m.end <= mention.end]
        if not all(_hand_named(m) and not m.surface.islower() for m in inside):
            out.append(mention)  # a common word among them: one phrase
            continue
        bounds = [mention.start, *(x for m in inside for x in (m.start, m.end)), mention.end]
        gaps = zip(bounds[::2], bounds[1::2], strict=True)
        if len(inside) >= 2 and all(_JOINER_RE.fullmatch(text, a, b) for a, b in gaps):
            out.extend(inside)
        else:
            out.append(mention)
    return out


@lru_cache(maxsize=1)
def _hand_keys() -> frozenset[str]:
    """Matching keys of the names we list ourselves (vocab.CANONICAL and ALIASES)."""
    return frozenset(normalize_key(k) for k in [*CANONICAL, *ALIASES])


def _hand_named(mention: SkillMention) -> bool:
    """Whether a rule mention is a product or language our own vocabulary names."""
    return normalize_key(mention.surface) in _hand_keys()


def find_knowledge(text: str, found: list[SkillMention] | None = None) -> list[SkillMention]:
    """Hard skills the learned tagger finds in context; `found` are the rules' mentions, its
    features (found here when not given). Names as the vocabulary spells them."""
    return _knowledge(text, find_skills(text) if found is None else found)[0]


def _knowledge(
    text: str, found: list[SkillMention], probe: Sequence[SkillMention] = ()
) -> tuple[list[SkillMention], list[float]]:
    """The tagger's mentions, and for each mention in `probe` the tagger's probability that its
    first word is part of a skill where it stands (1.0 where no sentence holds it)."""
    from tracker_core.skills import tagger

    spans = [(m.start, m.end) for m in found]
    keys = lexicon()
    out: list[SkillMention] = []
    chance = {m.start: 1.0 for m in probe}
    starts = sorted(chance)
    for toks in tagger.sentences(text):
        lo = bisect.bisect_left(starts, toks[0].start)
        hi = bisect.bisect_left(starts, toks[-1].end)
        index = {t.start: i for i, t in enumerate(toks)} if hi > lo else {}
        asked = [s for s in starts[lo:hi] if s in index]
        gaz = tagger.gazetteer_tags(toks, spans)
        where = tagger.context(text, toks[0].start)
        tagged, probs = tagger.tag_sentence(toks, gaz, where, [index[s] for s in asked])
        chance.update(zip(asked, probs, strict=True))
        for start, end in tagged:
            surface = text[start:end]
            key = keys.canonical(normalize_key(surface))
            out.append(SkillMention(_versioned(key, surface), surface, start, end))
    return out, [chance[m.start] for m in probe]
