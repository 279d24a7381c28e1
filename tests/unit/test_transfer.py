"""CSV and JSON import and export: mapping, dedupe, bad input, all-or-nothing, round trip."""

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from tests.support.factories import make_user
from tests.support.fakes import RecordingVectors
from tests.support.transfer import HUNTR, TEAL, add_everything, comparable, run_csv_import
from tracker_core import repositories as repo
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.services import contacts, stages, transfer, transfer_json
from tracker_core.services import transfer_values as val


@pytest.fixture
def owner(engine: Engine, settings: Settings) -> str:
    return make_user(engine, settings).id


@pytest.fixture
def session(engine: Engine, owner: str) -> Iterator[Session]:
    with user_session(engine, owner) as s:
        yield s


def test_huntr_columns_are_mapped_and_bad_rows_reported(session: Session, owner: str) -> None:
    plan = run_csv_import(session, owner, HUNTR)
    assert [r.line for r in plan.new] == [2, 3]
    reasons = {p.line: p.reason for p in plan.problems}
    assert set(reasons) == {4, 5, 6}
    assert "company" in reasons[4]
    assert "Sleeping" in reasons[5]
    assert "not a date" in reasons[6]
    acme = next(a for a in repo.list_all_applications(session=session, user_id=owner))
    assert (acme.company, acme.status, acme.applied_on) == (
        "Acme Inc.",
        "applied",
        date(2026, 3, 15),
    )
    assert (acme.salary_min, acme.salary_max, acme.salary_currency) == (120000, 150000, "USD")
    assert acme.url == "https://acme.example/jobs/1" and acme.notes == "Referred by Rita"


def test_teal_keeps_original_dates_and_history(session: Session, owner: str) -> None:
    run_csv_import(session, owner, TEAL)
    hooli, piper = repo.list_all_applications(session=session, user_id=owner)
    assert hooli.status == "interview" and hooli.applied_on == date(2026, 1, 5)
    assert hooli.created_at.date() == date(2026, 1, 2)
    assert piper.status == "saved" and piper.notes == "=SUM(A1)"
    assert hooli.id is not None
    (change,) = repo.list_status_changes(session=session, user_id=owner, application_id=hooli.id)
    assert change.to_status == "interview" and change.changed_at.date() == date(2026, 1, 5)


def test_custom_stages_are_understood_by_key_and_label_but_only_the_owners(
    engine: Engine, settings: Settings, session: Session, owner: str
) -> None:
    stages.add_stage(session=session, user_id=owner, label="Final onsite", funnel_step="interview")
    text = (
        "Company,Position,Status\n"
        "Acme,Dev,Final Onsite\n"
        "Globex,Analyst,final_onsite\n"
        "Initech,QA,Take-home\n"
    )
    plan = run_csv_import(session, owner, text)
    assert [r.data.status for r in plan.new] == ["final_onsite", "final_onsite"]
    (problem,) = plan.problems
    assert problem.line == 4 and "Take-home" in problem.reason and "final_onsite" in problem.reason
    other = make_user(engine, settings).id
    with user_session(engine, other) as s:
        csv_file = transfer.read_csv(text.encode())
        mapping = val.auto_mapping(csv_file.headers)
        theirs = transfer.plan_import(session=s, user_id=other, csv_file=csv_file, mapping=mapping)
    assert theirs.new == [] and [p.line for p in theirs.problems] == [2, 3, 4]


def test_running_the_same_import_again_adds_nothing(session: Session, owner: str) -> None:
    run_csv_import(session, owner, TEAL)
    again = run_csv_import(session, owner, TEAL)
    assert again.new == [] and again.already_there == [2, 3]
    assert len(repo.list_all_applications(session=session, user_id=owner)) == 2


def test_our_own_csv_export_reimports_into_an_empty_account(
    engine: Engine, settings: Settings, session: Session, owner: str
) -> None:
    run_csv_import(session, owner, TEAL)
    exported = transfer.export_csv(session=session, user_id=owner)
    assert "'=SUM(A1)" in exported  # a spreadsheet will not run it as a formula
    assert (
        transfer.export_csv(session=session, user_id=owner)
        .splitlines()[0]
        .startswith("company,position,")
    )
    other = make_user(engine, settings).id
    with user_session(engine, other) as s:
        plan = run_csv_import(s, other, exported)
        assert plan.problems == [] and len(plan.new) == 2
        got = repo.list_all_applications(session=s, user_id=other)
        assert [(a.company, a.status, a.notes) for a in got] == [
            ("Hooli", "interview", ""),
            ("Pied Piper", "saved", "=SUM(A1)"),
        ]
        assert got[0].created_at.date() == date(2026, 1, 2)


def test_a_failed_import_changes_nothing(
    session: Session, owner: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*args: object) -> object:
        raise RuntimeError("disk full")

    monkeypatch.setattr(transfer, "_first_status", explode)
    with pytest.raises(RuntimeError):
        run_csv_import(session, owner, TEAL)
    assert repo.list_all_applications(session=session, user_id=owner) == []


def test_wrong_encoding_is_read_with_a_notice(session: Session, owner: str) -> None:
    data = "Company,Position\nCafé Müller,Barista\n".encode("cp1252")
    csv_file = transfer.read_csv(data)
    assert csv_file.notice and "Windows-1252" in csv_file.notice
    assert csv_file.rows == [["Café Müller", "Barista"]]
    assert transfer.read_csv(b"\xef\xbb\xbfCompany,Position\nA,B\n").notice is None


def test_extra_columns_are_ignored_and_semicolons_understood() -> None:
    csv_file = transfer.read_csv(b"Company;Position;Favourite colour\nAcme;Dev;blue\n")
    assert csv_file.headers == ["Company", "Position", "Favourite colour"]
    assert val.auto_mapping(csv_file.headers) == {"company": "Company", "position": "Position"}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"Company\x00,Position\n", "binary"),
        (b"x" * (transfer.MAX_BYTES + 1), "limit is 10 MB"),
        (b"Company,Position\n" + b"A,B\n" * (transfer.MAX_ROWS + 1), "limit is 50,000"),
    ],
)
def test_bad_files_are_refused_with_a_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(transfer.ImportRejected, match=message):
        transfer.read_csv(data)


def test_fifty_thousand_rows_are_accepted(session: Session, owner: str) -> None:
    rows = "".join(f"Company {i},Role,2026-01-01\n" for i in range(transfer.MAX_ROWS))
    csv_file = transfer.read_csv(("Company,Position,Date Saved\n" + rows).encode())
    assert len(csv_file.rows) == transfer.MAX_ROWS


def test_mapping_must_name_company_and_position(session: Session, owner: str) -> None:
    csv_file = transfer.read_csv(b"Firm,Position\nA,B\n")
    with pytest.raises(transfer.ImportRejected, match="company"):
        transfer.plan_import(
            session=session, user_id=owner, csv_file=csv_file, mapping={"position": "Position"}
        )
    with pytest.raises(transfer.ImportRejected, match="no column named"):
        transfer.plan_import(
            session=session,
            user_id=owner,
            csv_file=csv_file,
            mapping={"company": "Nope", "position": "Position"},
        )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("120000", (120000, 120000, None)),
        ("€50k-60k", (50000, 60000, "EUR")),
        ("", (None, None, None)),
    ],
)
def test_salary_parsing(text: str, expected: tuple[Any, ...]) -> None:
    assert val.parse_salary(text) == expected


def test_dates_in_usual_formats() -> None:
    assert val.parse_date("Mar 5, 2026") == date(2026, 3, 5)
    assert val.parse_date("05.03.2026") == date(2026, 3, 5)
    assert val.parse_datetime("2026-03-05T10:00:00Z") == datetime(2026, 3, 5, 10, tzinfo=UTC)
    with pytest.raises(ValueError, match="no number"):
        val.parse_salary("competitive")


def test_json_export_imports_into_an_empty_account_unchanged(
    engine: Engine, settings: Settings, session: Session, owner: str
) -> None:
    add_everything(session, owner)
    exported = transfer_json.export_json(session=session, user_id=owner)
    assert len(json.loads(exported)["applications"][0]["status_history"]) == 2
    other = make_user(engine, settings).id
    with user_session(engine, other) as s:
        assert transfer_json.import_json(
            session=s, user_id=other, data=exported.encode(), vectors=RecordingVectors()
        ) == (2, 0)
        again = transfer_json.export_json(session=s, user_id=other)
        assert comparable(again) == comparable(exported)
        mine = {st.label: st.funnel_step for st in stages.list_stages(session=s, user_id=other)}
        assert mine["Take-home"] == "interview"  # the column of the Globex application
        # Running it again adds nothing.
        assert transfer_json.import_json(
            session=s, user_id=other, data=exported.encode(), vectors=RecordingVectors()
        ) == (0, 2)
        assert len(contacts.list_contacts(session=s, user_id=other)) == 2


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"{not json", "not a JSON file"),
        (b'{"format": "other"}', "not an export"),
        (
            b'{"format": "application-tracker", "applications": [{"company": ""}]}',
            "Nothing was imported",
        ),
    ],
)
def test_bad_json_is_refused_and_changes_nothing(
    session: Session, owner: str, data: bytes, message: str
) -> None:
    with pytest.raises(transfer.ImportRejected, match=message):
        transfer_json.import_json(
            session=session, user_id=owner, data=data, vectors=RecordingVectors()
        )
    assert repo.list_all_applications(session=session, user_id=owner) == []
