"""Repository functions moved out of the services: they only ever touch the given user's rows."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from tests.support import NOW, make_user
from tracker_core import repositories as repo
from tracker_core.config import Settings
from tracker_core.db import user_session


def _row(user_id: str, company: str) -> dict[str, object]:
    return {
        "user_id": user_id,
        "company": company,
        "position": "Engineer",
        "status": "saved",
        "created_at": NOW,
        "updated_at": NOW,
    }


def test_bulk_insert_refuses_rows_of_another_user(engine: Engine, settings: Settings) -> None:
    me, other = make_user(engine, settings).id, make_user(engine, settings).id
    with user_session(engine, me) as session:
        with pytest.raises(ValueError, match="belong to the user"):
            repo.insert_applications(
                session=session, user_id=me, rows=[_row(me, "A"), _row(other, "B")]
            )
        with pytest.raises(ValueError, match="belong to the user"):
            repo.insert_status_changes(
                session=session,
                user_id=me,
                rows=[{"user_id": other, "application_id": 1, "to_status": "saved"}],
            )
        ids = repo.insert_applications(session=session, user_id=me, rows=[_row(me, "A")])
        session.commit()
        assert [a.id for a in repo.list_undeleted_applications(session=session, user_id=me)] == ids
        assert repo.list_undeleted_applications(session=session, user_id=other) == []


def test_conditional_update_only_at_the_expected_version(
    engine: Engine, settings: Settings
) -> None:
    me, other = make_user(engine, settings).id, make_user(engine, settings).id
    with user_session(engine, me) as session:
        (app_id,) = repo.insert_applications(session=session, user_id=me, rows=[_row(me, "A")])
        session.commit()
        args = {"session": session, "application_id": app_id, "values": {"company": "B"}}
        assert not repo.update_application_if_version(user_id=other, expected_version=1, **args)
        assert not repo.update_application_if_version(user_id=me, expected_version=2, **args)
        assert repo.update_application_if_version(user_id=me, expected_version=1, **args)
        session.commit()
        app = repo.get_application(session=session, user_id=me, application_id=app_id)
        assert app is not None and (app.company, app.version) == ("B", 2)
