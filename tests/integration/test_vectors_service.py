"""The similarity service against real qdrant-client local mode and a real SQLite database."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from tests.support.fakes import RecordingVectors
from tests.support.vectors import (
    DATA_JD,
    DATA_RESUME,
    NURSE_JD,
    NURSE_RESUME,
    add_application,
    add_resume,
    add_user,
    archive,
    default_embedder,
    memory_index,
    new_session,
)
from tracker_core.db import make_engine, migrate
from tracker_core.vectors import (
    QdrantIndex,
    index_application,
    index_resume,
    rank_jobs_for_resume,
    rank_resumes_for_job,
    rebuild,
    remove_resume,
    similar_applications,
)
from tracker_core.vectors.index import Embedder, Space


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return default_embedder()


@pytest.fixture
def db() -> Iterator[Engine]:
    eng = make_engine("sqlite://")
    migrate(eng)
    yield eng
    eng.dispose()


pytestmark = pytest.mark.filterwarnings("ignore:Payload indexes have no effect:UserWarning")


@pytest.fixture(params=["per-user", "shared"])
def index(request: pytest.FixtureRequest) -> QdrantIndex:
    """Both layouts: local mode's collection per user, and a server's shared collection."""
    return memory_index(shared=request.param == "shared")


@pytest.fixture
def session(db: Engine) -> Iterator[Session]:
    with new_session(db) as s:
        yield s


def test_best_resume_for_a_job_comes_first_with_matching_sections(
    session: Session, index: QdrantIndex, embedder: Embedder
) -> None:
    uid = add_user(session, "a@example.com")
    data = add_resume(session, uid, "Data CV", DATA_RESUME)
    nurse = add_resume(session, uid, "Nursing CV", NURSE_RESUME)
    for r in (data, nurse):
        index_resume(index, embedder, uid, r)
    job = add_application(
        session, uid, company="Foo", position="Data Scientist", job_description=DATA_JD
    )

    ranked = rank_resumes_for_job(session, index, embedder, uid, application_id=job.id)

    assert [m.label for m in ranked] == ["Data CV", "Nursing CV"]
    assert ranked[0].score > ranked[1].score
    assert ranked[0].sections and ranked[0].sections[0].section in {
        "Skills",
        "Summary",
        "Experience",
    }
    pasted = rank_resumes_for_job(session, index, embedder, uid, jd_text=NURSE_JD)
    assert pasted[0].label == "Nursing CV"


def test_jobs_for_a_resume_skip_closed_archived_and_deleted(
    session: Session, index: QdrantIndex, embedder: Embedder
) -> None:
    uid = add_user(session, "a@example.com")
    resume = add_resume(session, uid, "Data CV", DATA_RESUME)
    good = add_application(
        session, uid, company="Foo", position="Data Scientist", job_description=DATA_JD
    )
    nurse = add_application(
        session, uid, company="Clinic", position="Nurse", job_description=NURSE_JD, status="applied"
    )
    rejected = add_application(
        session,
        uid,
        company="Bar",
        position="Data Scientist",
        job_description=DATA_JD,
        status="rejected",
    )
    archived = add_application(
        session, uid, company="Baz", position="Data Scientist", job_description=DATA_JD
    )
    archive(session, archived)
    for app in (good, nurse, rejected, archived):
        index_application(index, embedder, uid, app)

    ranked = rank_jobs_for_resume(session, index, embedder, uid, resume.id or 0)

    assert [(j.company, j.status) for j in ranked] == [("Foo", "saved"), ("Clinic", "applied")]


def test_changed_and_deleted_resumes_are_reflected(
    session: Session, index: QdrantIndex, embedder: Embedder
) -> None:
    uid = add_user(session, "a@example.com")
    cv = add_resume(session, uid, "CV", NURSE_RESUME)
    other = add_resume(session, uid, "Other", NURSE_RESUME)
    index_resume(index, embedder, uid, cv)
    index_resume(index, embedder, uid, other)
    cv.text = DATA_RESUME
    session.add(cv)
    session.commit()
    index_resume(index, embedder, uid, cv)

    ranked = rank_resumes_for_job(session, index, embedder, uid, jd_text=DATA_JD)
    assert ranked[0].label == "CV"
    assert all("nurse" not in s.text.lower() for s in ranked[0].sections)

    remove_resume(index, embedder, uid, cv.id or 0)
    session.delete(cv)
    session.commit()
    assert [
        m.label for m in rank_resumes_for_job(session, index, embedder, uid, jd_text=DATA_JD)
    ] == ["Other"]


def test_similar_applications_find_same_posting_and_same_role(
    session: Session, index: QdrantIndex, embedder: Embedder
) -> None:
    uid = add_user(session, "a@example.com")
    linkedin = add_application(
        session,
        uid,
        company="Foo Analytics",
        position="Data Scientist",
        job_description=DATA_JD,
        source="LinkedIn",
    )
    role = add_application(
        session,
        uid,
        company="ACME, Inc.",
        position="Sr. Data Engineer",
        url="https://jobs.acme.com/123",
    )
    unrelated = add_application(
        session, uid, company="Clinic", position="Nurse", job_description=NURSE_JD
    )
    for app in (linkedin, role, unrelated):
        index_application(index, embedder, uid, app)

    same_text = similar_applications(
        session,
        index,
        embedder,
        uid,
        company="Foo Analytics Ltd",  # the same text, copied from the company's own site
        position="Data Scientist",
        job_description=" ".join(DATA_JD.split()) + "\n",
    )
    same_role = similar_applications(
        session, index, embedder, uid, company="Acme", position="Senior Data Engineer"
    )
    same_link = similar_applications(
        session,
        index,
        embedder,
        uid,
        company="Other name",
        position="Whatever",
        url="http://www.jobs.acme.com/123/",
    )

    assert [m.application_id for m in same_text.matches] == [linkedin.id]
    assert any(r.startswith("Same posting") for r in same_text.matches[0].reasons)
    assert [m.application_id for m in same_role.matches] == [role.id]
    assert same_role.matches[0].reasons == ["Same role at the same company"]
    assert [m.reasons for m in same_link.matches] == [["Same posting: the same link"]]
    assert same_text.notice is None


def test_user_b_never_gets_user_a_points(
    session: Session, index: QdrantIndex, embedder: Embedder
) -> None:
    a = add_user(session, "a@example.com")
    b = add_user(session, "b@example.com")
    a_cv = add_resume(session, a, "A's data CV", DATA_RESUME)
    a_job = add_application(
        session,
        a,
        company="Foo",
        position="Data Scientist",
        job_description=DATA_JD,
        url="https://foo.com/j/1",
    )
    b_cv = add_resume(session, b, "B's nursing CV", NURSE_RESUME)
    index_resume(index, embedder, a, a_cv)
    index_application(index, embedder, a, a_job)
    index_resume(index, embedder, b, b_cv)
    space = Space.of(embedder)

    # B searches with exactly A's texts and ids, through every query and the raw index.
    assert [
        m.label for m in rank_resumes_for_job(session, index, embedder, b, jd_text=DATA_RESUME)
    ] == ["B's nursing CV"]
    assert rank_resumes_for_job(session, index, embedder, b, application_id=a_job.id) == []
    assert rank_jobs_for_resume(session, index, embedder, b, a_cv.id or 0) == []
    found = similar_applications(
        session,
        index,
        embedder,
        b,
        company="Foo",
        position="Data Scientist",
        job_description=DATA_JD,
        url="https://foo.com/j/1",
    )
    assert found.matches == []
    vector = [float(x) for x in embedder.embed([DATA_RESUME])[0]]
    for kind in ("resume", "job"):
        hits = index.search(space, b, kind, vector, 1000)
        assert all(h.payload["user_id"] == b for h in hits)
    assert index.count(space, b, "job") == 0
    rng = np.random.default_rng(0)  # whatever B searches for
    for query in rng.standard_normal((20, embedder.dim)):
        for kind in ("resume", "job"):
            hits = index.search(space, b, kind, [float(x) for x in query], 1000)
            assert {h.owner_id for h in hits} <= {b_cv.id}
    # B deleting A's resume id must not touch A's points.
    remove_resume(index, embedder, b, a_cv.id or 0)
    assert index.count(space, a, "resume") > 0


def test_wipe_then_rebuild_gives_the_same_ranking(
    db: Engine, embedder: Embedder, tmp_path: object
) -> None:
    from pathlib import Path

    from qdrant_client import QdrantClient

    folder = Path(str(tmp_path)) / "qdrant"
    with new_session(db) as s:
        uid = add_user(s, "a@example.com")
        for label, text in [("Data", DATA_RESUME), ("Nurse", NURSE_RESUME)]:
            add_resume(s, uid, label, text)
        add_application(s, uid, company="Foo", position="Data Scientist", job_description=DATA_JD)
        add_application(s, uid, company="Clinic", position="Nurse", job_description=NURSE_JD)
    index = QdrantIndex(QdrantClient(path=str(folder)), shared=False, where=str(folder))
    first = rebuild(db, index, embedder)
    again = rebuild(db, index, embedder)  # safe to run twice: same counts, no duplicates
    assert (again.resumes, again.applications, again.points) == (2, 2, first.points)
    with new_session(db) as s:
        before = rank_resumes_for_job(s, index, embedder, uid, jd_text=NURSE_JD)
        jobs_before = rank_jobs_for_resume(s, index, embedder, uid, before[0].resume_id)

    index.reset(Space.of(embedder))  # the vector store is wiped: nothing the user owns is lost
    assert index.count(Space.of(embedder), uid, "resume") == 0
    report = rebuild(db, index, embedder, uid)

    with new_session(db) as s:
        assert rank_resumes_for_job(s, index, embedder, uid, jd_text=NURSE_JD) == before
        assert rank_jobs_for_resume(s, index, embedder, uid, before[0].resume_id) == jobs_before
    assert (report.users, report.resumes, report.applications) == (1, 2, 2)
    index.client.close()

    # The next start of the app reads the same points back from the folder.
    reopened = QdrantIndex(QdrantClient(path=str(folder)), shared=False, where=str(folder))
    with new_session(db) as s:
        assert rank_resumes_for_job(s, reopened, embedder, uid, jd_text=NURSE_JD) == before
    reopened.client.close()


def test_a_wiped_store_heals_itself_on_the_next_search(
    session: Session, embedder: Embedder
) -> None:
    index = memory_index()
    uid = add_user(session, "a@example.com")
    add_resume(session, uid, "Data", DATA_RESUME)
    add_application(session, uid, company="Foo", position="Data Scientist", job_description=DATA_JD)

    ranked = rank_resumes_for_job(session, index, embedder, uid, jd_text=DATA_JD)
    jobs = rank_jobs_for_resume(session, index, embedder, uid, ranked[0].resume_id)

    assert [m.label for m in ranked] == ["Data"]
    assert [j.company for j in jobs] == ["Foo"]


def test_only_the_newest_version_of_a_resume_is_ranked(
    session: Session, index: QdrantIndex, embedder: Embedder
) -> None:
    from tracker_core.services.resumes import save_new_version

    uid = add_user(session, "a@example.com")
    old = add_resume(session, uid, "My CV", NURSE_RESUME)
    index_resume(index, embedder, uid, old)
    new = save_new_version(
        session=session,
        user_id=uid,
        resume_id=old.id or 0,
        text=DATA_RESUME,
        vectors=RecordingVectors(),
    )
    index_resume(index, embedder, uid, new)

    ranked = rank_resumes_for_job(session, index, embedder, uid, jd_text=NURSE_JD)

    assert [(m.resume_id, m.label) for m in ranked] == [(new.id, "My CV")]


def test_resumes_without_text_give_an_empty_ranking(
    session: Session, index: QdrantIndex, embedder: Embedder
) -> None:
    uid = add_user(session, "a@example.com")
    add_resume(session, uid, "Scanned CV", "")
    assert rank_resumes_for_job(session, index, embedder, uid, jd_text=DATA_JD) == []


def test_many_applications_are_narrowed_by_similarity_before_ranking(
    session: Session, index: QdrantIndex, embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker_core.vectors import queries

    monkeypatch.setattr(queries, "MAX_RERANK", 1)
    uid = add_user(session, "a@example.com")
    resume = add_resume(session, uid, "Data CV", DATA_RESUME)
    for company, jd in [("Clinic", NURSE_JD), ("Foo", DATA_JD), ("Ward", NURSE_JD)]:
        app = add_application(session, uid, company=company, position="Role", job_description=jd)
        index_application(index, embedder, uid, app)

    ranked = rank_jobs_for_resume(session, index, embedder, uid, resume.id or 0)

    assert [j.company for j in ranked] == ["Foo"]
