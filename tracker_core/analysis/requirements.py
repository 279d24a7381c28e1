"""Requirements of a posting: keyword groups split into must-haves and nice-to-haves."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from tracker_core.analysis.actionable import company_of, not_actionable, without_places
from tracker_core.analysis.models import RequirementKind
from tracker_core.jd_parser.sections import (
    Kind,
    Section,
    line_kind,
    split_sections,
    strip_bullet,
)
from tracker_core.skills import (
    SkillMention,
    find_skills,
    normalize_key,
    unique_names,
)
from tracker_core.skills.vocab import ALIASES, CANONICAL, PHRASE_FILLERS, PHRASE_STOPS
from tracker_core.text.clean import clean_text
from tracker_core.text.numbers import YEARS_RE, number_value

WEIGHTS: dict[Kind, float] = {"required": 1.0, "preferred": 0.5, "duties": 0.1, "other": 0.3}
PHRASE_MAX_WORDS = 6
ITEM_TERM_MAX_WORDS = 4
_QUALIFIERS = re.compile(
    r"^(?:(?:strong|excellent|exceptional|good|great|solid|proven|demonstrated|demonstrable|basic"
    r"|advanced|effective|substantial|sound|deep|working|profound(?:ed)?|in-depth|thorough"
    r"|comprehensive|extensive|hands-on|practical|proficiency|proficient|experience[d]?"
    r"|knowledge|understanding|familiarity|expertise|ability|capacity|capability|capable"
    r"|notable|commendable|conceivable|distinguished|impeccable|mastery(?:\s+level)?"
    r"|skills?|must have"
    r"|a|an|the|very|highly|some|prior|previous)\s+(?:(?:in|with|of|to|at|on|for)\s+)?)+",
    re.IGNORECASE,
)
# Words of praise or of proficiency before the skill an item names: "Expert", "Mastery in".
_PRAISE = re.compile(
    r"^(?:(?:strong|excellent|exceptional|good|great|solid|proven|demonstrated|demonstrable"
    r"|advanced|effective|substantial|sound|deep|working|profound(?:ed)?|in-depth|thorough"
    r"|comprehensive|extensive|hands-on|practical|superior|outstanding|expert|high-level"
    r"|efficient|impressive|remarkable|extraordinary|exemplary|keen|robust|intense|sturdy"
    r"|fluent|superb|masterly|first-rate|top-notch|adequate|brilliant|very|highly|some|prior|previous"
    r"|notable|commendable|conceivable|distinguished|impeccable|terrific|stellar|adroit|skil(?:l)?ful"
    r"|high\s+level\s+of"
    r"|a|an|the|(?:work(?:ing)?\s+)?experience[d]?|proficiency|proficient|expertise|familiarity"
    r"|familiar|knowledge|understanding|knowledgeable|mastery(?:\s+level)?|competen(?:ce|cy|t)"
    r"|skilled|adept|using|use"
    r"|(?:skills?|capabilit(?:y|ies)|capacity|excellency|aptitude)\s+(?:in|with|of|for)"
    r"|capable\s+of|background\s+in)"
    r"\s+(?:(?:in|with|of|at|on|for|about)\s+)?)+",
    re.IGNORECASE,
)
# What follows the skill in "Telemetry experience", "Wound care certification", "SQL a plus".
_TRAILING_WORDS = (
    r"experience|knowledge|background|expertise|training"
    r"|is\s+(?:a\s+)?(?:plus|must|required|preferred|mandatory|crucial|essential|key|important)"
    r"|(?:is\s+)?an?\s+(?:plus|must|(?:added\s+)?(?:value|advantage|asset|bonus))"
    r"|preferred|required|desired|mandatory|\((?:required|preferred)\)"
)
_TRAILING = re.compile(
    rf"(?:\s+(?:{_TRAILING_WORDS}|certification|certificate))+[\s.]*$", re.IGNORECASE
)
# ... of a credential named with the place that issues it ("Texas Teaching Certificate"): the
# certificate is what is asked for, not the skill "Teaching" every teacher's resume names.
_TRAILING_OF_CREDENTIAL = re.compile(rf"(?:\s+(?:{_TRAILING_WORDS}))+[\s.]*$", re.IGNORECASE)
# "Communication skills to deliver curriculums", "Analytical skills with a knack for ...",
# "Multitasking abilities efficiently": a skill named in a few words, then what it is for or
# how it is used.
_NAMED_SKILLS = re.compile(
    r"^((?:[^\W\d_][\w-]*\s+){1,3}(?:skills|abilities|capabilities))"
    r"\s+(?:(?:to|for|with|when|that|which|and\s+(?:the\s+)?ability)\s|[a-z]+ly\W*$)",
    re.IGNORECASE,
)
_USING = re.compile(
    r"^(?:utili[sz](?:e|es|ing)|deploy(?:s|ing)?|employ(?:s|ing)?|appl(?:y|ies|ying))\s+", re.I
)
_BARE_YEARS = re.compile(r"^\s*(?:min(?:imum)?\s+)?\d+\+?\s*years?\W*$", re.I)
_ROLE_YEARS = re.compile(r"^[^:]{2,80}:\s*(?:min(?:imum)?\s+)?\d+\+?\s*years?\W*$", re.I)
# "C-Level executives", "R&D": a single letter glued to a word is no language named "C" or "R".
_GLUED_LETTER = re.compile(r"[-&][A-Za-z]")
_GLUED_WORD = re.compile(r"-[A-Za-z]{2,}")
_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z]{1,6})\s*\)")
_SPELLED_AFTER = re.compile(r"\b([A-Z][A-Za-z]{0,5}[A-Z])\s*\(\s*([A-Za-z][A-Za-z' -]{4,80})\)")
_LONG_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_PRODUCT_KIND = re.compile(
    r"\s+(?:frameworks?|methodolog(?:y|ies)|process(?:es)?|functionalit(?:y|ies)|paradigm"
    r"|approach|(?:software\s+)?platforms?|ecosystem)$",
    re.I,
)
_INDUSTRY = re.compile(r"\s+(?:industry|industries|sector)$", re.IGNORECASE)
# Soft skills as recruiters name them; a word that is also a plain noun ("communication with
# clients", "leadership team") only with "skills" or "abilities" after it.
_SOFT_SKILL = re.compile(
    r"\b(?:(?:attention\s+to\s+detail|problem[- ]solving|time[- ]management|critical[- ]thinking"
    r"|active[- ]listening|decision[- ]making|conflict[- ]resolution|interpersonal)"
    r"(?:\s+(?:skills|abilities))?"
    r"|(?:communication|organi[sz]ational|analytical|leadership|negotiation|presentation"
    r"|teamwork|multitasking|writing|listening|public[- ]speaking)\s+(?:skills|abilities))\b",
    re.IGNORECASE,
)
_CAPITAL_RUN = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,3}(?![\w-])")
# One word that only describes ("Mechanical", "Technical", "Creative"): kept with its noun.
_ADJECTIVE = re.compile(r"[A-Za-z]+(?:al|ic|ive|ous|ary)", re.IGNORECASE)
_CONJUNCT_AFTER = re.compile(r"[ \t]+(?:and|&)[ \t]+([A-Za-z][\w'-]*)")
_CONJUNCT_BEFORE = re.compile(r"([A-Za-z][\w'-]*)[ \t]+(?:and|&)[ \t]+$")
_PAIR_WINDOW = 40
# Words that may stand right outside a pair: "High Empathy and Compassion towards ...".
_PAIR_EDGES = frozenset("high towards toward during among displayed exhibit show".split())
_LANGUAGE_KIND = re.compile(r"\s+(?:(?:programming\s+)?languages?|programming)$", re.I)
_KEPT_LEAD = re.compile(r"\b(?:ability|capability)\s+to\s+$", re.IGNORECASE)
# "Knowledge of safety procedures", "Ability to read blueprints": the lead names the kind of
# skill, and it is how the skill is asked for and listed; praise before it still goes.
_NAMING_LEAD = re.compile(r"\b(?:knowledge\s+of|(?:cap)?ability\s+to)\s+$", re.I)
# Where a second years requirement starts: ", and at least 2 years", " and minimum of 2 years".
_YEARS_JOINT = re.compile(
    r"(?:,\s*|\s+)(?:and|plus|as\s+well\s+as)\s+(?:(?:a\s+)?minimum\s+(?:of\s+)?|at\s*least\s+"
    r"|over\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
# The longest joint looked for before a years number: a bounded window keeps the split linear.
_JOINT_WINDOW = 60
_EXAMPLES = re.compile(
    r"\(\s*(?:e\.\s?g\.?|i\.\s?e\.?|such as|like|incl\w*)?"
    r"|[,\s]\s*(?:e\.\s?g\.|such as|like|incl\w*)\s",
    re.IGNORECASE,
)
HEADER_MAX_WORDS = 12
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CONNECTORS = frozenset("of and in at for the to with on a an or de du la le der die und".split())
_SKIP_HEADINGS = re.compile(
    r"title|benefit|perks|what we offer|about (?:us|the company)|salary|compensation|how to apply"
    r"|equal opportunity|location",
    re.IGNORECASE,
)
# Keywords offered as alternatives: "X or Y", "X or another Y", "X or similar"; never "X and Y".
_EITHER = re.compile(r"^(?!.*\band\b).*\bor\b", re.IGNORECASE)
# A lead-in that labels the list after it ("Languages:", "Tools and frameworks:").
_LIST_LABEL = re.compile(
    r"(?:(?:[\w-]+\s+){0,3}(?:languages|tools|frameworks|technologies|databases|platforms"
    r"|libraries|stacks?|software|tooling|certifications|environments|applications|packages"
    r"|suites|competencies)"
    r"|(?:technical|soft|hard|core|key|other|additional|tech)\s+skills)",
    re.IGNORECASE,
)
_HEAD_RE = re.compile(r"^(?P<head>[^:]{2,50}):\s+\S")
# "Label: value" lines that describe the job, not a skill ("Salary: $140k", "Location: Berlin").
_META_HEAD = re.compile(
    r"^(?:salary|compensation|pay|benefits?|perks|location|company|employer|deadline|apply by"
    r"|start date|(?:job|employment|contract) type|contract|remote|workplace|schedule|hours"
    r"|title|job title|position)$",
    re.IGNORECASE,
)


# "experience as a Welder": the phrase names a role, not a skill.
_AS_ROLE = re.compile(r"\bas\s+(?:an?|the)\s+[A-Za-z]", re.IGNORECASE)
# Last words that make a phrase a job ("Assurance Consultant", "comparable tech Roles").
_JOB_WORD = re.compile(
    r"\b(?:engineer|developer|manager|specialist|analyst|assistant|technician|officer|consultant"
    r"|administrator|architect|designer|scientist|coordinator|associate|representative|operator"
    r"|worker|agent|programmer|director|executive|supervisor|tester|position|role)s?\W*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?;]\s+")
# Where a clause about a product starts: ", a statistical analysis system", " for front-end".
_PRODUCT_CLAUSE = re.compile(r",\s+(?:an?|the)\s+|\s+for\s+", re.IGNORECASE)
# A job title that is also a licence a resume can list: "Certified Nursing Assistant".
_LICENCE = re.compile(r"(?:certified|registered|licen[cs]ed|chartered)\s", re.IGNORECASE)
# The job title in "2 years as a Senior Radar Signal Processing Engineer, in ...".
_ROLE_TITLE = re.compile(
    r"\bas\s+(?:an?\s+)?([A-Z].*?)"
    r"(?=[,;:()]|\.(?:\s|$)|$|\s(?:in|at|for|with|within|related|who|to)\s|\sand\s(?![A-Z]))"
)
_ROLE_END = re.compile(r"[,;:(]\s*|\.\s|\s(?:with|who|where|ideally|preferably|within)\s", re.I)
# Bullet debris a pasted posting leaves before a line: "-ó", "•", "*-".
_LEAD_JUNK = re.compile(r"^(?:[^\w(]|[^\x00-\x7f](?=[A-Z]))*")
# The word right before or after a mention, joined by a space or hyphen only.
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’]*)[ \t-]$")
_WORD_AFTER = re.compile(r"[ \t-]([A-Za-z][\w'’]*)")


@dataclass
class Requirement:
    """A posting line reduced to keywords, with its kind and weight."""

    text: str
    keywords: list[str]
    kind: RequirementKind
    weight: float
    years: float | None = None
    role: str | None = None
    names_role: bool = False
    head: str | None = None
    sources: list[str] = field(default_factory=list)
    either: bool = False  # "Jest or Cypress": one of the keywords is enough
    # "Workflow orchestration (Airflow)": a met example shows the broader skill before it.
    broader: list[str] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)
    # "Load Sharing Facility (LSF)": folded acronym -> the long form a resume may use instead
    spelled: dict[str, str] = field(default_factory=dict)
    # Keywords that name a job ("Janitorial Workers", "Assurance Consultant"): they count in the
    # score, but are not a skill to list as missing or matched.
    jobs: list[str] = field(default_factory=list)
    # What a named product is or is for ("Informatica, an industry-leading data integration
    # software", "CSS for front-end tweaks"): scored with the product, not listed on its own.
    details: list[str] = field(default_factory=list)


def _items(line: str) -> list[str]:
    """A posting line split into items ('a; b; c' lists become separate items)."""
    parts = [strip_bullet(p) for p in re.split(r";\s+|\s+\d{1,2}\.\s+(?=[A-Z])", line)]
    return [q for p in parts for q in _split_years(p) if len(q) > 1]


def _split_years(item: str) -> list[str]:
    """'5 years as X and 2 years as Y' as two items, so each role's years are checked."""
    starts = [m.start() for m in YEARS_RE.finditer(item)][1:]
    if not starts:
        return [item]
    pieces, last = [], 0
    for start in starts:
        joint = _YEARS_JOINT.search(item, max(last, start - _JOINT_WINDOW), start)
        if joint is None:
            continue
        pieces.append(item[last : joint.start()])
        last = start
    return [*pieces, item[last:]]


def _head(item: str) -> str | None:
    """Short lead-in before a colon ('Networking: TCP/IP ...' -> 'Networking')."""
    match = _HEAD_RE.match(item)
    if not match:
        return None
    head = match["head"].strip(" *_")
    if _AS_ROLE.search(head):
        return None  # "Proven experience as a Stonemason: 2 years": a role, not a skill
    return head if 0 < len(head.split()) <= 8 else None


def _years(item: str) -> tuple[float | None, str | None]:
    """Years asked in an item and the role or field they apply to."""
    match = YEARS_RE.search(item)
    lowered = item.lower()
    if not match or ("experience" not in lowered and " as " not in lowered):
        return None, None
    as_role = re.search(
        r"\bas\s+(?:an?\s+)?(?P<role>.+?)(?:\s+for\s+(?:\d|the|over|at)|[.;]?$)", item
    )
    if as_role:
        # "as a QA manager, ideally in retail": the role ends where a clause starts
        return number_value(match["n"]), _ROLE_END.split(as_role["role"])[0].strip(" .")
    role = item[match.end() :]
    role = re.sub(
        r"^[\s,]*(?:of\s+)?(?:relevant\s+|professional\s+|previous\s+|working\s+)*"
        r"(?:experience\s+)?(?:working\s+)?(?:as\s+an?\s+|as\s+|in\s+an?\s+|in\s+|with\s+)?",
        "",
        role,
        flags=re.IGNORECASE,
    )
    return number_value(match["n"]), role.strip(" .") or None


def short_phrase(item: str) -> str | None:
    """A short list item as a keyword without lead-in qualifiers ('Strong SQL skills')."""
    phrase = _strip_lead(_QUALIFIERS, _LEAD_JUNK.sub("", item).strip(" .;:*")).strip(" .;:-–")
    words = phrase.split()
    if not 0 < len(words) <= PHRASE_MAX_WORDS or YEARS_RE.search(phrase):
        return None
    if _AS_ROLE.search(phrase):
        return None  # "Proven experience as a Stonemason": a role, checked with the years
    phrase = without_places(phrase)
    return phrase[:1].upper() + phrase[1:]


@lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    """Matching keys of the products and languages we name ourselves ("java", "excel")."""
    names = [*CANONICAL, *CANONICAL.values(), *ALIASES, *ALIASES.values()]
    return frozenset(normalize_key(n) for n in names)


def _content_word(match: re.Match[str] | None) -> bool:
    """Whether a neighbouring word is a content word, not a function word or qualifier."""
    word = match[1].lower() if match else ""
    return bool(word) and word not in PHRASE_STOPS and word not in PHRASE_FILLERS


def _fragment(item: str, mention: SkillMention) -> bool:
    """A common word found as one word of a longer term the vocabulary lacks.

    "software design methodology", "HTTP protocols", "construction trades": the posting asks for
    the whole term, and "Methodology", "Protocols" or "Trades" alone would be listed as missing
    though no resume names them that way. Known products ("java programming") stay.
    """
    surface = mention.surface
    if not (surface.isalpha() and surface.islower()) or normalize_key(surface) in _known_names():
        return False
    before = _WORD_BEFORE.search(item, 0, mention.start)
    after = _WORD_AFTER.match(item, mention.end)
    return _content_word(before) or _content_word(after)


def _keywords(item: str, kind: Kind, head: str | None, company: str | None) -> list[str]:
    """Keywords of an item: its lead-in, the skills it names, else the short item itself.

    Places and the employer's name are never keywords ("Boston, MA", "Acme").
    """
    name = _praise_off(head) if head else None
    keywords = [name] if name and not not_actionable(name, item, 0, company) else []
    seen = {k.casefold() for k in keywords}
    found = find_skills(item, generic=False, unknown=True)
    # "Linux operating system": a lower-case term right after a name says what the name is.
    named = {m.end + 1 for m in found if item[m.end : m.end + 1] == " "}
    mentions = [
        m
        for m in found
        if not _fragment(item, m)
        and not (len(m.surface) == 1 and _GLUED_LETTER.match(item, m.end))
        # "Arm-Hand Steadiness": a common word hyphenated to the next is part of a longer term
        and not (_quality(m.surface) and _GLUED_WORD.match(item, m.end))
        and not (m.surface.islower() and m.start in named)
        and not not_actionable(m.surface, item, m.start, company)
    ]
    mentions = _paired(item, _in_capital_runs(item, mentions))
    spelled = [t for t in _spelled(item) if not not_actionable(t[0], item, t[1], company)]
    # "Load Sharing Facility (LSF)": the short name is the keyword, not words of the long one
    mentions = [m for m in mentions if not any(s <= m.start < e for _, s, e, _ in spelled)]
    names = [_bare_product(s) for s in unique_names(mentions)] + [a for a, _, _, _ in spelled]
    names = [s for s in dict.fromkeys(names) if s.casefold() not in seen]
    if name and _LIST_LABEL.fullmatch(name):
        keywords = []  # "Languages: Python, Go": the label of a list is no keyword
        if not names:  # "Tools: Fluke meters, Milwaukee power tools": the items are
            parts = item.partition(":")[2].split(",")
            names = [p for p in map(short_phrase, parts) if p] if len(parts) > 1 else []
    keywords += names
    asked = head is None and kind in ("required", "preferred") and not spelled
    term = _item_term(item, mentions) if asked else None
    if term is not None and not not_actionable(term, item, 0, company):
        keywords = [term]
    elif not keywords and kind in ("required", "preferred"):
        phrase = short_phrase(item)
        keywords = [phrase] if phrase and not not_actionable(phrase, item, 0, company) else []
    return _with_soft_skills(item, keywords) if kind in ("required", "preferred") else keywords


def _with_soft_skills(item: str, keywords: list[str]) -> list[str]:
    """Keywords with the soft skills a sentence asks for that no keyword names yet ("We
    require candidates with strong interpersonal skills that ...", "Deploy sound
    problem-solving skills in ..."): the hard-skill vocabulary leaves them out on purpose."""
    named = " ".join(keywords).casefold()
    out = list(keywords)
    for match in _SOFT_SKILL.finditer(item):
        phrase = match[0]
        if phrase.casefold() not in named and not _inside_keyword(item, match, keywords):
            out.append(phrase[:1].upper() + phrase[1:])
    return out


def _inside_keyword(item: str, match: re.Match[str], keywords: list[str]) -> bool:
    """Whether a match lies inside where a keyword is written in the item."""
    folded = item.casefold()
    for k in keywords:
        at = folded.find(k.casefold())
        while at >= 0:
            if at <= match.start() and match.end() <= at + len(k):
                return True
            at = folded.find(k.casefold(), at + 1)
    return False


def _in_capital_runs(item: str, mentions: list[SkillMention]) -> list[SkillMention]:
    """A common word found inside a capitalised name the vocabulary lacks is the whole name:
    "Knowledge of Process Mapping" -> "Process Mapping", "with Security Administration"."""
    out = []
    for m in mentions:
        run = None
        if _quality(m.surface) and m.surface[:1].isupper() and " " not in m.surface:
            for r in _CAPITAL_RUN.finditer(item):
                if r.start() <= m.start and m.end <= r.end() and r[0] != m.surface:
                    run = r
        others = [o for o in mentions if o is not m]
        start = run.start() if run else 0
        if run is not None:  # "High Empathy": praise before the name is not part of it
            first = item[start:].split(None, 1)[0]
            if first.lower() in _PAIR_EDGES or _PRAISE.match(first + " "):
                start = item.index(" ", start) + 1
        if run is None or (start >= m.start and run.end() == m.end):
            out.append(m)
        elif any(start <= o.start < run.end() for o in others):
            out.append(m)
        else:
            name = item[start : run.end()]
            out.append(SkillMention(name, name, start, run.end()))
    return out


def _paired(item: str, mentions: list[SkillMention]) -> list[SkillMention]:
    """Mentions with a quality paired to the next or previous word by "and" read as one
    ("Flexibility and Adaptability", "High Empathy and Compassion in dealing with patients",
    "Patience and perseverance for ..."): the posting asks for the pair, as it names it."""
    out: list[SkillMention] = []
    taken: set[int] = set()
    for m in mentions:
        if m.start in taken:
            continue
        span = _pair_span(item, m) if _quality(m.surface) else None
        if span is None:
            out.append(m)
            continue
        start, end = span
        taken |= {o.start for o in mentions if start <= o.start < end and o is not m}
        out = [o for o in out if not start <= o.start < end]
        phrase = item[start:end]
        out.append(SkillMention(phrase[:1].upper() + phrase[1:], phrase, start, end))
    return out


def _quality(word: str) -> bool:
    """A single common word ("patience", "Adaptability"), not a product or an acronym."""
    return word.isalpha() and not word.isupper() and normalize_key(word) not in _known_names()


def _pair_span(item: str, mention: SkillMention) -> tuple[int, int] | None:
    """Span of "X and Y" around a mention X (or Y) when the pair stands alone: no content word
    right before it or right after it ("partner relations and evangelism" is no pair)."""
    after = _CONJUNCT_AFTER.match(item, mention.end)
    if after and _quality(after[1]) and _bound(item, mention.start, after.end()):
        return mention.start, after.end()
    before = _CONJUNCT_BEFORE.search(item, max(0, mention.start - _PAIR_WINDOW), mention.start)
    if before and _quality(before[1]) and _bound(item, before.start(1), mention.end):
        return before.start(1), mention.end
    return None


def _bound(item: str, start: int, end: int) -> bool:
    """Whether the words around a span are function words, praise or none."""
    return all(
        match is None or match[1].lower() in _PAIR_EDGES or not _content_word(match)
        for match in (_WORD_BEFORE.search(item, 0, start), _WORD_AFTER.match(item, end))
    )


def _spelled(item: str) -> list[tuple[str, int, int, str]]:
    """Acronyms written with their long form, before it ("Load Sharing Facility (LSF)",
    "Infrastructure as a Service (IaaS)") or after it in brackets ("WPF (Windows Presentation
    Foundation)"), each with where the pair starts and ends and the long form."""
    found = []
    for match in _ACRONYM.finditer(item):
        acronym = match[1]
        words = list(_LONG_WORD.finditer(item, max(0, match.start() - 80), match.start()))
        for k in range(1, min(len(words), 7) + 1):
            tail = words[-k:]
            if _initials(tail) == acronym.upper():
                long = item[tail[0].start() : match.start()].strip()
                found.append((acronym, tail[0].start(), match.end(), long))
                break
    for match in _SPELLED_AFTER.finditer(item):
        words = list(_LONG_WORD.finditer(match[2]))
        content = [w for w in words if w[0][:1].isupper()]
        if match[1].upper() in (_initials(words), _initials(content)):
            found.append((match[1], match.start(), match.end(), match[2].strip()))
    return found


def _initials(words: list[re.Match[str]]) -> str:
    """First letters of words, upper-cased: "Model View Controller" -> "MVC"."""
    return "".join(w[0][0] for w in words).upper()


def long_forms(item: str) -> dict[str, str]:
    """Folded acronym -> the long form the item spells it out with."""
    return {a.casefold(): long for a, _, _, long in _spelled(item)}


def _item_term(item: str, mentions: list[SkillMention]) -> str | None:
    """A short list item that is itself one skill ("Quality control analysis", "Patience and
    perseverance", "Advanced counseling skills"), in the posting's words without the praise
    before it ("Efficient", "Expert", "Mastery in").

    Not when it names a product or language ("SQL database systems", "HTML5/XHTML, CSS3"):
    the product is the keyword there.
    """
    text = _LEAD_JUNK.sub("", item).strip(" .;:*")
    offset = item.find(text)
    if any(_product(m, m.start <= offset) for m in mentions):
        return None
    named = _NAMED_SKILLS.match(_strip_lead(_PRAISE, _USING.sub("", text)))
    if named:  # "Adequate communication skills to deliver curriculums": the skill is named
        return named[1][:1].upper() + named[1][1:]
    start = mentions[0].start - offset if mentions else 0
    lead = text[: max(0, start)]
    # "Demonstrated ability to work independently": the skill is "Ability to work independently".
    kept = _KEPT_LEAD.search(lead)
    phrase = text[kept.start() if kept else max(0, start) :] if mentions else text
    praised = _strip_lead(_PRAISE, phrase)
    placed = "certific" in praised.lower() and without_places(praised) != praised
    trailing = _TRAILING_OF_CREDENTIAL if placed else _TRAILING
    phrase = trailing.sub("", praised).strip(" .;:-–")
    if _ADJECTIVE.fullmatch(phrase):  # "Mechanical Knowledge": the noun names the skill
        phrase = praised.strip(" .;:-–")
    words = phrase.split()
    if not 0 < len(words) <= ITEM_TERM_MAX_WORDS or re.search(r"[,/;]|\bor\b", phrase):
        return None
    if YEARS_RE.search(phrase) or _AS_ROLE.search(phrase):
        return None
    phrase = without_places(phrase)  # "Active Oregon RN license" -> "Active RN license"
    return _bare_product(phrase[:1].upper() + phrase[1:])


def _bare_product(name: str) -> str:
    """A product without the kind of thing it is: "Spring framework" -> "Spring", "Agile
    methodologies" -> "Agile", "ETL processes" -> "ETL"; the resume names the product."""
    industry = _INDUSTRY.search(name)
    if industry is not None and industry.start() > 0:
        return name[: industry.start()]  # "Automotive industry": a resume names the field
    language = _LANGUAGE_KIND.search(name)  # "C++ programming language", "Java programming"
    if language is not None and normalize_key(name[: language.start()]) in _known_names():
        return name[: language.start()]  # a known language only: "PLC programming" stays
    match = _PRODUCT_KIND.search(name)
    if match is None:
        return name
    bare = name[: match.start()]
    known = (
        normalize_key(bare) in _known_names()
        or re.fullmatch(r"[A-Z]{2,}", bare)
        or re.search(r"[a-z][A-Z]", bare)  # "BillingCenter"
        or (" " in bare and all(w[:1].isupper() for w in bare.split()))  # "User Experience"
    )
    return bare if known else name


def _strip_lead(lead: re.Pattern[str], phrase: str) -> str:
    """The phrase without the words `lead` matches before it, keeping a naming lead
    ("Strong knowledge of X" -> "Knowledge of X")."""
    match = lead.match(phrase)
    if match is None:
        return phrase
    kept = _NAMING_LEAD.search(phrase, 0, match.end())
    return phrase[kept.start() if kept else match.end() :]


def _praise_off(phrase: str) -> str | None:
    """A skill name without the praise before it: "Strong communication skills" ->
    "Communication skills"."""
    bare = _strip_lead(_PRAISE, phrase).strip(" .;:-–")
    return bare[:1].upper() + bare[1:] if bare else None


def _product(mention: SkillMention, first: bool) -> bool:
    """Whether a mention names a product or a language: one we know ("Java"), an acronym
    ("NIST", "SVN"), a name with digits or signs ("C++", "Node.js"), or one capitalised word
    inside a sentence ("Knowledge of Servlets")."""
    surface = mention.surface
    if normalize_key(surface) in _known_names() or re.search(r"[A-Z]{2}|[\d+#./]", surface):
        return True
    return " " not in surface and surface[:1].isupper() and not first


def _details(item: str, keywords: list[str]) -> list[str]:
    """Keywords written in lower case in a clause that says what a product before it is or is
    for: ", an industry-leading data integration software", " for front-end tweaks"."""
    folded = item.casefold()
    names = [k for k in keywords if _is_product_name(k) or _capitalised_in(item, k)]
    out = []
    for clause in _PRODUCT_CLAUSE.finditer(item):
        opened = max((m.end() for m in _SENTENCE_END.finditer(item, 0, clause.start())), default=0)
        closed = _SENTENCE_END.search(item, clause.end())
        before = folded[opened : clause.start()]
        if not any(k.casefold() in before for k in names):
            continue
        for k in keywords:
            at = folded.find(k.casefold(), clause.end(), closed.start() if closed else len(item))
            if at >= 0 and item[at].islower() and not _is_product_name(k) and k not in out:
                out.append(k)
    return out


def _capitalised_in(item: str, keyword: str) -> bool:
    """Whether a keyword is written capitalised inside the item ("with Informatica, ...")."""
    at = item.casefold().find(keyword.casefold())
    return at > 0 and item[at].isupper() and not _SENTENCE_END.search(item[:at])


def _is_product_name(keyword: str) -> bool:
    """A known product, an acronym or a name with signs ("Informatica", "SAS", "C#")."""
    return normalize_key(keyword) in _known_names() or bool(re.search(r"[A-Z]{2}|[\d+#.]", keyword))


def _names_job(phrase: str) -> bool:
    """Whether a phrase names a job ("Flight Level 5 Assurance Consultant", "Tech Roles")."""
    return _JOB_WORD.search(phrase) is not None


def _requirement(item: str, kind: Kind, company: str | None = None) -> Requirement | None:
    """Requirement of one item, or None when it names nothing checkable."""
    head = _head(item)
    if head is not None and _META_HEAD.match(head):
        return None
    # "Previous job executing roles in Physics: 1 year": time in a role, not a keyword
    keywords = [] if _ROLE_YEARS.match(item) else _keywords(item, kind, head, company)
    years, role = _years(item)
    phrase_ok = kind in ("required", "preferred") and len(item.split()) >= 4
    if not keywords and years is None and not phrase_ok:
        return None
    req_kind: RequirementKind = "preferred" if kind == "preferred" else "required"
    names_role = bool(years and re.search(r"\bas\s+(?:an?\s+)?[A-Z]", item))
    title = _ROLE_TITLE.search(item) if names_role else None
    if title:  # "3 years as a Front End Developer": the title is checked with the years
        keywords = [k for k in keywords if k.casefold() not in title[1].casefold()]
    req = Requirement(item, keywords, req_kind, WEIGHTS[kind], years, role, names_role, head)
    req.jobs = [k for k in keywords if _names_job(k) and not _LICENCE.match(k)]
    if years and role and _names_job(role):  # "1-year as market research analyst"
        # the words of a title in lower case; a product in it is still asked ("OpenGL Developer")
        req.jobs += [k for k in keywords if k.lower() in role and k not in req.jobs]
    req.details = _details(item, keywords)
    req.either = head is None and len(keywords) > 1 and _EITHER.search(item) is not None
    req.broader, req.examples = _examples(item, keywords)
    req.spelled = long_forms(item)
    return req


def _examples(item: str, keywords: list[str]) -> tuple[list[str], list[str]]:
    """Keywords named before "(e.g. ...)" / "such as ..." and the examples given for them."""
    match = _EXAMPLES.search(item)
    if not match:
        return [], []
    lead = item[: match.start()]
    # keywords carry the vocabulary's names, so the lead's skills are named the same way
    before = {k.casefold() for k in unique_names(find_skills(lead, generic=False))}
    before |= {k.casefold() for k in keywords if k.casefold() in lead.casefold()}
    named = [k for k in keywords if k.casefold() in before]
    # "(Kimball) and data warehousing": the examples end where the bracket closes
    close = item.find(")", match.end()) if "(" in match.group() else -1
    shown = item[match.end() : close if close >= 0 else len(item)].casefold()
    examples = [k for k in keywords if k.casefold() not in before and k.casefold() in shown]
    # Only the skill right before the examples is the broader one ("SQL and NoSQL (MongoDB)").
    return (named[-1:], examples) if named and examples else ([], [])


def _header_line(line: str) -> bool:
    """A title or 'Company · City · Full-time' line at the top: names, not requirements."""
    words = _WORD.findall(line)
    if not words or len(words) > HEADER_MAX_WORDS or line.rstrip().endswith((".", ":", ";")):
        return False
    return all(w[0].isupper() or w.lower() in _CONNECTORS for w in words)


def _years_joined(lines: list[str]) -> list[str]:
    """Lines with a bare years value ("1 year") joined to the label it is the value of
    ("Previous job executing roles in Physics:"), and a line that starts in lower case
    without a bullet to the line it continues ("... or Emergency handling." / "instance.")."""
    out: list[str] = []
    for line in lines:
        if out and out[-1].endswith(":") and _BARE_YEARS.match(line):
            out[-1] = f"{out[-1]} {line}"
        elif out and line[:1].islower():
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _lead_ins_joined(sections: list[Section]) -> list[Section]:
    """Sections with a lead-in line under a heading ("Required Skills" / "The prospective
    employee should demonstrate:") read as one: the list belongs to the heading above."""
    out: list[Section] = []
    for section in sections:
        above = out[-1] if out else None
        if above is not None and not above.lines and section.kind == "other" and above.heading:
            out[-1] = Section(above.heading, above.kind, section.lines)
        else:
            out.append(section)
    return out


def extract_requirements(job_description: str) -> list[Requirement]:
    """Requirements of a posting in order, must-haves and duties before nice-to-haves."""
    found: list[Requirement] = []
    clean = clean_text(job_description)
    company = company_of(clean) if clean else None
    for section in _lead_ins_joined(split_sections(clean)):
        if _SKIP_HEADINGS.search(section.heading):
            continue
        for line in _years_joined(section.lines):
            if not section.heading and _header_line(line):
                continue
            kind = line_kind(line, section.kind)
            for item in _items(line):
                req = _requirement(item, kind, company)
                if req is not None:
                    found.append(req)
    order = {"required": 0, "preferred": 1}
    return sorted(found, key=lambda r: (order[r.kind], -r.weight))
