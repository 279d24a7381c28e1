"""Small text helpers for Markdown rendering of user data."""

from __future__ import annotations

import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~:$<])")


def md_escape(text: str) -> str:
    """User text shown literally inside st.markdown (no links, emphasis or directives)."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def stars(priority: int) -> str:
    return "★" * priority + "☆" * (5 - priority)
