"""Work mode (remote policy) of a posting: 'remote', 'hybrid', 'onsite', or None when silent."""

from __future__ import annotations

import re

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
    r"|\b(?:work|working|done|performed)\s+remotely\b|\ball-virtual\b"
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
    r"|internships?|nature"
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
# How far back the predicate is looked for: its longest word and a space fit, and a bounded
# look keeps a line of many incidental matches linear (searching from the line's start each
# time made 42 KB of 'remote hybrid onsite' take 14 s).
_PREDICATE_REACH = 40
_TECH_NOUN = (
    r"(?:cloud|sensing|monitoring|patients?|access|control|desktop|devices?|infrastructure"
    r"|vehicles?|cars?|electric|apps?|applications?|mobile|integration|architecture|search"
    r"|storage|networks?|systems?|solutions?|servers?|support|troubleshooting|diagnostics"
    r"|areas?|communities|sites?|locations?|learning|events?|meetings?|care|health"
    r"|healthcare|services?|operations|assistance)"
)
INCIDENTAL = re.compile(
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


# Words (lowercased) of which every branch of _HYBRID, of _REMOTE and of _NEG_REMOTE holds one:
# a sentence without any cannot match the pattern, and testing for them costs a fraction of its
# search. A branch added to a pattern adds its word here (a unit test reads the patterns).
HYBRID_CUES = (
    "brid", "hybryd", "remot", "home", "wfh", "wfo", "office", "hq", "headquarters", "studio",
    "hub", "site", "campus", "tele", "mobil", "travail", "smart", "thuis", "flexible",
    "anywhere", "出社", "在宅", "リモート",
)  # fmt: skip
REMOTE_CUES = (
    "remot", "home", "wfh", "anywhere", "virtual", "distributed", "telecommut", "campus",
    "office", "site", "person", "online)", "travail", "teletrabajo", "zdaln", "リモート", "在宅",
)  # fmt: skip
NEG_REMOTE_CUES = ("remot", "home", "travail")


def _policy(sentence: str) -> str | None:
    """Work mode one sentence states, None when it states none."""
    if not _has_cue(sentence):
        return None
    sentence = _NOT_POLICY.sub(" ", sentence)
    if "person" in sentence.lower():
        sentence = _IN_PERSON_SERVICE.sub(" ", sentence)
    sentence = INCIDENTAL.sub(
        lambda m: (
            m[0]
            if _PREDICATE.search(sentence, max(0, m.start() - _PREDICATE_REACH), m.start())
            else " "
        ),
        sentence,
    )
    low = sentence.lower()
    if _CHOICE_REMOTE.search(sentence):
        return "remote"  # 'remote or hybrid, as you like': the job can be fully remote
    if (any(cue in low for cue in HYBRID_CUES) and _HYBRID.search(sentence)) or (
        any(cue in low for cue in _HYBRID_SHARE_CUES) and _HYBRID_SHARE.search(sentence)
    ):
        return "hybrid"
    if (any(cue in low for cue in NEG_REMOTE_CUES) and _NEG_REMOTE.search(sentence)) or (
        ("home" in low or "wfh" in low) and _NEG_HOME.search(sentence)
    ):
        return "onsite"
    if (any(cue in low for cue in REMOTE_CUES) and _REMOTE.search(sentence)) or (
        "home" in low and _REMOTE_HOMEWORK.search(sentence)
    ):
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


def unwrap(text: str) -> str:
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
    unwrapped = unwrap(text)
    read: dict[str, str | None] = {}  # a line repeated is read once
    for line_no, line in enumerate(unwrapped.split("\n")):
        if line not in read:
            read[line] = _policy(line) if line.strip() else None
        line_kind = read[line]
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
