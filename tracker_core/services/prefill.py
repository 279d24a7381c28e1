"""Fill the empty fields of a new application from its pasted posting, never over typed ones."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tracker_core.services.postings import draft_from_posting


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def fill_empty_fields(values: Mapping[str, Any], posting: str) -> dict[str, Any]:
    """The fields the posting gives that are still empty in `values` (the form), by name.

    The posting text itself is never returned: it is what the user pasted.
    """
    if not posting.strip():
        return {}
    found, _ = draft_from_posting(posting)
    found.pop("job_description", None)
    return {
        name: value
        for name, value in found.items()
        if not _empty(value) and name in values and _empty(values[name])
    }
