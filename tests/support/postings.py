"""The written postings of tests/data/postings (format: its README.md), loaded once."""

from __future__ import annotations

from scripts.postings_data import load_postings, same_text

POSTINGS = load_postings("written")
MORE_POSTINGS = load_postings("more")  # what the parser was tuned on
FRESH_POSTINGS = load_postings("fresh")  # the latest held-out batch

__all__ = ["FRESH_POSTINGS", "MORE_POSTINGS", "POSTINGS", "same_text"]
