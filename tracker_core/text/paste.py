"""Paste repair: the line breaks a copy from a job board loses, put back.

Copying a posting out of a job board's page often drops the breaks between block
elements, so a heading runs into its first sentence ('Company DescriptionMDI Imaging is',
'Job descriptionA leading firm'), a list runs together ('Dental insuranceHealth
insurancePaid time off'), a label follows the text before it ('per weekBenefits:Paid time
off') and sentences lose their space ('our clients.We are'). `repair_paste` puts a line
break at each such seam and a space after a glued sentence end or label colon.

A seam is a lower-case word (three letters or more) run into a capital, a heading word
('Description', 'Qualifications', 'Insurance') run into a capital, a word run into a label
or item word ('…DeveloperLocation', '…EnglishAbility'), a colon with no space before a
capital, a bullet or list number glued to the text before it. Names written in camel case
stay whole: 'JavaScript', 'PowerPoint', 'iPhone', 'McDonald's', 'PhD', 'LinkedIn'. Every
rule is a regular expression over one line with bounded look-around, so the repair is
linear in the text.
"""

from __future__ import annotations

import re

# Words that end a heading or a list item: after one of them a capital starts a new line
# ('QualificationsBachelor's degree', 'Dental InsuranceVision', 'OccasionallyLift').
_HEAD_END = (
    r"Descriptions?|Summary|Overview|Responsibilities|Duties|Requirements|Qualifications"
    r"|Benefits|Perks|Skills|Abilities|Experience|Education|Required|Preferred|Desired"
    r"|Insurance|Coverage|Package|Programs?|Plans?|Occasionally|Frequently|Regularly|Rarely"
    r"|Constantly|Years|Characteristics|Criteria|Opportunities|Compensation|Expectations"
    r"|Highlights|Off|Leave|Bonus|Yes|Us|Mission|Culture|Values|Environment|Purpose"
)
# Headings after which even an all-capital name or a number starts the text
# ('Company DescriptionMDI Imaging', 'Company Description9Yards Technology').
_HEADING = (
    r"Description|Summary|Overview|Responsibilities|Duties|Requirements|Qualifications"
    r"|Benefits"
)
# Words that start a label, a list item or a sentence: before one of them a seam is a
# break ('Full stack .NetLocation - Waukegan', 'EnglishAbility to', 'TimeYou will').
_ITEM_START = (
    r"Location|Duration|Salary|Compensation|Schedule|Responsibilities|Qualifications"
    r"|Requirements|Benefits|Summary|Overview|Description|Ability|Able|Experience|Knowledge"
    r"|Proficiency|Proficient|Familiarity|Minimum|Required|Preferred|Bachelors?|Masters?"
    r"|Strong|Excellent|Proven|Demonstrated|Willingness|Attention|Employee|Paid|Dental"
    r"|Medical|Retirement|Competitive|Travel|Education|Department|Reports|This|The|We|Our"
    r"|You|Your|Must|Candidates|Applicants|Please|Equal"
)
_CAMEL_SEAM = re.compile(
    # 'descriptionA leading', 'insuranceHealth'; not 'iPhone', 'eBay', 'macOS'.
    r"(?<![A-Za-z'’])(?P<low>[a-z]{3,})(?=[A-Z](?:[a-z]|[\s,.:;]|$))"
    rf"|\b(?P<head>{_HEADING})(?=[A-Z0-9])"
    rf"|\b(?P<end>{_HEAD_END})(?=[A-Z](?:[a-z]|[\s,.:;]|$))"
    rf"|\b(?P<word>[A-Z][a-z]+)(?=(?:{_ITEM_START})\b"
    r"|(?:Job|Position|Work|Employment|Pay)\s[A-Z]?[a-z]+\s?:)"  # 'Part TimeJob Type:'
    # 'ABOUT USWhen Bad Birdie', 'QUALIFICATIONSEducation'; not 'SQLServer', 'PHPUnit'.
    r"|(?<![A-Za-z])(?P<caps>(?:[A-Z]{2,}[ ]){1,3}[A-Z]{2,}|[A-Z]{4,})(?=[A-Z][a-z]{2})"
    # '$50,000Job Type', '2024Location'; not '9Yards', '3D'.
    r"|(?P<num>\d\d|(?<= )\d)(?=[A-Z][a-z]{2})"
    # A currency code run into the next line ('128,000 USDSenior Associate L2: ...')
    r"|(?<=\d )(?P<code>USD|EUR|GBP|CAD|AUD)(?=[A-Z][a-z])"
    # '(Healthcare)Minneapolis', '(currently part-time)The job:'
    r"|(?P<paren>\))(?=[A-Z][a-z]{2})"
)
# Labels whose value stays on their line ('Location:Randolph, NJ' is 'Location: Randolph').
_LABEL = re.compile(
    r"(?:job\s+|position\s+|work\s+|pay\s+|employment\s+|start\s+)?(?:title|type|position"
    r"|company(?:\s+name)?|location|salary|pay(?:\s+range)?|rate|compensation|schedule|shift"
    r"|hours|duration|department|reports\s+to|status|travel|date|remote|workplace|city"
    r"|state|classification|id|req(?:uisition)?(?:\s+id)?|category|level|role)",
    re.IGNORECASE,
)
# A colon with no space before a capital, a digit or a quote; not '9:30', 'https://'.
_COLON_SEAM = re.compile(r"(?<=[A-Za-z)]):(?=[A-Z0-9(“\"])")
# The words before such a colon, back to a sentence end, a bracket or the line's start.
_LEAD_PHRASE = re.compile(r"(?:^|(?<=[.!?;]\s)|(?<=\n))(?P<phrase>[^.!?;\n]{1,60})$")
# A sentence end with no space after it ('our clients.We are'); not 'www.Indeed.com',
# 'St.Louis', 'Mr.Smith' (a capital before the stop), '3.5'.
_SENTENCE_SEAM = re.compile(
    r"(?<=[a-z][a-z][.!?])(?=[A-Z][a-z])(?![A-Za-z]+\.(?:com|org|net|io|gov|edu|co)\b)"
    r"|(?<=[a-z][)\]][.!?])(?=[A-Z][a-z])"
)
# A short title-case heading closing a sentence's line ('our clients. Responsibilities:'
# -> 'Responsibilities:' on its own line, as is_heading reads it).
_HEADING_BEFORE = re.compile(
    r"(?<=[.!?)])[ \t]+(?=(?:[A-Z][\w&/'’()-]*[ \t]){0,4}[A-Z][\w&/'’()-]*:\n)"
)
# List items run together: a bullet glued to the text before it ('holidays● Up to 12
# weeks'), a list number glued to a word ('High School Diploma or GED2. Current'), a dash
# item after a word ('per hour- Pay differential').
_BULLET_SEAM = re.compile(
    r"(?<=\S)[ \t]?(?P<bullet>[●▪◦‣■➢✓✔]|(?<=[^\s•])•)[ \t]*"
    r"|(?<=[A-Za-z)])(?P<number>[1-9]\.[ \t])(?=[A-Z])"
    r"|(?<=:)[ \t]?(?P<first>1\.[ \t])(?=[A-Z])"
    r"|(?<=[a-z.)*])(?P<dash>-[ \t])(?=[A-Z$])"
)


def _camel(match: re.Match[str]) -> str:
    return match[0] + "\n"


# A number and a word or two closing the line after a colon are the label's value, not a
# sentence under a heading: 'Physics:1 year', 'Teaching:2 years (Preferred)'. A heading glued
# to its first item still breaks: 'Requirements:4+ years of experience in ...' goes on, and
# 'Benefits:401(k)' heads a list.
_NUMBER_VALUE = re.compile(
    r"\d[\d.,/+%-]*(?:[ \t]*[A-Za-z]+\.?){1,2}(?:[ \t]*\([^()\n]{0,20}\))?[ \t]*(?:\n|$)"
)


def _colon_break(line: str, match: re.Match[str]) -> str:
    """'Location:Randolph' -> 'Location: Randolph', 'Physics:1 year' -> 'Physics: 1 year';
    'Responsibilities:Assist' and 'including:Free' -> a line break after the colon, and 'our
    clients. Responsibilities:' puts the heading on a line of its own."""
    if _NUMBER_VALUE.match(line, match.end()):
        return ": "
    lead = _LEAD_PHRASE.search(line, max(0, match.start() - 60), match.start())
    phrase = lead["phrase"].strip() if lead else ""
    words = phrase.split()
    if any(_LABEL.fullmatch(" ".join(words[-n:])) for n in (1, 2, 3) if len(words) >= n):
        return ": "
    return ":\n"


def _bullet(match: re.Match[str]) -> str:
    if match["bullet"]:
        return "\n" + match["bullet"] + " "
    if match["number"]:
        return "\n" + match["number"]
    if match["first"]:
        return "\n" + match["first"]
    return "\n" + match["dash"]


# Labels that follow one another on a line ('Job Title: Pre-Finish Supervisor Reports To:
# Production Supervisor', 'Role: Staff AccountantHiring Type: Contract'): each its line.
_NEXT_LABEL = re.compile(
    r"(?:(?<=[a-z)])|[ \t]+|(?<=[A-Z]{2}))(?=(?:Location|Job Title|Position Title|Job Type"
    r"|Hiring Type|Employment Type"
    r"|Work Type|Division|Department|Reports [Tt]o|FLSA(?: [A-Z][a-z]+)?|Level|Prepared Date"
    r"|Salary|Pay(?: Rate| Range)?|Duration|Schedule|Status|Job ID|Company|Agency|AGENCY"
    r"|LOCATION|WORK LOCATION|Start Date|Experience|Contract|Shift)[ \t]?:)"
)
# A title label anywhere on a line starts a line ('... hire date. JOB TITLE: Construction
# Manager').
_TITLE_LABEL_SEAM = re.compile(
    r"(?<=\S)[ \t]*(?=(?:Job Title|JOB TITLE|Position Title|POSITION TITLE)[ \t]?:)"
)
_LINE_LABEL = re.compile(r"^[*_]*[A-Z][\w/&'’ -]{1,30}?[ \t]?(?::|[-–][ \t])[ \t]?\S")


# Cheap tests for whether a line can hold a seam of each kind at all: most lines of a
# clean paste hold none, and the seam patterns cost more per character.
_SENTENCE_HINT = re.compile(r"[a-z)\]][.!?][A-Z]")
_CAMEL_HINT = re.compile(r"[a-z0-9)][A-Z]|[A-Z][A-Z][a-z]")
_BULLET_HINT = re.compile(r"[●▪◦‣■➢✓✔•]|[A-Za-z)][1-9]\.|:[ \t]?1\.|[a-z.)*]-[ \t]")


def repair_line(line: str) -> str:
    """One pasted line with its lost breaks and spaces put back (may become several)."""
    if not line:
        return line
    if _SENTENCE_HINT.search(line):
        line = _SENTENCE_SEAM.sub(" ", line)
    if _CAMEL_HINT.search(line):
        line = _CAMEL_SEAM.sub(_camel, line)
    if "itle" in line or "ITLE" in line:
        line = _TITLE_LABEL_SEAM.sub("\n", line)
    if ":" in line:
        line = "\n".join(
            _NEXT_LABEL.sub("\n", part) if _LINE_LABEL.match(part) else part
            for part in line.split("\n")
        )
        line = _COLON_SEAM.sub(lambda m: _colon_break(line, m), line)
        line = _HEADING_BEFORE.sub("\n", line)
    if _BULLET_HINT.search(line):
        line = _BULLET_SEAM.sub(_bullet, line)
    return line


def repair_paste(text: str) -> str:
    """Text with the line breaks a copy from a job board loses put back (see the module)."""
    return "\n".join(repair_line(line) for line in text.split("\n"))
