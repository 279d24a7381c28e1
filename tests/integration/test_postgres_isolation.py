"""On a real Postgres, row-level security keeps every user's rows to themselves."""

import json

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from tests.support.factories import make_user
from tests.support.fakes import RecordingVectors
from tests.support.isolation import check_isolation
from tests.support.transfer import HUNTR, TEAL, add_everything, comparable, run_csv_import
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.models import USER_TABLES, ApplicationCreate, Contact
from tracker_core.services import applications as svc

pytestmark = pytest.mark.postgres


@pytest.fixture
def alice_and_bob(pg_engine: Engine, settings: Settings) -> tuple[str, str, int]:
    alice, bob = make_user(pg_engine, settings), make_user(pg_engine, settings)
    with user_session(pg_engine, alice.id) as s:
        app = svc.create_application(
            session=s,
            user_id=alice.id,
            data=ApplicationCreate(company="Acme", position="Dev", notes="secret"),
            vectors=RecordingVectors(),
        )
        s.add(Contact(user_id=alice.id, name="Recruiter Rita"))
        s.commit()
    assert app.id is not None
    return alice.id, bob.id, app.id


def test_every_user_table_has_row_level_security(pg_engine: Engine) -> None:
    with pg_engine.connect() as conn:
        rows = conn.execute(
            text("select relname, relrowsecurity from pg_class where relname = any(:t)"),
            {"t": ["users", *USER_TABLES]},
        ).all()
    assert dict(rows) == dict.fromkeys(["users", *USER_TABLES], True)


def test_services_never_show_or_move_another_users_application(
    pg_engine: Engine, alice_and_bob: tuple[str, str, int]
) -> None:
    alice, bob, app_id = alice_and_bob
    with user_session(pg_engine, bob) as s:
        assert svc.list_applications(session=s, user_id=bob) == []
        with pytest.raises(svc.NotFound):
            svc.change_status(session=s, user_id=bob, application_id=app_id, to_status="offer")
    # Even a service call that passed Alice's id from Bob's session sees nothing.
    with user_session(pg_engine, bob) as s:
        assert svc.list_applications(session=s, user_id=alice) == []
    with user_session(pg_engine, alice) as s:
        assert [a.status for a in svc.list_applications(session=s, user_id=alice)] == ["saved"]


def test_raw_sql_in_bobs_session_cannot_read_change_or_delete_alices_rows(
    pg_engine: Engine, alice_and_bob: tuple[str, str, int]
) -> None:
    alice, bob, app_id = alice_and_bob
    with user_session(pg_engine, bob) as s:
        assert s.execute(text("select count(*) from applications")).scalar_one() == 0
        assert s.execute(text("select count(*) from contacts")).scalar_one() == 0
        assert s.execute(text("select count(*) from status_changes")).scalar_one() == 0
        assert s.execute(text("select count(*) from users")).scalar_one() == 1  # only himself
        changed = s.execute(
            text("update applications set notes = 'pwned' where id = :i"), {"i": app_id}
        )
        deleted = s.execute(text("delete from applications where id = :i"), {"i": app_id})
        assert changed.rowcount == 0 and deleted.rowcount == 0
        s.commit()
    with user_session(pg_engine, bob) as s, pytest.raises(DBAPIError, match="row-level security"):
        s.execute(
            text(
                "insert into applications (user_id, company, position, status, priority, notes, "
                "job_description, is_sample, version, created_at, updated_at) values "
                "(:u, 'X', 'Y', 'saved', 3, '', '', false, 1, now(), now())"
            ),
            {"u": alice},
        )
    with user_session(pg_engine, alice) as s:
        notes = s.execute(
            text("select notes from applications where id = :i"), {"i": app_id}
        ).scalar_one()
    assert notes == "secret"


def test_role_switch_survives_commit_and_refresh(
    pg_engine: Engine, alice_and_bob: tuple[str, str, int]
) -> None:
    alice, bob, _ = alice_and_bob
    with user_session(pg_engine, bob) as s:
        s.commit()  # a new transaction starts: it must still run as Bob
        assert s.execute(text("select current_user")).scalar_one() == "authenticated"
        assert s.execute(text("select auth.uid()::text")).scalar_one() == bob


def test_migrations_are_idempotent_on_postgres(pg_engine: Engine) -> None:
    from tracker_core.db import migrate

    migrate(pg_engine)  # already at head: nothing to do, no error
    with pg_engine.connect() as conn:
        assert conn.execute(text("select version_num from alembic_version")).scalar_one()


def test_detail_contact_and_interview_services_are_isolated_on_postgres(
    pg_engine: Engine, settings: Settings
) -> None:
    check_isolation(pg_engine, settings)


def test_json_round_trip_and_exports_stay_per_user_on_postgres(
    pg_engine: Engine, settings: Settings
) -> None:
    from tracker_core.services import transfer, transfer_json

    alice, bob = make_user(pg_engine, settings).id, make_user(pg_engine, settings).id
    with user_session(pg_engine, alice) as s:
        add_everything(s, alice)
        exported = transfer_json.export_json(session=s, user_id=alice)
    with user_session(pg_engine, bob) as s:
        assert json.loads(transfer_json.export_json(session=s, user_id=alice))["applications"] == []
        assert transfer.export_csv(session=s, user_id=alice).count("\n") == 1  # header only
        assert transfer_json.import_json(
            session=s, user_id=bob, data=exported.encode(), vectors=RecordingVectors()
        ) == (2, 0)
        assert comparable(transfer_json.export_json(session=s, user_id=bob)) == comparable(exported)


def test_csv_import_is_all_or_nothing_and_per_user_on_postgres(
    pg_engine: Engine, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker_core import repositories as repo
    from tracker_core.services import transfer

    alice, bob = make_user(pg_engine, settings).id, make_user(pg_engine, settings).id
    with user_session(pg_engine, alice) as s:
        plan = run_csv_import(s, alice, HUNTR)
        assert len(plan.new) == 2 and [p.line for p in plan.problems] == [4, 5, 6]
        assert run_csv_import(s, alice, HUNTR).already_there == [2, 3]
    with user_session(pg_engine, bob) as s:
        assert repo.list_all_applications(session=s, user_id=bob) == []
        monkeypatch.setattr(transfer, "_first_status", lambda *a: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            run_csv_import(s, bob, TEAL)
        assert repo.list_all_applications(session=s, user_id=bob) == []
