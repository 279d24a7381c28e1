"""How much pasted text the parser reads, and that hostile text of that size stays cheap."""

from __future__ import annotations

import pytest

from tests.support.cpu_limit import run_limited
from tracker_core.errors import InvalidInput
from tracker_core.jd_parser import parse_job_description
from tracker_core.services.postings import draft_application
from tracker_core.text.limits import MAX_POSTING_CHARS

# Text that once made the parser re-scan the line before every match: 42 KB of the first
# took 14 s, 84 KB 53 s.
HOSTILE = {
    "work-mode words": "remote hybrid onsite ",
    "amounts": "Salary: $100,000 - $120,000 a year, 90,000 120,000 EUR €50.000 60.000 ",
    "years": "5+ years of experience ",
    "glued headings": "Job descriptionA leading firm per weekBenefits:Paid time off ",
    "titles": "We are seeking a Senior Data Engineer to join. Job Title: Nurse\n",
}


@pytest.mark.parametrize("phrase", HOSTILE.values(), ids=HOSTILE.keys())
def test_parsing_the_longest_accepted_posting_of_hostile_text_stays_cheap(phrase: str) -> None:
    code = (
        "limit_cpu(10)  # from the start: imports and parsing together\n"
        "from tracker_core.jd_parser import parse_job_description\n"
        "from tracker_core.text.limits import MAX_POSTING_CHARS\n"
        f"text = ({phrase!r} * MAX_POSTING_CHARS)[:MAX_POSTING_CHARS]\n"
        "assert len(text) == MAX_POSTING_CHARS\n"
        "parse_job_description(text)\n"
        "print('parsed')\n"
    )
    done = run_limited(code)
    assert done.returncode == 0 and "parsed" in done.stdout, done.stderr[-2000:]


def test_a_posting_longer_than_the_limit_is_refused_with_a_message() -> None:
    with pytest.raises(InvalidInput) as raised:
        draft_application("Data Engineer\n" + "x" * MAX_POSTING_CHARS)
    assert raised.value.field == "job_description"
    assert "50,000 characters" in raised.value.message


def test_a_posting_of_exactly_the_limit_is_read() -> None:
    text = "Data Engineer\nSalary: $90,000 - $120,000 a year\n"
    draft = draft_application(text + " " * (MAX_POSTING_CHARS - len(text)))
    assert draft.fields["position"] == "Data Engineer"
    assert (draft.fields["salary_min"], draft.fields["salary_max"]) == (90000, 120000)


def test_the_parser_reads_no_further_than_the_limit() -> None:
    filler = "We build tools for teams.\n" * (MAX_POSTING_CHARS // 26 + 1)
    job = parse_job_description(filler + "Salary: $90,000 - $120,000 a year")
    assert job.salary_min is None
