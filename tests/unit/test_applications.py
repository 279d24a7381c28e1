from datetime import date

import pytest
from pydantic import ValidationError
from sqlalchemy import Engine

from tests.support.factories import make_user
from tests.support.fakes import RecordingVectors
from tracker_core import repositories as repo
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.models import ApplicationCreate
from tracker_core.services import applications as svc


def test_create_records_first_status_and_lists_newest_first(
    engine: Engine, settings: Settings
) -> None:
    me = make_user(engine, settings)
    with user_session(engine, me.id) as s:
        svc.create_application(
            session=s,
            user_id=me.id,
            data=ApplicationCreate(company="Acme", position="Dev"),
            vectors=RecordingVectors(),
        )
        second = svc.create_application(
            session=s,
            user_id=me.id,
            data=ApplicationCreate(
                company="Globex", position="SRE", status="applied", deadline=date(2026, 12, 1)
            ),
            vectors=RecordingVectors(),
        )
        listed = svc.list_applications(session=s, user_id=me.id)
        assert [a.company for a in listed] == ["Globex", "Acme"]
        assert second.applied_on is not None
        history = repo.list_status_changes(session=s, user_id=me.id, application_id=second.id or 0)
        assert [(h.from_status, h.to_status) for h in history] == [(None, "applied")]


def test_status_change_is_recorded_with_its_time(engine: Engine, settings: Settings) -> None:
    me = make_user(engine, settings)
    with user_session(engine, me.id) as s:
        app = svc.create_application(
            session=s,
            user_id=me.id,
            data=ApplicationCreate(company="Acme", position="Dev"),
            vectors=RecordingVectors(),
        )
        assert app.id is not None
        svc.change_status(session=s, user_id=me.id, application_id=app.id, to_status="interview")
        history = repo.list_status_changes(session=s, user_id=me.id, application_id=app.id)
        assert [(h.from_status, h.to_status) for h in history] == [
            (None, "saved"),
            ("saved", "interview"),
        ]
        assert history[1].changed_at >= history[0].changed_at
        with pytest.raises(svc.InvalidStage):
            svc.change_status(session=s, user_id=me.id, application_id=app.id, to_status="hired!")


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"company": "  "}, "company"),
        ({"url": "not a url at all"}, "url"),
        ({"salary_min": 90000, "salary_max": 50000}, None),
        ({"deadline": "31/31/2026"}, "deadline"),
    ],
)
def test_bad_input_is_refused_before_saving(fields: dict[str, object], field: str | None) -> None:
    data = {"company": "Acme", "position": "Dev", **fields}
    with pytest.raises(ValidationError) as err:
        ApplicationCreate.model_validate(data)
    locs = [e["loc"][0] if e["loc"] else None for e in err.value.errors()]
    assert field in locs


def test_other_users_application_cannot_be_moved(engine: Engine, settings: Settings) -> None:
    alice, bob = make_user(engine, settings), make_user(engine, settings)
    with user_session(engine, alice.id) as s:
        app = svc.create_application(
            session=s,
            user_id=alice.id,
            data=ApplicationCreate(company="Acme", position="Dev"),
            vectors=RecordingVectors(),
        )
    with user_session(engine, bob.id) as s:
        assert svc.list_applications(session=s, user_id=bob.id) == []
        with pytest.raises(svc.NotFound):
            svc.change_status(
                session=s, user_id=bob.id, application_id=app.id or 0, to_status="offer"
            )
