"""The job title of a posting: a label, a heading, the first title-like line, or prose.

Also what a role and a company name look like (ROLE_WORDS, COMPANY_NAME_END), which the
company and location readers use to tell a header piece apart from the title.
"""

from __future__ import annotations

import re

from tracker_core.jd_parser.places import is_place
from tracker_core.jd_parser.work_mode import INCIDENTAL, unwrap

ROLE_WORDS = re.compile(
    r"\b(?:engineer|developer|programmer|manager|analyst|designer|scientist|specialist|"
    r"coordinator|assistant|director|lead|architect|consultant|administrator|admin|intern|"
    r"officer|technician|nurse|teacher|accountant|representative|associate|executive|head|"
    r"vp|president|writer|editor|researcher|recruiter|advisor|adviser|agent|clerk|operator|"
    r"supervisor|tester|strategist|owner|partner|sre|devops|marketer|counsel|attorney|"
    r"paralegal|therapist|pharmacist|physician|driver|mechanic|electrician|chef|cook|"
    r"cashier|receptionist|postdoc|fellow|professor|lecturer|instructor|trainer|coach|"
    r"planner|buyer|controller|auditor|economist|statistician|producer|artist|animator|"
    r"photographer|librarian|generalist|investigator|inspector|surveyor|estimator|"
    r"technologist|hygienist|worker|staff|principal|expert|student|apprentice|trainee|"
    r"consultant|contractor|freelancer|engineering|sales|marketing|support|werkstudent|"
    r"praktikant|entwickler|ingenieur|berater|leiter|copywriter|coder|bookkeeper|barista|"
    r"caregiver|dispatcher|courier|welder|plumber|carpenter|machinist|advocate|secretary|"
    r"translator|interpreter|underwriter|actuary|dietitian|pilot|bartender|dentist|"
    r"veterinarian|surgeon|psychologist|counsel+or|tutor|scheduler|merchandiser|stylist|"
    r"superintendent|foreman|nanny|housekeeper|janitor|custodian|guard|paramedic|"
    r"midwife|doctor|caseworker|sonographer|radiographer|phlebotomist|"
    r"\w+(?:administrator|entwickler|ingenieur|berater|leiter|referent|techniker|"
    r"kaufmann|kauffrau|manager|writer|designer|developer)|adjuster|teller|operative|handler|"
    r"picker|packer|loader|attendant|porter|valet|host|hostess|server|cleaner|labou?rer|"
    r"installer|fitter|joiner|roofer|painter|landscaper|gardener|lifeguard|concierge|banker|"
    r"broker|trader|appraiser|assessor|examiner|negotiator|valuer|solicitor|barrister|"
    r"registrar|archivist|curator|chemist|biologist|physicist|geologist|modell?er|optician|"
    r"optometrist|physiotherapist|carer|aide|salesperson|rep|ambassador|steward|"
    r"crew member|team member|scrum master|dev|\w+(?:angestellte[rn]?|fachkraft|mitarbeiter(?:in)?"
    r"|sachbearbeiter(?:in)?|kauf(?:mann|frau))|analista|t[ée]cnic[oa]|especialista|specjalista"
    r"|programista|kierownik|ingeniero|ing[ée]nieur|d[ée]veloppeu(?:r|se)|desarrollador(?:a)?"
    r"|responsable|gerente|asistente|auxiliar|enfermer[oa]|coordinador(?:a)?|coordenador(?:a)?"
    r"|vendedor(?:a)?|ejecutiv[oa]|asesor(?:a)?|\w+person|\w*pfleger(?:in)?|erzieher(?:in)?"
    r"|infirmi[eè]re?|aide-soignante?|charg[ée]e?|conseill[eè]re?|vendeu(?:r|se)|serveu(?:r|se)"
    r"|cuisini[eè]re?|comptable|addett[oa]|operai[oa]|medewerker|verpleegkundige|adviseur"
    r"|monteur|conductor|chauffeur|commercial|comercial|infermiere|impiegat[oa]"
    r"|(?:audit|tax|assurance|advisory|accounting)\s+senior)s?\b",
    re.IGNORECASE,
)
_TITLE_LABEL = re.compile(
    r"^\s*(?:job\s*title|position(?:\s*title)?|(?:job\s*)?role(?:\s*title)?|title|vacancy|opening"
    r"|stellenangebot|stellentitel|jobtitel|intitul[ée] du poste|poste)"
    r"\s*[:\-–]\s*(.+)$",
    re.IGNORECASE,
)
# Gender markers: '(m/w/d)', '(f/m/x)', '[w/m/div]', '(all genders)', a bare 'H/F' at the end.
_GENDER_MARK = r"(?:[mwdfhx]|div)(?:\s*/\s*(?:[mwdfhx]|div)){1,3}"
_GENDER = re.compile(
    rf"\s*[(\[](?:{_GENDER_MARK}|all\s+genders?|gn\*?)[)\]]|\s+{_GENDER_MARK}(?=\s*(?:$|[-–—|,]))",
    re.IGNORECASE,
)
# Words after the role that only say how it is staffed: 'in Teilzeit', 'needed ASAP'.
_TITLE_TAIL = re.compile(
    r"\s+\d{1,3}\s*(?:[-–]\s*\d{1,3}\s*)?%\s*$"  # workload: 'Pflegefachperson HF 80–100 %'
    r"|\s*[–—]\s*in\s+[A-Z].*$"  # a place after a dash: 'Therapist—in South L.A.'
    r"|\s+(?:in\s+(?:voll|teil)zeit(?:\s+oder\s+(?:voll|teil)zeit)?|(?:needed|required|wanted)"
    r"(?:\s+(?:asap|urgently|immediately|now))?)\b.*$",
    re.IGNORECASE,
)
_HIRING_PREFIX = re.compile(
    r"^(?:(?:we(?:[’']re|\s+are)\s+|now\s+)?hiring|job\s+(?:opening|offer)|new\s+(?:job|role)"
    r"|open\s+(?:role|position)|vacancy|urgent(?:ly)?(?:\s+(?:hiring|requirement|opening|need))?"
    r"|immediate\s+(?:hire|opening|start))\s*[:!\-–—]*\s+",
    re.IGNORECASE,
)
_WORK_MODE_WORDS = re.compile(
    r"\b(?:remote|hybrid|on-?site|in[\s-]office|office[\s-]based|wfh|work\s+from\s+(?:home|office)"
    r"|home\s?-?office|telecommute|distributed(?!\s+(?:systems?|computing|databases?|ledgers?"
    r"|storage|tracing|training))|full[\s-]?time|part[\s-]?time|contract|permanent"
    r"|temporary|temp|freelance|fixed[\s-]term|internship|ir35|req(?:uisition)?|job\s*id|ref"
    r"|intake|urgent(?:ly)?|immediate(?:\s+start)?|relocation|visa|sponsorship|vollzeit|teilzeit"
    r"|cdi|cdd|nights?|evenings?|weekends?|overnights?|(?:day|night|swing)\s+shift|casual|per\s+diem"
    r"|prn|locum|seasonal|maternity\s+cover|interim|asap|home[\s-]based|field[\s-]based"
    r"|home\s+(?:daily|nightly|weekly|weekends?|every\s+(?:night|week(?:end)?)))\b",
    re.IGNORECASE,
)
_COMPANY_SUFFIX = re.compile(
    r"\b(?:inc|llc|llp|ltd|limited|gmbh|ag|plc|corp|corporation|co|sa|sas|bv|pty|oy|ab|as)\.?$",
    re.IGNORECASE,
)


COMPANY_NAME_END = re.compile(
    r"\b(?:partners|associates|contractors|builders|recruitment|group|solutions|services|technologies|labs|systems|consulting"
    r"|staffing|agency|holdings|ventures|inc|llc|llp|ltd|limited|gmbh|ag|plc|corp|corporation|company"
    r"|co)\.?$",
    re.IGNORECASE,
)


# School grades a teaching role covers ('(K-5)', '(Grades 6-8)') are part of it; a pay
# grade or band ('(Band 5)', '(PM-04)') is not.
_SCHOOL_GRADES = re.compile(
    r"(?:P?K|TK)\s*[-–]\s*\d{1,2}|grades\s+(?:K|\d{1,2})\s*[-–]\s*\d{1,2}"
    r"|\d{1,2}(?:st|nd|rd|th)(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th))?\s+grade",
    re.IGNORECASE,
)


# A requirement in parentheses is not the role: '(AWS experience mandatory)', '(CDL required)'.
_REQUIREMENT = re.compile(
    r"\b(?:experience|mandatory|required|preferred|must|needed|a\s+plus)\b", re.IGNORECASE
)


def _is_meta(part: str, hints: tuple[str, ...]) -> bool:
    """A title suffix that is not part of the role: place, work mode, contract, number, company."""
    bare = part.strip(" ()[]")
    if not bare:
        return True
    folded = bare.casefold()
    return (
        (bool(re.search(r"\d", bare)) and not _SCHOOL_GRADES.fullmatch(bare))
        or bool(_WORK_MODE_WORDS.search(INCIDENTAL.sub(" ", bare)))
        or is_place(bare)
        or bool(_COMPANY_SUFFIX.search(bare))
        or bool(_REQUIREMENT.search(bare))
        or any(h and (folded in h.casefold() or h.casefold() in folded) for h in hints)
    )


# A leading banner ('**** CONTRACT OPPORTUNITY ****', '【正社員】', '[Remote]', '[Hiring]').
_BANNER = re.compile(
    r"^\s*(?:[*#!=~]{2,}\s*[A-Z][A-Z0-9 &/!-]{1,40}[*#!=~]{2,}|【[^】]{0,20}】"
    r"|\[[^\]]{0,20}\])\s*(?=\S)"
)
# Staffing words between a title and its specialty ('Registered Nurse - PRN - ICU'); a
# shift word ('– NIGHTS – MILTON KEYNES') is followed by a place as often, so it ends.
_STAFFING = re.compile(
    r"per\s+diem|prn|casual|locum|full[\s-]?time|part[\s-]?time|contract|temporary|temp"
    r"|permanent|seasonal",
    re.IGNORECASE,
)


# The role's own initials in parentheses close it: 'General Manager (GM) Chick-fil-A FLSA'.
_ACRONYM_THEN = re.compile(r"^(?P<role>(?P<words>[^()]*?)\s*\((?P<abbr>[A-Z]{2,5})\))\s+\w.*$")


def _acronym_ends(match: re.Match[str]) -> str:
    initials = "".join(w[0] for w in match["words"].split()[-len(match["abbr"]) :]).upper()
    return match["role"] if initials == match["abbr"] else match[0]


def _clean_title(raw: str, hints: tuple[str, ...] = ()) -> str:
    """Title without company/location/work-mode tails, gender markers, ids and markdown.

    A dash or comma suffix that is neither place, work mode, contract nor company is a
    specialisation and stays ("Staff Software Engineer, Payments"); a '|', '@', '·' or
    ' at ' starts metadata and ends the title.
    """
    title = _BANNER.sub("", raw.strip())
    title = re.sub(r"^[^\w(]+", "", title).strip("#*_ ")
    title = _HIRING_PREFIX.sub("", title)
    # 'Remote Customer Service Representative': the mode is the posting's, not the role's.
    if not INCIDENTAL.match(title):  # 'Hybrid Cloud Engineer', 'Remote Sensing Scientist'
        title = re.sub(r"^(?:remote|hybrid|on-?site)\s+(?=\S+\s+\S)", "", title, flags=re.I)
    title = _GENDER.sub("", title)
    title = _TITLE_TAIL.sub("", title)
    title = _ACRONYM_THEN.sub(_acronym_ends, title)
    # Parentheses that carry a place, a work mode, a number or a contract are not the role.
    title = re.sub(
        r"\s*\(([^()]*)\)",
        lambda m: "" if _is_meta(m.group(1), ()) else m.group(0),
        title,
    )
    # Separators inside parentheses belong to them: '(Voice, International)'.
    title = re.sub(r"\([^()]*\)", lambda m: m.group(0).replace(",", "\x00"), title)
    pieces = re.split(r"(\s+[|@·•]\s+|\s+at\s+|\s+[-–—]+\s+|,\s+|\s+/\s+)", title)
    pieces = [piece.replace("\x00", ",") for piece in pieces]
    parts, seps = pieces[0::2], ["", *pieces[1::2]]
    start = next((i for i, p in enumerate(parts) if ROLE_WORDS.search(p)), 0)
    kept = parts[start]
    for sep, part in zip(seps[start + 1 :], parts[start + 1 :], strict=False):
        if sep.strip() == "/" and ROLE_WORDS.search(part) and not _is_meta(part, hints):
            kept += sep + part
            continue
        if sep.strip() in {"-", "–", "—", "--"} and _STAFFING.fullmatch(part.strip(" ()")):
            continue  # 'Registered Nurse - Per Diem - Med/Surg': the specialty follows
        if sep.strip() not in {"-", "–", "—", "--", ","} or _is_meta(part, hints):
            break
        kept += sep + part
    title = re.sub(
        r"\s*\((?:(?:remote|hybrid|on-?site)[^)]*|(?:fully\s+|100%\s+)?online)\)\s*$",
        "",
        kept,
        flags=re.I,
    )
    title = re.sub(r"[\s\u2600-\u27bf\ufe0f\U0001f000-\U0001faff]+$", "", title)  # trailing emoji
    return re.sub(r"\s+", " ", title).strip(" ,.:;-–—|")


_ABBREV_END = re.compile(r"\b(?:Sr|Jr|Snr|Jnr|Sen|Mgr|Asst|Assoc|Dept|Inc|Ltd|Co)\.$")


def _is_title_line(line: str) -> bool:
    """Short line naming a role, not a sentence."""
    words = line.split()
    return (
        0 < len(words) <= 12
        and len(line) <= 100
        and not line.rstrip().endswith(("!", "?"))
        and (not line.rstrip().endswith(".") or bool(_ABBREV_END.search(line.rstrip())))
        and bool(ROLE_WORDS.search(line))
        and not re.search(r"\b(?:we|our|you|your|is|are|will)\b", line, re.IGNORECASE)
    )


def _lead_stripped(line: str) -> str:
    """A header line without banners, bullets, markdown and 'We're hiring!' openers."""
    line = re.sub(r"^[^\w(]+", "", _BANNER.sub("", line.strip())).strip("#*_ ")
    return re.sub(r"^[^\w(]+", "", _HIRING_PREFIX.sub("", line)).strip()


def find_title(lines: list[str], headings: dict[int, str]) -> str | None:
    """Job title: labelled, under a 'Job title' heading, the first title-like line, or prose."""
    for idx, line in enumerate(lines[:40]):
        match = _TITLE_LABEL.match(line.strip("*_# "))
        if match and match.group(1).strip():
            # A bare 'Role:' further down is often a board's category (Naukri 'Role: Back
            # End Developer'); a title line opening the posting names the job itself.
            # So is a label whose value names no role ('Position: Grade 7 Science, Jefferson
            # Middle School' under 'Middle School Science Teacher').
            bare_role = re.match(r"\s*role\s*:", line.strip("*_# "), re.IGNORECASE)
            if (idx > 3 and bare_role) or (idx > 1 and not ROLE_WORDS.search(match.group(1))):
                top = [ln for ln in lines[:2] if _is_title_line(ln.strip("#*_ "))]
                if top:
                    return _clean_title(top[0].strip("#*_ "))
            return _clean_title(match.group(1))
    for idx, head in headings.items():
        if re.fullmatch(r"(?:job\s*)?title|position|role", head.strip(), re.IGNORECASE):
            nxt = next((ln for ln in lines[idx + 1 : idx + 4] if ln.strip()), None)
            if nxt:
                return _clean_title(nxt)
    candidates = [_lead_stripped(line) for line in _header(lines)]
    candidates = [c for c in candidates if _is_title_line(c)]
    # "Lumen Health Partners" above the title is the company, not the role.
    roles = [c for c in candidates if not COMPANY_NAME_END.search(c)] or candidates
    if roles:
        return _clean_title(roles[0])
    prose = unwrap("\n".join(lines[:80]))  # 'looking for a Customer\nSuccess Manager'
    return _title_from_prose(prose) or _title_shaped_first_line(lines)


def _header(lines: list[str]) -> list[str]:
    """The posting's header: its first lines up to the first heading or sentence (a list
    under 'Responsibilities:' or a company blurb is not where the title stands)."""
    found: list[str] = []
    for line in lines[:6]:
        line = _PAY_TAIL.sub("", line)  # 'Registered Behavior Technician $18.50 to $23 an hour'
        stripped = line.strip()
        if not stripped:
            continue
        if _SECTION_HEADING.fullmatch(stripped.strip("#*_: ").rstrip(":")) or stripped.endswith(
            ":"
        ):
            break
        if _OTHER_LABEL.match(stripped):
            continue  # 'Job Type: Full-time staff member', 'Location: Plymouth, MI'

        words = len(stripped.split())
        if words > 14 or (words > 4 and re.search(r"[a-z]{2}[.!?]$", stripped)):
            break
        found.append(line)
    return found


# Pay after the title on its line ('- UP TO £65,000 - REMOTE', '$18.50 to $23 an hour').
_PAY_TAIL = re.compile(
    r"(?:\s+[-–—|,])?(?:\s+(?:up\s+to|from|starting\s+(?:at|from)|paying))?\s+[$£€]\s?\d.*$",
    re.IGNORECASE,
)
_OTHER_LABEL = re.compile(
    r"(?:job\s+|work\s+|office\s+)?(?:location|type|employment\s+type|salary|pay(?:\s+range)?"
    r"|reports\s+to|department|schedule|company|duration|division|level|shift|hours|status"
    r"|start\s+date|experience|region|city|compensation|benefits|travel)\s*:\s",
    re.IGNORECASE,
)
# Headings that open a section, never the title ('Company Description', 'Job Summary').
_SECTION_HEADING = re.compile(
    r"(?:company|role|job|position|program|department)\s+(?:description|summary|overview"
    r"|purpose|objective)|description|summary|overview|about\s+(?:us|the\s+\w+)"
    r"|(?:key\s+|principal\s+|essential\s+|job\s+)?(?:responsibilities|duties|requirements"
    r"|qualifications)(?:\s+(?:and|&)\s+\w+)?|benefits|the\s+position|this\s+opportunity",
    re.IGNORECASE,
)


def _title_shaped_first_line(lines: list[str]) -> str | None:
    """The first line when it looks like a title although its role noun is not one we know
    ('Sommelier', 'Claims Adjuster I'): short, capitalised, no sentence, no label or heading."""
    first = next((ln.strip() for ln in lines[:3] if ln.strip()), "")
    first = re.sub(r"^[^\w(]+", "", _BANNER.sub("", first)).strip("#*_ ")
    words = re.findall(r"[A-Za-z][\w'&.-]*", first)
    if (
        not (0 < len(words) <= 8)
        or first.endswith((".", "!", "?", ":"))
        or _OTHER_LABEL.match(first)
    ):
        return None  # a sentence, a heading or a label ('Location: Plymouth, MI')
    capitalised = sum(w[0].isupper() for w in words if len(w) > 3 or w[0].isupper())
    if capitalised < max(1, len(words) - 2) or re.search(r"\d|[$£€]", first):
        return None
    if COMPANY_NAME_END.search(first) or is_place(first) or _SECTION_HEADING.fullmatch(first):
        return None
    if re.search(
        r"\b(?:we|our|you|your|about|hi|hello|dear|job description|overview)\b", first, re.I
    ):
        return None
    return _clean_title(first) or None


# A role named in prose. Each pattern leads up to the role; the role itself is a run of
# capitalised words (with 'of', 'and', '&', '-', '/' between them) read by _ROLE_RUN.
# A specialty after a comma belongs to the role when the sentence goes on after it ('seeks
# a Senior Analyst, Data & Analytics, to research', 'The Associate Accountant, Payroll Tax
# will'); 'As a Nurse, You will' is a new clause.
_CAPITAL_RUN = (
    r"[A-Z][\w/&+.#'’-]*(?:[ \t]+(?:[A-Z0-9][\w/&+.#'’-]*|of|and|&|[-–/]|\([A-Z][\w/ ]*\)))*"
)
_ROLE_RUN = (
    rf"(?P<title>{_CAPITAL_RUN}(?:,[ \t]+(?!(?:You|We|They|It|This|Our|Your|I|In|At|For)\b)"
    rf"{_CAPITAL_RUN}(?=,?[ \t]+(?:to|who|will|is|with|that)\b))?)"
)
_LEADING_WORDS = r"(?:(?:[a-z][\w'-]*|[A-Z]\w*-\w+),?\s+(?:(?:and|&|or)\s+)?){0,6}?"
_ARTICLE = r"(?:an?|the|our|one|two|several)\s+"
_PROSE_PATTERNS: list[tuple[int, re.Pattern[str]]] = [
    # LinkedIn's own wording: 'This is a full-time on-site role for a Service Technician at'
    (
        6,
        re.compile(
            r"\bThis\s+is\s+an?\s+(?:[\w/-]+\s+){0,4}?(?:role|position|opportunity|job|internship)"
            r"\s+(?:for|as)\s+" + _ARTICLE + r"(?P<title>[^.;!?\n]{2,90}?)"
            r"(?=\s+(?:at|located|based|within|in\s+(?:the|our)|with\s+(?:our|the|an?)"
            r"|for\s+(?:our|the|an?)|to|who|that|where|on\s+(?:our|the))\b|[.,;!:]\s|[.,;!]?$"
            r"|\s+in\s+[A-Z])"
        ),
    ),
    (
        4,
        re.compile(
            r"\b(?:seeking|seeks|looking\s+for|searching\s+for|in\s+search\s+of|hiring"
            r"|recruiting|to\s+hire|opening\s+for|applications\s+for|need\s+for"
            r"|opportunity\s+for|addition\s+of)\s+(?:"
            + _ARTICLE
            + r")?"
            + _LEADING_WORDS
            + _ROLE_RUN
        ),
    ),
    (
        4,
        re.compile(
            r"\b(?i:join)\s+(?:us|our\s+(?:[\w-]+\s+){0,2}?team|the\s+team"
            r"|(?:[A-Z][\w&.'’-]*\s+){1,4})\s*(?:,\s*)?as\s+(?:an?|our|the)\s+" + _ROLE_RUN
        ),
    ),
    (
        4,
        re.compile(
            r"\b(?:someone|somebody|a\s+person|an\s+individual)\b[^.\n]{0,80}?\sas\s+"
            r"(?:(?:an?|our|the)\s+)?" + _ROLE_RUN
        ),
    ),
    (3, re.compile(r"(?:^|(?<=[.!?:]\s)|(?<=\n))As\s+(?:an?\s+|the\s+|our\s+)?" + _ROLE_RUN)),
    (
        3,
        re.compile(
            r"(?:(?:^|(?<=[.!?:]\s)|(?<=\n)|(?<=,\s))[Tt]he|(?<=[a-z:])The)\s+"  # 'SummaryThe'
            + _ROLE_RUN
            + r"(?:\s+\([A-Z][\w ]{1,20}\))?,?\s+(?:position\s+|role\s+)?"
            r"(?:will|is|provides|plays|works|requires"
            r"|serves|oversees|reports|supports|must|shall|assists|performs|applies|under|combines"
            r"|manages|leads|helps|ensures|has)\b"
        ),
    ),
    (2, re.compile(r"\b[Ii]n\s+the\s+" + _ROLE_RUN + r"\s+role\b")),
    # 'Procurement Quality Engineer will report to', a role opening a line
    (2, re.compile(r"(?:^|(?<=\n))" + _ROLE_RUN + r"\s+(?:will|is\s+responsible)\b")),
    # A title line on its own between a blurb and a heading ('...lasts for years.\nPersonal
    # Lines Account Manager\nSummary:')
    (
        2,
        re.compile(
            r"(?<=[.!]\n)(?P<title>[A-Z][\w/&'’-]*(?:[ ](?:[A-Z][\w/&'’-]*|of|and|&|-|–)){1,7})"
            r"(?=\n[^\n]{1,40}:\n)"
        ),
    ),
]
_ROLE_STOP = re.compile(
    r"\s+(?:to|who|with|in|at|for|on|and\s+(?:a|an|the|to|you|will|is)|is|will|you)(?:\s+|$)"
)
# Words before a role that only praise or staff it ('Experienced', 'Full-Time', 'Remote').
_PRAISE = re.compile(
    r"^(?:(?:experienced|talented|motivated|dedicated|skilled|seasoned|qualified|highly"
    r"|dynamic|passionate|driven|full[\s-]time|part[\s-]time|remote|new|next|strategic"
    r"|enthusiastic|exceptional|creative|energetic|detail-oriented|results-oriented)\s+)+",
    re.IGNORECASE,
)


# A role noun ROLE_WORDS does not list ('Data Processor', 'Upholsterer', 'Watchmaker',
# 'Licensed Financial Professional'), trusted only after a strong cue ('seeking a').
_ROLE_ENDING = re.compile(r"(?:er|or|ist|ian|ant|ent|ee|ive|al|man|person)s?$")
_NOT_ROLE = re.compile(
    r"(?i)(?:company|department|client|management|government|environment|agreement|center"
    r"|centre|order|letter|paper|number|career|customer|partner|member|equipment|development"
    r"|potential|individual|professional|local|national|global|internal|external|hospital"
    r"|portal|proposal|approval|rental|capital|medical|clinical|technical|legal|several)s?"
)


def _plural_role(words: str) -> str | None:
    """The singular of a name ending in a plural role noun ('Law Clerks', 'Coaches'), else None."""
    match = re.search(r"(\w+?)(e?s)$", words)
    if match is None or words.endswith("ss"):
        return None
    for stem in (match[1] + match[2][:-1], match[1]):  # 'Nurses' -> 'Nurse', 'Coaches' -> 'Coach'
        if ROLE_WORDS.fullmatch(stem):
            return words[: match.start()] + stem
    return None


def _singular(title: str) -> str:
    return _plural_role(title) or title


def _prose_title(raw: str, strong: bool) -> str | None:
    """A role read from prose, trimmed of what follows it and of praise before it."""
    title = re.split(r"[.:;!?](?:\s|$)", raw)[0]
    title = _ROLE_STOP.split(title)[0]
    title = re.sub(r"(?:\s+(?:of|&|and|-|–|/|position|role|opportunity))+$", "", title)
    title = _PRAISE.sub("", title.strip(" ,.")).strip(" ,.")
    # 'Registered Nurses (RNs) and Licensed Practical Nurses': the first role named.
    first = re.split(r"\s+(?:and|or|&)\s+", title, maxsplit=1)[0]
    if first != title and _plural_role(re.sub(r"\s*\([^()]*\)$", "", first)):
        title = first
    # 'Regional Sales Manager (RSM)', 'Senior Developer (Specialist)'
    title = re.sub(r"\s*\([A-Z][A-Za-z]{1,15}s?\)$", "", title)
    title = _singular(title)  # 'hire two Law Clerks'

    if not title or len(title.split()) > 10:
        return None
    if re.match(r"(?i)(?:ideal|right|successful|selected|company|team|candidate)\b", title):
        return None
    if strong or ROLE_WORDS.search(title):
        return title
    last = title.split()[-1]
    if re.fullmatch(r"(?i)professionals?", last) and " " in title:
        return _singular(title)  # 'Financial Professional', not 'professional' alone
    if not _ROLE_ENDING.search(last) or _NOT_ROLE.fullmatch(last):
        return None
    if re.match(r"(?i)(?:ideal|right|successful|selected|company|team|candidate)\b", title):
        return None
    return title


def _title_from_prose(text: str) -> str | None:
    """Role named in prose: 'This is a full-time role for a Service Technician at', 'we are
    seeking a highly motivated Licensed Loan Partner to join', 'join our team as a ...',
    'As a Financial Advisor, you', 'The Fleet Manager is responsible for'. The role named
    most strongly (pattern weight, summed over its mentions) wins; the first one on a tie."""
    scores: dict[str, list[float]] = {}
    names: dict[str, str] = {}
    for weight, pattern in _PROSE_PATTERNS:
        for match in pattern.finditer(text):
            title = _prose_title(match["title"], weight >= 6)
            if title is None:
                continue
            key = title.casefold()
            entry = scores.setdefault(key, [0.0, -match.start(), 0.0])
            entry[0] += weight
            entry[1] = max(entry[1], -match.start())
            names.setdefault(key, title)
    if not scores:
        return None
    # A fuller name of the same role ('Administrative Assistant' and 'Administrative
    # Assistant/Receptionist') gathers the shorter one's mentions.
    for short in list(scores):
        for full in scores:
            if full != short and full.startswith(short) and not full[len(short)].isalnum():
                scores[full][0] += scores[short][0]
    best = max(scores, key=lambda k: (scores[k][0], scores[k][1]))
    return names[best]
