"""Resume files to text: each supported type, and a clear message for each failure."""

from __future__ import annotations

import io

import docx
import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from tracker_core.text.extract import MAX_BYTES, ExtractionError, extract_text

RESUME_LINES = ["Jane Doe, Python developer since 2019", "Skills: Python, SQL, Docker"]


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with a real text layer (Helvetica)."""
    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
    )
    ops = " ".join(f"({line}) Tj 0 -16 Td" for line in lines)
    stream = DecodedStreamObject()
    stream.set_data(f"BT /F1 12 Tf 72 720 Td {ops} ET".encode())
    page.replace_contents(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_docx(lines: list[str]) -> bytes:
    """A DOCX with paragraphs and a small table."""
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Languages"
    table.rows[0].cells[1].text = "English, German"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_pdf_text() -> None:
    text = extract_text(make_pdf(RESUME_LINES), "cv.PDF")
    assert "Python developer since 2019" in text
    assert "Skills: Python, SQL, Docker" in text


def test_docx_text_includes_tables() -> None:
    text = extract_text(make_docx(RESUME_LINES), "cv.docx")
    assert RESUME_LINES[0] in text
    assert "English, German" in text


@pytest.mark.parametrize("name", ["cv.txt", "cv.md"])
def test_plain_text_and_markdown(name: str) -> None:
    data = "\ufeff# Jane Doe\r\n\r\n\r\n- Python\r\n".encode()
    assert extract_text(data, name) == "# Jane Doe\n\n- Python"


def test_latin1_text_is_decoded() -> None:
    assert extract_text("Café owner".encode("latin-1"), "cv.txt") == "Café owner"


def test_encrypted_pdf() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(RESUME_LINES))))
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(ExtractionError, match="password-protected"):
        extract_text(out.getvalue(), "cv.pdf")


def test_scanned_pdf_without_text_layer() -> None:
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(ExtractionError, match="no text layer"):
        extract_text(out.getvalue(), "scan.pdf")


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (make_pdf(RESUME_LINES)[:200], "cv.pdf", "damaged"),
        (b"%PDF-1.7 this is not really a pdf", "cv.pdf", "damaged"),
        (b"just text", "cv.pdf", "not a valid PDF"),
        (b"PK\x03\x04 broken zip", "cv.docx", "damaged"),
        (b"", "cv.pdf", "empty"),
        (b"MZ\x90\x00", "setup.exe", "not a supported file type"),
        (b"\x00\x01\x02binary", "cv.txt", "does not look like a text file"),
        (b"   \n\n  ", "cv.txt", "No text"),
    ],
)
def test_clear_errors(data: bytes, name: str, message: str) -> None:
    with pytest.raises(ExtractionError, match=message):
        extract_text(data, name)


def test_too_large() -> None:
    with pytest.raises(ExtractionError, match="limit is 10 MB"):
        extract_text(b"a" * (MAX_BYTES + 1), "cv.txt")
