"""Check what a form submits and report every problem at once, each under its field."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from tracker_core.errors import FORM, InvalidInput, validation_messages
from tracker_core.models import ApplicationCreate, salary_range_problem


def whole_model_problems(values: Mapping[str, Any]) -> dict[str, str]:
    """ApplicationCreate's whole-model rules on raw input, keyed by the field they sit beside.

    Pydantic skips these rules once any field fails, so a form would show them one save
    later; checked here, a bad URL no longer hides a salary minimum above its maximum.
    """
    found: dict[str, str] = {}
    if problem := salary_range_problem(values.get("salary_min"), values.get("salary_max")):
        found["salary_max"] = problem
    return found


def validate_application(values: Mapping[str, Any]) -> ApplicationCreate:
    """The valid ApplicationCreate, or InvalidInput naming every field at fault at once."""
    try:
        return ApplicationCreate.model_validate(dict(values))
    except ValidationError as exc:
        found = validation_messages(exc)
        rules = whole_model_problems(values)
        if found.get(FORM) in rules.values():  # the rule pydantic did reach: beside its field
            found.pop(FORM)
        raise InvalidInput(errors={**found, **rules}) from exc
