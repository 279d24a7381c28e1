import re

import pytest

from tracker_core.text.markdown import escape_markdown, safe_markdown


@pytest.mark.parametrize(
    ("raw", "absent"),
    [
        ("<script>alert(1)</script>", "<script>"),
        ('<img src=x onerror="alert(1)">', "<img"),
        ("[click](javascript:alert(1))", "](javascript:"),
        ("[click]( JavaScript:alert(1))", "JavaScript:"),
        ("[x]: vbscript:msgbox", "vbscript:"),
        ("[x](data:text/html;base64,AAA)", "(data:"),
    ],
)
def test_html_and_script_links_are_neutralised(raw: str, absent: str) -> None:
    assert absent not in safe_markdown(raw)


def test_ordinary_markdown_is_kept() -> None:
    text = "# Plan\n\n- **call** [Rita](https://example.com) & 2 > 1"
    assert safe_markdown(text) == "# Plan\n\n- **call** [Rita](https://example.com) &amp; 2 > 1"


@pytest.mark.parametrize(
    "raw",
    ["![i](http://127.0.0.1:9/co.png)", "![i][logo]\n\n[logo]: http://127.0.0.1:9/co.png"],
)
def test_an_image_in_notes_becomes_a_link_not_a_fetch(raw: str) -> None:
    assert "![" not in safe_markdown(raw).replace("\\!", "")


@pytest.mark.parametrize(
    "raw",
    [
        "![i](http://127.0.0.1:9/co.png)",
        "[phish](https://example.com)",
        ":red[loud] :material/warning:",
        "**bold** _it_ `code` # head",
        "<img src=x>",
        "- item\n1. one\n> quote\n---",
    ],
)
def test_escaped_text_keeps_no_markdown_meaning(raw: str) -> None:
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(escape_markdown(raw))
    assert "<img" not in html and "<a " not in html and "<strong>" not in html
    assert "<em>" not in html and "<code>" not in html and "<h1>" not in html
    assert "<li>" not in html and "<blockquote>" not in html and "<hr" not in html
    assert not re.search(r"(?<!\\):(red\[|material/)", escape_markdown(raw))


def test_everyday_text_reads_as_typed() -> None:
    for text in ("Acme Corp: Data Engineer", "ada@example.com", "Take-home (round 2)", "C++ dev"):
        assert escape_markdown(text) == text
