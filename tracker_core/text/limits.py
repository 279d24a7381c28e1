"""How much pasted text the app reads: one limit for the parser and the analysis engine.

A posting runs to 2,000-15,000 characters; 50,000 leaves room for a long one pasted with
its page chrome, while keeping a hostile paste (a megabyte of one phrase) from tying up a
worker. Readers check with `check_posting_length` before they parse.
"""

from __future__ import annotations

from tracker_core.errors import InvalidInput

MAX_POSTING_CHARS = 50_000

POSTING_TOO_LONG = (
    f"This posting is longer than {MAX_POSTING_CHARS:,} characters, more than a job posting "
    "runs to. Paste only the job description."
)


def check_posting_length(text: str, field: str = "job_description") -> None:
    """Refuse a posting longer than MAX_POSTING_CHARS with a message for the user."""
    if len(text) > MAX_POSTING_CHARS:
        raise InvalidInput(POSTING_TOO_LONG, field)
