"""One error vocabulary: every error meant for the user says so by its class.

`TrackerError` carries a user-facing `message` (str(exc) is the same text) and, where it
applies, the `field` at fault. The UI maps these in one place (components/errors.py) and
shows anything else as a short generic sentence, never its text.

- `NotFound`: the thing asked for is not there (or belongs to someone else).
- `Conflict`: a stale edit or a duplicate; the user reloads or picks another name.
- `InvalidInput`: what the user gave cannot be used; `errors` holds one message per field.
  It is also a `ValueError`, so code that caught the old `ValueError`s still does.
- `Unavailable`: a database, Qdrant, SMTP server or model that is down or missing.
"""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import ValidationError

FORM = "_form"  # the key of a message about the whole form rather than one field


class TrackerError(Exception):
    """An error worded for the user; `field` names the input at fault, if any."""

    default_message = "Something went wrong; nothing was changed. Try again."

    def __init__(self, message: str = "", field: str | None = None) -> None:
        self.message = message or self.default_message
        self.field = field
        super().__init__(self.message)


class NotFound(TrackerError):
    """What was asked for does not exist for this user."""

    default_message = "That item was not found (deleted in another tab?). Reload the page."


class Conflict(TrackerError):
    """A stale edit (someone saved in between) or a duplicate of something that exists."""

    default_message = "This was changed elsewhere since you opened it. Reload, then try again."


class InvalidInput(TrackerError, ValueError):
    """Input that cannot be used; `errors` maps each field at fault (or FORM) to its message."""

    default_message = "Some of what you entered needs fixing."

    def __init__(
        self,
        message: str = "",
        field: str | None = None,
        *,
        errors: Mapping[str, str] | None = None,
    ) -> None:
        found = dict(errors or {})
        if message and not found:
            found[field or FORM] = message
        if not message and found:
            message = found[FORM] if FORM in found else next(iter(found.values()))
        super().__init__(message, field)
        self.errors: dict[str, str] = found

    @classmethod
    def from_validation_error(cls, exc: ValidationError) -> InvalidInput:
        """Every problem pydantic found, one readable line per field (the first one each)."""
        return cls(errors=validation_messages(exc))


class Unavailable(TrackerError):
    """A service the app depends on (database, Qdrant, SMTP, a model) cannot be used now."""

    default_message = "A service the app needs is not reachable right now. Try again in a moment."


def validation_messages(exc: ValidationError) -> dict[str, str]:
    """One readable line per field from a pydantic error; whole-model problems go under FORM."""
    out: dict[str, str] = {}
    for err in exc.errors():
        field = str(err["loc"][0]) if err["loc"] else FORM
        message = err["msg"].removeprefix("Value error, ")
        out.setdefault(field, message[0].upper() + message[1:] if message else message)
    return out
