import pytest

from tracker_core.text.markdown import safe_markdown


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
