"""Parser checks against our own realistic postings (tests/postings.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.postings import POSTINGS
from tests.postings_more import FRESH_POSTINGS, MORE_POSTINGS, same_text
from tracker_core.jd_parser import ParsedJob, parse_job_description

IDS = [p["id"] for p in POSTINGS]
ALL = [*POSTINGS, *MORE_POSTINGS, *FRESH_POSTINGS]


def _cases(field: str) -> list[Any]:
    """Every posting, a known miss of this field marked as an expected failure."""
    return [
        pytest.param(
            p,
            id=p["id"],
            marks=pytest.mark.xfail(strict=True, reason=p["known_misses"][field])
            if field in p.get("known_misses", {})
            else (),
        )
        for p in ALL
    ]


def _parsed(posting: dict[str, Any]) -> ParsedJob:
    return parse_job_description(posting["text"])


@pytest.mark.parametrize("posting", _cases("salary"))
def test_salary(posting: dict[str, Any]) -> None:
    job = _parsed(posting)
    expected = posting["expect"].get("salary", "unset")
    if expected == "unset":
        pytest.skip("posting has no salary expectation")
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
    if "company" not in posting["expect"]:
        pytest.skip("no company named")
    company = _parsed(posting).company
    assert same_text(company, posting["expect"]["company"]), company


@pytest.mark.parametrize("posting", _cases("location"))
def test_location(posting: dict[str, Any]) -> None:
    if "location" not in posting["expect"]:
        pytest.skip("no location named")
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
