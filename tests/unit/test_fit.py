"""One fit number per resume and posting: the newest stored analysis, or one made and kept."""

from pydantic import BaseModel
from sqlalchemy import Engine

from tests.support.factories import make_user, new_application
from tests.support.fakes import RecordingVectors
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.services import analyses, fit, resumes


class _Result(BaseModel):
    relevance: float
    engine: str


class _Analyzer:
    def __init__(self, score: float, name: str = "offline") -> None:
        self.score, self.name, self.calls = score, name, 0

    def __call__(self, resume: str, jd: str, *, engine: str) -> _Result:
        self.calls += 1
        return _Result(relevance=self.score, engine=self.name)


def test_fit_is_the_stored_analysis_of_the_pair_or_one_made_once(
    engine: Engine, settings: Settings
) -> None:
    user = make_user(engine, settings)
    with user_session(engine, user.id) as s:
        cv = resumes.create_resume(
            session=s, user_id=user.id, vectors=RecordingVectors(), label="CV", text="python sql"
        )
        job = new_application(s, user.id, job_description="python kafka")
        bare = new_application(s, user.id, company="Bare")
        assert cv.id and job.id and bare.id
        offline = _Analyzer(6.0)
        pairs = [(cv.id, job.id), (cv.id, bare.id)]
        got = fit.fits(session=s, user_id=user.id, pairs=pairs, analyzer=offline)
        assert got == {(cv.id, job.id): 6.0, (cv.id, bare.id): None}  # no description: no fit
        fit.fits(session=s, user_id=user.id, pairs=pairs, analyzer=offline)
        assert offline.calls == 1  # kept, not made again on every page view

        # The user then asks the model on the analyzer page: every page shows that number.
        analyses.analyze_and_store(
            session=s,
            user_id=user.id,
            resume_text=cv.text,
            job_description=job.job_description,
            engine="openai",
            analyzer=_Analyzer(8.6, "gpt-4o-mini"),
            resume_id=cv.id,
            application_id=job.id,
        )
        again = fit.fits(session=s, user_id=user.id, pairs=pairs[:1], analyzer=offline)
        assert again == {(cv.id, job.id): 8.6}
