import pytest
from pydantic import BaseModel
from sqlalchemy import Engine

from tests.support.factories import make_user
from tests.support.fakes import RecordingVectors
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.models import ApplicationCreate
from tracker_core.services import analyses, resumes
from tracker_core.services.applications import create_application


class _Result(BaseModel):
    relevance: float
    matched_keywords: list[str]
    missing_keywords: list[str]
    recommendations: list[str]
    engine: str
    tokens_used: int | None = None


class CountingAnalyzer:
    """Counts engine calls; scores by how many posting words the resume shares."""

    def __init__(self, engine_name: str = "offline") -> None:
        self.calls = 0
        self.engine_name = engine_name

    def __call__(self, resume: str, jd: str, *, engine: str) -> _Result:
        self.calls += 1
        wanted = set(jd.lower().split())
        have = wanted & set(resume.lower().split())
        return _Result(
            relevance=round(10 * len(have) / len(wanted), 1),
            matched_keywords=sorted(have),
            missing_keywords=sorted(wanted - have),
            recommendations=[f"Mention {w}" for w in sorted(wanted - have)],
            engine=self.engine_name,
            tokens_used=42 if self.engine_name != "offline" else None,
        )


def test_resume_versions_keep_the_old_text(engine: Engine, settings: Settings) -> None:
    me = make_user(engine, settings)
    with user_session(engine, me.id) as s:
        v1 = resumes.create_resume(
            session=s, user_id=me.id, label="Data", text="python sql", vectors=RecordingVectors()
        )
        v2 = resumes.save_new_version(
            session=s,
            user_id=me.id,
            resume_id=v1.id or 0,
            text="python sql airflow",
            vectors=RecordingVectors(),
        )
        assert (v2.version, v2.parent_id) == (2, v1.id)
        assert [r.text for r in resumes.list_resumes(session=s, user_id=me.id)] == [
            "python sql airflow"
        ]
        assert len(resumes.list_resumes(session=s, user_id=me.id, latest_only=False)) == 2
        with pytest.raises(ValueError, match="empty"):
            resumes.create_resume(
                session=s, user_id=me.id, label="Blank", text="   ", vectors=RecordingVectors()
            )
        assert len(resumes.list_resumes(session=s, user_id=me.id, latest_only=False)) == 2


def test_other_users_resume_cannot_be_read_or_deleted(engine: Engine, settings: Settings) -> None:
    alice, bob = make_user(engine, settings), make_user(engine, settings)
    with user_session(engine, alice.id) as s:
        mine = resumes.create_resume(
            session=s, user_id=alice.id, label="A", text="python", vectors=RecordingVectors()
        )
    with user_session(engine, bob.id) as s:
        with pytest.raises(resumes.ResumeNotFound):
            resumes.get_resume(session=s, user_id=bob.id, resume_id=mine.id or 0)
        with pytest.raises(resumes.ResumeNotFound):
            resumes.delete_resume(
                session=s, user_id=bob.id, resume_id=mine.id or 0, vectors=RecordingVectors()
            )


def test_same_inputs_never_cost_a_second_engine_call(engine: Engine, settings: Settings) -> None:
    me = make_user(engine, settings)
    llm = CountingAnalyzer("gpt-4o-mini")
    with user_session(engine, me.id) as s:
        app = create_application(
            session=s,
            user_id=me.id,
            data=ApplicationCreate(company="Acme", position="Dev"),
            vectors=RecordingVectors(),
        )
        kwargs = {
            "session": s,
            "user_id": me.id,
            "job_description": "python kafka",
            "engine": "openai",
        }
        first = analyses.analyze_and_store(resume_text="python", analyzer=llm, **kwargs)
        again = analyses.analyze_and_store(resume_text="python", analyzer=llm, **kwargs)
        assert llm.calls == 1 and again.id == first.id and first.tokens_used == 42
        for_app = analyses.analyze_and_store(
            resume_text="python", analyzer=llm, application_id=app.id, **kwargs
        )
        assert llm.calls == 1 and for_app.application_id == app.id and for_app.tokens_used is None
        better = analyses.analyze_and_store(
            resume_text="python kafka", analyzer=llm, application_id=app.id, **kwargs
        )
        assert llm.calls == 2
        scores = [
            a.score for a in analyses.history(session=s, user_id=me.id, application_id=app.id or 0)
        ]
        assert scores == [5.0, 10.0] and better.missing_keywords == []


def test_offline_fallback_is_not_cached_as_an_openai_answer(
    engine: Engine, settings: Settings
) -> None:
    me = make_user(engine, settings)
    fallback = CountingAnalyzer("offline")  # OpenAI failed; the offline engine answered
    with user_session(engine, me.id) as s:
        for _ in range(2):
            analyses.analyze_and_store(
                session=s,
                user_id=me.id,
                resume_text="python",
                job_description="python",
                engine="openai",
                analyzer=fallback,
            )
    assert fallback.calls == 2


def test_empty_inputs_are_refused(engine: Engine, settings: Settings) -> None:
    me = make_user(engine, settings)
    with user_session(engine, me.id) as s, pytest.raises(ValueError, match="job description"):
        analyses.analyze_and_store(
            session=s,
            user_id=me.id,
            resume_text="python",
            job_description=" ",
            engine="offline",
            analyzer=CountingAnalyzer(),
        )
