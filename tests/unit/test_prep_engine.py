"""Story suggestions, the coverage grid, answer feedback and the practice order."""

from __future__ import annotations

from datetime import timedelta

from tests.support import NOW
from tracker_core.embeddings import Embedder
from tracker_core.prep import Question, StoryView
from tracker_core.prep.feedback import answer_feedback
from tracker_core.prep.schedule import AttemptMark, practice_order, repeats_for
from tracker_core.prep.suggest import coverage, suggest_stories

OUTAGE = StoryView(
    id=1,
    title="Payroll outage",
    situation="Our payroll export failed the night before pay day.",
    task="I had to get 400 people paid on time.",
    action="I rebuilt the export by hand and called the bank.",
    result="Everyone was paid on time and we added a nightly check.",
    tags=["ownership", "SQL"],
)
MENTOR = StoryView(
    id=2,
    title="Mentoring a new starter",
    situation="A junior colleague joined during our busiest month.",
    action="I paired with her every morning and wrote a checklist.",
    result="She ran the month-end close alone after six weeks.",
    tags=["leadership"],
)
GARDEN = StoryView(id=3, title="Allotment", situation="I grow tomatoes.", tags=["hobby"])


def _q(text: str, **kw: object) -> Question:
    return Question.model_validate(
        {"text": text, "category": "behavioural", "source": "bank", **kw}
    )


def test_a_tagged_story_comes_first_and_unrelated_stories_are_not_suggested(
    embedder: Embedder,
) -> None:
    q = _q("Tell me about someone you mentored.", competency="leadership", skill="leadership")
    got = suggest_stories([q], [GARDEN, OUTAGE, MENTOR], embedder=embedder)[q.key]
    assert got[0].story_id == MENTOR.id and got[0].reason == "tagged leadership"
    assert GARDEN.id not in [s.story_id for s in got]


def test_without_tags_the_closest_story_by_meaning_wins(embedder: Embedder) -> None:
    q = _q("Tell me about a mistake you made at work. How did you put it right?")
    got = suggest_stories([q], [GARDEN, MENTOR, OUTAGE], embedder=embedder)[q.key]
    assert [s.story_id for s in got] == [OUTAGE.id] and got[0].reason == "similar wording"


def test_coverage_shows_requirements_and_competencies_no_story_covers() -> None:
    rows = {
        r.item: r
        for r in coverage(["SQL", "Terraform"], ["leadership", "conflict"], [OUTAGE, MENTOR])
    }
    assert rows["SQL"].stories == ["Payroll outage"]
    assert rows["leadership"].stories == ["Mentoring a new starter"]
    assert not rows["Terraform"].covered and not rows["conflict"].covered


DATABASE = StoryView(
    id=4,
    title="Orders database move",
    situation="Our orders database ran out of disk at peak.",
    action="I planned the cut-over to a bigger cluster and rehearsed it twice.",
    tags=["PostgreSQL"],
)
CLUSTER = StoryView(
    id=5, title="Cluster upgrade", action="I upgraded our cluster with no downtime.", tags=["k8s"]
)


def test_a_skill_meets_a_tag_that_names_it_another_way(embedder: Embedder) -> None:
    # The posting's "Postgres" and "Kubernetes" are the stories' "PostgreSQL" and "k8s".
    q = _q("How have you run Postgres?", category="technical", source="posting", skill="Postgres")
    got = suggest_stories([q], [OUTAGE, CLUSTER, DATABASE], embedder=embedder)[q.key]
    assert got[0].story_id == DATABASE.id and got[0].reason == "tagged postgresql"
    rows = {r.item: r for r in coverage(["Postgres", "Kubernetes"], [], [DATABASE, CLUSTER])}
    assert rows["Postgres"].stories == ["Orders database move"]
    assert rows["Kubernetes"].stories == ["Cluster upgrade"]


def test_feedback_finds_star_parts_a_number_fillers_and_speaking_time() -> None:
    full = (
        "At my last job our payroll export failed the night before pay day. I had to get "
        "everyone paid. I rebuilt the file by hand and called the bank. As a result 400 people "
        "were paid on time, and um, basically we added a check, you know."
    )
    fb = answer_feedback(full)
    assert fb.star == {"situation": True, "task": True, "action": True, "result": True}
    assert fb.quantified
    assert fb.fillers == {"um": 1, "basically": 1, "you know": 1}
    assert fb.words == 47 and fb.seconds_to_say == 20  # 47 words at 140 a minute
    thin = answer_feedback("We fixed it together.", story_uses=5)
    assert not thin.star["action"] and not thin.quantified and thin.story_overused
    assert any("number" in t for t in thin.tips) and any("another" in t for t in thin.tips)


def test_weak_answers_come_first_and_more_often_as_the_interview_nears() -> None:
    qs = [_q(f"Question {i}?") for i in range(8)]
    marks = [
        AttemptMark(qs[5].key, 2, NOW - timedelta(days=1)),
        AttemptMark(qs[0].key, 1, NOW - timedelta(days=3)),
        AttemptMark(qs[0].key, 5, NOW - timedelta(days=1)),  # the latest rating counts
        AttemptMark(qs[1].key, 4, NOW),
    ]
    far = practice_order(qs, marks, days_left=None)
    assert far[0] == qs[5] and far.count(qs[5]) == 1 and len(far) == 8
    assert far.index(qs[1]) > far.index(qs[2])  # a strong answer after the unpractised ones
    near = practice_order(qs, marks, days_left=2)
    assert near[0] == qs[5] and near.count(qs[5]) == repeats_for(2) == 3
    assert set(near) == set(qs)
