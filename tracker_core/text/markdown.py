"""User text in Markdown: shown literally (escape_markdown), or as Markdown made safe
(safe_markdown: no raw HTML, no script links, no remote images fetched on sight)."""

from __future__ import annotations

import re

_BAD_SCHEME = r"(?:javascript|vbscript|data|file)\s*:"
_INLINE_LINK = re.compile(r"(\]\(\s*<?)" + _BAD_SCHEME, re.IGNORECASE)
_IMAGE = re.compile(r"!(?=\[)")
# What gives text meaning anywhere: emphasis, code, links and images, math, HTML, tables, and
# a colon opening Streamlit's directives (:red[...], :material/x:).
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]!|~$<]|:(?=[A-Za-z]))")
# What gives meaning only at the start of a line: headings, quotes, lists, rules.
_LINE_START = re.compile(r"^(\s*)(\d+(?=[.)])|[#>+=-])", re.MULTILINE)
_REFERENCE = re.compile(r"^(\s*\[[^\]]+\]:\s*<?)" + _BAD_SCHEME, re.IGNORECASE | re.MULTILINE)


def escape_markdown(text: str) -> str:
    """User text shown literally inside Markdown (no links, images, emphasis or directives)."""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(_escape_line_start, text)


def _escape_line_start(found: re.Match[str]) -> str:
    lead, mark = found[1], found[2]
    return lead + (mark + "\\" if mark[0].isdigit() else "\\" + mark)  # "1\." and "\#"


def safe_markdown(text: str) -> str:
    """Escape HTML tags, disarm links whose scheme could run code, and turn images into links
    (an image would be fetched from wherever it points as soon as the page shows)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;")  # ">" stays: it starts quotes
    text = _IMAGE.sub(r"\\!", text)
    text = _INLINE_LINK.sub(r"\1#blocked-", text)
    return _REFERENCE.sub(r"\1#blocked-", text)
