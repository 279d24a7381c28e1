"""The parser and the analyzer read a number of years the same way: one pattern, one table."""

from __future__ import annotations

import pytest

from tracker_core.analysis import analyze_resume
from tracker_core.analysis.requirements import extract_requirements
from tracker_core.embeddings import Embedder
from tracker_core.jd_parser import parse_job_description
from tracker_core.text.numbers import NUM_WORDS, YEARS_RE, number_value


def _posting(phrase: str) -> str:
    return f"Site Manager\n\nRequirements:\n- {phrase} of experience as a site manager\n"


@pytest.mark.parametrize(
    ("phrase", "years"),
    [
        ("eleven years", 11),
        ("twenty years", 20),
        ("Eleven (11) years", 11),
        ("5+ yrs", 5),
        ("two to four years", 2),
        ("fifteen plus years", 15),
        ("2-year", 2),
        ("one-year", 1),
    ],
)
def test_parser_and_analyzer_read_the_same_years(phrase: str, years: int) -> None:
    posting = _posting(phrase)
    assert parse_job_description(posting).years_experience == years
    assert [r.years for r in extract_requirements(posting) if r.years is not None] == [years]


def test_every_number_word_is_read_as_its_value() -> None:
    for word, value in NUM_WORDS.items():
        match = YEARS_RE.search(f"at least {word} years")
        assert match is not None, word
        assert number_value(match["n"]) == value


def test_a_hyphenated_year_is_time_in_the_role_named_after_it(embedder: Embedder) -> None:
    posting = (
        "Codec Engineer\n\nRequired Experience:\n"
        "- Minimum 2-year previous experience operating as a Codec Engineer or in a similar "
        "position\n- Minimum of 1-year experience as Packaging and Filling Machine Operators\n"
    )
    resume = "Job title: Codec Engineer\nJob duration: 2019 - 2023\n- Tuned video codecs."
    result = analyze_resume(resume, posting, embedder=embedder)
    codec, packing = result.years_checks
    assert "Codec" in codec.requirement and codec.required == 2 and codec.met
    assert "Packaging" in packing.requirement and packing.required == 1 and not packing.met
    assert "Packaging" not in result.missing_keywords + result.matched_keywords


def test_a_hyphenated_year_that_is_no_experience_is_not_read() -> None:
    posting = "Site Manager\n\nRequirements:\n- 3 years of experience\n- A 1-year contract\n"
    assert parse_job_description(posting).years_experience == 3
