"""Undo: a typed record of what was done, and undo() puts everything back as it was."""

import pickle

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from tests.support.factories import make_user
from tests.support.fakes import RecordingVectors
from tracker_core import repositories as repo
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.errors import NotFound
from tracker_core.models import ApplicationCreate
from tracker_core.services import applications as svc
from tracker_core.services import undo


def _apps(s: Session, user_id: str, *statuses: str) -> list[int]:
    ids = []
    for i, status in enumerate(statuses):
        data = ApplicationCreate(company=f"Co {i}", position="Dev", status=status)
        app = svc.create_application(
            session=s, user_id=user_id, data=data, vectors=RecordingVectors()
        )
        assert app.id is not None
        ids.append(app.id)
    return ids


def _statuses(s: Session, user_id: str, ids: list[int]) -> list[str]:
    got = {
        a.id: a.status
        for a in repo.get_applications(session=s, user_id=user_id, application_ids=ids)
    }
    return [got[i] for i in ids]


def test_a_move_records_the_stages_left_and_undo_moves_them_back(
    engine: Engine, settings: Settings
) -> None:
    me = make_user(engine, settings)
    with user_session(engine, me.id) as s:
        a, b = _apps(s, me.id, "saved", "applied")
        record = undo.move(session=s, user_id=me.id, moves={a: "interview", b: "interview"})
        assert record.action == "move" and record.application_ids == (a, b)
        assert record.previous_statuses == {a: "saved", b: "applied"}
        assert _statuses(s, me.id, [a, b]) == ["interview", "interview"]
        undo.undo(session=s, user_id=me.id, record=record, vectors=RecordingVectors())
        assert _statuses(s, me.id, [a, b]) == ["saved", "applied"]
        history = repo.list_status_changes(session=s, user_id=me.id, application_id=b)
        assert [(h.from_status, h.to_status) for h in history][-2:] == [
            ("applied", "interview"),
            ("interview", "applied"),
        ]


def test_an_application_already_in_the_stage_is_left_alone_by_undo(
    engine: Engine, settings: Settings
) -> None:
    me = make_user(engine, settings)
    with user_session(engine, me.id) as s:
        a, b = _apps(s, me.id, "saved", "interview")
        record = undo.move(session=s, user_id=me.id, moves={a: "interview", b: "interview"})
        assert record.previous_statuses == {a: "saved"}
        undo.undo(session=s, user_id=me.id, record=record, vectors=RecordingVectors())
        assert _statuses(s, me.id, [a, b]) == ["saved", "interview"]


@pytest.mark.parametrize("action", ["archive", "trash"])
def test_archive_and_trash_are_undone(engine: Engine, settings: Settings, action: str) -> None:
    me = make_user(engine, settings)
    with user_session(engine, me.id) as s:
        ids = _apps(s, me.id, "saved", "applied")
        if action == "trash":
            record = undo.trash(
                session=s, user_id=me.id, application_ids=ids, vectors=RecordingVectors()
            )
        else:
            record = undo.archive(session=s, user_id=me.id, application_ids=ids)
        assert record.action == action and record.application_ids == tuple(ids)
        assert svc.list_applications(session=s, user_id=me.id) == []
        undo.undo(session=s, user_id=me.id, record=record, vectors=RecordingVectors())
        assert sorted(a.id or 0 for a in svc.list_applications(session=s, user_id=me.id)) == ids


def test_the_record_carries_its_words_and_survives_session_state(
    engine: Engine, settings: Settings
) -> None:
    me = make_user(engine, settings)
    with user_session(engine, me.id) as s:
        (a,) = _apps(s, me.id, "saved")
        record = undo.archive(session=s, user_id=me.id, application_ids=[a])
    described = record.described("Archived Co 0: Dev.", "Co 0: Dev is back on the board.")
    assert (described.done, described.undone) == (
        "Archived Co 0: Dev.",
        "Co 0: Dev is back on the board.",
    )
    assert pickle.loads(pickle.dumps(described)) == described


def test_undo_of_someone_elses_application_is_not_found(engine: Engine, settings: Settings) -> None:
    me, other = make_user(engine, settings), make_user(engine, settings)
    with user_session(engine, me.id) as s:
        (a,) = _apps(s, me.id, "saved")
        record = undo.trash(
            session=s, user_id=me.id, application_ids=[a], vectors=RecordingVectors()
        )
    with user_session(engine, other.id) as s, pytest.raises(NotFound):
        undo.undo(session=s, user_id=other.id, record=record, vectors=RecordingVectors())
