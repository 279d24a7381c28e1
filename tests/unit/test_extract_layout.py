"""Resume text as the user sees it on the page: words spaced, no browser print stamps, DOCX
paragraphs and tables in document order."""

from __future__ import annotations

import io
import re

import docx
from pypdf import PdfReader, PdfWriter

from tests.support import resume_files as rf
from tracker_core.text.extract import extract_text
from tracker_core.text.page_furniture import drop_page_furniture

TEX_LINES = [
    "Pohang University of Science and Technology",
    "Machine Learning Engineer at Naver Corporation",
    "Developed recommendation systems for international customers",
]


def _glued(text: str) -> list[str]:
    """Tokens of 16 or more letters: in English resumes nearly always words run together."""
    return [w for w in re.findall(r"[A-Za-z]+", text) if len(w) >= 16]


def test_words_placed_one_by_one_like_latex_output_keep_their_spaces() -> None:
    # Each word sits at its own position (Tm), the gap narrower than half a space and no
    # space glyph in between: how XeLaTeX templates such as Awesome-CV set their lines.
    ops = [b"BT /F1 10 Tf"]
    for row, line in enumerate(TEX_LINES):
        x = 72.0
        for word in line.split():
            ops.append(b"1 0 0 1 %.2f %d Tm %s Tj" % (x, 720 - 14 * row, rf.pdf_string(word)))
            x += len(word) * 6 + 2  # Courier: 6 points a letter at 10 pt, a 2 pt gap
    text = extract_text(rf.pdf_document([b" ".join([*ops, b"ET"])]), "cv.pdf")
    assert _glued(text) == []
    assert text.splitlines() == TEX_LINES


def test_tex_kerned_glyphs_read_as_words() -> None:
    text = extract_text(rf.pdf_document([rf.tex_page(TEX_LINES)]), "cv.pdf")
    assert text.splitlines() == TEX_LINES


BODY = ["Jane Doe, data engineer", "Python, SQL, Airflow since 2019", "Berlin, Germany"]
PAGE_TWO = ["Education", "TU Berlin, MSc Computer Science, 2018", "Languages: German, English"]


def _browser_printed(pages: list[list[str]]) -> bytes:
    return rf.pdf_document(
        [
            rf.plain_page(
                lines,
                top=("12/1/26, 8:24 AM    Jane Doe - Resume",),
                bottom=(f"file:///home/jane/cv.html    {n}/{len(pages)}",),
            )
            for n, lines in enumerate(pages, start=1)
        ]
    )


def test_browser_print_header_and_footer_are_left_out() -> None:
    text = extract_text(_browser_printed([BODY, PAGE_TWO]), "cv.pdf")
    assert text.splitlines() == BODY + PAGE_TWO


def test_a_one_page_browser_print_loses_its_stamps_too() -> None:
    assert extract_text(_browser_printed([BODY]), "cv.pdf").splitlines() == BODY


def test_running_headers_keep_the_name_once_and_drop_page_numbers() -> None:
    bodies = ["Experience\nAcme, 2019", "Education\nTU Berlin", "Skills\nPython"]
    pages = [f"Jane Doe\n{body}\nJane Doe, page {n} of 3" for n, body in enumerate(bodies, 1)]
    assert drop_page_furniture(pages) == [f"Jane Doe\n{bodies[0]}", *bodies[1:]]


def test_date_ranges_at_page_edges_are_content_not_furniture() -> None:
    pages = ["Acme\nData engineer\n2019 - 2021", "2021 - 2024\nGlobex\nAnalyst"]
    assert drop_page_furniture(pages) == pages


def test_a_pdf_locked_only_against_editing_is_read() -> None:
    source = rf.pdf_document([rf.plain_page(BODY)])
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(source)))
    writer.encrypt(user_password="", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    assert extract_text(out.getvalue(), "cv.pdf").splitlines() == BODY


def test_docx_paragraphs_and_tables_come_in_document_order() -> None:
    document = docx.Document()
    document.add_heading("Jane Doe", 0)
    document.add_paragraph("Berlin\tjane@example.com")
    line = document.add_paragraph("Line one")
    line.add_run().add_break()
    line.add_run("line two")
    document.add_heading("Experience", 1)
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Acme Corp, 2019-2024"
    for cell, value in zip(table.rows[1].cells, ["Data engineer", "Berlin", "Python"], strict=True):
        cell.text = value
    document.add_heading("Skills", 1)
    document.add_paragraph("SQL, dbt", style="List Bullet")
    out = io.BytesIO()
    document.save(out)
    assert extract_text(out.getvalue(), "cv.docx").splitlines() == [
        "Jane Doe",
        "Berlin\tjane@example.com",
        "Line one",
        "line two",
        "Experience",
        "Acme Corp, 2019-2024",
        "Data engineer | Berlin | Python",
        "Skills",
        "SQL, dbt",
    ]


def test_docx_text_boxes_are_read_once_and_content_controls_are_read() -> None:
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = (
        f'<w:p><w:r><mc:AlternateContent xmlns:mc="{mc}"><mc:Choice Requires="wps">'
        "<w:drawing><w:txbxContent><w:p><w:r><w:t>Sidebar: Python</w:t></w:r></w:p>"
        "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
        "<w:p><w:r><w:t>Sidebar: Python</w:t></w:r></w:p></w:txbxContent></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    control = (
        "<w:sdt><w:sdtContent><w:p><w:r><w:t>Jane Doe</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    tracked = (
        "<w:p><w:r><w:t>Led </w:t></w:r><w:ins><w:r><w:t>three</w:t></w:r></w:ins>"
        "<w:del><w:r><w:delText>two</w:delText></w:r></w:del><w:r><w:t> teams</w:t></w:r></w:p>"
    )
    data = rf.docx_package(rf.document_xml(control + box + tracked))
    lines = extract_text(data, "cv.docx").splitlines()
    assert [line for line in lines if line] == [
        "Jane Doe",
        "Sidebar: Python",
        "Led three teams",
    ]
