"""A database the app cannot migrate: the page says migrating failed, not that it is down."""

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text
from streamlit.testing.v1 import AppTest

from tracker_core.db import make_engine


def test_the_app_says_the_migration_failed(new_app: Callable[[], AppTest], app_env: Path) -> None:
    engine = make_engine(f"sqlite:///{app_env}")
    with engine.begin() as conn:  # a newer release's revision, unknown to this one
        conn.execute(text("create table alembic_version (version_num varchar(32) primary key)"))
        conn.execute(text("insert into alembic_version values ('9999z')"))
    engine.dispose()
    at = new_app().run()
    assert not at.exception
    messages = [e.value for e in at.error]
    assert len(messages) == 1
    assert messages[0].startswith("Migrating the database (Alembic, to the newest revision) failed")
    assert "not reachable" not in messages[0]
