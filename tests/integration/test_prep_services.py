"""Stories, practice attempts, chosen stories and debriefs on SQLite and Postgres, per user."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pydantic import ValidationError
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from tests.support import NOW, make_user
from tests.support.fakes import RecordingVectors
from tests.support.prep_postings import DATA, DATA_RESUME
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.models import PREP_TABLES, ApplicationCreate
from tracker_core.services import applications as apps
from tracker_core.services import interviews as ivs
from tracker_core.services import prep
from tracker_core.services.applications import NotFound


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest) -> Engine:
    name = "engine" if request.param == "sqlite" else "pg_engine"
    eng: Engine = request.getfixturevalue(name)
    return eng


def _story(db: Engine, user_id: str, title: str = "Payroll outage", **kw: object) -> int:
    data = prep.StoryIn.model_validate(
        {"title": title, "situation": "Export failed", "result": "Paid 400 people", **kw}
    )
    with user_session(db, user_id) as s:
        story = prep.add_story(session=s, user_id=user_id, data=data)
    assert story.id is not None
    return story.id


def _app(db: Engine, user_id: str, jd: str = DATA) -> int:
    data = ApplicationCreate(company="Northwind", position="Data Engineer", job_description=jd)
    with user_session(db, user_id) as s:
        app = apps.create_application(
            session=s, user_id=user_id, data=data, vectors=RecordingVectors()
        )
    assert app.id is not None
    return app.id


def test_stories_are_added_edited_searched_and_deleted(db: Engine, settings: Settings) -> None:
    me = make_user(db, settings).id
    sid = _story(db, me, tags="Ownership, SQL, ownership")
    _story(db, me, "Mentoring Ana", action="Paired every morning", tags=["leadership"])
    with user_session(db, me) as s:
        assert [t.title for t in prep.list_stories(session=s, user_id=me, search="sql")] == [
            "Payroll outage"
        ]
        assert prep.list_stories(session=s, user_id=me, search="paired morning")[0].title == (
            "Mentoring Ana"
        )
        edited = prep.edit_story(
            session=s,
            user_id=me,
            story_id=sid,
            data=prep.StoryIn(title="Payroll outage, 2024", tags=["ownership"]),
            now=NOW + timedelta(hours=1),
        )
        assert edited.tags == ["ownership"]
        assert prep.list_stories(session=s, user_id=me)[0].title == "Payroll outage, 2024"
        prep.delete_story(session=s, user_id=me, story_id=sid)
        assert [t.title for t in prep.list_stories(session=s, user_id=me)] == ["Mentoring Ana"]


def test_tags_are_cleaned_and_a_story_needs_a_title() -> None:
    assert prep.StoryIn(title="X", tags=" Team Work , SQL,,sql").tags == ["team work", "sql"]
    with pytest.raises(ValidationError):
        prep.StoryIn(title="  ")


def test_attempts_are_kept_with_their_rating_and_weak_ones_come_back_first(
    db: Engine, settings: Settings
) -> None:
    me = make_user(db, settings).id
    app_id = _app(db, me)
    with user_session(db, me) as s:
        plan = prep.plan_for_posting(session=s, user_id=me, posting=DATA)
        weak = plan.queue[3]
        prep.record_attempt(
            session=s,
            user_id=me,
            data=prep.AttemptIn(
                question_text=weak.text,
                category=weak.category,
                answer="I fixed it.",
                rating=2,
                application_id=app_id,
            ),
        )
        attempts = prep.list_attempts(session=s, user_id=me, application_id=app_id)
        assert [(a.question_text, a.rating) for a in attempts] == [(weak.text, 2)]
        again = prep.plan_for_application(session=s, user_id=me, application_id=app_id)
    assert again.queue[0] == weak


def test_an_interview_counts_down_and_brings_weak_answers_back_more_often(
    db: Engine, settings: Settings
) -> None:
    me = make_user(db, settings).id
    app_id = _app(db, me)
    with user_session(db, me) as s:
        plan = prep.plan_for_application(session=s, user_id=me, application_id=app_id)
        assert plan.interview is None and plan.days_left is None
        weak = plan.queue[1]
        prep.record_attempt(
            session=s,
            user_id=me,
            data=prep.AttemptIn(question_text=weak.text, rating=1, application_id=app_id),
        )
        ivs.add_interview(
            session=s,
            user_id=me,
            application_id=app_id,
            data=ivs.InterviewIn(scheduled_at=NOW + timedelta(days=2, hours=3), kind="panel"),
        )
        near = prep.plan_for_application(session=s, user_id=me, application_id=app_id)
    assert near.days_left == 2 and near.interview is not None
    assert near.queue[0] == weak and near.queue.count(weak) == 3


def test_chosen_stories_and_the_debrief_after_an_outcome(db: Engine, settings: Settings) -> None:
    me = make_user(db, settings).id
    app_id, sid = _app(db, me), _story(db, me, tags=["apache spark"])
    with user_session(db, me) as s:
        plan = prep.plan_for_application(session=s, user_id=me, application_id=app_id)
        q = plan.questions[1]
        prep.choose_stories(
            session=s, user_id=me, application_id=app_id, question=q, story_ids=[sid]
        )
        interview = ivs.add_interview(
            session=s,
            user_id=me,
            application_id=app_id,
            data=ivs.InterviewIn(scheduled_at=NOW - timedelta(days=1), outcome="passed"),
        )
        assert interview.id is not None
        plan = prep.plan_for_application(session=s, user_id=me, application_id=app_id)
        assert plan.chosen[q.key] == [sid]
        assert [i.id for i in plan.to_debrief] == [interview.id]
        prep.record_debrief(
            session=s,
            user_id=me,
            interview_id=interview.id,
            items=[prep.DebriefItem(question_text=q.text, came_up=True, went=4)],
        )
        rows = prep.list_debrief(session=s, user_id=me, interview_id=interview.id)
        assert [(r.text, r.came_up, r.went) for r in rows] == [(q.text, True, 4)]
        assert (
            prep.plan_for_application(session=s, user_id=me, application_id=app_id).to_debrief == []
        )


def test_the_plan_uses_the_applications_resume_for_gap_questions(
    db: Engine, settings: Settings
) -> None:
    from tracker_core.models import Resume

    me = make_user(db, settings).id
    app_id = _app(db, me)
    with user_session(db, me) as s:
        resume = Resume(user_id=me, label="CV", text=DATA_RESUME)
        s.add(resume)
        s.commit()
        plan = prep.plan_for_application(
            session=s, user_id=me, application_id=app_id, resume_id=resume.id
        )
    assert "Terraform" in [q.skill for q in plan.gaps]
    assert any(r.item == "Terraform" and not r.covered for r in plan.coverage)


def test_another_user_cannot_read_change_or_delete_prep_rows(
    db: Engine, settings: Settings
) -> None:
    alice, bob = make_user(db, settings).id, make_user(db, settings).id
    app_id, sid = _app(db, alice), _story(db, alice)
    with user_session(db, alice) as s:
        attempt = prep.record_attempt(
            session=s,
            user_id=alice,
            data=prep.AttemptIn(question_text="Why us?", rating=3, story_id=sid),
        )
        interview = ivs.add_interview(
            session=s, user_id=alice, application_id=app_id, data=ivs.InterviewIn(outcome="passed")
        )
    assert attempt.id is not None and interview.id is not None
    with user_session(db, bob) as s:
        assert prep.list_stories(session=s, user_id=bob) == []
        assert list(prep.list_attempts(session=s, user_id=bob)) == []
        with pytest.raises(NotFound):
            prep.edit_story(session=s, user_id=bob, story_id=sid, data=prep.StoryIn(title="pwned"))
        with pytest.raises(NotFound):
            prep.delete_story(session=s, user_id=bob, story_id=sid)
        with pytest.raises(NotFound):
            prep.delete_attempt(session=s, user_id=bob, attempt_id=attempt.id)
        with pytest.raises(NotFound):  # Bob cannot hang his attempt on Alice's story
            prep.record_attempt(
                session=s,
                user_id=bob,
                data=prep.AttemptIn(question_text="Q", rating=1, story_id=sid),
            )
        with pytest.raises(NotFound):
            prep.plan_for_application(session=s, user_id=bob, application_id=app_id)
        with pytest.raises(NotFound):
            prep.record_debrief(session=s, user_id=bob, interview_id=interview.id, items=[])
        with pytest.raises(NotFound):
            prep.list_debrief(session=s, user_id=bob, interview_id=interview.id)
        question = prep.plan_for_posting(session=s, user_id=bob, posting=DATA).questions[0]
        with pytest.raises(NotFound):  # not on Alice's application
            prep.choose_stories(
                session=s, user_id=bob, application_id=app_id, question=question, story_ids=[]
            )
        assert prep.resume_text(session=s, user_id=bob, resume_id=None) == ""
    bobs_app = _app(db, bob)
    with user_session(db, bob) as s, pytest.raises(NotFound):  # nor with Alice's story
        prep.choose_stories(
            session=s, user_id=bob, application_id=bobs_app, question=question, story_ids=[sid]
        )
    with user_session(db, alice) as s:
        assert [t.title for t in prep.list_stories(session=s, user_id=alice)] == ["Payroll outage"]
        assert len(prep.list_attempts(session=s, user_id=alice)) == 1


@pytest.mark.postgres
def test_prep_tables_have_row_level_security_and_raw_sql_cannot_cross_users(
    pg_engine: Engine, settings: Settings
) -> None:
    alice, bob = make_user(pg_engine, settings).id, make_user(pg_engine, settings).id
    sid = _story(pg_engine, alice)
    with user_session(pg_engine, alice) as s:
        prep.record_attempt(
            session=s, user_id=alice, data=prep.AttemptIn(question_text="Why us?", rating=3)
        )
    with pg_engine.connect() as conn:
        rls = conn.execute(
            text("select relname, relrowsecurity from pg_class where relname = any(:t)"),
            {"t": list(PREP_TABLES)},
        ).all()
    assert dict(rls) == dict.fromkeys(PREP_TABLES, True)
    with user_session(pg_engine, bob) as s:
        for table in PREP_TABLES:
            assert s.execute(text(f"select count(*) from {table}")).scalar_one() == 0
        changed = s.execute(
            text("update prep_stories set title = 'pwned' where id = :i"), {"i": sid}
        )
        deleted = s.execute(text("delete from prep_attempts"))
        assert changed.rowcount == 0 and deleted.rowcount == 0
        s.commit()
    with user_session(pg_engine, bob) as s, pytest.raises(DBAPIError, match="row-level security"):
        s.execute(
            text(
                "insert into prep_stories (user_id, title, situation, task, action, result, tags,"
                " created_at, updated_at) values (:u, 'X', '', '', '', '', '[]', now(), now())"
            ),
            {"u": alice},
        )
    with user_session(pg_engine, alice) as s:
        assert s.execute(text("select title from prep_stories")).scalar_one() == "Payroll outage"
        assert s.execute(text("select count(*) from prep_attempts")).scalar_one() == 1


def _prep_part(exported: str) -> dict[str, object]:
    import json

    doc = json.loads(exported)
    titles = {s.pop("id"): s["title"] for s in doc["stories"]}
    for a in doc["practice_attempts"]:
        a["story_id"] = titles.get(a["story_id"])
    return {"stories": doc["stories"], "practice_attempts": doc["practice_attempts"]}


def test_json_export_carries_stories_and_attempts_and_imports_them_back_unchanged(
    db: Engine, settings: Settings
) -> None:
    from tracker_core.services import transfer_json

    me, other = make_user(db, settings).id, make_user(db, settings).id
    app_id = _app(db, me)
    sid = _story(db, me, tags=["ownership", "sql"], task="Pay 400 people", action="Rebuilt it")
    with user_session(db, me) as s:
        prep.record_attempt(
            session=s,
            user_id=me,
            data=prep.AttemptIn(
                question_text="Tell me about a failure.",
                answer="At my last job I rebuilt the export.",
                rating=2,
                notes="too long",
                seconds=95,
                story_id=sid,
                application_id=app_id,
            ),
        )
        prep.record_attempt(
            session=s,
            user_id=me,
            data=prep.AttemptIn(question_text="Why us?", rating=4),
            now=NOW + timedelta(minutes=5),
        )
        exported = transfer_json.export_json(session=s, user_id=me)
    part = _prep_part(exported)
    assert [st["title"] for st in part["stories"]] == ["Payroll outage"]  # type: ignore[index]
    with user_session(db, other) as s:
        transfer_json.import_json(
            session=s, user_id=other, data=exported.encode(), vectors=RecordingVectors()
        )
        again = transfer_json.export_json(session=s, user_id=other)
        attempts = prep.list_attempts(session=s, user_id=other)
        assert attempts[0].application_id is not None  # linked to the imported application
        transfer_json.import_json(
            session=s, user_id=other, data=exported.encode(), vectors=RecordingVectors()
        )
        assert len(prep.list_attempts(session=s, user_id=other)) == 2  # not imported twice
    assert _prep_part(again) == part
