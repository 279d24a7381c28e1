"""The database itself refuses cross-user child rows, and the app's login role cannot escape RLS."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError

from tests.support.factories import make_user, new_application
from tracker_core.config import Settings
from tracker_core.db import make_engine, migrate, user_session
from tracker_core.models import (
    USER_TABLES,
    Analysis,
    Application,
    ApplicationTag,
    Interview,
    PracticeAttempt,
    PrepStory,
    Resume,
    ResumeFile,
    StatusChange,
)
from tracker_core.services.auth import LocalAuth, SessionTokens


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_engine(request: pytest.FixtureRequest) -> Iterator[Engine]:
    yield request.getfixturevalue("engine" if request.param == "sqlite" else "pg_engine")


def _alices_application(engine: Engine, settings: Settings) -> tuple[str, str, int]:
    alice, bob = make_user(engine, settings).id, make_user(engine, settings).id
    with user_session(engine, alice) as s:
        app = new_application(s, alice)
    assert app.id is not None
    return alice, bob, app.id


@pytest.mark.parametrize("row", ["status change", "interview"])
def test_bob_cannot_attach_a_row_to_alices_application(
    any_engine: Engine, settings: Settings, row: str
) -> None:
    _, bob, app_id = _alices_application(any_engine, settings)
    with user_session(any_engine, bob) as s:
        if row == "status change":
            s.add(StatusChange(user_id=bob, application_id=app_id, to_status="offer"))
        else:
            s.add(Interview(user_id=bob, application_id=app_id))
        with pytest.raises((IntegrityError, DBAPIError), match="(?i)foreign key"):
            s.commit()


def _alices_resume_and_story(engine: Engine, alice: str) -> tuple[int, int]:
    with user_session(engine, alice) as s:
        resume, story = Resume(user_id=alice, label="Alice's", text="python"), None
        story = PrepStory(user_id=alice, title="Mentoring")
        s.add_all([resume, story])
        s.commit()
        assert resume.id is not None and story.id is not None
        return resume.id, story.id


@pytest.mark.parametrize(
    "row", ["tag", "resume file", "application's resume", "analysis's resume", "attempt's story"]
)
def test_bob_cannot_link_his_rows_to_alices_resume_story_or_application(
    any_engine: Engine, settings: Settings, row: str
) -> None:
    alice, bob, app_id = _alices_application(any_engine, settings)
    resume_id, story_id = _alices_resume_and_story(any_engine, alice)
    with user_session(any_engine, bob) as s:
        mine = new_application(s, bob)
        rows = {
            "tag": lambda: ApplicationTag(user_id=bob, application_id=app_id, name="stolen"),
            "resume file": lambda: ResumeFile(user_id=bob, resume_id=resume_id, data=b"x"),
            "application's resume": lambda: Application(
                user_id=bob, company="Mine", position="Mine", resume_id=resume_id
            ),
            "analysis's resume": lambda: Analysis(
                user_id=bob,
                resume_id=resume_id,
                jd_hash="j",
                input_hash="i",
                score=5,
                engine="offline",
            ),
            "attempt's story": lambda: PracticeAttempt(
                user_id=bob,
                question_key="q1",
                question_text="Why?",
                category="general",
                story_id=story_id,
                rating=3,
                application_id=mine.id,
            ),
        }
        s.add(rows[row]())
        with pytest.raises((IntegrityError, DBAPIError), match="(?i)foreign key"):
            s.commit()


def test_deleting_a_resume_clears_only_the_link_of_the_application_that_used_it(
    any_engine: Engine, settings: Settings
) -> None:
    alice, _, app_id = _alices_application(any_engine, settings)
    resume_id, _ = _alices_resume_and_story(any_engine, alice)
    with user_session(any_engine, alice) as s:
        app = s.get(Application, app_id)
        assert app is not None
        app.resume_id = resume_id
        s.add(app)
        s.commit()
        s.delete(s.get(Resume, resume_id))
        s.commit()
        s.expire_all()
        kept = s.get(Application, app_id)
        assert kept is not None and kept.resume_id is None and kept.user_id == alice


@pytest.fixture
def app_role_engine(pg_engine: Engine, pg_url: str) -> Iterator[Engine]:
    """An engine logged in as a fresh app role: member of authenticated and tracker_system."""
    role = f"tracker_app_{uuid.uuid4().hex[:8]}"
    with pg_engine.connect() as conn:
        conn.execute(text(f"CREATE ROLE {role} LOGIN NOSUPERUSER NOCREATEROLE NOBYPASSRLS"))
        conn.execute(text(f"GRANT authenticated, tracker_system TO {role}"))
        conn.commit()
    eng = make_engine(make_url(pg_url).set(username=role).render_as_string(hide_password=False))
    yield eng
    eng.dispose()
    with pg_engine.connect() as conn:
        conn.execute(text(f"DROP OWNED BY {role}"))
        conn.execute(text(f"DROP ROLE {role}"))
        conn.commit()


@pytest.mark.postgres
def test_the_app_role_runs_the_app_but_cannot_set_role_postgres(
    app_role_engine: Engine, pg_engine: Engine, settings: Settings
) -> None:
    alice, _, _ = _alices_application(pg_engine, settings)
    migrate(app_role_engine)  # the app's start-up migration: the schema is current, it only reads
    # Signing up, in and a session work with the app role's own rights.
    auth = LocalAuth(app_role_engine, settings)
    bob = auth.sign_up(f"bob-{uuid.uuid4().hex[:6]}@example.com", "s3cret-pass")
    assert auth.sign_in(bob.user.email, "s3cret-pass", client="192.0.2.5").user.id == bob.user.id
    tokens = SessionTokens(app_role_engine, settings)
    assert tokens.read(tokens.issue(bob)) is not None
    with user_session(app_role_engine, bob.user.id) as s:
        mine = new_application(s, bob.user.id)
        assert mine.id is not None
        with pytest.raises(DBAPIError, match="permission denied to set role"):
            s.execute(text("SET ROLE postgres"))
        s.rollback()
        # Even back in the login role's own rights, nobody's applications are readable.
        s.execute(text("RESET ROLE"))
        for table in USER_TABLES:
            if table in ("auth_sessions", "vector_stale_marks"):
                continue
            seen = s.execute(
                text(f"select count(*) from {table} where user_id = :a"), {"a": alice}
            ).scalar_one()
            assert seen == 0, table
