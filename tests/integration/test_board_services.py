"""Board, stages, bulk moves, edits, archive, trash and samples, on SQLite and Postgres."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from pydantic import ValidationError
from sqlalchemy import Engine

from tests.support import NOW, make_user
from tests.support.fakes import RecordingVectors
from tracker_core import repositories as repo
from tracker_core.clock import FixedClock
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.models import ApplicationCreate
from tracker_core.services import applications as svc
from tracker_core.services import board, samples, stages


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest) -> Engine:
    name = "engine" if request.param == "sqlite" else "pg_engine"
    eng: Engine = request.getfixturevalue(name)
    return eng


@pytest.fixture
def add(db: Engine) -> Callable[..., int]:
    def _add(user_id: str, company: str = "Acme", **fields: object) -> int:
        data = ApplicationCreate.model_validate({"company": company, "position": "Dev", **fields})
        with user_session(db, user_id) as s:
            app = svc.create_application(
                session=s, user_id=user_id, data=data, vectors=RecordingVectors()
            )
        assert app.id is not None
        return app.id

    return _add


def _columns(db: Engine, user_id: str, **kw: object) -> dict[str, list[str]]:
    with user_session(db, user_id) as s:
        data = board.board_data(session=s, user_id=user_id, now=NOW, **kw)  # type: ignore[arg-type]
    return {c.stage.key: [card.company for card in c.cards] for c in data.columns}


def test_board_has_every_stage_in_order_with_cards_soonest_deadline_first(
    db: Engine, settings: Settings, add: Callable[..., int]
) -> None:
    me = make_user(db, settings)
    add(me.id, "Later", deadline=date(2026, 12, 20))
    add(me.id, "Sooner", deadline=date(2026, 11, 25))
    add(me.id, "Undated")
    add(me.id, "Interviewing", status="interview")
    columns = _columns(db, me.id)
    assert list(columns)[:3] == ["saved", "applied", "screening"]
    assert columns["saved"] == ["Sooner", "Later", "Undated"]
    assert columns["interview"] == ["Interviewing"]
    assert columns["offer"] == []


def test_cards_flag_overdue_and_soon_deadlines_and_count_days_in_stage(
    db: Engine, settings: Settings, add: Callable[..., int]
) -> None:
    me = make_user(db, settings)
    add(me.id, "Late", deadline=date(2026, 11, 23))
    add(me.id, "Soon", deadline=date(2026, 11, 27))
    add(me.id, "Far", deadline=date(2026, 12, 27))
    add(me.id, "Closed", deadline=date(2026, 11, 1), status="rejected")
    with user_session(db, me.id) as s:
        data = board.board_data(session=s, user_id=me.id, now=NOW + timedelta(days=2))
    cards = {card.company: card for c in data.columns for card in c.cards}
    states = {name: card.deadline_state for name, card in cards.items()}
    assert states == {"Late": "overdue", "Soon": "soon", "Far": "later", "Closed": "later"}
    assert cards["Late"].days_in_stage == 2  # created at NOW, board looked at 2 days later
    assert data.total == 4


def test_board_filters_by_text_over_company_position_and_notes(
    db: Engine, settings: Settings, add: Callable[..., int]
) -> None:
    me = make_user(db, settings)
    add(me.id, "Acme", notes="met their CTO at PyCon")
    add(me.id, "Globex", source="LinkedIn")
    assert _columns(db, me.id, filters=repo.Filters(text="pycon"))["saved"] == ["Acme"]
    assert _columns(db, me.id, filters=repo.Filters(source="linked"))["saved"] == ["Globex"]
    assert _columns(db, me.id, filters=repo.Filters(stages=("offer",)))["saved"] == []


def test_custom_stages_are_added_renamed_reordered_and_used_on_the_board(
    db: Engine, settings: Settings, add: Callable[..., int]
) -> None:
    me = make_user(db, settings)
    with user_session(db, me.id) as s:
        stages.add_stage(session=s, user_id=me.id, label="Take-home task", funnel_step="interview")
        stages.add_stage(session=s, user_id=me.id, label="Onsite", funnel_step="interview")
        with pytest.raises(stages.StageError, match="already a stage"):
            stages.add_stage(session=s, user_id=me.id, label="onsite", funnel_step="interview")
        with pytest.raises(stages.StageError, match="name"):
            stages.add_stage(session=s, user_id=me.id, label="  ", funnel_step="interview")
        stages.rename_stage(session=s, user_id=me.id, key="onsite", label="Final onsite")
        stages.move_stage(session=s, user_id=me.id, key="onsite", offset=-1)
        keys = [st.key for st in stages.list_stages(session=s, user_id=me.id)]
    assert keys[3:6] == ["interview", "onsite", "take_home_task"]
    app = add(me.id, "Acme")
    with user_session(db, me.id) as s:
        svc.change_status(session=s, user_id=me.id, application_id=app, to_status="onsite")
        data = board.board_data(session=s, user_id=me.id, now=NOW)
    onsite = next(c for c in data.columns if c.stage.key == "onsite")
    assert onsite.stage.label == "Final onsite" and onsite.count == 1


def test_an_unused_custom_stage_is_deleted_and_its_column_goes(
    db: Engine, settings: Settings
) -> None:
    me = make_user(db, settings)
    with user_session(db, me.id) as s:
        stages.add_stage(session=s, user_id=me.id, label="Take-home", funnel_step="interview")
        assert stages.delete_stage(session=s, user_id=me.id, key="take_home") == 0
        assert "take_home" not in stages.stage_keys(session=s, user_id=me.id)
        with pytest.raises(stages.StageError):
            stages.delete_stage(session=s, user_id=me.id, key="interview")  # a standard one


def test_a_used_stage_is_deleted_only_by_moving_its_applications_with_history(
    db: Engine, settings: Settings, add: Callable[..., int]
) -> None:
    me = make_user(db, settings)
    with user_session(db, me.id) as s:
        stages.add_stage(session=s, user_id=me.id, label="Take-home", funnel_step="interview")
    live, archived = add(me.id, "Live", status="take_home"), add(me.id, "Old", status="take_home")
    with user_session(db, me.id) as s:
        svc.set_archived(session=s, user_id=me.id, application_ids=[archived], archived=True)
        with pytest.raises(stages.StageError, match="2 application") as refused:
            stages.delete_stage(session=s, user_id=me.id, key="take_home")
        assert refused.value.field == "move_to"
        with pytest.raises(stages.StageError):
            stages.delete_stage(session=s, user_id=me.id, key="take_home", move_to="take_home")
        assert "take_home" in stages.stage_keys(session=s, user_id=me.id)
        moved = stages.delete_stage(session=s, user_id=me.id, key="take_home", move_to="interview")
        assert moved == 2
        assert "take_home" not in stages.stage_keys(session=s, user_id=me.id)
        for app_id in (live, archived):
            history = repo.list_status_changes(session=s, user_id=me.id, application_id=app_id)
            assert (history[-1].from_status, history[-1].to_status) == ("take_home", "interview")
    assert _columns(db, me.id)["interview"] == ["Live"]


def test_another_user_cannot_delete_my_stage_or_move_my_applications(
    db: Engine, settings: Settings, add: Callable[..., int]
) -> None:
    alice, bob = make_user(db, settings), make_user(db, settings)
    with user_session(db, alice.id) as s:
        stages.add_stage(session=s, user_id=alice.id, label="Take-home", funnel_step="interview")
    app = add(alice.id, "Alice's", status="take_home")
    with user_session(db, bob.id) as s:
        stages.add_stage(session=s, user_id=bob.id, label="Take-home", funnel_step="offer")
        assert stages.delete_stage(session=s, user_id=bob.id, key="take_home", move_to="offer") == 0
    with user_session(db, alice.id) as s:
        assert "take_home" in stages.stage_keys(session=s, user_id=alice.id)
        mine = repo.get_application(session=s, user_id=alice.id, application_id=app)
        assert mine is not None and mine.status == "take_home"


def test_move_many_records_each_move_and_undo_moves_back(
    db: Engine, settings: Settings, add: Callable[..., int]
) -> None:
    me = make_user(db, settings)
    a, b = add(me.id, "A"), add(me.id, "B", status="applied")
    with user_session(db, me.id) as s:
        previous = svc.move_many(session=s, user_id=me.id, moves={a: "interview", b: "interview"})
        assert previous == {a: "saved", b: "applied"}
        svc.move_many(session=s, user_id=me.id, moves=previous)
        history = repo.list_status_changes(session=s, user_id=me.id, application_id=a)
    assert [h.to_status for h in history] == ["saved", "interview", "saved"]
    assert _columns(db, me.id)["applied"] == ["B"]


def test_update_fields_saves_validates_and_refuses_a_stale_edit(
    db: Engine, settings: Settings, add: Callable[..., int]
) -> None:
    me = make_user(db, settings)
    app_id = add(me.id, "Acme")
    with user_session(db, me.id) as s:
        saved = svc.update_fields(
            session=s,
            user_id=me.id,
            application_id=app_id,
            changes={"position": "Staff Dev", "deadline": "2026-12-24", "status": "applied"},
            expected_version=1,
            vectors=RecordingVectors(),
        )
        assert (saved.position, saved.deadline, saved.status) == (
            "Staff Dev",
            date(2026, 12, 24),
            "applied",
        )
        with pytest.raises(ValidationError) as err:
            svc.update_fields(
                session=s,
                user_id=me.id,
                application_id=app_id,
                changes={"url": "not a url"},
                vectors=RecordingVectors(),
            )
        assert err.value.errors()[0]["loc"] == ("url",)
        with pytest.raises(svc.StaleEdit, match="another tab"):
            svc.update_fields(
                session=s,
                user_id=me.id,
                application_id=app_id,
                changes={"notes": "x"},
                expected_version=1,
                vectors=RecordingVectors(),
            )
        with pytest.raises(svc.InvalidStage):
            svc.update_fields(
                session=s,
                user_id=me.id,
                application_id=app_id,
                changes={"status": "hired!"},
                vectors=RecordingVectors(),
            )
        history = repo.list_status_changes(session=s, user_id=me.id, application_id=app_id)
    assert [h.to_status for h in history] == ["saved", "applied"]
    assert _columns(db, me.id)["applied"] == ["Acme"]


def test_archive_and_trash_hide_from_board_and_come_back(
    db: Engine, settings: Settings, add: Callable[..., int]
) -> None:
    me = make_user(db, settings)
    a, b = add(me.id, "Archived"), add(me.id, "Deleted")
    with user_session(db, me.id) as s:
        assert svc.set_archived(session=s, user_id=me.id, application_ids=[a], archived=True) == 1
        assert (
            svc.set_deleted(
                session=s,
                user_id=me.id,
                application_ids=[b],
                deleted=True,
                vectors=RecordingVectors(),
            )
            == 1
        )
        assert [x.company for x in svc.list_trash(session=s, user_id=me.id)] == ["Deleted"]
    assert _columns(db, me.id)["saved"] == []
    with user_session(db, me.id) as s:
        svc.set_archived(session=s, user_id=me.id, application_ids=[a], archived=False)
        svc.set_deleted(
            session=s, user_id=me.id, application_ids=[b], deleted=False, vectors=RecordingVectors()
        )
        assert svc.list_trash(session=s, user_id=me.id) == []
    assert sorted(_columns(db, me.id)["saved"]) == ["Archived", "Deleted"]


def test_archived_list_shows_archived_ones_newest_first_and_unarchive_brings_back(
    db: Engine, settings: Settings, add: Callable[..., int]
) -> None:
    me = make_user(db, settings)
    first, second, trashed = add(me.id, "First"), add(me.id, "Second"), add(me.id, "Trashed")
    add(me.id, "Live")
    with user_session(db, me.id) as s:
        for app in (first, second, trashed):
            svc.set_archived(session=s, user_id=me.id, application_ids=[app], archived=True)
        svc.set_deleted(
            session=s,
            user_id=me.id,
            application_ids=[trashed],
            deleted=True,
            vectors=RecordingVectors(),
        )
        assert [x.company for x in svc.list_archived(session=s, user_id=me.id)] == [
            "Second",
            "First",
        ]
        svc.set_archived(session=s, user_id=me.id, application_ids=[first], archived=False)
        assert [x.company for x in svc.list_archived(session=s, user_id=me.id)] == ["Second"]
    assert sorted(_columns(db, me.id)["saved"]) == ["First", "Live"]


def test_another_user_cannot_list_or_unarchive_my_archived_applications(
    db: Engine, settings: Settings, add: Callable[..., int]
) -> None:
    alice, bob = make_user(db, settings), make_user(db, settings)
    app = add(alice.id, "Alice's archived")
    with user_session(db, alice.id) as s:
        svc.set_archived(session=s, user_id=alice.id, application_ids=[app], archived=True)
    with user_session(db, bob.id) as s:
        assert svc.list_archived(session=s, user_id=bob.id) == []
        with pytest.raises(svc.NotFound):
            svc.set_archived(session=s, user_id=bob.id, application_ids=[app], archived=False)
    with user_session(db, alice.id) as s:
        assert [x.id for x in svc.list_archived(session=s, user_id=alice.id)] == [app]


def test_trash_keeps_30_days_then_purge_deletes_for_good(
    db: Engine, settings: Settings, add: Callable[..., int]
) -> None:
    me = make_user(db, settings)
    old, recent = add(me.id, "Old"), add(me.id, "Recent")
    with user_session(db, me.id) as s:
        svc.set_deleted(
            session=s,
            user_id=me.id,
            application_ids=[old, recent],
            deleted=True,
            vectors=RecordingVectors(),
        )
        app = repo.get_application(session=s, user_id=me.id, application_id=old)
        assert app is not None
        app.deleted_at = NOW - timedelta(days=31)
        s.add(app)
        s.commit()
        assert [x.company for x in svc.list_trash(session=s, user_id=me.id)] == ["Recent"]
        assert svc.purge_trash(session=s, user_id=me.id) == 1
        assert repo.get_application(session=s, user_id=me.id, application_id=old) is None
        assert repo.get_application(session=s, user_id=me.id, application_id=recent) is not None


def test_samples_load_marked_and_go_in_one_call_leaving_real_ones(
    db: Engine, settings: Settings, add: Callable[..., int]
) -> None:
    me = make_user(db, settings)
    add(me.id, "Real one")
    with user_session(db, me.id) as s:
        n = samples.load_samples(session=s, user_id=me.id, vectors=RecordingVectors())
        data = board.board_data(session=s, user_id=me.id)
        assert data.total == n + 1 and data.has_samples
        assert samples.remove_samples(session=s, user_id=me.id, vectors=RecordingVectors()) == n
        data = board.board_data(session=s, user_id=me.id)
    assert [card.company for c in data.columns for card in c.cards] == ["Real one"]
    assert not data.has_samples


def test_another_users_applications_cannot_be_read_moved_edited_archived_deleted_or_restored(
    db: Engine, settings: Settings, add: Callable[..., int]
) -> None:
    alice, bob = make_user(db, settings), make_user(db, settings)
    app, trashed = add(alice.id, "Alice's secret"), add(alice.id, "Alice's trash")
    with user_session(db, alice.id) as s:
        svc.set_deleted(
            session=s,
            user_id=alice.id,
            application_ids=[trashed],
            deleted=True,
            vectors=RecordingVectors(),
        )
        svc.set_deleted(
            session=s,
            user_id=alice.id,
            application_ids=[app],
            deleted=True,
            vectors=RecordingVectors(),
        )
        svc.set_deleted(
            session=s,
            user_id=alice.id,
            application_ids=[app],
            deleted=False,
            vectors=RecordingVectors(),
        )
        stages.add_stage(session=s, user_id=alice.id, label="Alice stage", funnel_step="offer")
    with user_session(db, bob.id) as s:
        assert board.board_data(session=s, user_id=bob.id).total == 0
        assert svc.list_trash(session=s, user_id=bob.id) == []
        calls: list[Callable[[], object]] = [
            lambda: svc.move_many(session=s, user_id=bob.id, moves={app: "offer"}),
            lambda: svc.update_fields(
                session=s,
                user_id=bob.id,
                application_id=app,
                changes={"notes": "mine"},
                vectors=RecordingVectors(),
            ),
            lambda: svc.set_archived(
                session=s, user_id=bob.id, application_ids=[app], archived=True
            ),
            lambda: svc.set_deleted(
                session=s,
                user_id=bob.id,
                application_ids=[app],
                deleted=True,
                vectors=RecordingVectors(),
            ),
            lambda: svc.set_deleted(
                session=s,
                user_id=bob.id,
                application_ids=[app],
                deleted=False,
                vectors=RecordingVectors(),
            ),
        ]
        for call in calls:
            with pytest.raises(svc.NotFound):
                call()
        with pytest.raises(stages.StageError):
            stages.rename_stage(session=s, user_id=bob.id, key="alice_stage", label="Mine")
        assert "alice_stage" not in stages.stage_keys(session=s, user_id=bob.id)
        assert samples.remove_samples(session=s, user_id=bob.id, vectors=RecordingVectors()) == 0
        assert svc.purge_trash(session=s, user_id=bob.id, now=NOW + timedelta(days=90)) == 0
    with user_session(db, alice.id) as s:
        assert [x.id for x in svc.list_trash(session=s, user_id=alice.id)] == [trashed]
        mine = repo.get_application(session=s, user_id=alice.id, application_id=app)
        assert mine is not None
        assert (mine.status, mine.notes, mine.archived_at, mine.deleted_at) == (
            "saved",
            "",
            None,
            None,
        )
        assert [x.key for x in stages.list_stages(session=s, user_id=alice.id)].count(
            "alice_stage"
        ) == 1


def test_trash_days_left_count_down_by_the_clock(
    db: Engine, settings: Settings, add: Callable[..., int], clock: FixedClock
) -> None:
    me = make_user(db, settings)
    first, second = add(me.id, "First"), add(me.id, "Second")
    with user_session(db, me.id) as s:
        svc.set_deleted(
            session=s,
            user_id=me.id,
            application_ids=[first],
            deleted=True,
            vectors=RecordingVectors(),
        )
        clock.advance(timedelta(days=10, hours=1))
        svc.set_deleted(
            session=s,
            user_id=me.id,
            application_ids=[second],
            deleted=True,
            vectors=RecordingVectors(),
        )
        trash = svc.list_trash(session=s, user_id=me.id)
        assert svc.trash_days_left(trash) == {first: 20, second: 30}
        clock.advance(timedelta(days=19, hours=23))
        assert svc.trash_days_left(trash) == {first: 0, second: 11}  # a part day still counts
        assert svc.trash_days_left(trash, now=NOW + timedelta(days=41)) == {first: 0, second: 0}
