"""Tags: set on an application, narrowing the board, table and stats, kept by the export."""

import pytest
from sqlalchemy import Engine

from tests.support.factories import make_user, new_application
from tests.support.fakes import RecordingVectors
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.errors import InvalidInput, NotFound
from tracker_core.repositories import Filters
from tracker_core.services import applications, board, stats, tags, transfer_json


def test_tags_are_cleaned_set_exactly_and_narrow_board_table_and_stats(
    engine: Engine, settings: Settings
) -> None:
    user = make_user(engine, settings)
    with user_session(engine, user.id) as s:
        remote = new_application(s, user.id, company="Acme")
        other = new_application(s, user.id, company="Globex")
        assert remote.id and other.id
        for app in (remote, other):
            applications.change_status(
                session=s, user_id=user.id, application_id=app.id or 0, to_status="applied"
            )
        got = tags.set_tags(
            session=s, user_id=user.id, application_id=remote.id, names=[" Remote ", "referral"]
        )
        assert got == ["referral", "remote"]
        assert tags.set_tags(
            session=s, user_id=user.id, application_id=remote.id, names=["remote"]
        ) == ["remote"]  # "referral" removed
        assert tags.all_tags(session=s, user_id=user.id) == ["remote"]

        cards = board.board_data(session=s, user_id=user.id, filters=Filters(tag="remote"))
        assert [c.company for col in cards.columns for c in col.cards] == ["Acme"]
        rows = applications.list_for_table(
            session=s, user_id=user.id, filters=Filters(tag="remote")
        )
        assert [a.company for a in rows] == ["Acme"]
        assert stats.stats_for(session=s, user_id=user.id).sent == 2
        assert stats.stats_for(session=s, user_id=user.id, tag="remote").sent == 1
        with pytest.raises(InvalidInput):
            tags.set_tags(session=s, user_id=user.id, application_id=other.id, names=["   "])


def test_another_users_application_cannot_be_tagged_or_found_by_tag(
    engine: Engine, settings: Settings
) -> None:
    owner, intruder = make_user(engine, settings), make_user(engine, settings)
    with user_session(engine, owner.id) as s:
        app = new_application(s, owner.id)
        assert app.id
        tags.set_tags(session=s, user_id=owner.id, application_id=app.id, names=["secret"])
    with user_session(engine, intruder.id) as s:
        with pytest.raises(NotFound):
            tags.set_tags(session=s, user_id=intruder.id, application_id=app.id, names=["x"])
        assert tags.tagged_ids(session=s, user_id=intruder.id, tag="secret") == set()


def test_the_json_export_keeps_tags_and_brings_them_back(
    engine: Engine, settings: Settings
) -> None:
    owner, fresh = make_user(engine, settings), make_user(engine, settings)
    with user_session(engine, owner.id) as s:
        app = new_application(s, owner.id)
        assert app.id
        tags.set_tags(session=s, user_id=owner.id, application_id=app.id, names=["remote"])
        document = transfer_json.export_json(session=s, user_id=owner.id)
    with user_session(engine, fresh.id) as s:
        transfer_json.import_json(
            session=s, user_id=fresh.id, vectors=RecordingVectors(), data=document.encode()
        )
        assert tags.all_tags(session=s, user_id=fresh.id) == ["remote"]
