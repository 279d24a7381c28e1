"""Parser checks against our own realistic postings (tests/data/postings)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from tests.support.postings import FRESH_POSTINGS, MORE_POSTINGS, POSTINGS, same_text
from tracker_core.jd_parser import ParsedJob, parse_job_description

IDS = [p["id"] for p in POSTINGS]
ALL = [*POSTINGS, *MORE_POSTINGS, *FRESH_POSTINGS]


def _cases(field: str) -> list[Any]:
    """Postings that say what this field should be, a known miss marked as an expected failure."""
    return [
        pytest.param(
            p,
            id=p["id"],
            marks=pytest.mark.xfail(strict=True, reason=p["known_misses"][field])
            if field in p.get("known_misses", {})
            else (),
        )
        for p in ALL
        if field in p["expect"]
    ]


def _parsed(posting: dict[str, Any]) -> ParsedJob:
    return parse_job_description(posting["text"])


@pytest.mark.parametrize("posting", _cases("salary"))
def test_salary(posting: dict[str, Any]) -> None:
    job = _parsed(posting)
    expected = posting["expect"]["salary"]
    got = (
        None
        if job.salary_min is None and job.salary_max is None
        else (job.salary_min, job.salary_max, job.salary_period)
    )
    assert got == (None if expected is None else tuple(expected))
    if "salary_currency" in posting["expect"]:
        assert job.salary_currency == posting["expect"]["salary_currency"]


@pytest.mark.parametrize("posting", _cases("remote"))
def test_remote_policy(posting: dict[str, Any]) -> None:
    assert _parsed(posting).remote == posting["expect"]["remote"]


@pytest.mark.parametrize("posting", _cases("title"))
def test_title(posting: dict[str, Any]) -> None:
    title = _parsed(posting).title
    assert same_text(title, posting["expect"]["title"]), title


@pytest.mark.parametrize("posting", _cases("company"))
def test_company(posting: dict[str, Any]) -> None:
    company = _parsed(posting).company
    assert same_text(company, posting["expect"]["company"]), company


@pytest.mark.parametrize("posting", _cases("location"))
def test_location(posting: dict[str, Any]) -> None:
    location = _parsed(posting).location
    assert same_text(location, posting["expect"]["location"]), location


@pytest.mark.parametrize("posting", POSTINGS, ids=IDS)
def test_other_fields(posting: dict[str, Any]) -> None:
    job = _parsed(posting)
    expect = posting["expect"]
    for field in ("employment_type", "seniority", "years_experience"):
        if field in expect:
            assert getattr(job, field) == expect[field], field
    if "deadline" in expect:
        assert job.deadline == dt.date.fromisoformat(expect["deadline"])


@pytest.mark.parametrize("posting", POSTINGS, ids=IDS)
def test_required_and_preferred_skills(posting: dict[str, Any]) -> None:
    job = _parsed(posting)
    assert set(posting["expect"].get("required", [])) <= set(job.required_skills)
    assert set(posting["expect"].get("preferred", [])) <= set(job.preferred_skills)
    assert not {s.casefold() for s in job.required_skills} & {
        s.casefold() for s in job.preferred_skills
    }


def test_html_scripts_never_leak_into_fields() -> None:
    html = next(p for p in POSTINGS if p["id"] == "html-job-board")["text"]
    dumped = parse_job_description(html).model_dump_json()
    assert "window.tracking" not in dumped
    assert "<" not in dumped


def test_empty_posting_says_nothing() -> None:
    job = parse_job_description("   ")
    assert job == ParsedJob()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Salary: DKK 45.000 pr. md.", (45000, 45000, "DKK", "month")),
        ("Løn: kr 600 000 per år, Oslo", (600000, 600000, "NOK", "year")),
        ("年収 600万円～900万円", (6000000, 9000000, "JPY", "year")),
        ("Package: ZAR 600k CTC", (600000, 600000, "ZAR", "year")),
        ("Salary: R25 000 per month", (25000, 25000, "ZAR", "month")),
        ("4-8 Yrs | 12-18 Lacs P.A. | Pune", (1200000, 1800000, "INR", "year")),
        ("Salário: R$ 8.000 a R$ 10.500 por mês", (8000, 10500, "BRL", "month")),
        ("Salario entre 30.000 y 35.000 euros brutos al año", (30000, 35000, "EUR", "year")),
        ("Wynagrodzenie: 9 000 - 11 000 zł brutto miesięcznie", (9000, 11000, "PLN", "month")),
        ("Salaris: € 3.500 - € 4.800 bruto per maand", (3500, 4800, "EUR", "month")),
        ("Pay: $250 per shift", (250, 250, "USD", "day")),
        ("Estimated pay: $2,450/week", (2450, 2450, "USD", "week")),
        ("Salario: 1.400 € netos/mes", (1400, 1400, "EUR", "month")),
        ("B2B: 18 000 – 24 000 PLN netto + VAT / mies.", (18000, 24000, "PLN", "month")),
        (
            "Pay: $0.58 - $0.64 per mile; drivers earn $1,300 - $1,500 per week",
            (1300, 1500, "USD", "week"),
        ),
        ("Pay: $0.60 per mile", (None, None, None, None)),
        # Real postings (LinkedIn, issue 16.4)
        ("Pay starts at $23.00 with progressions up to $24.00/hour", (23, 24, "USD", "hour")),
        (
            "Technician I: $35.89 - $52.04 per hour\nTechnician II: $41.29 - $59.86 per hour",
            (35.89, 59.86, "USD", "hour"),
        ),
        (
            "Target Pay Range: $33.77 - $38.00 hourly or $70,250 - $79,040 annually",
            (70250, 79040, "USD", "year"),
        ),
        (
            "Total Compensation: $190,000 - $195,000+/year\nLead a team of 4 to 5 underwriters "
            "and set their pay.",
            (190000, 195000, "USD", "year"),
        ),
        (
            "Senior Associate L1: 95,000- 128,000 USDSenior Associate L2: 108,000- 145,000 USD",
            (95000, 145000, "USD", "year"),
        ),
        ("Pay: $18-20/hour", (18, 20, "USD", "hour")),
        ("Salary: $140,000- $175,000 per annum", (140000, 175000, "USD", "year")),
    ],
)
def test_salary_wordings(line: str, expected: tuple[Any, ...]) -> None:
    job = parse_job_description(f"Job\n{line}\n")
    assert (job.salary_min, job.salary_max, job.salary_currency, job.salary_period) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Remote job: No\nTelework eligible: Yes", "hybrid"),
        ("Modalidad: Presencial", "onsite"),
        ("Tryb pracy: zdalna", "remote"),
        ("Wir bieten 2 Tage Homeoffice pro Woche", "hybrid"),
        ("Work mode: on-site, with one day of home office per month", "onsite"),
        ("<table><tr><td>Work location</td><td>In person</td></tr></table><p>x</p>", "onsite"),
        ("Based in Leeds, with two days a week at home.", "hybrid"),
        ("WFO 3 days a week, rest WFH.", "hybrid"),
        ("You will work from their Sandton offices five days a week.", "onsite"),
        ("勤務地：大阪市（週3出社）", "hybrid"),
        ("Free on-site parking and a staff canteen.", None),
        ("Home-based with travel across the North West.", "remote"),
        ("The company is remote-first, but this role is not.", "onsite"),
        ("You will be expected in the office Monday to Friday.", "onsite"),
        ("This is a virtual position open to candidates in Ohio.", "remote"),
        ("Location: Anywhere in the UK", "remote"),
        ("Drivers report to the Northside depot at 6am.", "onsite"),
        ("You will be in the office at least 60% of the time.", "hybrid"),
        ("Our studio is where the whole team works every day.", "onsite"),
        ("Poste en présentiel.", "onsite"),
        ("We are an office-first company.", "onsite"),
        ("The job is performed in a busy warehouse environment.", "onsite"),
        ("Home working available for up to two days a week.", "hybrid"),
        ("Arbeitsmodell: Remote oder hybrid, ganz wie du willst", "remote"),
        ("Based in the pharmacy on the high street.", "onsite"),
        ("Must be located within commuting distance of our Charlotte, NC office.", "onsite"),
        ("We work from the office Monday through Thursday and from home on Fridays.", "hybrid"),
        ("This is an in-office position, Monday through Thursday.", "onsite"),
        ("All work is done on-site caring for our guests.", "onsite"),
        ("Remote Customer Service Representative", "remote"),
        ("Remote US", "remote"),
        ("We are a remote-first company.", "remote"),
        ("We're a remote-first company, but this job is on site every shift.", "onsite"),
        ("We are a remote-first company.\nLocation: Reno, NV (On-site)", "onsite"),
        ("Remote or hybrid work, your choice.", "remote"),
        ("This position may be eligible for a hybrid telework schedule.", "hybrid"),
        ("The team is in the office Monday through Thursday; Fridays are flexible.", "hybrid"),
        ("Schedule: Monday to Friday flexible hours.", None),
        ("We spend around 60% of our time in our Leeds office and the rest at home.", "hybrid"),
        ("In the office on Mondays, the remainder of the week remotely.", "hybrid"),
        ("This is a branch-based role.", "onsite"),
        ("Courses are taught online; no campus attendance is required.", "remote"),
        ("Adjunct Instructor - Statistics (Online)", "remote"),
        ("You will report to our Denver office.", "onsite"),
        ("This is an in-store role.", "onsite"),
        ("You will be on site at our plant daily.", "onsite"),
        ("Open to candidates anywhere in Canada.", "remote"),
        ("Telework: Staff may telework up to two days per week once trained.", "hybrid"),
        ("This role is office-based Monday to Thursday with Fridays at home.", "hybrid"),
        ("Classes are held in person.", "onsite"),
        ("Occasional work from home may be possible.", "hybrid"),
        ("Some remote work is possible.", "hybrid"),
        ("Our Leeds team is based in our Wellington Place office.", "onsite"),
        # How public-sector, health, finance and retail employers put it.
        ("You'll split your time between our Cardiff office and home.", "hybrid"),
        ("Agile working, with your week split between head office, site and home.", "hybrid"),
        ("This post offers a combination of home and office working.", "hybrid"),
        ("A mix of home, office and community-based working.", "hybrid"),
        ("You will work a combination of on-campus and remote working.", "hybrid"),
        ("The Trust supports blended working.", "hybrid"),
        ("This role can be carried out partly from home.", "hybrid"),
        ("Office attendance: 40%", "hybrid"),
        # Real postings (LinkedIn): remote said in passing.
        ("You'll always be able to work remotely wherever you want.", "remote"),
        ("Given the remote nature of this position, manage your own time.", "remote"),
        ("This is a remote internship role for a Marketing Intern.", "remote"),
        ("Expected office attendance is 60% of your working time.", "hybrid"),
        ("We ask for 50% office attendance.", "hybrid"),
        ("Flexible working arrangements, including working from home, are available.", "hybrid"),
        ("Homeworking: this post is homeworking, with occasional travel to Leeds.", "remote"),
        ("This is a fully home working role.", "remote"),
        ("Please note this role does not offer home working.", "onsite"),
        ("You will be based at Queen Margaret Hospital.", "onsite"),
        ("You will be based at Hillcrest Primary School.", "onsite"),
        ("This role is based at our Sunderland Contact Centre.", "onsite"),
        ("You must be able to attend the office five days a week.", "onsite"),
    ],
)
def test_remote_wordings(text: str, expected: str | None) -> None:
    assert parse_job_description(text).remote == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Chef de Projet Digital H/F", "Chef de Projet Digital"),
        ("Steuerfachangestellter (m/w/d) in Teilzeit", "Steuerfachangestellter"),
        ("Data Engineer (f/m/x) - Berlin", "Data Engineer"),
        ("Registered Nurse - PRN - ICU", "Registered Nurse - ICU"),
        ("URGENT!! Python developer needed ASAP - 6 month contract", "Python developer"),
        ("*** NEW CONTRACT *** Senior Tester", "Senior Tester"),
        ("【契約社員】データアナリスト（SQL）", "データアナリスト（SQL）"),
        ("Gerente de Tienda Sr.", "Gerente de Tienda Sr."),
        ("We're hiring! 🚀 Backend Engineer (Go)", "Backend Engineer (Go)"),
        ("Support Engineer (Voice, Spanish) - Remote", "Support Engineer (Voice, Spanish)"),
        ("Fachperson Betreuung 60-80 %", "Fachperson Betreuung"),
        ("LOADER – NIGHTS – BASINGSTOKE", "Loader"),
        ("Field Service Engineer - Home-based, North West", "Field Service Engineer"),
        ("🌟 Assistant Store Manager 🌟", "Assistant Store Manager"),
        ("CDL-A Regional Truck Driver - Home Weekly", "CDL-A Regional Truck Driver"),
        ("Class A Driver - Home Daily - Dedicated Route", "Class A Driver"),
        ("Math Tutor (Online)", "Math Tutor"),
        ("School Counselor (K-5)", "School Counselor (K-5)"),
        ("Math Teacher (Grades 6-8)", "Math Teacher (Grades 6-8)"),
        ("Staff Nurse (Band 5)", "Staff Nurse"),
        ("Audit Senior, Financial Services\nHollis Grant LLP", "Audit Senior, Financial Services"),
    ],
)
def test_title_wordings(header: str, expected: str) -> None:
    title = parse_job_description(f"{header}\n\nWe are a small team.\n").title
    assert same_text(title, expected), title


def test_a_label_naming_no_role_loses_to_the_title_line() -> None:
    text = (
        "Middle School Science Teacher (2026-27 School Year)\nCedar Ridge USD\n\n"
        "Position: Grade 7 Science, Jefferson Middle School\n"
    )
    assert parse_job_description(text).title == "Middle School Science Teacher"
    labelled = "Acme Foods\n\nJob Title: Line Cook\n"
    assert parse_job_description(labelled).title == "Line Cook"


@pytest.mark.parametrize(
    ("title", "body", "level"),
    [
        ("Staff Software Engineer, Payments", "", "principal"),
        ("Critical Care Staff Nurse (Band 6)", "Our staff are our strength.", None),
        ("Executive Assistant to the CEO", "", None),
        ("Account Executive, Mid-Market", "", None),
        ("QA Engineer", "You will report to the QA Manager and lead test planning.", None),
        ("Data Engineer", "Seniority level\nMid-Senior level\n", "senior"),
        ("Medior Backend Developer", "", "mid"),
    ],
)
def test_seniority_comes_from_the_title_or_a_level_line_not_prose(
    title: str, body: str, level: str | None
) -> None:
    job = parse_job_description(f"{title}\n\n{body}\nRequirements:\n- Python")
    assert job.seniority == level


@pytest.mark.parametrize(
    "text",
    [
        "We build hybrid cloud infrastructure for banks.",
        "Hybrid Cloud Engineer",
        "Our platform manages two million remote devices.",
        "Experience with remote patient monitoring is a plus.",
        "Remote Sensing Analyst",
        "You will lead remote troubleshooting of field equipment.",
        "Interviews are held in person at our Brickell office.",
        "Join us at our in-person events twice a year.",
        "Provide on-site support to customers after installation.",
        "Office Manager",
        "Strong Microsoft Office skills and front office experience.",
        "Occasional travel to client sites.",
        "Our 32-bed unit uses continuous remote monitoring.",
        "Home office stipend and free on-site parking.",
        "Diagnose and repair hybrid and electric vehicles.",
        "We support remote and on-site customers alike.",
        "Experience with lab-based assays and school-based programs.",
        "Our fully online bank serves 2 million customers.",
        "This role reports to the Office Manager.",
        "Reporting to the Store Manager, you will lead a team of 12.",
        "You will be working in the office of the CFO.",
        "1+ year of experience in an office environment.",
        "Previous experience in a retail environment preferred.",
        "Experience in a hospital setting is a plus.",
        "Find out what is in store for you at Acme.",
        "Plan in-store promotions and window displays.",
        "We deliver anywhere in the UK within 24 hours.",
        "We make accounting software for home-based businesses.",
        "Train new hires on site safety procedures.",
        "We offer free in-office snacks and a work-from-home stipend.",
        "Run virtual sessions for families who cannot attend in person.",
        "Monthly remote work allowance for all staff.",
        "Collaborate with teams based in our London and Singapore offices.",
        "We advise clients in person, by phone and by video.",
        "Nurses see patients in person at our partner clinics.",
        "Appointments are available in person or by telephone.",
        "We sell a blend of home and office furniture.",
        "Our customers are a mix of home and office users.",
        "The position is based in Leeds City Centre.",
        "You will be based in Manchester.",
        "You must be able to attend the office for training when required.",
        "We offer flexible working hours and a generous pension.",
        "Split between two teams, you will support finance and HR.",
        "Help residents feel at home.",
        "Home working allowance of £26 a month.",
    ],
)
def test_incidental_work_mode_words_state_no_policy(text: str) -> None:
    """'hybrid cloud', 'remote monitoring', 'in-person interviews' are not a work mode."""
    assert parse_job_description(f"Job\n{text}\n").remote is None


def test_cue_prefilter_keeps_every_line_the_cue_regex_kept() -> None:
    """The substring prefilter of find_remote skips no line the old cue regex let through."""
    from tracker_core.jd_parser.work_mode import _has_cue

    cues = re.compile(
        r"remot|brid|hybr|office|home|site|person|wfh|wfo|distribut|telecommut|telework"
        r"|t[ée]l[ée]travail|teletrabajo|smart\s+working|thuis|mobil|anywhere|virtual|zdaln"
        r"|campus|commut|relocat|based|hospital|clinic|store|road|work|locat|report|days|field"
        r"|\bort\b|pr[äa]senz|pr[ée]sentiel|every\s+day|presencial|stacjonarn|sede|kantoor|place"
        r"|\bhq\b|headquarters|studio|\bhub\b|environment|setting|\(online|出社|在宅|リモート",
        re.IGNORECASE,
    )
    lines = [ln for p in ALL for ln in p["text"].split("\n")]
    lines += ["Ort: Berlin", "HQ", "Every day", "PRÄSENZ", "Télétravail", "週2出社", "(Online)"]
    assert all(_has_cue(ln) for ln in lines if cues.search(ln))
    assert not _has_cue("Requirements: Python, SQL and dbt")


def _holds_a_cue(seq: Any, cues: tuple[str, ...]) -> bool:
    """Whether every text a parsed pattern (re._parser) matches contains one of the cues:
    a run of its literals holds one, or a part it cannot do without does."""
    from re import _constants as sre

    runs = [""]
    for op, av in seq:
        if op is sre.LITERAL:
            runs[-1] += chr(av).lower()
        else:
            runs.append("")
    if any(cue in r for r in runs for cue in cues):
        return True
    for op, av in seq:
        if op is sre.SUBPATTERN and _holds_a_cue(av[3], cues):
            return True
        if op is sre.BRANCH and all(_holds_a_cue(alt, cues) for alt in av[1]):
            return True
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1 and _holds_a_cue(av[2], cues):
            return True
    return False


@pytest.mark.parametrize("name", ["HYBRID", "REMOTE", "NEG_REMOTE"])
def test_a_work_mode_pattern_is_tried_on_every_sentence_that_could_match_it(name: str) -> None:
    """_policy searches _HYBRID, _REMOTE and _NEG_REMOTE only in a sentence holding one of their
    cue words: each branch of the pattern must hold one, or a sentence stating it goes unread."""
    from re import _parser

    from tracker_core.jd_parser import work_mode

    pattern = getattr(work_mode, f"_{name}")
    cues = getattr(work_mode, f"{name}_CUES")
    ((op, (_, branches)),) = _parser.parse(pattern.pattern, pattern.flags).data
    assert len(branches) > 5  # the whole alternation was read, branch by branch
    missed = [b for b in branches if not _holds_a_cue(b, cues)]
    assert not missed
    assert not _holds_a_cue(_parser.parse(r"\bhybrid\b|work\s+from\s+here", 0).data, cues)
