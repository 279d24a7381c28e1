"""Two table edits saved at the same moment from the same version: one wins, one is told.

Both read the row before either writes (a barrier right after the read), which is the window
in which a check-then-write lost one of the two edits on Postgres.
"""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import Engine

from tests.support import make_user
from tests.support.fakes import RecordingVectors
from tracker_core import repositories as repo
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.models import ApplicationCreate
from tracker_core.services import applications as svc

pytestmark = pytest.mark.postgres


def test_racing_edits_from_one_version_save_one_and_refuse_the_other(
    pg_engine: Engine, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    me = make_user(pg_engine, settings)
    with user_session(pg_engine, me.id) as s:
        app = svc.create_application(
            session=s,
            user_id=me.id,
            data=ApplicationCreate(company="Acme", position="Dev"),
            vectors=RecordingVectors(),
        )
        app_id = app.id
    assert app_id is not None
    both_read = threading.Barrier(2, timeout=10)
    read = repo.get_applications

    def read_then_wait(**kw: object) -> object:
        rows = list(read(**kw))  # type: ignore[arg-type]
        both_read.wait()
        return rows

    monkeypatch.setattr(repo, "get_applications", read_then_wait)
    outcomes: dict[str, str] = {}

    def save(note: str) -> None:
        with user_session(pg_engine, me.id) as s:
            try:
                svc.update_fields(
                    session=s,
                    user_id=me.id,
                    application_id=app_id,
                    changes={"notes": note},
                    expected_version=1,
                    vectors=RecordingVectors(),
                )
                outcomes[note] = "saved"
            except svc.StaleEdit:
                outcomes[note] = "stale"

    threads = [threading.Thread(target=save, args=(n,)) for n in ("from tab A", "from tab B")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    monkeypatch.undo()
    assert sorted(outcomes.values()) == ["saved", "stale"]
    winner = next(n for n, o in outcomes.items() if o == "saved")
    with user_session(pg_engine, me.id) as s:
        (stored,) = read(session=s, user_id=me.id, application_ids=[app_id])
        assert (stored.notes, stored.version) == (winner, 2)
