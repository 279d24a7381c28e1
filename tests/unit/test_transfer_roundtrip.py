"""Our own exports come back whole: CSV and JSON, field by field, with the status history."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import date

from hypothesis import HealthCheck, given, settings
from sqlalchemy import Engine
from sqlmodel import Session

from tests.support.fakes import RecordingVectors
from tests.support.transfer import accounts, fill_account, run_csv_import, snapshot
from tests.support.vectors import add_user
from tracker_core import repositories as repo
from tracker_core.db import user_session
from tracker_core.models import ApplicationCreate
from tracker_core.services import applications as apps
from tracker_core.services import transfer, transfer_json
from tracker_core.services import transfer_values as val

ROUND_TRIP = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,  # the same examples on every run and on CI
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# A sample of this export made csv.Sniffer guess "no doubled quotes": each "" ended a field
# and the rest of the note was read as new rows (20 rows, "- 30 days off" as a company).
NOTES = 'Benefits:\n- EUR 1,500 yearly learning budget, "great" team\n- 30 days off'
JOB = "We build things.\n- Python, SQL"


def _accounts(engine: Engine) -> tuple[str, str]:
    tag = uuid.uuid4().hex[:12]
    with Session(engine) as s:
        return add_user(s, f"{tag}-a@example.com"), add_user(s, f"{tag}-b@example.com")


def test_ten_applications_with_bulleted_notes_come_back_as_ten(engine: Engine) -> None:
    """Issue 15: this export was read as 84 rows, 10 of them junk ("- EUR 1" as a company)."""
    mine, theirs = _accounts(engine)
    with user_session(engine, mine) as s:
        for i in range(10):
            data = ApplicationCreate(
                company=f"Company {i}", position=f"Engineer {i}", notes=NOTES, job_description=JOB
            )
            apps.create_application(session=s, user_id=mine, data=data, vectors=RecordingVectors())
        exported = transfer.export_csv(session=s, user_id=mine)
    assert len(list(csv.reader(io.StringIO(exported, newline="")))) == 11
    assert len(transfer.read_csv(exported.encode()).rows) == 10
    with user_session(engine, theirs) as s:
        plan = run_csv_import(s, theirs, exported)
        assert (len(plan.new), plan.already_there, plan.problems) == (10, [], [])
        got = repo.list_all_applications(session=s, user_id=theirs)
    assert [a.company for a in got] == [f"Company {i}" for i in range(10)]
    assert {a.notes for a in got} == {NOTES} and {a.job_description for a in got} == {JOB}


@ROUND_TRIP
@given(account=accounts())
def test_a_csv_export_imports_into_an_empty_account_unchanged(
    engine: Engine, account: list[tuple[dict[str, object], list[str], bool]]
) -> None:
    mine, theirs = _accounts(engine)
    with user_session(engine, mine) as s:
        fill_account(s, mine, account)
        exported = transfer.export_csv(session=s, user_id=mine)
        before = snapshot(s, mine)
    with user_session(engine, theirs) as s:
        plan = run_csv_import(s, theirs, exported)
        assert plan.problems == []
        assert snapshot(s, theirs) == before


@ROUND_TRIP
@given(account=accounts())
def test_a_json_export_imports_into_an_empty_account_unchanged(
    engine: Engine, account: list[tuple[dict[str, object], list[str], bool]]
) -> None:
    mine, theirs = _accounts(engine)
    with user_session(engine, mine) as s:
        fill_account(s, mine, account)
        exported = transfer_json.export_json(session=s, user_id=mine)
        before = snapshot(s, mine)
    with user_session(engine, theirs) as s:
        transfer_json.import_json(
            session=s, user_id=theirs, data=exported.encode(), vectors=RecordingVectors()
        )
        assert snapshot(s, theirs) == before


def test_formulas_behind_a_tab_or_cr_are_defused_for_spreadsheets_and_restored(
    engine: Engine,
) -> None:
    mine, theirs = _accounts(engine)
    notes = ['\t=HYPERLINK("http://evil.example")', "\r=1+1", "'=kept as typed", "@SUM(A1)"]
    with user_session(engine, mine) as s:
        for i, note in enumerate(notes):
            data = ApplicationCreate(company=f"C{i}", position="P", notes=note)
            apps.create_application(session=s, user_id=mine, data=data, vectors=RecordingVectors())
        exported = transfer.export_csv(session=s, user_id=mine)
    cells = [row[EXPORT_NOTES] for row in csv.reader(io.StringIO(exported, newline=""))][1:]
    assert all(cell.startswith("'") for cell in cells)  # a spreadsheet shows them as text
    with user_session(engine, theirs) as s:
        run_csv_import(s, theirs, exported)
        got = [a.notes for a in repo.list_all_applications(session=s, user_id=theirs)]
    assert got == notes


EXPORT_NOTES = transfer.EXPORT_FIELDS.index("notes")


def test_escaping_a_cell_can_always_be_undone() -> None:
    for value in ("", "'", "''", "'x", "=1", "'=1", "\t", "plain", "-5", "@a", "\r\n"):
        assert val.unescape_cell(val.escape_cell(value)) == value


def test_a_job_description_longer_than_the_csv_modules_default_limit_comes_back(
    engine: Engine,
) -> None:
    mine, theirs = _accounts(engine)
    long_text = "Responsibilities, requirements and benefits.\n" * 4_000  # 184,000 characters
    with user_session(engine, mine) as s:
        data = ApplicationCreate(company="Acme", position="Dev", job_description=long_text)
        apps.create_application(session=s, user_id=mine, data=data, vectors=RecordingVectors())
        exported = transfer.export_csv(session=s, user_id=mine)
    with user_session(engine, theirs) as s:
        plan = run_csv_import(s, theirs, exported)
        (app,) = repo.list_all_applications(session=s, user_id=theirs)
    assert plan.problems == [] and app.job_description == long_text


def test_excels_unicode_text_utf16_with_tabs_is_read() -> None:
    text = 'Company\tPosition\tNotes\r\nCafé Müller\tBarista\t"Line one\nline two 🎉"\r\n'
    csv_file = transfer.read_csv(text.encode("utf-16"))  # BOM first, as Excel writes it
    assert csv_file.notice is None
    assert csv_file.headers == ["Company", "Position", "Notes"]
    assert csv_file.rows == [["Café Müller", "Barista", "Line one\nline two 🎉"]]


def test_row_problems_are_sentences_with_the_row_the_field_and_what_to_do(
    engine: Engine,
) -> None:
    mine, _ = _accounts(engine)
    text = (
        "Company,Position,Salary min,Salary max,Date applied,Notes\n"
        'Acme,,1,2,,"two\nlines"\n'  # row 2 spans two lines of the file
        "Globex,Analyst,x,,,\n"
        "Initech,QA,5,1,,\n"
        "Umbrella,Scientist,,,31/31/2026,\n"
        "Hooli,PM,,,,\n"
    )
    with user_session(engine, mine) as s:
        plan = run_csv_import(s, mine, text)
    reasons = {p.line: p.reason for p in plan.problems}
    assert [r.line for r in plan.new] == [6]
    assert reasons == {
        2: "Row 2: the position is empty; fill it in.",
        3: "Row 3: the salary minimum is not a whole number; write digits only, like 120000.",
        4: "Row 4: salary minimum is above the maximum; correct it in the file.",
        5: "Row 5: the date applied '31/31/2026' is not a date; write it like 2026-01-31 or "
        "01/31/2026.",
    }


def test_an_idr_salary_imports_and_one_too_big_is_reported_while_the_rest_import(
    engine: Engine,
) -> None:
    mine, _ = _accounts(engine)
    text = (
        "Company,Position,Salary min,Salary max,Salary currency\n"
        "Gojek,Engineer,2400000000,3600000000,IDR\n"
        "Tokopedia,Analyst,1,99999999999999999999999,IDR\n"
        "Traveloka,PM,,,\n"
    )
    with user_session(engine, mine) as s:
        plan = run_csv_import(s, mine, text)
        got = {a.company: a.salary_max for a in repo.list_all_applications(session=s, user_id=mine)}
    assert got == {"Gojek": 3_600_000_000, "Traveloka": None}
    (problem,) = plan.problems
    assert problem.line == 3
    assert problem.reason.startswith("Row 3: the salary maximum is above 999,999,999,999,999;")


def test_imports_date_their_rows_as_in_the_file(engine: Engine) -> None:
    mine, _ = _accounts(engine)
    with user_session(engine, mine) as s:
        run_csv_import(s, mine, "Company,Position,Date applied\nAcme,Dev,2026-03-01\n")
        (app,) = repo.list_all_applications(session=s, user_id=mine)
    assert app.applied_on == date(2026, 3, 1)
