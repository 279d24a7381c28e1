"""Small text helpers for Markdown rendering of user data."""

from __future__ import annotations

from tracker_core.text.markdown import escape_markdown as md_escape

__all__ = ["md_escape", "stars"]


def stars(priority: int) -> str:
    return "★" * priority + "☆" * (5 - priority)
