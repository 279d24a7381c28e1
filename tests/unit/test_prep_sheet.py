"""The prep sheet: top questions with their stories, gaps with answers, questions to ask, notes."""

from __future__ import annotations

from datetime import timedelta

from tests.support import NOW
from tests.support.prep_postings import ELECTRICIAN, ELECTRICIAN_RESUME
from tracker_core.embeddings import Embedder
from tracker_core.localtime import zone
from tracker_core.models import Interview
from tracker_core.prep import StoryView, questions_for
from tracker_core.prep.posting import read_posting
from tracker_core.prep.suggest import coverage, suggest_stories
from tracker_core.services.prep import PrepPlan
from tracker_core.services.prep_sheet import sheet_html, sheet_markdown

STORY = StoryView(
    id=7,
    title="Conveyor <fault> at night",
    action="I traced a failed PLC input card and swapped it.",
    result="Line back in 40 minutes.",
    tags=["plc", "problem solving"],
)


def _plan(embedder: Embedder) -> PrepPlan:
    questions = questions_for(ELECTRICIAN, ELECTRICIAN_RESUME, embedder=embedder)
    first = questions[0]
    return PrepPlan(
        title="Maintenance Electrician",
        company="Brightline",
        application_id=1,
        posting=ELECTRICIAN,
        questions=questions,
        stories=[STORY],
        suggestions=suggest_stories(questions, [STORY], embedder=embedder),
        coverage=coverage(["PLC", "CMMS"], ["teamwork"], [STORY]),
        chosen={first.key: [STORY.id]},
        queue=[q for q in questions if q.category != "ask"],
        interview=Interview(
            user_id="u", application_id=1, round=2, scheduled_at=NOW + timedelta(days=1)
        ),
        days_left=1,
        notes="Ask for Priya at the gate <b>",
        company_text=read_posting(ELECTRICIAN).company,
    )


def test_markdown_sheet_has_every_part_with_chosen_stories_and_honest_gap_answers(
    embedder: Embedder,
) -> None:
    plan = _plan(embedder)
    md = sheet_markdown(plan)
    assert md.startswith("# Interview prep: Maintenance Electrician at Brightline")
    assert "(tomorrow)" in md.split("\n")[2]
    top = md.split("## Top questions and the stories chosen")[1].split("\n## ")[0]
    assert f"1. {plan.queue[0].text}" in top and "- Story: Conveyor &lt;fault> at night" in top
    gaps = md.split("## Gaps and how to answer them")[1].split("\n## ")[0]
    for q in plan.gaps:
        assert q.text in gaps and (q.hint or "") in gaps
    assert "Not covered by any story yet" in gaps and "CMMS, teamwork" in gaps
    ask = md.split("## Questions to ask")[1].split("\n## ")[0]
    assert all(q.text in ask for q in plan.questions if q.category == "ask")
    notes = md.split("## Company notes")[1]
    assert "Ask for Priya" in notes and "recyclable food packaging" in notes


def test_printable_page_escapes_what_the_user_typed(embedder: Embedder) -> None:
    page = sheet_html(_plan(embedder))
    assert page.startswith("<!doctype html>") and "@media print" in page
    assert "Conveyor &lt;fault&gt; at night" in page and "<fault>" not in page
    assert "&lt;b&gt;" in page


def test_the_interview_time_is_in_the_users_zone(embedder: Embedder) -> None:
    heading = sheet_markdown(_plan(embedder), zone("Asia/Tokyo")).split("\n")[2]
    assert "Interview: Wednesday 25 November 2026, 21:00 JST" in heading
