"""Plain text from pasted postings: HTML from job boards becomes lines, never markup."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from tracker_core.text.paste import repair_paste

_TAG_RE = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?\s*>")
_BLOCK_TAGS = frozenset(
    "p div br li ul ol tr h1 h2 h3 h4 h5 h6 section article header footer table dt dd "
    "blockquote pre hr".split()
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})


class _TextCollector(HTMLParser):
    """Collects visible text, one line per block element; drops scripts and styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0
        self._pre_depth = 0
        self._cells = 0  # cells opened in the current table row

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open a block, a bullet or a skipped element."""
        if tag == "pre":
            self._pre_depth += 1
        if tag in _SKIP_TAGS:
            self._skip_depth += 1
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in ("td", "th"):
            # A two-cell row reads 'Salary: £34,000'; further cells are set apart with '|'.
            self.parts.append(("", ": ", " | ")[min(self._cells, 2)])
            self._cells += 1
        elif tag in _BLOCK_TAGS:
            if tag == "tr":
                self._cells = 0
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        """Close a block or a skipped element."""
        if tag == "pre":
            self._pre_depth = max(0, self._pre_depth - 1)
        if tag in _SKIP_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        """Keep visible text."""
        if self._skip_depth:
            return
        # Line breaks inside HTML source are spaces; only block elements break lines.
        self.parts.append(data if self._pre_depth else re.sub(r"\s+", " ", data))


def looks_like_html(text: str) -> bool:
    """True when the text carries at least two HTML tags."""
    return len(_TAG_RE.findall(text[:20000])) >= 2


def html_to_text(html: str) -> str:
    """Visible text of an HTML fragment, block elements on their own lines."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return "".join(collector.parts)


def clean_text(text: str) -> str:
    """Normalise a pasted posting: strip HTML, unify spaces, put back the line breaks a
    copy from a job board loses (text.paste), drop empty-line runs."""
    if looks_like_html(text):
        text = html_to_text(text)
    text = unescape(text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    text = repair_paste("\n".join(re.sub(r"[ \t]+", " ", ln) for ln in text.split("\n")))
    lines = [ln.strip() for ln in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()
