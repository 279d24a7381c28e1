"""Make user Markdown safe to render: no raw HTML, no script links."""

from __future__ import annotations

import re

_BAD_SCHEME = r"(?:javascript|vbscript|data|file)\s*:"
_INLINE_LINK = re.compile(r"(\]\(\s*<?)" + _BAD_SCHEME, re.IGNORECASE)
_REFERENCE = re.compile(r"^(\s*\[[^\]]+\]:\s*<?)" + _BAD_SCHEME, re.IGNORECASE | re.MULTILINE)


def safe_markdown(text: str) -> str:
    """Escape HTML tags and disarm links whose scheme could run code."""
    text = text.replace("&", "&amp;").replace("<", "&lt;")  # ">" stays: it starts quotes
    text = _INLINE_LINK.sub(r"\1#blocked-", text)
    return _REFERENCE.sub(r"\1#blocked-", text)
