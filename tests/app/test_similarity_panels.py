"""The three similarity panels render what the service returns, and Qdrant's outage message."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tracker_core.vectors import (
    JobMatch,
    ResumeMatch,
    SectionMatch,
    SimilarApplication,
    SimilarResult,
)

DOWN = "Similarity search is unavailable: the Qdrant server at http://127.0.0.1:1 does not answer."


def _resume_panel(matches, error, fits=None, no_posting=False):
    from components.similarity import render_resume_ranking

    render_resume_ranking(matches, fits, error=error, no_posting=no_posting)


def _job_panel(matches, error, fits=None):
    from components.similarity import render_job_ranking

    render_job_ranking(matches, fits, error=error)


def _similar_panel(result, error):
    from components.similarity import render_similar_applications

    render_similar_applications(result, error=error)


# AppTest runs each panel function's source as a script, so it takes no annotations.


def _run(fn: object, *args: object) -> AppTest:
    at = AppTest.from_function(fn, args=args, default_timeout=20)  # type: ignore[arg-type]
    return at.run()


def test_resume_ranking_shows_order_scores_and_matching_sections() -> None:
    matches = [
        ResumeMatch(1, "Data CV", 0.82, [SectionMatch("Skills", "Python, SQL, statistics", 0.9)]),
        ResumeMatch(2, "Nursing CV", 0.31, []),
    ]
    at = _run(_resume_panel, matches, None, {1: 8.6, 2: 2.4})
    lines = [m.value for m in at.markdown]
    # The analyzer's 0-10 number, not the similarity: one scale on every page.
    assert lines[:2] == ["1. **Data CV** · 8.6 / 10 fit", "**Skills**"]
    assert "2. **Nursing CV** · 2.4 / 10 fit" in lines
    assert not any("%" in line for line in lines)
    assert at.expander[0].label == "Sections of Data CV that matched best"
    assert at.text[0].value == "Python, SQL, statistics"
    assert not at.exception


def test_resume_ranking_shows_the_outage_message_instead_of_results() -> None:
    at = _run(_resume_panel, [ResumeMatch(1, "Data CV", 0.8, [])], DOWN)
    assert [w.value for w in at.warning] == [DOWN]
    assert not at.markdown and not at.exception


def test_resume_ranking_without_resumes_says_what_to_do() -> None:
    at = _run(_resume_panel, [], None)
    assert "Upload one" in at.info[0].value


def test_resume_ranking_for_a_job_without_description_shows_no_fit() -> None:
    at = _run(_resume_panel, [], None, None, True)
    assert "No job description yet" in at.info[0].value
    assert not at.markdown


def test_job_ranking_lists_company_status_and_fit() -> None:
    matches = [JobMatch(7, "Foo", "Data Scientist", "applied", 0.75, [])]
    at = _run(_job_panel, matches, None, {7: 7.5})
    assert at.markdown[0].value == "1. **Data Scientist** at Foo · applied · 7.5 / 10 fit"
    assert [w.value for w in _run(_job_panel, matches, DOWN).warning] == [DOWN]


def test_a_job_without_description_gets_no_fit_number() -> None:
    matches = [
        JobMatch(7, "Foo", "Data Scientist", "applied", 0.75, []),
        JobMatch(8, "Sample Co", "Analyst", "saved", 0.48, []),
    ]
    at = _run(_job_panel, matches, None, {7: 7.5, 8: None})
    assert [m.value for m in at.markdown] == [
        "1. **Data Scientist** at Foo · applied · 7.5 / 10 fit"
    ]
    assert "1 application(s) without a job description" in at.caption[0].value


def test_similar_applications_warn_with_reasons_and_notice() -> None:
    match = SimilarApplication(
        3, "Acme", "Data Engineer", "saved", "LinkedIn", 0.9, ["Same role at the same company"]
    )
    result = SimilarResult([match], notice="Only names and links were compared.")
    at = _run(_similar_panel, result, None)
    assert at.warning[0].value == "You may already have this job:"
    assert at.markdown[0].value == (
        "- **Data Engineer** at Acme (from LinkedIn) · saved: Same role at the same company"
    )
    assert at.caption[0].value == "Only names and links were compared."
    empty = _run(_similar_panel, SimilarResult(), None)
    assert not empty.warning and not empty.markdown
