"""Pay found in a posting: range, currency and period."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Currency markers, longest first so "CA$" wins over "$".
_CURRENCY_MARKERS: list[tuple[str, str]] = [
    ("US$", "USD"),
    ("USD", "USD"),
    ("CA$", "CAD"),
    ("C$", "CAD"),
    ("CAD", "CAD"),
    ("AU$", "AUD"),
    ("A$", "AUD"),
    ("AUD", "AUD"),
    ("NZ$", "NZD"),
    ("NZD", "NZD"),
    ("S$", "SGD"),
    ("SGD", "SGD"),
    ("HK$", "HKD"),
    ("HKD", "HKD"),
    ("R$", "BRL"),
    ("BRL", "BRL"),
    ("MX$", "MXN"),
    ("MXN", "MXN"),
    ("€", "EUR"),
    ("EUR", "EUR"),
    ("£", "GBP"),
    ("GBP", "GBP"),
    ("₹", "INR"),
    ("INR", "INR"),
    ("Rs.", "INR"),
    ("Rs", "INR"),
    ("¥", "JPY"),
    ("JPY", "JPY"),
    ("CHF", "CHF"),
    ("SEK", "SEK"),
    ("NOK", "NOK"),
    ("DKK", "DKK"),
    ("PLN", "PLN"),
    ("zł", "PLN"),
    ("ZAR", "ZAR"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("reais", "BRL"),
    ("złotych", "PLN"),
    ("円", "JPY"),
    ("RM", "MYR"),
    ("kr.", "KR"),
    ("kr", "KR"),  # krona/krone: which one is settled by the posting's country
    ("R", "ZAR"),
    ("AED", "AED"),
    ("$", "$"),  # a bare dollar: which one is settled by the rest of the posting
]
# Letter markers must stand alone: 'R 25 000' and 'kr 600 000' but not 'over 5 years'.
_CUR_ALT = "|".join(
    rf"(?<![A-Za-z]){re.escape(m)}(?![A-Za-z])" if m[0].isalpha() else re.escape(m)
    for m, _ in _CURRENCY_MARKERS
)
_CUR = rf"(?:{_CUR_ALT})"
# One thousands separator a number ('90,000', '90.000', '90 000', "90'000"): '90,000 120'
# is two numbers, not one. Decimals follow the other mark ('1.234,56', '1,234.56').
_NUM = (
    r"\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?"
    r"|\d{1,3}(?:[\u202f' ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
)
_MULT = r"(?:\s?(?:k|thousand|lakhs?|lacs?|L|LPA|crores?|cr|mn|m|million|bn|billion)\b|\s?万)?"
# A period written right after an amount inside a range ("$110K/yr - $135K/yr").
_UNIT = r"(?:\s?/\s?(?:yr|year|hr|hour|h|mo|month|day|wk|week)\b)?"


def _amount(i: int) -> str:
    """Pattern of one amount with its optional currency marker and multiplier."""
    return rf"(?P<c{i}a>{_CUR}\s?)?(?P<n{i}>{_NUM})(?P<m{i}>{_MULT})(?P<c{i}b>\s?{_CUR})?" + (
        _UNIT if i == 1 else ""
    )


# Range separators: dashes and tildes, 'to' and its words in other languages
# ('R$ 8.000 a R$ 10.500', '9 000 do 11 000 zł', 'entre 30.000 y 35.000').
_SEP = r"(?:\s*(?:-|–|—|~|〜|～)\s*|\s*(?:to|and|until|bis|à)\s*|\s+(?:au|a|y|e|do|tot|até|til)\s+)"
_RANGE_RE = re.compile(
    r"(?P<lead>up to|upto|to|max(?:imum)?(?: of)?|from|starting (?:at|from)|min(?:imum)?(?: of)?"
    r"|at least)?\s*" + _amount(1) + rf"(?:{_SEP}" + _amount(2) + ")?",
    re.IGNORECASE,
)
_PERIODS: list[tuple[str, str]] = [
    (
        r"per\s+hour|/\s?h(?:ou)?r\b|/\s?h\b|an\s+hour|hourly|p/h|\bph\b|per\s+hr|/hour"
        r"|por\s+hora|pro\s+stunde|/\s?std\b|de\s+l[’']heure|/\s?godz|per\s+uur|all[’']ora"
        r"|/\s?hora\b|/\s?heure\b|/\s?uur\b|/\s?ora\b|時給|時間",
        "hour",
    ),
    (
        r"per\s+day|/\s?day\b|a\s+day\b|daily|day\s+rate|per\s+diem|per\s+shift|/\s?shift\b"
        r"|an?\s+shift\b"
        r"|por\s+d[ií]a|pro\s+tag|par\s+jour|日給",
        "day",
    ),
    (r"per\s+week|/\s?w(?:ee)?k\b|a\s+week\b|weekly|pro\s+woche|par\s+semaine|週給", "week"),
    (
        r"per\s+month|/\s?mo(?:nth)?\b|a\s+month\b|monthly|per\s+mensem|\bpm\b|\bp\.m\."
        r"|\bmonatlich|pro\s+monat|im\s+monat|/\s?monat|por\s+m[eê]s|al\s+mes|mensual|mensal"
        r"|par\s+mois|mensuel|miesi[eę]cznie|/\s?mies|per\s+maand|per\s+m[åa]ned|pr\.?\s*md\b"
        r"|om\s+m[åa]neden|i\s+m[åa]neden|per\s+m[åa]nad|/\s?m[åa]n\b|/\s?mnd\b|al\s+mese"
        r"|mensili|/\s?m[eê]s\b|/\s?mese\b|/\s?mois\b|/\s?maand\b|月給|月収",
        "month",
    ),
    (
        r"per\s+(?:year|annum)|/\s?y(?:ea)?r\b|/\s?annum|a\s+year|annual(?:ly)?|yearly"
        r"|\bp\.?a\b\.?"
        r"|\bLPA\b|per\s+yr|j[äa]hrlich|pro\s+jahr|im\s+jahr|/\s?jahr|anuales|anual\b|al\s+a[ñn]o"
        r"|por\s+a[ñn]o|ao\s+ano|par\s+an\b|annuel|rocznie|per\s+jaar|per\s+[åa]r\b"
        r"|pr\.?\s*[åa]r\b|om\s+[åa]ret|i\s+[åa]ret|/\s?[åa]r\b|annu[oi]|all[’']anno|\bRAL\b"
        r"|/\s?a[ñn]o\b|/\s?an\b|/\s?jaar\b|年収|年俸",
        "year",
    ),
]
_PAY_WORDS = re.compile(
    r"salary|pay\b|paid|compensation|wage|rate|remuneration|ote\b|base|earn|package|stipend"
    r"|income|ctc|lpa|per\s+(?:hour|year|annum|month)|hourly|range|\bp\.?a\b|brutto|gross"
    r"|salari|sal[aá]rio|sueldo|gehalt|verg[üu]tung|r[ée]mun[ée]ration|wynagrodzenie|stipendio"
    r"|retribuci|\bl[öø]nn?\b|salaris|netto|\bb2b\b|\buop\b|年収|月給|時給|給与",
    re.IGNORECASE,
)
_NOT_PAY = re.compile(
    r"revenue|funding|raised|valuation|401\s?\(?k|customers|users|employees|budget|turnover"
    r"|series\s[a-e]|assets under|aum\b|investors|in sales|market cap|\bARR\b|bonus of"
    r"|sign-?on bonus|signing bonus|allowance|reimburs|stipend of|learning budget|referral"
    r"|quota|relocation|tuition|differential|equity|stock|shares|rsus?\b|referral|prize|grant"
    r"|(?:office|wellness|learning|education|phone|internet|gym|fitness|commut\w*"
    r"|equipment|setup|meal|lunch|tech|home|remote work|childcare)\s+stipend",
    re.IGNORECASE,
)
_MULTIPLIERS = {
    "k": 1e3,
    "thousand": 1e3,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "lacs": 1e5,
    "l": 1e5,
    "lpa": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "cr": 1e7,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "bn": 1e9,
    "billion": 1e9,
    "万": 1e4,
}
# Indian and Japanese multipliers name their currency ('12-18 Lacs P.A.', '600万円').
_MULT_CURRENCY = {
    "lakh": "INR",
    "lakhs": "INR",
    "lac": "INR",
    "lacs": "INR",
    "lpa": "INR",
    "crore": "INR",
    "crores": "INR",
    "万": "JPY",
}
# Company-sized figures ("$1.2M quota", "$3bn AUM") are never a salary.
_BIG_MULTIPLIERS = {"m", "mn", "million", "bn", "billion"}


@dataclass(frozen=True)
class Salary:
    """Pay range as stated: either bound may be missing."""

    minimum: float | None
    maximum: float | None
    currency: str | None
    period: str | None


def _currency(marker: str | None) -> str | None:
    """ISO code of a currency marker."""
    if not marker:
        return None
    marker = marker.strip()
    for text, code in _CURRENCY_MARKERS:
        if marker.upper() == text.upper():
            return code
    return None


def _pick_currency(markers: list[str | None]) -> str | None:
    """Most specific currency among the markers of a range ("$90k CAD" is CAD)."""
    codes = [c for c in (_currency(m) for m in markers) if c]
    specific = [c for c in codes if c not in ("USD", "$")]
    ranked = specific or [c for c in codes if c == "USD"] or codes
    return ranked[0] if ranked else None


def _number(raw: str, mult: str) -> float:
    """Value of a written amount: thousands separators, decimals and k/lakh multipliers."""
    raw = raw.replace("\u202f", "").replace("'", "").replace(" ", "")
    if re.fullmatch(r"\d{1,2}(?:,\d{2})+,\d{3}", raw):
        value = float(raw.replace(",", ""))
    elif re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", raw):
        value = float(re.sub(r"[.,]", "", raw))
    elif re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d{1,2}", raw):
        value = float(raw.replace(",", ""))
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d{1,2}", raw):
        value = float(raw.replace(".", "").replace(",", "."))
    else:
        value = float(raw.replace(",", "."))
    key = mult.strip().lower()
    return value * _MULTIPLIERS.get(key, 1.0)


def _period(context: str) -> str | None:
    """Pay period named in the text following an amount."""
    for pattern, period in _PERIODS:
        if re.search(pattern, context, re.IGNORECASE):
            return period
    return None


_MARKED_PERIOD = re.compile(r"(?:/|\bper\b|\bpro\b|\bpar\b|\bp\.|\bal\b|\bpor\b)\s?[^\s/]+")


def _later_period(rest: str) -> str | None:
    """A period marked with '/' or 'per' in the text just after an amount ('18 000 PLN
    netto + VAT / mies.'); loose words like 'a week' there belong to other clauses."""
    for marked in _MARKED_PERIOD.finditer(rest):
        found = _period(marked.group(0))
        if found:
            return found
    return None


def _guess_period(value: float) -> str:
    """Period implied by the size of an amount when the posting names none."""
    if value < 300:
        return "hour"
    if value < 1500:
        return "day"
    if value < 15000:
        return "month"
    return "year"


def _candidate(
    match: re.Match[str], line: str, pay_word: bool | None = None
) -> tuple[int, Salary, bool] | None:
    """Score and value of one amount-or-range match, and whether it says 'a year'; None
    when it is not pay."""
    cur = _pick_currency([match[g] for g in ("c1a", "c1b", "c2a", "c2b")])
    has_mult = bool(match["m1"] or match["m2"])
    if cur is None:
        mults = ((match["m1"] or "").strip().lower(), (match["m2"] or "").strip().lower())
        cur = next((_MULT_CURRENCY[m] for m in mults if m in _MULT_CURRENCY), None)
    if pay_word is None:
        pay_word = bool(_PAY_WORDS.search(line))
    if cur is None and not (pay_word and (has_mult or match["n2"])):
        return None
    if _NOT_PAY.search(_clause(line, match.start(), match.end())):
        return None
    if _PIECE_RATE.match(line, match.end()):
        return None  # '$0.62 per mile' is a piece rate; a weekly or yearly figure may follow
    m2 = (match["m2"] or "").strip()
    m1 = (match["m1"] or "").strip() or (m2 if match["n2"] else "")
    head, tail = _clause_parts(line, match.start(), match.end())
    if {m1.lower(), m2.lower()} & _BIG_MULTIPLIERS and not _PAY_LABEL.search(head):
        return None  # "$1.2M quota"; but "Salary: ¥8M ~ ¥12M" is pay
    low = _number(match["n1"], m1)
    high = _number(match["n2"], m2) if match["n2"] else None
    if high is not None and m2 and not match["m1"] and low * 1000 <= high / 10:
        low = _number(match["n1"], m2)
    if low <= 0 or (high is not None and high < low):
        return None
    if re.fullmatch(r"(?:19|20)\d\d", match["n1"]) and cur is None:
        return None
    # The period belongs to the amount's own clause: "£50-60k, hybrid with 2 days a week"
    # is a yearly salary.
    unit = line[match.end("n1") : match.end()]  # '$2,450/week' carries its period
    stated = (
        _period(unit + tail) or _period(head) or _later_period(line[match.end() : match.end() + 60])
    )
    if cur is None and not has_mult and stated is None and not _PAY_LABEL.search(head):
        return None  # 'a team of 4 to 5 underwriters' on a line that mentions pay elsewhere
    period = stated or _guess_period(high or low)
    stated_year = stated == "year"
    lead = match["lead"]
    if high is None and _FLOOR_PLUS.match(line, match.end()):
        lead = "from"  # "$100,000+" is a floor
    score, salary = _build(lead, low, high, cur, period, pay_word)
    if _TOTAL_PAY.search(head[-30:]) or _TOTAL_PAY.match(tail.lstrip(" (")):
        score -= 2  # OTE / total compensation is not the base salary
    elif re.search(r"\bbase\b", head[-25:] + tail[:12], re.IGNORECASE):
        score += 1
    return score, salary, stated_year


_PIECE_RATE = re.compile(
    r"\s*(?:per|/|a|an)\s*(?:mile|mi|km|kilomet(?:er|re)|load|stop|drop|piece|delivery"
    r"|word|case|unit)s?\b|\s*(?:cpm|cents\s+per\s+mile)\b",
    re.IGNORECASE,
)


# "$180,000+" is a floor; "$180,000+ bonus" adds something to the salary.
_FLOOR_PLUS = re.compile(
    r"\+(?!\s*(?:bonus|equity|benefits?|commission|super|stock|options|rsus?|car|pension"
    r"|holiday|vat|perks|shares|allowance|overtime|tips|[$£€\d]))",
    re.IGNORECASE,
)
_PAY_LABEL = re.compile(
    r"\b(?:salary|pay|compensation|wage|remuneration|package|ctc|gehalt|salaire|年収)\b", re.I
)
_TOTAL_PAY = re.compile(
    r"\b(?:OTE|on[\s-]target(?:\s+earnings)?(?:\s+of)?|total\s+(?:comp(?:ensation)?|package|"
    r"earnings|target\s+cash|cash)|TC|TTC|uncapped|with\s+commission|including\s+commission)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r",\s|;\s|\s\+\s|(?<!\b[a-zA-Z])(?<!\b[a-zA-Z]{2})\.\s|\s(?:and|plus|with)\s|\s[-–—]\s(?=[A-Za-z])|[•|]|\s\(|\)"
)


def _clause_parts(line: str, start: int, end: int) -> tuple[str, str]:
    """Text before and after an amount within its clause ('$120k base, $10k bonus' has two)."""
    head = line[max(0, start - 60) : start]
    tail = line[end : end + 40]
    cuts = list(_CLAUSE_END.finditer(head))
    if cuts:
        head = head[cuts[-1].end() :]
    cut = _CLAUSE_END.search(tail)
    if cut:
        tail = tail[: cut.start()]
    return head, tail


def _clause(line: str, start: int, end: int) -> str:
    """The clause of a line an amount belongs to."""
    head, tail = _clause_parts(line, start, end)
    return head + line[start:end] + tail


def _build(
    lead: str | None, low: float, high: float | None, cur: str | None, period: str, pay: bool
) -> tuple[int, Salary]:
    """Salary from a parsed range and how it was introduced."""
    lead = (lead or "").lower()
    score = 2 * (cur is not None) + pay + (high is not None)
    if high is None and (lead.startswith(("up", "max")) or lead == "to"):
        return score, Salary(None, low, cur, period)
    if high is None and lead.startswith(("from", "start", "min", "at least")):
        return score, Salary(low, None, cur, period)
    return score, Salary(low, high if high is not None else low, cur, period)


# Two amounts with only a space between them are a range ('Salary: 90,000 120,000 EUR',
# '€50.000 60.000', 'Compensation 100 000 120 000 USD'): written with thousands separators,
# they cannot be one number.
_BARE_RANGE = re.compile(
    r"(?<![\d.,])(?P<low>\d{1,3}(?P<sep>[,.])\d{3}(?:(?P=sep)\d{3})*)\s+"
    r"(?P<high>\d{1,3}(?P=sep)\d{3}(?:(?P=sep)\d{3})*)(?![\d]|[.,]\d)"
    r"|(?<!\d)(?<!\d )(?P<low2>\d{1,3} \d{3}) (?P<high2>\d{1,3} \d{3})(?!\d| \d)"
)


def _bare_range(match: re.Match[str]) -> str:
    """A bare pair of amounts written as a range."""
    if match["low"]:
        return f"{match['low']} - {match['high']}"
    return f"{match['low2']} - {match['high2']}"


# 'Pay starts at $23.00 with progressions up to $24.00/hour' is a range.
_STARTS_UP_TO = re.compile(
    r"\bstart(?:s|ing)?\s+(?:at|from)\s+(?P<low>[$£€]?\s?\d[\d,.]*)\s+"
    r"(?:(?:with|and|plus)\s+[^.$£€\d]{0,40}?)?up\s+to\s+(?P<high>[$£€]?\s?\d[\d,.]*)",
    re.IGNORECASE,
)


# What names a pay band of one role: a level ('L2', 'Technician II', 'Level 3') or the
# full range beside the hiring range.
_BAND = re.compile(
    r"\b(?:L[1-9]|(?:level|grade|tier|band|step)\s*[1-9]|I{1,3}|IV|(?:full|hiring)\s+(?:pay\s+)?range)\b",
    re.IGNORECASE,
)


def _best(found: list[tuple[int, Salary, bool, str]]) -> Salary:
    """The best-scored pay statement, the first among equals. Pay bands of one role in the
    same currency and period, each named by its level ('L1: 95,000-128,000 USD L2:
    108,000-145,000 USD', 'Hiring Pay Range ... Full Range ...'), make one range from the
    lowest to the highest. At equal standing a figure said to be yearly beats an hourly one
    beside it ('$33.77 - $38.00 hourly or $70,250 - $79,040 annually')."""
    top = max(score for score, *_ in found)
    tied = [salary for score, salary, *_ in found if score == top]
    banded = [salary for score, salary, _, head in found if score == top and _BAND.search(head)]
    yearly = [salary for score, salary, said_year, _ in found if score == top and said_year]
    first = (yearly or tied)[0]
    same = [
        t
        for t in banded
        if (t.currency, t.period) == (first.currency, first.period)
        and t.minimum is not None
        and t.maximum is not None
    ]
    if first not in same or first.minimum is None or first.maximum is None or len(same) < 2:
        return first
    low = min(t.minimum for t in same if t.minimum is not None)
    high = max(t.maximum for t in same if t.maximum is not None)
    if high > 2 * first.maximum or low < first.minimum / 2:
        return first  # different jobs or a different unit, not bands of one role
    return Salary(low, high, first.currency, first.period)


_DIGIT = re.compile(r"\d")
# How far before its first digit a match of _RANGE_RE starts at most: a currency marker and
# its space ("złotych "), then spaces, then a lead word (the longest, "starting from", has 13
# characters; a unit test checks the reach on leads and markers of every kind).
_MARKER_REACH = max(len(marker) for marker, _ in _CURRENCY_MARKERS) + 1
_LEAD_REACH = 30


def _ranges(line: str) -> Iterator[re.Match[str]]:
    """The matches of _RANGE_RE.finditer(line), the pattern tried only near a digit.

    Every match has a digit, the words before its first one are within reach, and the digit
    alone is a match: so the next match starts in reach of the next digit, and a search from
    there stops at that digit at the latest. (Trying the pattern at every character of a long
    line took most of the time of reading pay.)
    """
    pos = 0
    while digit := _DIGIT.search(line, pos):
        start = digit.start() - _MARKER_REACH
        while start > pos and line[start - 1].isspace():
            start -= 1
        match = _RANGE_RE.search(line, max(pos, start - _LEAD_REACH))
        if match is None:  # not reached: the digit itself matches
            return
        yield match
        pos = match.end()


def find_salary(text: str) -> Salary | None:
    """Best pay statement in a posting, or None when it states none."""
    found: list[tuple[int, Salary, bool, str]] = []
    for line in text.split("\n"):
        if not _DIGIT.search(line):  # every pay pattern needs a digit
            continue
        pay_word = bool(_PAY_WORDS.search(line))  # once a line: long lines stay linear
        line = _STARTS_UP_TO.sub(r"\g<low> - \g<high>", _BARE_RANGE.sub(_bare_range, line))
        for match in _ranges(line):
            candidate = _candidate(match, line, pay_word)
            if candidate is not None:
                found.append((*candidate, line[max(0, match.start() - 40) : match.start()]))
    if not found:
        return None
    salary = _best(found)
    if salary.currency == "$":
        code = _dollar_country(text)
        salary = Salary(salary.minimum, salary.maximum, code, salary.period)
    elif salary.currency == "KR":
        code = _krona_country(text)
        salary = Salary(salary.minimum, salary.maximum, code, salary.period)
    return _with_default_currency(salary, text)


_DOLLAR_PLACES: list[tuple[str, str]] = [
    (
        r"\bAustralia|\b(?:NSW|VIC|QLD)\b|\b(?:Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra)\b",
        "AUD",
    ),
    (r"New Zealand|\bNZ\b|\b(?:Auckland|Wellington|Christchurch)\b", "NZD"),
    (
        r"\bCanada\b|\b(?:Toronto|Vancouver|Montr[eé]al|Calgary|Ottawa|Edmonton|Winnipeg)\b"
        r"|,\s(?:ON|BC|AB|QC|MB|NS|NB|SK)\b",
        "CAD",
    ),
    (r"\bSingapore\b", "SGD"),
    (r"\bHong Kong\b", "HKD"),
]


def _dollar_country(text: str) -> str:
    """Which dollar a bare "$" is: the country of the posting's header or location, else USD."""
    lines = text.split("\n")
    header = "\n".join(
        lines[:8] + [ln for ln in lines if re.match(r"\s*(?:job\s+)?location\s*:", ln, re.I)]
    )
    if re.search(r"\+\s*super\b|superannuation", text, re.IGNORECASE):
        return "AUD"
    for pattern, code in _DOLLAR_PLACES:
        if re.search(pattern, header):
            return code
    return "USD"


def _krona_country(text: str) -> str:
    """Which krona/krone 'kr' is: Danish or Norwegian when the posting says so, else Swedish."""
    if re.search(
        r"\b(?:Denmark|Danmark|K[øo]benhavn|Copenhagen|Aarhus|Odense)\b|\bpr\.\s*md\b", text
    ):
        return "DKK"
    if re.search(r"\b(?:Norway|Norge|Oslo|Bergen|Trondheim|Stavanger)\b|\blønn\b", text):
        return "NOK"
    return "SEK"


def _with_default_currency(salary: Salary, text: str) -> Salary:
    """Fill a missing currency from a code named elsewhere in the posting (e.g. "in EUR")."""
    if salary.currency is not None:
        return salary
    codes = re.findall(
        r"\b(USD|EUR|GBP|AUD|INR|CHF|SEK|NOK|DKK|JPY|SGD|NZD|PLN|BRL|MXN|ZAR)\b", text
    )
    codes += re.findall(r"(?:in|\d|\$)\s?(CAD)\b", text)
    if codes:
        return Salary(salary.minimum, salary.maximum, codes[0], salary.period)
    if re.search(r"\b(?:lakhs?|lacs?|LPA|crores?|CTC)\b", text, re.IGNORECASE):
        return Salary(salary.minimum, salary.maximum, "INR", salary.period)
    return salary
