"""Single fields of a posting: title, company, location, work mode, type, level, years, dates."""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from tracker_core import clock
from tracker_core.jd_places import is_place
from tracker_core.text_clean import NUM_WORDS

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
    r"^\s*(?:job\s*title|position(?:\s*title)?|role(?:\s*title)?|title|vacancy|opening"
    r"|stellenangebot|stellentitel|jobtitel|intitul[ée] du poste|poste)"
    r"\s*[:\-–]\s*(.+)$",
    re.IGNORECASE,
)
_HIRING = re.compile(
    r"(?:looking for|seeking|hiring(?: for)?|searching for|recruiting(?: for)?|need)\s+"
    r"(?:an?|the|our|one)?\s*"
    r"(?:(?:talented|motivated|experienced|passionate|skilled|driven|dedicated|curious|"
    r"highly|self-motivated|new|exceptional|strong)\s+)*"
    r"(?P<title>[A-Z][\w/&+.#-]*(?:\s+(?:[A-Z][\w/&+.#-]*|of|and|&|for|in|-|/|\(\w+\)))*)",
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


def _is_meta(part: str, hints: tuple[str, ...]) -> bool:
    """A title suffix that is not part of the role: place, work mode, contract, number, company."""
    bare = part.strip(" ()[]")
    if not bare:
        return True
    folded = bare.casefold()
    return (
        (bool(re.search(r"\d", bare)) and not _SCHOOL_GRADES.fullmatch(bare))
        or bool(_WORK_MODE_WORDS.search(_INCIDENTAL.sub(" ", bare)))
        or is_place(bare)
        or bool(_COMPANY_SUFFIX.search(bare))
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


def _clean_title(raw: str, hints: tuple[str, ...] = ()) -> str:
    """Title without company/location/work-mode tails, gender markers, ids and markdown.

    A dash or comma suffix that is neither place, work mode, contract nor company is a
    specialisation and stays ("Staff Software Engineer, Payments"); a '|', '@', '·' or
    ' at ' starts metadata and ends the title.
    """
    title = _BANNER.sub("", raw.strip())
    title = re.sub(r"^[^\w(]+", "", title).strip("#*_ ")
    title = _HIRING_PREFIX.sub("", title)
    title = _GENDER.sub("", title)
    title = _TITLE_TAIL.sub("", title)
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
    candidates = [_lead_stripped(line) for line in lines[:6]]
    candidates = [c for c in candidates if _is_title_line(c)]
    # "Lumen Health Partners" above the title is the company, not the role.
    roles = [c for c in candidates if not COMPANY_NAME_END.search(c)] or candidates
    if roles:
        return _clean_title(roles[0])
    return _title_from_prose(" ".join(lines[:30])) or _title_shaped_first_line(lines)


def _title_shaped_first_line(lines: list[str]) -> str | None:
    """The first line when it looks like a title although its role noun is not one we know
    ('Sommelier', 'Claims Adjuster I'): short, capitalised, no sentence, no label or heading."""
    first = next((ln.strip() for ln in lines[:3] if ln.strip()), "")
    first = re.sub(r"^[^\w(]+", "", _BANNER.sub("", first)).strip("#*_ ")
    words = re.findall(r"[A-Za-z][\w'&.-]*", first)
    if not (0 < len(words) <= 8) or first.endswith((".", "!", "?", ":")):
        return None
    capitalised = sum(w[0].isupper() for w in words if len(w) > 3 or w[0].isupper())
    if capitalised < max(1, len(words) - 2) or re.search(r"\d|[$£€]", first):
        return None
    if COMPANY_NAME_END.search(first) or is_place(first):
        return None
    if re.search(
        r"\b(?:we|our|you|your|about|hi|hello|dear|job description|overview)\b", first, re.I
    ):
        return None
    return _clean_title(first) or None


_JOIN_AS = re.compile(
    r"(?:\b(?i:join)\s+(?:us|(?:[A-Z][\w&.'-]*\s+){1,4})"
    r"|\b(?:someone|somebody|a\s+person|an\s+individual)\b[^.\n]{0,80}?\s)"
    r"as\s+(?:(?:an?|our|the)\s+)?"
    r"(?P<title>[A-Z][\w/&+.#-]*(?:\s+(?:[A-Z][\w/&+.#-]*|of|and|&|-|/|\(\w+\)))*)"
)


def _title_from_prose(text: str) -> str | None:
    """Role named in 'we are looking for a Senior Data Engineer to ...' or 'join X as a ...'."""
    for match in [*_HIRING.finditer(text), *_JOIN_AS.finditer(text)]:
        title = re.split(r"[.:;!?](?:\s|$)", match["title"])[0]
        title = re.split(r"\s+(?:to|who|with|in|at|for|on|and)(?:\s+|$)", title)[0]
        title = re.sub(r"(?:\s+(?:of|&|-|/))+$", "", title).strip(" ,.")
        if ROLE_WORDS.search(title) and len(title.split()) <= 8:
            return title
    return None


def find_labelled(lines: list[str], labels: str, seps: str = ":\\-–") -> str | None:
    """Value of the first 'Label: value' line for any of the labels."""
    found = find_all_labelled(lines, labels, seps, first_only=True)
    return found[0][1] if found else None


def find_all_labelled(
    lines: list[str], labels: str, seps: str = ":\\-–", first_only: bool = False
) -> list[tuple[str, str]]:
    """(label, value) of every 'Label: value' line for any of the labels, in order."""
    pattern = re.compile(
        rf"^\s*[*_]*({labels})[*_]*\s*[{seps}]\s*[*_]*(.+?)[*_]*\s*$", re.IGNORECASE
    )
    found: list[tuple[str, str]] = []
    for line in lines:
        match = pattern.match(line)
        if match:
            found.append((match.group(1).strip(), match.group(2).strip()))
            if first_only:
                break
    return found


_FEW_DAYS = r"(?:[1-4]|one|two|three|four|ein|zwei|drei|vier)\s*(?:days?|x|tage?n?)"
_WEEKDAY = r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?"
_WORKPLACE = r"(?:office|hq|headquarters|studio|hub|site|campus)"
_NEG_REMOTE = re.compile(
    r"\b(?:not|no|isn[’']t|cannot|can[’']t)\s+(?!matter\b)(?:[\w-]+\s+){0,2}?"
    r"(?:fully\s+|100%\s+)?remote\b(?![\s-]first)|"
    r"remote[\w\s-]{0,60}?,?\s+but\s+(?:this|the)\s+(?:role|position|job|team)\s+(?:is\s*n[o’']t|isn[’']t)|"
    r"(?:not|no|isn[’']t|cannot|can[’']t)\s+(?:a\s+|be\s+|an?\s+option\s+for\s+|offer\s+)?"
    r"(?:fully\s+|100%\s+)?remote(?![\s-]first)|remote\s+(?:work\s+)?(?:is\s+)?not\s+(?:possible|available|"
    r"an\s+option|offered)|\bkein(?:e)?\s+(?:home\s?-?office|remote)|pas\s+de\s+t[ée]l[ée]travail",
    re.IGNORECASE,
)
_HYBRID = re.compile(
    r"\bhybrid\b|\bhybride?s?\b|(?:partly|partially|partial|occasional|frequent)\s+remote"
    r"|\b(?:occasional(?:ly)?|some|partial)\s+(?:work(?:ing)?\s+from\s+home|WFH"
    r"|home[\s-]?working|remote\s+work(?:ing)?)"
    rf"|\b{_FEW_DAYS}\s*(?:a|per|/|each)?\s*week\s+(?:in|at|from)\s+(?:the\s+|our\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}{_WORKPLACE}"
    rf"|\b{_FEW_DAYS}\s+(?:in|at)\s+(?:the\s+|our\s+)?{_WORKPLACE}"
    rf"|\b{_WORKPLACE}\b[^.\n]{{0,40}}?\b{_FEW_DAYS}\s+(?:a|per|each)\s+week"
    r"|(?:work(?:ing)?\s+from\s+home|\bWFH|\bremote(?:ly)?|home\s?-?office|home[\s-]?working"
    r"|\btele(?:work|commut)\w*)"
    r"\s*:?\s*(?:(?:available|possible|allowed|permitted|offered|for|is|an|option|of|the)\s+){0,4}"
    rf"(?:up\s+to\s+|bis\s+zu\s+)?{_FEW_DAYS}"
    rf"|\b{_FEW_DAYS}\s*(?:a|per|/)\s*week\s+(?:(?:at|from)\s+home|remote(?:ly)?|WFH)"
    rf"|\b{_FEW_DAYS}\s+(?:at|from)\s+home"
    r"|(?:on-?site|in[\s-]office|in\s+the\s+office|\bWFO|work(?:ing)?\s+from\s+(?:the\s+)?office)"
    rf"\s*[:,]?\s*{_FEW_DAYS}\s*(?:a|per|/|each)\s*week"
    r"|週\s?[1-4]\s?日?\s?(?:出社|在宅|リモート)|一部リモート|リモート可|在宅勤務可"
    r"|\b[1-9]\d?\s?%\s+(?:of\s+(?:the|your)\s+(?:time|week)\s+)?(?:in\s+(?:the|an?|our)\s+office"
    r"|remote(?:ly)?|from\s+home|on[\s-]?site|in[\s-]office)"
    r"|\b(?:in|at)\s+(?:the|our|an?)\s+office\s+(?:at\s+least\s+|about\s+|around\s+)?[1-9]\d?\s?%"
    r"|split between (?:home|remote) and (?:the\s+)?office"
    r"|home\s?-?office\s+(?:m[öo]glich|option)|teilweise\s+(?:home\s?-?office|remote)"
    r"|mobiles\s+arbeiten|t[ée]l[ée]travail\s*:?\s*(?:partiel|occasionnel|fr[ée]quent|possible"
    r"|\d\s*jours?)"
    rf"|\b{_FEW_DAYS}\s+(?:de\s+)?(?:home\s?-?office|remote|mobil\w*|t[ée]l[ée]travail"
    r"|teletrabajo|smart\s+working|thuis\w*)(?![^.\n]{0,12}\b(?:month|monat|mois|mes)\b)"
    r"|\bh[íi]brid[oa]s?\b|\bibrid[oa]\b|hybrydow\w*|\bsmart\s+working\b"
    r"|\btelework(?:ing)?\s+eligible\s*:?\s*yes"
    # A week split by weekday: 'from home on Fridays', 'WFH Mondays'
    # (an office range alone, 'in-office Monday through Thursday', may be a four-day week).
    rf"|(?:from\s+home|\bremote(?:ly)?|\bWFH)\s+(?:on\s+)?(?:{_WEEKDAY})s?\b"
    # ... or the other way round: 'Fridays are flexible', 'with Fridays from home'.
    # (not 'Monday to Friday flexible hours').
    rf"|\b(?:{_WEEKDAY})s\s+(?:are\s+)?(?:(?:from|at)\s+home|remote(?:ly)?|WFH"
    r"|work[\s-]from[\s-](?:home|anywhere))\b"
    rf"|\b(?:{_WEEKDAY})s?\s+(?:are|is)\s+flexible\b"
    # An office share and the rest elsewhere: '60% ... in our Edinburgh office and the rest
    # at home', 'office on Mondays, the remainder remotely'.
    rf"|\b{_WORKPLACE}\b[^.\n]{{0,60}}?\b(?:the\s+)?(?:rest|remainder)\b(?:\s+of\s+the\s+"
    r"(?:week|time))?\s+(?:at\s+home|from\s+home|remote(?:ly)?|WFH)"
    r"|\b[1-9]\d?\s?%\s+of\s+(?:the|your|their|our)\s+(?:working\s+)?(?:time|week|hours)\s+"
    rf"(?:in|at)\s+(?:the|an?|our)\s+(?:[\w-]+\s+){{0,2}}{_WORKPLACE}",
    re.IGNORECASE,
)
_REMOTE = re.compile(
    r"\b(?:fully|100%|completely|entirely)\s+remote\b|\bremote\b(?!\s+(?:teams?|colleagues|"
    r"access|sensing|monitoring|support|desktop|control|locations?|sites?|servers?|"
    r"employees|workers|staff|devices|patient|areas?|communities))(?!-friendly\s+culture)"
    r"|work(?:ing)?\s+from\s+home|\bWFH\b|work\s+from\s+anywhere|remote-first"
    r"|(?:fully\s+)?distributed\s+(?:team|company)|fully\s+distributed|telecommut"
    r"|\bno\s+(?:campus|office|on-?site|in[\s-]person)\s+(?:attendance|presence|visits?)"
    r"\s+(?:is\s+|are\s+)?(?:required|needed|necessary|expected)"
    r"|\((?:fully\s+|100%\s+)?online\)"
    r"|\bhome[\s-]based\b|\bvirtual\s+(?:position|role|job|opportunity)\b"
    # 'Location: Anywhere in the UK', 'candidates anywhere in Canada'; not 'we deliver
    # anywhere in the UK'.
    r"|(?:^\s*|:\s*|\b(?:work(?:ing)?|live|living|based|located|reside|hire|hiring|candidates?"
    r"|applicants?|remote(?:ly)?|open\s+to|talent|people)\b[^.\n]{0,30}?)"
    r"\banywhere\s+in\s+(?:the\s+)?(?:UK|US|USA|EU|world|[A-Z][a-z]+)\b"
    r"|100\s?%\s+(?:home\s?-?office|t[ée]l[ée]travail)|t[ée]l[ée]travail\s+(?:total|complet)"
    r"|\b(?:remoto|remota|en\s+remoto|da\s+remoto|teletrabajo|zdaln\w*)\b"
    r"|フルリモート|完全リモート|完全在宅",
    re.IGNORECASE,
)
_ONSITE = re.compile(
    r"\bon-?site\b|\bin[\s-]office\b|\bin[\s-]person\b|\bon\s+site\b"
    # 'office-based'; 'a branch-based role' but not 'lab-based assays', 'school-based programs'.
    r"|office[\s-]based|\b(?:branch|store|site|clinic|hospital|plant|warehouse|lab|studio|campus"
    r"|depot|factory|school|ward)[\s-]based(?=\s+(?:role|position|job|post|opportunity|work"
    r"|team|staff|employees?)\b|\s*(?:[.,;:)]|$))"
    r"|must (?:be able to )?(?:commute|relocate)|\breliably\s+commute\b"
    r"|\bwithin\s+(?:a\s+)?(?:reasonable\s+|daily\s+)?commut(?:ing|able)\s+distance\b"
    r"|based in our .{0,30}office|\bon[\s-]campus\b"
    r"|\bbased\s+(?:in|at)\s+(?:the|our)\s+(?:[\w-]+\s+){0,3}(?:office|practice|clinic|hospital"
    r"|store|shop|site|plant|warehouse|studio|lab|branch|school|restaurant|hq|headquarters|hub"
    r"|depot|facility|cent(?:er|re)|pharmacy|surgery|salon|hotel|kitchen|venue|workshop|factory"
    r"|yard|garage|ward|unit|theatre|theater)\b"
    r"|\boffice[\s-]first\b"
    r"|\b(?:in|at)\s+an?\s+(?:[\w-]+\s+)?(?:warehouse|factory|plant|manufacturing|production|kitchen"
    r"|restaurant|retail|store|hospital|clinical|laboratory|lab|construction|outdoor|office)"
    r"\s+(?:environment|setting)\b"
    r"|\bin[\s-](?:hospital|clinic|store)\b|\bon\s+the\s+road\b|\bfield[\s-]based\b"
    r"|\b(?:works?|working|located|reports?|reporting)\s+(?:at|in|from|out\s+of|to)\s+(?:our|the)\s+"
    r"(?:[\w-]+\s+){0,3}(?:office|branch|store|clinic|hospital|plant|warehouse|site|facility"
    r"|lab|studio|school|restaurant|campus|hq|headquarters|hub|depot|cent(?:er|re)|garage|yard"
    r"|terminal|station|ward|kitchen|venue|workshop|factory|mill|mine|port|airport"
    # 'reports to the Office Manager', 'in the office of the CFO' name a person, not a place
    r"|job\s*sites?)\b(?!\s+(?:manager|director|lead|leader|supervisor|head|administrator"
    r"|coordinator|superintendent|chief|president|of)\b)"
    r"|work(?:s|ing)?\s+from\s+(?:the\s+|our\s+|their\s+|its\s+)?(?:(?!home)[\w-]+\s+)?office"
    r"|\bWFO\b|\b(?:five|5)\s+days\s+(?:a|per)\s+week\s+(?:in|at|on)\s+(?:the\s+)?"
    r"(?:office|site|premises)|\bco-?located\b"
    r"|\b(?:expected|required)\s+(?:to\s+(?:be|work)\s+)?in\s+the\s+office\b"
    r"|\bin\s+the\s+office\s+(?:mon(?:day)?)\s*(?:to|-|–|through)\s*fri(?:day)?\b"
    r"|\bfield\s?work\b[^.\n]{0,40}\b(?:daily|every\s+day)\b"
    r"|\bvor\s+ort\b|\bpr[äa]senz|sur\s+site|\bpresencial\b|\bstacjonarn\w*|\bin\s+sede\b"
    r"|\bop\s+kantoor\b|\bsur\s+place\b|\bpr[ée]sentiel"
    r"|\b(?:team|we|you|everyone)\s+(?:all\s+)?works?\s+(?:together\s+)?every\s+day\b"
    r"|\b(?:in|at)\s+(?:the|our)\s+(?:office|studio|lab|site|shop|store)\s+every\s+day\b",
    re.IGNORECASE,
)
# Work-mode words that describe a perk or the company, not where this job is done.
_NOT_POLICY = re.compile(
    r"home[\s-]?office\s+(?:stipend|budget|allowance|setup|equipment|reimbursement)"
    r"|remote[\s-]friendly\s+culture|remote\s+teams?|\bin\s+store\s+for\b"
    r"|(?:remote[\s-]work(?:ing)?|work[\s-]from[\s-]home|WFH)\s+(?:stipend|allowance|budget"
    r"|reimbursement|equipment)"
    # Where other people sit ('teams based in our London and Singapore offices').
    r"|\b(?:teams|colleagues|people|engineers|employees|partners|customers|clients|others)"
    r"\s+(?:who\s+are\s+)?(?:based|located)\s+(?:in|at)\b[^.;\n]{0,50}"
    r"|(?:on[\s-]?site|in[\s-]office)\s+(?:parking|gym|canteen|cafeteria|childcare|daycare"
    r"|caf[eé]|restaurant|amenities|showers?|fitness|health|clinic|nursery|snacks|lunch(?:es)?"
    r"|meals?|coffee|barista|perks)"
    r"|home[\s-]based\s+(?:care|services|health|nursing|support|therapy|visits?|patients?)",
    re.IGNORECASE,
)
# A sentence about this job ("This role is ...", "Work mode: ...") outweighs the rest.
_ABOUT_ROLE = re.compile(
    r"\b(?:this|the)\s+(?:role|position|job|opportunity|vacancy|post)\b|\byou(?:[’']ll|\s+will)"
    r"\s+(?:work|be)\b|^\s*(?:location|work\s*(?:place|mode|model|arrangement|location)"
    r"|workplace|location\s+type|remote)\b[^:\n]{0,15}:"
    r"|\b(?:remote|hybrid|on-?site|in-office|office-based)\s+(?:role|position|job)\b",
    re.IGNORECASE,
)
_LABEL_NO = re.compile(r"^\s*(?:no|none|not\s+(?:available|possible)|false|n/a|nein)\b", re.I)
_LABEL_YES = re.compile(r"^\s*(?:yes|true|ja)\b", re.IGNORECASE)


# Substrings (lowercased) of which every work-mode pattern above holds one; a sentence
# without any states none. Plain substring tests are five times faster than one regex
# alternation over every line (find_remote runs this on each line of a posting).
_CUE_PARTS = (
    "work", "office", "home", "remot", "site", "based", "person", "brid", "hybr", "locat",
    "report", "days", "field", "store", "place", "hospital", "clinic", "road", "commut",
    "relocat", "campus", "virtual", "anywhere", "mobil", "distribut", "telework", "telecommut",
    "wfh", "wfo", "travail", "teletrabajo", "thuis", "zdaln", "senz", "sentiel", "presencial",
    "stacjonarn", "sede", "kantoor", "headquarters", "studio", "environment", "setting",
    "(online", "出社", "在宅", "リモート",
)  # fmt: skip
_RARE_CUES = re.compile(r"\bort\b|\bhq\b|\bhub\b|every\s+day", re.IGNORECASE)


def _has_cue(sentence: str) -> bool:
    """Whether a sentence holds any word a work-mode statement needs."""
    low = sentence.lower()
    return any(part in low for part in _CUE_PARTS) or bool(_RARE_CUES.search(sentence))


_CHOICE_REMOTE = re.compile(
    r"\b(?:fully\s+)?remote\s+(?:or|oder|ou|o|of)\s+hybrid|\bhybrid\s+(?:or|oder|ou|o|of)\s+"
    r"(?:fully\s+)?remote\b",
    re.IGNORECASE,
)


# Work-mode words used as a plain adjective of something else: 'hybrid cloud', 'remote
# sensing', 'remote patient monitoring', 'on-site support', 'in-person interviews'. A
# work-mode word followed by a lowercase noun only states a policy when that noun is about
# the work or the worker; anything else ('cloud', 'devices', 'visits') is incidental. A
# capitalised word keeps it ('Remote US', 'Remote Customer Service Representative') unless
# it is a technical noun ('Hybrid Cloud Engineer', 'Remote Sensing Analyst'); punctuation
# or the end of the sentence keep it too.
_MODE_WORD = r"(?:remote|hybrid|on-?site|on\s+site|in[\s-]person|home[\s-]based)"
_WORK_NOUN = (
    r"(?:roles?|positions?|jobs?|opportunit(?:y|ies)|vacanc(?:y|ies)|posts?|work(?:ing|ers?|force)?"
    r"|tele(?:work|commut)\w*"
    r"|employ(?:ee|ees|ment)|staff|team\s+members?|candidates?|applicants?|hires?|talent"
    r"|contracts?|contractors?|basis|schedules?|model|arrangements?|setup|set-up|patterns?"
    r"|polic(?:y|ies)|options?|environment|presence|attendance|days?|weeks?|first|friendly"
    r"|eligible|only|ok|possible|available|remote|office|or|and|with|in|from|within|across"
    r"|anywhere|for|but|is|are|was|if|as|to|at|on|of|between|via|until|after|during|mode"
    r"|teams?|company|companies|culture|org(?:anisation|anization)?|set\s*up|capacity"
    r"|oder|und|ou|et|o|y|e|of|lub|bzw|m[öo]glich|mogelijk|possibile|posible)"
)
# Said of the job ('done on-site caring for guests', 'is remote within the US'), the word
# is a statement whatever follows it.
_PREDICATE = re.compile(
    r"(?:\b(?:is|are|be|been|being|done|work(?:s|ed|ing)?|based|located|performed|stay|remain"
    r"|fully|100%|completely|entirely|primarily|mostly|partly|always)\s+)$",
    re.IGNORECASE,
)
_TECH_NOUN = (
    r"(?:cloud|sensing|monitoring|patients?|access|control|desktop|devices?|infrastructure"
    r"|vehicles?|cars?|electric|apps?|applications?|mobile|integration|architecture|search"
    r"|storage|networks?|systems?|solutions?|servers?|support|troubleshooting|diagnostics"
    r"|areas?|communities|sites?|locations?|learning|events?|meetings?|care|health"
    r"|healthcare|services?|operations|assistance)"
)
_INCIDENTAL = re.compile(
    rf"\b{_MODE_WORD}(?=\s+(?!{_WORK_NOUN}\b)(?-i:[a-z])|\s+{_TECH_NOUN}\b"
    # coordinated: 'hybrid and electric vehicles', 'remote and on-site customers'
    rf"|\s*(?:and|or|&|/)\s*[\w-]+\s+(?!{_WORK_NOUN}\b)(?-i:[a-z]))"
    # 'Interviews are held in person', 'training is on-site': an event, not the job.
    r"|\b(?:interviews?|events?|meet-?ups?|offsites?|retreats?|gatherings?|onboarding"
    r"|training|visits?|conferences?|ceremon(?:y|ies))\b[^.\n]{0,40}\b(?:in[\s-]person|on-?site)\b"
    # Attending something ('families who cannot attend in person') is not working there.
    r"|\battend(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,2}?(?:in[\s-]person|on-?site)\b"
    # The candidate's past ('1+ year of experience in an office environment'), not this job.
    r"|\b(?:experience|background|previous(?:ly)?|prior|worked|familiar(?:ity)?|exposure)\b"
    r"[^.\n]{0,40}?\b(?:in|at|within)\s+an?\s+(?:[\w-]+\s+){1,2}(?:environment|setting)\b"
    # 'in-store promotions', 'in-hospital pharmacy'
    r"|\bin[\s-](?:store|hospital|clinic)\s+(?!role|position|job|work|team|staff"
    r"|every|full|part|only|and|or|at|in)(?-i:[a-z])\w+",
    re.IGNORECASE,
)


# The company describing itself ('a remote-first software company', 'our hybrid-friendly
# culture'): a statement about the job anywhere in the posting outweighs it.
_COMPANY_MODE = re.compile(
    r"\b(?:remote|hybrid|office)[\s-](?:first|friendly|by\s+default)\b"
    r"(?:[^.,;:\n]{0,30}\b(?:company|organi[sz]ation|business|employer|culture|startup))?"
    r"|\bwe(?:[’']re|\s+are)\s+(?:a\s+)?(?:fully\s+|100%\s+)?(?:remote|distributed)"
    r"(?:\s+(?:company|team|organi[sz]ation))?\b",
    re.IGNORECASE,
)


# How UK public-sector, health, finance and retail employers put it. Kept apart from the
# patterns above and tried only when a sentence holds one of their words (each branch of a
# big alternation costs time at every character of every line).
_PLACE = r"(?:office|site|campus|hq|headquarters|workplace|branch|base)"
_HYBRID_SHARE = re.compile(
    # Time shared between home and a workplace: 'split your time between our Cardiff office
    # and home', 'a combination of home and office working' (not 'a blend of home and
    # office furniture').
    r"\bsplit\s+(?:your\s+(?:time|week)\s+)?between\s+"
    rf"(?=[^.\n]{{0,40}}?\b(?:home|remote(?:ly)?)\b)(?=[^.\n]{{0,40}}?\b{_PLACE}\b)"
    r"|\b(?:combination|mix(?:ture)?|blend|balance)\s+of\s+"
    rf"(?=[^.\n]{{0,40}}?\b(?:home|remote(?:ly)?)\b)(?=[^.\n]{{0,40}}?\b{_PLACE}\b)"
    r"(?=[^.\n]{0,50}?\b(?:work(?:ing)?|based)\b)"
    # 'blended working', 'partly from home'
    r"|\bblended\s+working\b|\b(?:partly|partially)\s+(?:from|at)\s+home\b"
    # An office share: 'Office attendance: 40%', 'expected office attendance is 60%'.
    r"|\b(?:office|on-?site|in-person|campus)\s+attendance\b[^.\n\d]{0,30}?\b[1-9]\d?\s?%"
    r"|\b[1-9]\d?\s?%\s+(?:office|on-?site|in-person|campus)\s+attendance\b"
    # Home working as one of the flexible arrangements offered, not the whole job.
    r"|\bflexible\s+working\b[^.\n]{0,40}?\b(?:including|incl\.?|such\s+as)\s+(?:some\s+)?"
    r"(?:work(?:ing)?\s+from\s+home|home[\s-]?working|remote\s+working)\b",
    re.IGNORECASE,
)
_HYBRID_SHARE_CUES = ("split", "combination", "mix", "blend", "balance", "partly", "partially",
                      "attendance", "flexible working")  # fmt: skip
# 'this role does not offer home working'
_NEG_HOME = re.compile(
    r"\b(?:not|no|cannot|can[’']t)\s+(?:offer\s+|include\s+|allow\s+|be\s+done\s+)?(?:any\s+)?"
    r"(?:home[\s-]?working|work(?:ing)?\s+from\s+home|WFH)\b",
    re.IGNORECASE,
)
# 'this post is homeworking', 'fully home working'
_REMOTE_HOMEWORK = re.compile(
    r"\b(?:is|are)\s+(?:a\s+)?(?:fully\s+|100%\s+|entirely\s+)?home[\s-]?work(?:ing|er)\b"
    r"|\b(?:fully|100%|entirely)\s+home[\s-]?working\b",
    re.IGNORECASE,
)
_ONSITE_NAMED = re.compile(
    # Based at a named workplace: 'You will be based at Queen Margaret Hospital' (not 'based
    # in Leeds City Centre', a district, nor 'based in Leeds').
    r"\bbased\s+(?:in|at)\s+(?:(?-i:[A-Z])[\w'’.&-]*\s+){1,4}(?:hospital|infirmary|school"
    r"|academy|hotel|store|depot|warehouse|plant|factory|prison|surgery|pharmacy|clinic|office"
    r"|branch|campus|(?:distribution|contact|call|medical|health|fulfil?ment)\s+cent(?:re|er))\b"
    # Attending the office every day: 'you must be able to attend the office five days a week'
    r"|\battend\s+(?:the|our|an?)\s+(?:[\w-]+\s+){0,2}?(?:office|site|workplace|premises)\s+"
    r"(?:(?:five|5)\s+days|every\s+(?:working\s+)?day|daily|full[\s-]time)\b",
    re.IGNORECASE,
)
# Serving people in person ('We advise clients in person, by phone and by video') is how a
# service is given, not where this job is done.
_IN_PERSON_SERVICE = re.compile(
    r"\b(?:advis|see|meet|support|serv|help|assess|treat|counsel)\w*\s+(?:[\w-]+\s+){1,3}?"
    r"in[\s-]person\b"
    r"|\bin[\s-]person\s*(?:,|/|or|and)\s*(?:by\s+|over\s+the\s+|via\s+)?(?:phone|telephone"
    r"|video|online|e-?mail|web\s*chat)\b",
    re.IGNORECASE,
)


def _policy(sentence: str) -> str | None:
    """Work mode one sentence states, None when it states none."""
    if not _has_cue(sentence):
        return None
    sentence = _NOT_POLICY.sub(" ", sentence)
    if "person" in sentence.lower():
        sentence = _IN_PERSON_SERVICE.sub(" ", sentence)
    sentence = _INCIDENTAL.sub(
        lambda m: m[0] if _PREDICATE.search(sentence, 0, m.start()) else " ", sentence
    )
    low = sentence.lower()
    if _CHOICE_REMOTE.search(sentence):
        return "remote"  # 'remote or hybrid, as you like': the job can be fully remote
    if _HYBRID.search(sentence) or (
        any(cue in low for cue in _HYBRID_SHARE_CUES) and _HYBRID_SHARE.search(sentence)
    ):
        return "hybrid"
    if _NEG_REMOTE.search(sentence) or (
        ("home" in low or "wfh" in low) and _NEG_HOME.search(sentence)
    ):
        return "onsite"
    if _REMOTE.search(sentence) or ("home" in low and _REMOTE_HOMEWORK.search(sentence)):
        return "remote"
    if _ONSITE.search(sentence) or (
        ("based" in low or "attend" in low) and _ONSITE_NAMED.search(sentence)
    ):
        return "onsite"
    return None


def work_mode(text: str) -> str | None:
    """Work mode a short text names ('Hybrid', 'On-site', 'In person'), None otherwise."""
    return _policy(text)


_PRECEDENCE = {"hybrid": 3, "remote": 2, "onsite": 1}


def _labelled_policy(label: str, value: str) -> str | None:
    """Work mode of a labelled value ('No' is onsite, 'Yes' remote; 'Telework: Yes' means
    some days at home, as on USAJobs, so hybrid)."""
    if _LABEL_NO.match(value):
        return "onsite"
    if _LABEL_YES.match(value):
        return "hybrid" if re.match(r"tele", label, re.IGNORECASE) else "remote"
    return _policy(value)


_WRAPPED = re.compile(r"(?<=[\w,])\n(?=[a-z])|(?<=[a-z,])\n(?=[A-Z][a-z])")


def _unwrap(text: str) -> str:
    """Join hard-wrapped prose: a lowercase continuation always, a capitalised one after a
    long line that stops mid-sentence (a header line is short, so it stays apart)."""

    def join(match: re.Match[str]) -> str:
        if text[match.end()].islower():
            return " "
        start = text.rfind("\n", 0, match.start()) + 1
        return " " if match.start() - start >= 60 else "\n"

    return _WRAPPED.sub(join, text)


def find_remote(text: str, labelled: str | list[tuple[str, str]] | None) -> str | None:
    """'remote', 'hybrid' or 'onsite' as the posting states it for this job, None when silent.

    A labelled value wins ("Remote: No" is onsite); else the strongest statement: one about
    the role ("This role is on-site") over the header lines over the rest (company blurbs,
    benefits). Among equally strong statements hybrid beats remote beats onsite, since a
    remote or hybrid job still mentions the office.

    Silence is None, and precision on silent postings matters as much as recall: a
    work-mode word that modifies something else ('hybrid cloud', 'remote monitoring',
    'on-site parking', 'in-person interviews') states nothing, nor do 'office' in a title
    or a skill ('Office Manager', 'Microsoft Office') or travel to client sites, nor the
    candidate's past ('experience in a retail environment'), where other teams sit, a perk
    ('remote work allowance', 'in-office snacks') or attending something in person. Onsite is
    read only from an explicit statement: an 'On-site'/'In person' tag, 'in-office',
    'office-based', 'based at our X site', 'must commute'/'within commuting distance',
    'no remote', a field or on-the-road job; a city on its own says nothing.

    Employers outside tech say hybrid as 'blended' or 'agile working, with your week split
    between office and home', 'a combination of home and office working', 'office
    attendance: 40%' or 'flexible working including working from home'; remote as 'this post
    is homeworking'; onsite as 'based at Queen Margaret Hospital' (a named workplace) or
    'attend the office five days a week'. Serving clients 'in person, by phone or video'
    states nothing.
    """
    pairs = [("", labelled)] if isinstance(labelled, str) else labelled or []
    # Several labels ('Remote job: No' and 'Telework eligible: Yes'): the most flexible wins.
    said = [k for k in (_labelled_policy(label, value) for label, value in pairs) if k]
    if said:
        return max(said, key=lambda kind: _PRECEDENCE[kind])
    best: tuple[int, int, str] | None = None
    # A sentence hard-wrapped over two lines is one sentence.
    # A long prose line ending mid-sentence continues on the next line even when that line
    # starts with a name ('three days a week in our\nShoreditch office').
    unwrapped = _unwrap(text)
    for line_no, line in enumerate(unwrapped.split("\n")):
        line_kind = _policy(line) if line.strip() else None
        if line_kind is None:
            continue  # one pass over a line that states nothing, not one per sentence
        sentences = re.split(r"(?<=[.!?])\s+", line)
        for sentence in sentences:
            kind = line_kind if len(sentences) == 1 else _policy(sentence)
            if kind is None:
                continue
            strength = 3 if _ABOUT_ROLE.search(sentence) else 2 if line_no < 6 else 1
            if _COMPANY_MODE.search(sentence):
                # The job's own words in the same sentence ('..., but this job is on site
                # every shift') win; the company descriptor alone is the weakest statement.
                job_kind = _policy(_COMPANY_MODE.sub(" ", sentence))
                kind, strength = (job_kind, strength) if job_kind else (kind, 0)
            rank = (strength, _PRECEDENCE[kind], kind)
            if best is None or rank[:2] > best[:2]:
                best = rank
    return best[2] if best else None


_TYPES = [
    (r"\bfull[\s-]?time\b|\bpermanent\b|\bFTE\b", "full-time"),
    (r"\bpart[\s-]?time\b", "part-time"),
    (
        r"\bcontract(?:or)?\b|\bfixed[\s-]term\b|\bC2C\b|\b1099\b|\bcontract[\s-]to[\s-]hire\b",
        "contract",
    ),
    (r"\btemporary\b|\btemp\b|\bseasonal\b", "temporary"),
    (r"\binternship\b|\bintern\b|\bwerkstudent\b|\bworking student\b", "internship"),
    (r"\bfreelance\b", "freelance"),
]


def find_employment_type(text: str) -> str | None:
    """Employment type named in the posting."""
    for pattern, kind in _TYPES:
        if re.search(pattern, text, re.IGNORECASE):
            return kind
    return None


_LEVELS = [
    (r"\bintern(?:ship)?\b|\btrainee\b|\bapprentice\b|\bworking student\b", "intern"),
    (r"\bjunior\b|\bjr\.?\b|\bentry[\s-]level\b|\bgraduate\b|\bassociate\b", "junior"),
    # "Staff Engineer" is a level; "Staff Nurse" and "our staff" are not.
    (
        r"\bprincipal\b|\bdistinguished\b|\bstaff\s+(?:[\w/-]+\s+){0,2}(?:engineer|developer"
        r"|scientist|designer|architect|researcher|swe|sre|product)",
        "principal",
    ),
    (
        r"\bhead of\b|\bdirector\b|\bvp\b|\bvice president\b|(?<!to the )\b(?:chief|c[tei]o)\b",
        "director",
    ),
    (r"\blead\b|\btech lead\b|\bteam lead\b", "lead"),
    (r"\bsenior\b|\bsr\.?\b", "senior"),
    (r"\bmanager\b", "manager"),
    (r"\bmid[\s-]?(?:level|senior)?\b(?![\s-]?market)|\bintermediate\b|\bmedior\b", "mid"),
]


_LEVEL_LABEL = re.compile(
    r"^\W*(?:seniority|experience|career|job)\s+level\W*[:\-–]?\s*(.+)$",
    re.IGNORECASE | re.MULTILINE,
)


def find_seniority(title: str | None, text: str, years: int | None) -> str | None:
    """Seniority from the title, else a 'Seniority level:' line, else the years asked.

    Prose is not read: "report to the manager", "lead the rota" or "our staff" say nothing
    about the level of the job.
    """
    label = _LEVEL_LABEL.search(text[:5000])
    for source in (title or "", label.group(1) if label else ""):
        for pattern, level in _LEVELS:
            if re.search(pattern, source, re.IGNORECASE):
                return level
    if years is not None:
        return "junior" if years <= 1 else "mid" if years <= 4 else "senior"
    return None


_YEARS = re.compile(
    r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)"
    r"\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:\(\d+\)\s*)?years?(?:[’']s?)?"
    r"(?P<tail>.{0,60})",
    re.IGNORECASE,
)


def find_years(text: str) -> int | None:
    """Smallest number of years of experience the posting asks for."""
    found: list[int] = []
    for match in _YEARS.finditer(text):
        tail = match["tail"].lower()
        before = text[max(0, match.start() - 40) : match.start()].lower()
        if "experience" not in tail and "experience" not in before:
            continue
        if re.search(r"\b(?:old|ago|in business|founded|history)\b", tail[:20]):
            continue
        raw = match["n"].lower()
        value = int(raw) if raw.isdigit() else NUM_WORDS[raw]
        if 0 < value <= 30:
            found.append(value)
    return min(found) if found else None


_DEGREE = re.compile(
    r"(?:\b(?i:bachelor|master|doctorate|ph\.?d|mba)(?:[’']?s)?\b|\bB\.?S\.?c?\b"
    r"|\bM\.?S\.?c?\b|\bB\.?A\.?\b|\bB\.?Tech\b|\bM\.?Tech\b|\bB\.E\.|(?i:\bdegree\b|diploma"
    r"|high school)|GED\b)[^.;\n]{0,90}",
)


def find_education(text: str) -> str | None:
    """First sentence part naming a degree or diploma."""
    match = _DEGREE.search(text)
    if not match:
        return None
    return match.group(0).strip(" ,;:")


_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DEADLINE = re.compile(
    r"(?:apply\s+(?:by|before|until)|deadline|closing\s+date|closes?(?:\s+on)?|"
    r"applications?\s+(?:close|due|accepted until|open until)|until|no later than)"
    r"[^0-9a-z]{0,15}(?P<date>.{6,40})",
    re.IGNORECASE,
)
_DATE_FORMATS = [
    "%B %d %Y",
    "%b %d %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%Y-%m-%d",
    "%d.%m.%Y",
    "%B %d",
    "%d %B",
    "%b %d",
    "%d %b",
]


def parse_date(
    raw: str, prefer_month_first: bool = True, today: dt.date | None = None
) -> dt.date | None:
    """Date written in one of the usual ways, or None.

    A date without a year ("apply by January 5") is the next such day on or after `today`
    (the clock's today when not given), never one already past.
    """
    text = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", raw)
    text = re.sub(r"[,]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    match = re.match(
        rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s+)?((?:{_MONTHS})\.?\s+\d{{1,2}}(?:\s+\d{{4}})?"
        rf"|\d{{1,2}}\s+(?:{_MONTHS})\.?(?:\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}"
        rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}})",
        text,
        re.IGNORECASE,
    )
    if not match:
        return None
    value = re.sub(r"([a-zA-Z])\.", r"\1", match.group(1)).strip()
    slashes = ["%m/%d/%Y", "%d/%m/%Y"] if prefer_month_first else ["%d/%m/%Y", "%m/%d/%Y"]
    for fmt in [*_DATE_FORMATS, *slashes]:
        try:
            parsed = dt.datetime.strptime(value.replace("Sept", "Sep"), fmt).date()
        except ValueError:
            continue
        if "%Y" not in fmt:
            parsed = _next_on_or_after(parsed.month, parsed.day, today or clock.today())
        return parsed
    return None


def _next_on_or_after(month: int, day: int, today: dt.date) -> dt.date:
    """The first month/day on or after `today` (29 February falls on the 28th in other years)."""
    this_year: dt.date = today + relativedelta(month=month, day=day)
    if this_year >= today:
        return this_year
    next_year: dt.date = today + relativedelta(years=1, month=month, day=day)
    return next_year


def find_deadline(
    text: str, prefer_month_first: bool = True, today: dt.date | None = None
) -> dt.date | None:
    """Application deadline, when the posting names one."""
    for match in _DEADLINE.finditer(text):
        found = parse_date(match["date"], prefer_month_first, today)
        if found:
            return found
    return None
