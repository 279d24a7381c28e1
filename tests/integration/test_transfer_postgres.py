"""On a real Postgres, values past a column's limit are reported, never a DataError."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import Engine, text

from tests.support.factories import make_user
from tests.support.fakes import RecordingVectors
from tests.support.transfer import add_everything, run_csv_import
from tracker_core import repositories as repo
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.services import transfer, transfer_json

pytestmark = pytest.mark.postgres


def test_salary_columns_are_bigint(pg_engine: Engine) -> None:
    with pg_engine.connect() as conn:
        kinds = conn.execute(
            text(
                "select column_name, data_type from information_schema.columns "
                "where table_name = 'applications' and column_name like 'salary_m%'"
            )
        ).all()
    assert dict(kinds) == {"salary_min": "bigint", "salary_max": "bigint"}


def test_an_idr_salary_imports_and_one_past_the_limit_is_a_row_problem(
    pg_engine: Engine, settings: Settings
) -> None:
    owner = make_user(pg_engine, settings).id
    csv_text = (
        "Company,Position,Salary min,Salary max,Salary currency\n"
        "Gojek,Engineer,2400000000,3600000000,IDR\n"
        "Tokopedia,Analyst,1,99999999999999999999,IDR\n"
        "Traveloka,PM,,,\n"
    )
    with user_session(pg_engine, owner) as s:
        plan = run_csv_import(s, owner, csv_text)
        saved = {
            a.company: a.salary_max for a in repo.list_all_applications(session=s, user_id=owner)
        }
    assert saved == {"Gojek": 3_600_000_000, "Traveloka": None}
    assert [p.line for p in plan.problems] == [3]
    assert "Row 3: the salary maximum is above" in plan.problems[0].reason


@pytest.mark.parametrize(
    ("where", "value", "expected"),
    [
        (("stages", 0, "key"), "k" * 300, "the key is 300 characters long; the limit is 64"),
        (("contacts", 0, "name"), "N" * 5_000, "the name is 5,000 characters long"),
        (("applications", 0, "version"), 2**40, "the version is 1,099,511,627,776, more than"),
        (("resumes", 0, "file_type"), "x" * 17, "the file type is 17 characters long"),
    ],
)
def test_json_values_past_the_columns_are_refused_with_a_sentence(
    pg_engine: Engine,
    settings: Settings,
    where: tuple[str, int, str],
    value: object,
    expected: str,
) -> None:
    mine, theirs = make_user(pg_engine, settings).id, make_user(pg_engine, settings).id
    with user_session(pg_engine, mine) as s:
        add_everything(s, mine)
        document = json.loads(transfer_json.export_json(session=s, user_id=mine))
    section, index, field = where
    document[section][index][field] = value
    with user_session(pg_engine, theirs) as s:
        with pytest.raises(transfer.ImportRejected, match="Nothing was imported") as caught:
            transfer_json.import_json(
                session=s,
                user_id=theirs,
                data=json.dumps(document).encode(),
                vectors=RecordingVectors(),
            )
        assert expected in caught.value.message
        assert repo.list_all_applications(session=s, user_id=theirs) == []
        # The session is still usable: nothing half-written, no aborted transaction.
        assert repo.list_contacts(session=s, user_id=theirs) == []


def test_a_json_export_with_a_big_salary_round_trips_on_postgres(
    pg_engine: Engine, settings: Settings
) -> None:
    mine, theirs = make_user(pg_engine, settings).id, make_user(pg_engine, settings).id
    with user_session(pg_engine, mine) as s:
        run_csv_import(s, mine, "Company,Position,Salary max\nGojek,Engineer,3600000000\n")
        exported = transfer_json.export_json(session=s, user_id=mine)
    with user_session(pg_engine, theirs) as s:
        assert transfer_json.import_json(
            session=s, user_id=theirs, data=exported.encode(), vectors=RecordingVectors()
        ) == (1, 0)
        (app,) = repo.list_all_applications(session=s, user_id=theirs)
    assert app.salary_max == 3_600_000_000
