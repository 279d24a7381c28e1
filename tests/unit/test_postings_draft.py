"""'Create application from this posting': the form's initial values and the summary line."""

from datetime import date

from tracker_core.jd_parser import ParsedJob
from tracker_core.services.postings import NOTHING_FOUND, draft_application, posting_summary
from tracker_core.services.validation import validate_application

POSTING = (
    "Senior Data Engineer\nCompany: Globex\nLocation: Berlin (hybrid)\n"
    "Salary: €70k–€85k per year\nApply by 2026-12-15.\n\nRequirements: Python, SQL, Airflow."
)


def test_a_posting_gives_valid_initial_values_and_a_readable_summary() -> None:
    draft = draft_application(POSTING)
    app = validate_application(draft.fields)
    assert (app.company, app.position) == ("Globex", "Senior Data Engineer")
    assert (app.salary_min, app.salary_max, app.deadline) == (70000, 85000, date(2026, 12, 15))
    assert draft.summary == (
        "Berlin (hybrid) · Hybrid · 70,000–85,000 EUR a year · Senior · apply by 2026-12-15"
    )
    assert "Python" in draft.parsed.required_skills


def test_the_summary_reads_as_a_person_would_write_it() -> None:
    parsed = ParsedJob(
        remote="remote",
        salary_min=65000,
        salary_max=80000,
        salary_currency="EUR",
        salary_period="year",
        seniority="senior",
        years_experience=5,
    )
    assert posting_summary(parsed) == "Remote · 65,000–80,000 EUR a year · Senior · 5+ years asked"


def test_one_amount_is_shown_once_and_an_empty_parse_says_so() -> None:
    assert posting_summary(ParsedJob(salary_min=50000, salary_max=50000)) == "50,000"
    assert posting_summary(ParsedJob(salary_max=90000, salary_currency="USD")) == "90,000 USD"
    assert posting_summary(ParsedJob()) == NOTHING_FOUND
