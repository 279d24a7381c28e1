"""CSV import (preview, mapping, dedupe, all-or-nothing) and CSV export of applications."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from pydantic import ValidationError
from sqlmodel import Session

from tracker_core import clock
from tracker_core import repositories as repo
from tracker_core.errors import InvalidInput
from tracker_core.models import Application, ApplicationCreate
from tracker_core.services import stages as stages_svc
from tracker_core.services import transfer_values as val
from tracker_core.services.duplicates import normalise_company
from tracker_core.services.vector_sync import VectorSync

MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 50_000
EXPORT_FIELDS: tuple[str, ...] = (
    *(name for name in ApplicationCreate.model_fields),
    "created_at",
    "updated_at",
    "archived_at",
)


class ImportRejected(InvalidInput):
    """The whole file or the whole import cannot go ahead; nothing was changed."""


@dataclass(frozen=True)
class CsvFile:
    """A decoded CSV: its header, its rows and a notice about how it was read."""

    headers: list[str]
    rows: list[list[str]]
    notice: str | None = None


@dataclass(frozen=True)
class RowProblem:
    line: int
    reason: str


@dataclass(frozen=True)
class PlannedRow:
    line: int
    data: ApplicationCreate
    created_at: datetime | None


@dataclass
class ImportPlan:
    """What an import would do: new rows, rows already there, rows it cannot read."""

    new: list[PlannedRow] = field(default_factory=list)
    already_there: list[int] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def _decode(data: bytes) -> tuple[str, str | None]:
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


def read_csv(data: bytes) -> CsvFile:
    """Decode and split a CSV upload, refusing files over 10 MB or 50,000 rows."""
    if len(data) > MAX_BYTES:
        raise ImportRejected(
            f"The file is {len(data) / 1_048_576:.1f} MB; the limit is 10 MB. "
            "Split it into smaller files and import them one by one."
        )
    text, notice = _decode(data)
    if b"\x00" in data:
        raise ImportRejected("This is not a CSV text file (it holds binary data).")
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = [
            row for row in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in row)
        ]
    except csv.Error as exc:
        raise ImportRejected(f"This CSV is malformed: {exc}.") from None
    if not rows:
        raise ImportRejected("The file is empty: it needs a header row and at least one row.")
    if len(rows) - 1 > MAX_ROWS:
        raise ImportRejected(
            f"The file has {len(rows) - 1:,} rows; the limit is {MAX_ROWS:,}. "
            "Split it into smaller files and import them one by one."
        )
    headers = [h.strip() for h in rows[0]]
    return CsvFile(headers=headers, rows=rows[1:], notice=notice)


def natural_key(company: str, position: str, applied_on: date | None, url: str | None) -> str:
    """What makes a row 'the same application' when an import runs again."""
    parts = (normalise_company(company), position.strip().casefold(), str(applied_on), url or "")
    return "\x1f".join(parts)


def _key_of(app: Application | ApplicationCreate) -> str:
    return natural_key(app.company, app.position, app.applied_on, app.url)


def _cells(row: list[str], headers: list[str], mapping: dict[str, str]) -> dict[str, str]:
    index = {h: i for i, h in enumerate(headers)}
    out = {}
    for target, header in mapping.items():
        i = index[header]
        out[target] = val.unescape_cell(row[i].strip()) if i < len(row) else ""
    return out


_DATES = ("applied_on", "deadline", "next_action_on")
_PLAIN: tuple[str, ...] = (
    *("company", "position", "location", "remote", "url", "source", "salary_currency"),
    *("salary_period", "next_action", "notes", "job_description"),
)


def _values(
    cells: dict[str, str], custom: dict[str, str]
) -> tuple[dict[str, Any], datetime | None]:
    values: dict[str, Any] = {k: cells.get(k, "") for k in _PLAIN if k in cells}
    for name in _DATES:
        if cells.get(name):
            values[name] = val.parse_date(cells[name])
    if cells.get("salary"):
        low, high, currency = val.parse_salary(cells["salary"])
        values.update(salary_min=low, salary_max=high)
        values.setdefault("salary_currency", currency)
    for name in ("salary_min", "salary_max", "priority"):
        if cells.get(name):
            values[name] = cells[name].replace(",", "")
    values["status"] = val.parse_status(cells.get("status", ""), "applied_on" in values, custom)
    created = val.parse_datetime(cells["created_at"]) if cells.get("created_at") else None
    return values, created


def _reason(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        parts = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err["loc"]) or "row"
            parts.append(f"{where}: {err['msg'].removeprefix('Value error, ')}")
        return "; ".join(parts)
    return str(exc)


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
    plan = ImportPlan()
    for line, row in enumerate(csv_file.rows, start=2):
        try:
            values, created = _values(_cells(row, csv_file.headers, mapping), custom)
            data = ApplicationCreate.model_validate(values)
        except (ValueError, ValidationError) as exc:
            plan.problems.append(RowProblem(line, _reason(exc)))
            continue
        key = _key_of(data)
        if key in seen:
            plan.already_there.append(line)
            continue
        seen.add(key)
        plan.new.append(PlannedRow(line, data, created))
    return plan


def _as_datetime(day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=UTC)


def run_import(*, session: Session, user_id: str, vectors: VectorSync, plan: ImportPlan) -> int:
    """Save the planned rows in one transaction (all or nothing); returns how many were saved."""
    now = clock.now()
    rows = [_row(planned, user_id, now) for planned in plan.new]
    try:
        for start in range(0, len(rows), _BATCH):
            batch = rows[start : start + _BATCH]
            # Core bulk INSERT ... RETURNING: 50,000 rows in seconds, not minutes of ORM objects.
            ids = repo.insert_applications(session=session, user_id=user_id, rows=batch)
            changes = [_first_status(r, i) for r, i in zip(batch, ids, strict=True)]
            repo.insert_status_changes(session=session, user_id=user_id, rows=changes)
        session.commit()
    except Exception:
        session.rollback()
        raise
    if rows:
        vectors.user_changed(session, user_id)
    return len(rows)


_BATCH = 2000


def _row(planned: PlannedRow, user_id: str, now: datetime) -> dict[str, Any]:
    data = planned.data
    created = planned.created_at or (_as_datetime(data.applied_on) if data.applied_on else now)
    return data.model_dump() | {
        "user_id": user_id,
        "created_at": created,
        "updated_at": now,
        "version": 1,
        "is_sample": False,
    }


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
    """The user's applications (trash excluded) as CSV text, one column per field."""
    apps: Sequence[Application] = repo.list_all_applications(session=session, user_id=user_id)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(EXPORT_FIELDS)
    for app in apps:
        if app.deleted_at is None:
            writer.writerow([_cell(getattr(app, name)) for name in EXPORT_FIELDS])
    return out.getvalue()
