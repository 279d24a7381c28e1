"""Lines a PDF repeats on every page that are not the resume: a browser's print header and
footer (date and time, the file's address, "1/2"), running page numbers."""

from __future__ import annotations

import re

EDGE_LINES = 3  # how many lines at the top and bottom of a page can be header or footer

# Chrome, Edge and Firefox print "12/1/26, 8:24 AM" (or "01.12.26, 08:24") and the page title
# at the top, the address and "1/2" at the bottom.
_STAMP = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\b")
_ADDRESS = re.compile(r"^(?:file|https?)://\S*(?:\s+\d{1,3}\s*/\s*\d{1,3})?$", re.IGNORECASE)
_COUNTER = re.compile(r"^(?:page\s+)?\d{1,3}\s*(?:/|of)\s*\d{1,3}$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")


def _is_stamp(line: str) -> bool:
    return bool(_STAMP.match(line) or _ADDRESS.match(line) or _COUNTER.match(line))


def _key(line: str) -> str:
    return _DIGITS.sub("#", line.strip())


def _edges(lines: list[str]) -> tuple[list[int], list[int]]:
    """Indexes of the first and of the last few non-blank lines of a page."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return filled[:EDGE_LINES], filled[-EDGE_LINES:]


def drop_page_furniture(pages: list[str]) -> list[str]:
    """The pages without browser print stamps and without the lines every page repeats in the
    same place among its first (or last) EDGE_LINES lines.

    A line repeated word for word (a name in a running header) is kept on its first page; one
    whose numbers change from page to page ("Jane Doe, page 2 of 3") is dropped everywhere.
    """
    split = [page.split("\n") for page in pages]
    edges = [_edges(lines) for lines in split]
    repeated: list[set[str]] = [set(), set()]  # at the top, at the bottom
    variants: dict[str, set[str]] = {}
    if len(pages) > 1:
        for end in (0, 1):
            for rank in range(EDGE_LINES):
                at_rank = {
                    _key(lines[page_edges[end][rank]])
                    for lines, page_edges in zip(split, edges, strict=True)
                    if len(page_edges[end]) > rank
                }
                key = at_rank.pop() if len(at_rank) == 1 else ""
                if sum(c.isalpha() for c in key) >= 3:
                    repeated[end].add(key)
        for lines in split:
            for line in lines:
                variants.setdefault(_key(line), set()).add(line.strip())
    kept: set[str] = set()
    out = []
    for lines, page_edges in zip(split, edges, strict=True):
        drop = set()
        for i in sorted({*page_edges[0], *page_edges[1]}):
            line, key = lines[i].strip(), _key(lines[i])
            if _is_stamp(line):
                drop.add(i)
            elif any(i in page_edges[end] and key in repeated[end] for end in (0, 1)):
                if len(variants[key]) > 1 or line in kept:
                    drop.add(i)
                kept.add(line)
        out.append("\n".join(line for i, line in enumerate(lines) if i not in drop))
    return out
