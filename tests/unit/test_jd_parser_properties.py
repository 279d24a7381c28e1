"""Properties of the parser on any text: it never raises, and a salary range never runs
backwards. Hypothesis builds postings from pieces of pay lines, derandomized so CI sees
the same cases every run."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker_core.jd_parser import parse_job_description
from tracker_core.jd_parser.salary import _CURRENCY_MARKERS, _RANGE_RE, _ranges

PIECES = [
    "Salary:", "Pay:", "Compensation", "OTE", "base", "up to", "from", "to", "-", "–", "~",
    "$", "€", "£", "USD", "EUR", "k", "K", "per hour", "/hr", "a year", "per annum", "p.a.",
    "90,000", "120,000", "90.000", "120.000", "100 000", "120 000", "1.234,56", "1,234.56",
    "18.50", "20", "45", "12-18 Lacs", "600万円", "0", "0.00", "2024", "5+ years", "remote",
    "hybrid", "\n", "Job Title:", "Benefits:", "is seeking a", "Engineer", ",", ".", "+",
]  # fmt: skip
SEPARATORS = [",", ".", " ", "\u202f", "'", ""]


@st.composite
def amounts(draw: st.DrawFn) -> str:
    """An amount as postings write it: '90,000', '90.000', '90 000', '18.50', '120k'."""
    value = draw(st.integers(min_value=0, max_value=2_000_000))
    sep = draw(st.sampled_from(SEPARATORS))
    text = f"{value:,}".replace(",", sep)
    return text + draw(st.sampled_from(["", "", ".50", ",50", "k", " million"]))


pay_lines = st.tuples(
    st.sampled_from(["Salary:", "Pay:", "Compensation", "Base", "OTE", ""]),
    st.sampled_from(["", "$", "€", "£", "up to ", "from "]),
    amounts(),
    st.sampled_from([" ", " - ", "-", " to ", " – ", " and ", "/"]),
    amounts(),
    st.sampled_from(["", " EUR", " USD", " per hour", " a year", "/month", " p.a."]),
).map("".join)
postings = st.lists(
    st.one_of(pay_lines, st.sampled_from(PIECES), st.text(max_size=6)), max_size=12
).map(" ".join)


@settings(
    derandomize=True,
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    database=None,
)
@given(postings)
def test_the_parser_never_raises_and_keeps_the_salary_range_in_order(text: str) -> None:
    job = parse_job_description(text)
    if job.salary_min is not None and job.salary_max is not None:
        assert job.salary_min <= job.salary_max
    for bound in (job.salary_min, job.salary_max):
        assert bound is None or bound > 0


LEADS = ["up to", "Up To", "upto", "to", "maximum of", "max", "from", "starting at",
         "Starting From", "minimum of", "min", "at least"]  # fmt: skip
pay_runs = st.lists(
    st.one_of(
        st.tuples(
            st.sampled_from(["", "x", "Salary: ", "²", "٣"]),
            st.sampled_from(["", *LEADS]),
            st.sampled_from(["", " ", "  ", "\t ", "\u2009", "\u3000\u3000", "\u00a0"]),
            st.sampled_from(["", *(m for m, _ in _CURRENCY_MARKERS)]),
            st.sampled_from(["", " "]),
            amounts(),
            st.sampled_from(["", " - ", " to ", "k", " per hour", " USD"]),
        ).map("".join),
        st.text(max_size=4),
    ),
    min_size=1,
    max_size=6,
).map("".join)


@settings(derandomize=True, max_examples=400, deadline=None, database=None)
@given(pay_runs)
def test_pay_is_read_near_digits_as_a_full_scan_reads_it(line: str) -> None:
    """The range pattern, tried only within reach of each digit, finds every amount and range
    a scan of the whole line finds, with the same lead word and currency."""
    full = [(m.span(), m.groupdict()) for m in _RANGE_RE.finditer(line)]
    assert [(m.span(), m.groupdict()) for m in _ranges(line)] == full


def test_amounts_written_side_by_side_are_a_range() -> None:
    """Issue 10 item 6: these raised ValueError or read one long number."""
    cases = {
        "Salary: 90,000 120,000 EUR": (90000, 120000, "EUR"),
        "Compensation 100 000 120 000 USD": (100000, 120000, "USD"),
        "€50.000 60.000": (50000, 60000, "EUR"),
    }
    for line, expected in cases.items():
        job = parse_job_description(f"Data Engineer\n{line}\n")
        assert (job.salary_min, job.salary_max, job.salary_currency) == expected, line
