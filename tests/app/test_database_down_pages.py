"""The database going away mid-session: every page shows the app's sentence, not a trace."""

from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components.errors import PAGE_DB_DOWN
from tests.support.app import seed_application, sign_up

PAGES = ["board", "table", "detail", "stages", "trash", "stats", "prep", "resumes"]


def _break(db: Path) -> None:
    """The database file replaced by garbage, and the app's pooled connections dropped."""
    from components.runtime import _engine

    _engine(f"sqlite:///{db}").dispose()
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    db.write_bytes(b"not a database " * 512)


@pytest.mark.parametrize("page", PAGES)
def test_a_page_loaded_while_the_database_is_down_says_so(
    new_app: Callable[[], AppTest], app_env: Path, page: str
) -> None:
    at = sign_up(new_app().run())
    app_id = seed_application(app_env, at.session_state["auth_user"].id)
    _break(app_env)
    at.switch_page(f"app_pages/{page}.py")
    at.query_params["id"] = str(app_id)
    at.run()
    assert not at.exception
    assert PAGE_DB_DOWN in [e.value for e in at.error]
