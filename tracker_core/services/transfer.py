"""CSV import (preview, mapping, dedupe, all-or-nothing) and CSV export of applications."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any, overload

from pydantic import ValidationError
from sqlmodel import Session

from tracker_core import clock
from tracker_core import repositories as repo
from tracker_core.errors import FORM, InvalidInput
from tracker_core.models import Application, ApplicationCreate, StatusChange
from tracker_core.services import stages as stages_svc
from tracker_core.services import transfer_checks as checks
from tracker_core.services import transfer_values as val
from tracker_core.services.duplicates import normalise_company
from tracker_core.services.transfer_checks import ImportRejected as ImportRejected
from tracker_core.services.vector_sync import VectorSync

MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 50_000
EXPORT_FIELDS: tuple[str, ...] = (
    *(name for name in ApplicationCreate.model_fields),
    "created_at",
    "updated_at",
    "archived_at",
    "status_history",
)


@dataclass(frozen=True)
class CsvFile:
    """A decoded CSV: its header, its rows and a notice about how it was read."""

    headers: list[str]
    rows: list[list[str]]
    notice: str | None = None
    numbers: list[int] = field(default_factory=list)  # each row's number, as a spreadsheet counts

    def row_number(self, i: int) -> int:
        return self.numbers[i] if i < len(self.numbers) else i + 2


@dataclass(frozen=True)
class RowProblem:
    line: int  # the row's number as a spreadsheet shows it (the header is row 1)
    reason: str  # a sentence: the row, the field, what to do


@dataclass(frozen=True)
class PlannedRow:
    line: int
    data: ApplicationCreate
    moments: dict[str, datetime] = field(default_factory=dict)  # created_at, updated_at, ...
    history: list[dict[str, Any]] | None = None  # from our own export's history column


@dataclass
class ImportPlan:
    """What an import would do: new rows, rows already there, rows it cannot read."""

    new: list[PlannedRow] = field(default_factory=list)
    already_there: list[int] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def _decode(data: bytes) -> tuple[str, str | None]:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text": UTF-16 with its byte-order mark, tab-separated.
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            raise ImportRejected(
                "This file starts like UTF-16 text but is not readable as such. Save it again "
                "as CSV UTF-8 and import that."
            ) from None
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    for encoding, label in (("cp1252", "Windows-1252"), ("latin-1", "Latin-1")):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, (
            f"This file is not UTF-8, so it was read as {label}. "
            "Check that accented letters look right in the preview before importing."
        )
    raise ImportRejected("This file's text encoding could not be read.")  # pragma: no cover


def _delimiter(text: str) -> str:
    """Comma, semicolon or tab: whichever the header line holds most of (comma on a tie).

    Only the header is looked at: csv.Sniffer guesses the quoting from a sample too, and a
    sample cut inside a quoted note with line breaks made it guess wrong (rows split apart).
    """
    header = text.split("\n", 1)[0]
    return max(",;\t", key=header.count)


def read_csv(data: bytes) -> CsvFile:
    """Decode and split a CSV upload, refusing files over 10 MB or 50,000 rows."""
    if len(data) > MAX_BYTES:
        raise ImportRejected(
            f"The file is {len(data) / 1_048_576:.1f} MB; the limit is 10 MB. "
            "Split it into smaller files and import them one by one."
        )
    text, notice = _decode(data)
    if "\x00" in text:
        raise ImportRejected("This is not a CSV text file (it holds binary data).")
    # A cell may be as long as the file (a long job description); the module's default stops
    # at 131,072 characters. It is one setting for the process, so it is only ever raised.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows: list[list[str]] = []
    numbers: list[int] = []
    try:
        for number, row in enumerate(reader, start=1):
            if any(c.strip() for c in row):
                rows.append(row)
                numbers.append(number)
    except csv.Error as exc:
        raise ImportRejected(
            f"This CSV could not be read past row {len(rows) + 1}: {_csv_problem(exc)}. "
            "Save it again from your spreadsheet as CSV and import that."
        ) from None
    if not rows:
        raise ImportRejected("The file is empty: it needs a header row and at least one row.")
    if len(rows) - 1 > MAX_ROWS:
        raise ImportRejected(
            f"The file has {len(rows) - 1:,} rows; the limit is {MAX_ROWS:,}. "
            "Split it into smaller files and import them one by one."
        )
    headers = [h.strip() for h in rows[0]]
    return CsvFile(headers=headers, rows=rows[1:], notice=notice, numbers=numbers[1:])


def _csv_problem(exc: csv.Error) -> str:
    if "field larger than field limit" in str(exc):
        return f"a cell is longer than {MAX_BYTES:,} characters"
    return "a quote or a line break is out of place"


def natural_key(company: str, position: str, applied_on: date | None, url: str | None) -> str:
    """What makes a row 'the same application' when an import runs again."""
    parts = (normalise_company(company), position.strip().casefold(), str(applied_on), url or "")
    return "\x1f".join(parts)


def _key_of(app: Application | ApplicationCreate) -> str:
    return natural_key(app.company, app.position, app.applied_on, app.url)


def _cells(row: list[str], index: dict[str, int], mapping: dict[str, str]) -> dict[str, str]:
    """The mapped cells, as written (a text field keeps its spaces and line breaks)."""
    out = {}
    for target, header in mapping.items():
        i = index[header]
        out[target] = val.unescape_cell(row[i]) if i < len(row) else ""
    return out


_DATES = ("applied_on", "deadline", "next_action_on")
_MOMENTS = ("created_at", "updated_at", "archived_at")
_NUMBERS = ("salary_min", "salary_max", "priority")
_PLAIN: tuple[str, ...] = (
    *("company", "position", "location", "remote", "url", "source", "salary_currency"),
    *("salary_period", "next_action", "notes", "job_description"),
)
_OPTIONAL = frozenset(
    name for name, info in ApplicationCreate.model_fields.items() if info.default is None
)


def _parsed(name: str, parse: Callable[[str], Any], text: str) -> Any:
    """One cell through its parser; a problem names the field."""
    try:
        return parse(text.strip())
    except InvalidInput as exc:
        raise InvalidInput(exc.message, field=name) from None
    except (ValueError, OverflowError):
        raise InvalidInput("could not be read; correct it in the file", field=name) from None


@dataclass(frozen=True)
class _Extra:
    moments: dict[str, datetime]
    history: list[dict[str, Any]] | None


def _values(cells: dict[str, str], custom: dict[str, str]) -> tuple[dict[str, Any], _Extra]:
    values: dict[str, Any] = {}
    for name in _PLAIN:
        if name in cells and (cells[name].strip() or name not in _OPTIONAL):
            values[name] = cells[name]
    for name in _DATES:
        if cells.get(name, "").strip():
            values[name] = _parsed(name, val.parse_date, cells[name])
    if cells.get("salary", "").strip():
        low, high, currency = _parsed("salary", val.parse_salary, cells["salary"])
        values.update(salary_min=low, salary_max=high)
        values.setdefault("salary_currency", currency)
    for name in _NUMBERS:
        if cells.get(name, "").strip():
            values[name] = cells[name].strip().replace(",", "")
    status = cells.get("status", "")
    values["status"] = _parsed(
        "status", lambda t: val.parse_status(t, "applied_on" in values, custom), status
    )
    moments = {
        name: _parsed(name, val.parse_datetime, cells[name])
        for name in _MOMENTS
        if cells.get(name, "").strip()
    }
    history = None
    if cells.get("status_history", "").strip():
        history = val.parse_history(cells["status_history"])
    return values, _Extra(moments, history)


def _problem(number: int, exc: Exception) -> RowProblem:
    """What is wrong with a row, as a sentence: the row, the field, what to do."""
    where = f"Row {number}"
    if isinstance(exc, ValidationError):
        found = checks.problems_of(exc)
    elif isinstance(exc, InvalidInput):
        found = {("" if k == FORM else k): v for k, v in exc.errors.items()}
    else:  # pragma: no cover - the parsers raise InvalidInput
        found = {"": "could not be read"}
    reason = " ".join(checks.sentence(where, f, what) for f, what in found.items())
    return RowProblem(number, reason)


def _custom_stage_names(session: Session, user_id: str) -> dict[str, str]:
    """The user's own stages by key and by label, normalised as CSV stage names are."""
    names: dict[str, str] = {}
    for stage in stages_svc.list_stages(session=session, user_id=user_id):
        if stage.custom:
            names[val.normalise_header(stage.key)] = stage.key
            names[val.normalise_header(stage.label)] = stage.key
    return names


def plan_import(
    *, session: Session, user_id: str, csv_file: CsvFile, mapping: dict[str, str]
) -> ImportPlan:
    """Read every row with the chosen column mapping; nothing is saved yet."""
    for needed in ("company", "position"):
        if not mapping.get(needed):
            raise ImportRejected(f"Choose the column that holds the {needed}.")
    unknown = set(mapping.values()) - set(csv_file.headers)
    if unknown:
        raise ImportRejected(f"The file has no column named {sorted(unknown)[0]!r}.")
    seen = {natural_key(*k) for k in repo.list_application_keys(session=session, user_id=user_id)}
    custom = _custom_stage_names(session, user_id)
    index = {h: i for i, h in enumerate(csv_file.headers)}
    plan = ImportPlan()
    for i, row in enumerate(csv_file.rows):
        number = csv_file.row_number(i)
        try:
            values, extra = _values(_cells(row, index, mapping), custom)
            data = ApplicationCreate.model_validate(values)
            if too_big := checks.range_problems(Application, vars(data)):
                raise InvalidInput(errors=too_big)
        except (ValueError, ValidationError) as exc:
            plan.problems.append(_problem(number, exc))
            continue
        key = _key_of(data)
        if key in seen:
            plan.already_there.append(number)
            continue
        seen.add(key)
        plan.new.append(PlannedRow(number, data, extra.moments, extra.history))
    return plan


def _as_datetime(day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=UTC)


def run_import(*, session: Session, user_id: str, vectors: VectorSync, plan: ImportPlan) -> int:
    """Save the planned rows in one transaction (all or nothing); returns how many were saved."""
    now = clock.now()
    rows = [_row(planned, user_id, now) for planned in plan.new]
    saved = _Saved()
    try:
        for start in range(0, len(rows), _BATCH):
            batch = rows[start : start + _BATCH]
            planned = plan.new[start : start + _BATCH]
            # Core bulk INSERT ... RETURNING: 50,000 rows in seconds, not minutes of ORM objects.
            ids = repo.insert_applications(session=session, user_id=user_id, rows=batch)
            changes = [
                change
                for r, p, i in zip(batch, planned, ids, strict=True)
                for change in _history(r, p, i)
            ]
            repo.insert_status_changes(session=session, user_id=user_id, rows=changes)
            saved.add(batch, ids)
        session.commit()
    except Exception:
        session.rollback()
        raise
    vectors.applications_saved(user_id, saved)
    return len(rows)


_BATCH = 2000


class _Saved(Sequence[Application]):
    """The imported rows as applications, each built only when asked for.

    A big import is only counted by the write-through (it marks the user for a catch-up), and
    building 5,000 table objects for nothing took a second or more.
    """

    def __init__(self) -> None:
        self._rows: list[tuple[dict[str, Any], int]] = []

    def add(self, rows: Sequence[dict[str, Any]], ids: Sequence[int]) -> None:
        self._rows.extend(zip(rows, ids, strict=True))

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, i: int) -> Application: ...
    @overload
    def __getitem__(self, i: slice) -> list[Application]: ...
    def __getitem__(self, i: int | slice) -> Application | list[Application]:
        if isinstance(i, slice):
            return [Application(**row, id=app_id) for row, app_id in self._rows[i]]
        row, app_id = self._rows[i]
        return Application(**row, id=app_id)


def _row(planned: PlannedRow, user_id: str, now: datetime) -> dict[str, Any]:
    data = planned.data
    moments = planned.moments
    created = moments.get("created_at") or (
        _as_datetime(data.applied_on) if data.applied_on else now
    )
    return data.model_dump() | {
        "user_id": user_id,
        "created_at": created,
        "updated_at": moments.get("updated_at", now),
        "archived_at": moments.get("archived_at"),
        "version": 1,
        "is_sample": False,
    }


def _history(row: dict[str, Any], planned: PlannedRow, app_id: int) -> list[dict[str, Any]]:
    """The status history from the file (our export) or one change to the imported stage."""
    owner = {"user_id": row["user_id"], "application_id": app_id}
    if planned.history is not None:
        return [owner | change for change in planned.history]
    return [_first_status(row, app_id)]


def _first_status(row: dict[str, Any], app_id: int | None) -> dict[str, Any]:
    """The imported stage, dated when the application was (original dates are kept)."""
    when = _as_datetime(row["applied_on"]) if row["applied_on"] else row["created_at"]
    return {
        "user_id": row["user_id"],
        "application_id": app_id,
        "from_status": None,
        "to_status": row["status"],
        "changed_at": when,
        "note": "imported",
    }


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return val.escape_cell(value) if isinstance(value, str) else value


def export_csv(*, session: Session, user_id: str) -> str:
    """The user's applications (trash excluded) as CSV text, one column per field.

    Formula-like cells get a leading ' (our import takes it off again); the last column holds
    each application's status history, so an import elsewhere brings that back too.
    """
    apps: Sequence[Application] = repo.list_all_applications(session=session, user_id=user_id)
    history: dict[int, list[StatusChange]] = {}
    for change in repo.list_all_status_changes(session=session, user_id=user_id):
        history.setdefault(change.application_id, []).append(change)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(EXPORT_FIELDS)
    for app in apps:
        if app.deleted_at is None:
            cells = [_cell(getattr(app, name)) for name in EXPORT_FIELDS[:-1]]
            writer.writerow([*cells, val.history_cell(history.get(app.id or 0, []))])
    return out.getvalue()
