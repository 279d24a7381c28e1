"""What an imported value may be (the columns' own limits) and how a bad one is told to the user.

Every problem becomes a sentence naming where it is (a CSV row, a JSON entry), the field and
what to do; pydantic's own wording ("String should have at least 1 character") is never shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from functools import cache
from typing import Any, TypeVar

from pydantic import ValidationError
from pydantic_core import ErrorDetails
from sqlalchemy import BigInteger, Integer, SmallInteger
from sqlmodel import SQLModel

from tracker_core.errors import InvalidInput

M = TypeVar("M", bound=SQLModel)


class ImportRejected(InvalidInput):
    """The whole file or the whole import cannot go ahead; nothing was changed."""


# Signed ranges of the database's integer columns (Postgres; SQLite holds 64 bits in any).
_INT_BITS: tuple[tuple[type[Integer], int], ...] = ((SmallInteger, 16), (BigInteger, 64))
MAX_DEPTH = 20  # how deeply a JSON value (parsed job fields, tags) may nest

_LABELS = {
    "salary_min": "salary minimum",
    "salary_max": "salary maximum",
    "applied_on": "date applied",
    "next_action_on": "next action date",
    "created_at": "date saved",
    "url": "job URL",
    "to_status": "stage",
    "from_status": "previous stage",
    "changed_at": "date of the change",
}


def label(field: str) -> str:
    """A field's name as a user reads it."""
    return _LABELS.get(field, field.replace("_", " "))


@cache
def int_ranges(model: type[SQLModel]) -> dict[str, tuple[int, int]]:
    """The (lowest, highest) value each integer column of a table can hold."""
    out: dict[str, tuple[int, int]] = {}
    table: Any = getattr(model, "__table__", None)  # a Create shape has none: no limits
    for column in table.columns if table is not None else []:
        if isinstance(column.type, Integer):
            bits = next((b for kind, b in _INT_BITS if isinstance(column.type, kind)), 32)
            out[column.name] = (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1)
    return out


def range_problems(model: type[SQLModel], values: Mapping[str, Any]) -> dict[str, str]:
    """The integers in `values` that the table's columns cannot hold, worded as what to do."""
    out = {}
    for name, (low, high) in int_ranges(model).items():
        value = values.get(name)
        if isinstance(value, int) and not low <= value <= high:
            out[name] = (
                f"is {_number(value)}, more than the tracker can store; use at most {high:,}"
            )
    return out


def depth_problem(value: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether a JSON value nests deeper than `limit` (checked without recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > limit:
                return True
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return False


def _number(value: int) -> str:
    digits = len(str(abs(value)))
    return f"{value:,}" if digits <= 24 else f"a number of {digits:,} digits"


def _what(err: ErrorDetails) -> str:
    """What is wrong with one field, and what to do, from one pydantic error."""
    kind, ctx = err["type"], err.get("ctx", {})
    given = err.get("input")
    if kind == "missing":
        return "is missing; add it"
    if kind == "string_too_short":
        return "is empty; fill it in"
    if kind == "string_too_long":
        size = f"{len(given):,} characters long" if isinstance(given, str) else "too long"
        return f"is {size}; the limit is {ctx.get('max_length', 0):,}, so shorten it"
    if kind == "greater_than_equal":
        return f"is below {ctx.get('ge')}; use {ctx.get('ge')} or more"
    if kind == "less_than_equal":
        return f"is above {ctx.get('le'):,}; use {ctx.get('le'):,} or less"
    if kind.startswith(("int_", "float_")):
        return "is not a whole number; write digits only, like 120000"
    if kind.startswith(("date_", "datetime_")):
        return "is not a date; write it like 2026-01-31"
    if kind.startswith(("string_", "bool_", "list_", "dict_", "model_")):
        return "has the wrong kind of value; write it as plain text or a number"
    if kind == "value_error":
        text = str(err["msg"]).removeprefix("Value error, ")
        return text[0].lower() + text[1:] if text else "could not be read; check it"
    return "could not be read; check it"


def problems_of(exc: ValidationError) -> dict[str, str]:
    """One worded problem per field at fault ('' for the whole row)."""
    out: dict[str, str] = {}
    for err in exc.errors():
        field = str(err["loc"][0]) if err["loc"] else ""
        out.setdefault(field, _what(err))
    return out


def sentence(where: str, field: str, what: str) -> str:
    """'Row 4: the position is empty; fill it in.' (field '' for the whole row)."""
    what = what.rstrip(".")
    if ";" not in what:
        what += "; correct it in the file"
    if not field:
        return f"{where}: {what[0].lower() + what[1:]}."
    return f"{where}: the {label(field)} {what}."


class Problems:
    """The problems found in one import file, each a sentence; rows are built through it."""

    def __init__(self) -> None:
        self.found: list[str] = []

    def add(self, where: str, field: str, what: str) -> None:
        self.found.append(sentence(where, field, what))

    def build(self, model: type[M], values: Mapping[str, Any], where: str) -> M | None:
        """The row, validated against the model and its columns; None (noted) when it is not."""
        moments = {}
        for name in MOMENTS:
            if values.get(name) not in (None, ""):
                try:
                    moments[name] = moment(values[name])
                except (TypeError, ValueError):
                    self.add(where, name, "is not a date and time; write it like 2026-01-31T09:00")
                    return None
        try:
            row = model.model_validate({**values, **moments})
        except ValidationError as exc:
            for field, what in problems_of(exc).items():
                self.add(where, field, what)
            return None
        if too_big := range_problems(model, vars(row)):
            for field, what in too_big.items():
                self.add(where, field, what)
            return None
        return row

    def raise_if_any(self) -> None:
        if not self.found:
            return
        shown = " ".join(self.found[:5])
        more = len(self.found) - 5
        tail = f" And {more:,} more like these." if more > 0 else ""
        raise ImportRejected(
            f"Nothing was imported; fix the file and import it again. {shown}{tail}"
        )


MOMENTS: tuple[str, ...] = (
    *("created_at", "updated_at", "archived_at", "deleted_at", "changed_at"),
    *("scheduled_at", "uploaded_at", "last_analyzed_at"),
)


def moment(value: Any) -> datetime:
    """An ISO date-time from an export; one without a zone is UTC."""
    if not isinstance(value, str):
        raise TypeError("not a string")
    parsed = datetime.fromisoformat(value)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed
