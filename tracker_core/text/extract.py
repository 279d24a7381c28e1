"""Resume files to text: PDF (pypdf), DOCX (python-docx), TXT and Markdown, up to 10 MB."""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePath

from tracker_core.errors import InvalidInput

MAX_BYTES = 10 * 1024 * 1024
MIN_PDF_CHARS_PER_PAGE = 20
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
SUPPORTED = "PDF, DOCX, TXT or Markdown"


class ExtractionError(InvalidInput):
    """A file whose text cannot be read; the message says what the user can do."""


def extract_text(data: bytes, filename: str) -> str:
    """Text of an uploaded resume; raises ExtractionError with a message for the user."""
    if not data:
        raise ExtractionError("The file is empty. Choose the file again or paste the text.")
    if len(data) > MAX_BYTES:
        raise ExtractionError(
            f"The file is {len(data) / 1024 / 1024:.1f} MB; the limit is 10 MB. "
            "Save a smaller copy (for example without images) or paste the text."
        )
    suffix = PurePath(filename).suffix.lower()
    if suffix == ".pdf":
        text = _pdf_text(data)
    elif suffix == ".docx":
        text = _docx_text(data)
    elif suffix in TEXT_SUFFIXES:
        text = _plain_text(data)
    else:
        raise ExtractionError(
            f"'{filename}' is not a supported file type. Upload a {SUPPORTED} file, "
            "or paste the text."
        )
    text = _tidy(text)
    if not text:
        raise ExtractionError("No text was found in the file. Paste the text instead.")
    return text


def _tidy(text: str) -> str:
    """Trim trailing spaces and runs of blank lines."""
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _plain_text(data: bytes) -> str:
    """Decode a text file (UTF-8 with or without BOM, else Latin-1)."""
    if b"\x00" in data[:4096]:
        raise ExtractionError(
            f"This does not look like a text file. Upload a {SUPPORTED} file, or paste the text."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _pdf_text(data: bytes) -> str:
    """Text layer of a PDF; scanned, encrypted and damaged files get their own message."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise ExtractionError(
            "This file is not a valid PDF. Export it again as PDF, or upload DOCX or TXT."
        )
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ExtractionError(
                "This PDF is password-protected. Save an unprotected copy (Print > Save as PDF) "
                "and upload that, or paste the text."
            )
        pages = [page.extract_text() or "" for page in reader.pages]
    except ExtractionError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ExtractionError(
            "This PDF is damaged and cannot be read. Export it again, or upload DOCX or TXT."
        ) from exc
    text = "\n".join(pages)
    if len(text.strip()) < MIN_PDF_CHARS_PER_PAGE * max(1, len(pages)) / 4:
        raise ExtractionError(
            "This PDF has no text layer (it looks scanned). Export the resume from your editor "
            "as PDF or DOCX, run it through OCR, or paste the text."
        )
    return text


def _docx_text(data: bytes) -> str:
    """Paragraphs and table cells of a DOCX, in document order."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ExtractionError(
            "This DOCX file is damaged or not a Word document. Save it again as .docx, "
            "or upload PDF or TXT."
        ) from exc
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells if c.text.strip()]
            if cells:
                parts.append(" | ".join(dict.fromkeys(cells)))
    return "\n".join(parts)
