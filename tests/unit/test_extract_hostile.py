"""Hostile resume files: each ends, within a memory and CPU limit, with a sentence for the user.

The files are built by the tests (tests/support/resume_files.py); the ones that could exhaust a
machine are read in a child process under RLIMIT_AS / RLIMIT_CPU, so a regression fails the
test instead of the test run.
"""

from __future__ import annotations

import pytest

from tests.support import resume_files as rf
from tracker_core.text.extract import ExtractionError, extract_text


def test_a_docx_zip_bomb_is_refused_before_it_is_inflated() -> None:
    # 1 MB on disk, word/document.xml inflates to 1 GB; under 1 GB of address space
    result = rf.extract_in_child("zip_bomb_docx(1024)", "cv.docx", memory_mb=1024, cpu_seconds=20)
    assert result.stdout.startswith("error: This DOCX file unpacks to far more data"), result


def test_pages_sharing_one_huge_content_stream_are_refused_quickly() -> None:
    # 20 pages show one 3.2 MB stream: a few KB on disk, minutes of parsing before
    result = rf.extract_in_child("shared_stream_pdf()", "cv.pdf", memory_mb=1024, cpu_seconds=10)
    assert result.stdout.startswith("error: This PDF holds far more drawing data"), result


def test_the_biggest_page_allowed_reads_within_1_gb_and_10_cpu_seconds() -> None:
    # one page showing 4 MB of glyphs: just under the drawing-data budget
    result = rf.extract_in_child(
        "shared_stream_pdf(4_000_000, 1)", "cv.pdf", memory_mb=1024, cpu_seconds=10
    )
    assert result.stdout.startswith("ok"), result


def test_a_1000_by_50_table_is_read_within_a_few_cpu_seconds() -> None:
    result = rf.extract_in_child("docx_table(1000, 50)", "cv.docx", memory_mb=1024, cpu_seconds=4)
    assert result.stdout.startswith("ok"), result


def test_the_table_text_comes_out_row_by_row() -> None:
    text = extract_text(rf.docx_table(3, 2), "cv.docx")
    assert text == "Jane Doe\nr0c0 | r0c1\nr1c0 | r1c1\nr2c0 | r2c1"


@pytest.mark.parametrize(
    "data",
    [rf.billion_laughs_docx(), rf.deeply_nested_docx()],
    ids=["billion-laughs", "deep-nesting"],
)
def test_xml_bombs_in_a_docx_end_with_the_damaged_file_message(data: bytes) -> None:
    with pytest.raises(ExtractionError, match="Save it again as .docx"):
        extract_text(data, "cv.docx")


def test_a_flate_bomb_in_a_pdf_ends_with_a_message_not_a_limit_error() -> None:
    # 80 MB of content deflated into 80 KB; pypdf's own limit used to escape as LimitReachedError
    pdf = rf.pdf_document([b"BT /F1 12 Tf 72 720 Td (Jane Doe) Tj ET\n" + b" " * (80 << 20)])
    with pytest.raises(ExtractionError, match="far more drawing data"):
        extract_text(pdf, "cv.pdf")


def test_a_docx_with_too_many_parts_is_refused() -> None:
    parts = {f"word/media/p{i}.xml": b"<x/>" for i in range(2_001)}
    data = rf.docx_package(rf.document_xml("<w:p><w:r><w:t>Jane</w:t></w:r></w:p>"), parts)
    with pytest.raises(ExtractionError, match="unpacks to far more data"):
        extract_text(data, "cv.docx")


@pytest.mark.parametrize(
    "data",
    [
        rf.docx_package(b"<w:document"),  # cut short
        rf.docx_package(rf.document_xml("<w:p>")),  # not well formed
        rf.docx_package(b"\xff\xfe garbage"),
    ],
    ids=["truncated", "unclosed", "garbage"],
)
def test_broken_document_xml_ends_with_the_damaged_file_message(data: bytes) -> None:
    with pytest.raises(ExtractionError, match="damaged"):
        extract_text(data, "cv.docx")


def test_a_pdf_with_more_pages_than_a_resume_is_refused() -> None:
    page = b"BT /F1 12 Tf 72 720 Td (Jane Doe, data engineer) Tj ET"
    with pytest.raises(ExtractionError, match="51 pages"):
        extract_text(rf.pdf_document([page] * 51), "cv.pdf")
