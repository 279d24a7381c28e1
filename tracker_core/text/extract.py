"""Resume files to text: PDF (pypdfium2, checked with pypdf), DOCX (its XML, read directly),
TXT and Markdown, up to 10 MB.

An upload is untrusted: every limit below keeps a hostile file (a zip bomb, a PDF whose pages
all show one huge content stream, an XML entity bomb) to a bounded amount of work, and every
failure ends as an ExtractionError whose message says what the user can do.
"""

from __future__ import annotations

import io
import logging
import re
import threading
import time
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import PurePath
from typing import IO, Any

from tracker_core.errors import InvalidInput
from tracker_core.text.page_furniture import drop_page_furniture

log = logging.getLogger(__name__)

MAX_BYTES = 10 * 1024 * 1024
MAX_TEXT_CHARS = 500_000  # far more than any resume; the resume service keeps 200,000
MIN_PDF_CHARS_PER_PAGE = 20
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
SUPPORTED = "PDF, DOCX, TXT or Markdown"

# DOCX: a Word package is a zip archive; these bound what inflating it can cost.
DOCX_MAX_PARTS = 2_000
DOCX_MAX_PART_BYTES = 48 * 1024 * 1024  # word/document.xml of a 1000x50 table is 2.6 MB
DOCX_MAX_TOTAL_BYTES = 200 * 1024 * 1024
DOCX_MAX_RATIO = 100  # Word's XML deflates about 5-20 times; a bomb hundreds of times
DOCX_RATIO_FROM_BYTES = 4 * 1024 * 1024  # small parts may be as repetitive as they like

# PDF: pages, decompressed drawing data (each page counts what it shows, shared or not),
# single streams, and time.
PDF_MAX_PAGES = 50
PDF_MAX_CONTENT_BYTES = 4 * 1024 * 1024
PDF_MAX_STREAM_BYTES = 16 * 1024 * 1024
PDF_MAX_FORM_DEPTH = 8
PDF_DEADLINE_SECONDS = 20.0

DAMAGED_DOCX = (
    "This DOCX file is damaged or not a Word document. Save it again as .docx, "
    "or upload PDF or TXT."
)
DAMAGED_PDF = "This PDF is damaged and cannot be read. Export it again, or upload DOCX or TXT."
TOO_MUCH_PDF = (
    "This PDF holds far more drawing data than a resume needs, so it was not read. "
    "Export the resume again as PDF (or print it to PDF), or upload DOCX or TXT."
)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_OFFICE_DOCUMENT = "/officeDocument"
_BODY_TAGS = [
    _MC_FALLBACK,
    *(_W + t for t in "p tc tr tbl sdt t tab ptab br cr noBreakHyphen".split()),
]
_DRAW = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s*Do\b")  # "/Fm1 Do" draws form Fm1
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
# PDFium keeps one global state; the app reads uploads on several threads.
_PDFIUM_LOCK = threading.Lock()


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
        text = _guarded(_pdf_text, data, DAMAGED_PDF)
    elif suffix == ".docx":
        text = _guarded(_docx_text, data, DAMAGED_DOCX)
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
    if len(text) > MAX_TEXT_CHARS:
        raise ExtractionError(
            f"The file holds over {MAX_TEXT_CHARS:,} characters of text, far more than a "
            "resume. Upload the resume on its own, or paste its text."
        )
    return text


def _guarded(read: Any, data: bytes, damaged: str) -> str:
    """Run a reader; any failure that is not already a message becomes the damaged-file one."""
    try:
        text: str = read(data)
    except ExtractionError:
        raise
    except MemoryError as exc:
        raise ExtractionError(
            "This file needs more memory to read than a resume should. Save it again "
            "(for example without images), or paste the text."
        ) from exc
    except Exception as exc:  # noqa: BLE001 - a hostile file can fail anywhere in a parser
        log.info("could not read an uploaded file", exc_info=True)
        raise ExtractionError(damaged) from exc
    return text


def _tidy(text: str) -> str:
    """Trim trailing spaces and runs of blank lines; drop control characters."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    out: list[str] = []
    for line in (ln.rstrip() for ln in text.split("\n")):
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


# ---- PDF ----------------------------------------------------------------------------------


def _pdf_text(data: bytes) -> str:
    """Text layer of a PDF, words spaced by their position on the page; scanned, encrypted,
    oversized and damaged files get their own message."""
    from pypdf import PdfReader, apply_configuration
    from pypdf.errors import LimitReachedError

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise ExtractionError(
            "This file is not a valid PDF. Export it again as PDF, or upload DOCX or TXT."
        )
    limits = {
        f"{name}_maximum_output_length": PDF_MAX_STREAM_BYTES
        for name in ("zlib", "lzw", "run_length", "brotli", "array_based_stream")
    }
    try:
        with apply_configuration(None, **limits):
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise ExtractionError(
                    "This PDF is password-protected. Save an unprotected copy "
                    "(Print > Save as PDF) and upload that, or paste the text."
                )
            if len(reader.pages) > PDF_MAX_PAGES:
                raise ExtractionError(
                    f"This PDF has {len(reader.pages)} pages; a resume has at most "
                    f"{PDF_MAX_PAGES}. Upload the resume on its own, or paste its text."
                )
            _check_pdf_work(reader)
    except LimitReachedError as exc:
        raise ExtractionError(TOO_MUCH_PDF) from exc
    pages = drop_page_furniture(_pdfium_pages(data))
    text = "\n".join(pages)
    if len(text.strip()) < MIN_PDF_CHARS_PER_PAGE * max(1, len(pages)) / 4:
        raise ExtractionError(
            "This PDF has no text layer (it looks scanned). Export the resume from your editor "
            "as PDF or DOCX, run it through OCR, or paste the text."
        )
    return text


def _check_pdf_work(reader: Any) -> None:
    """Refuse a PDF whose pages show more decompressed drawing data than PDF_MAX_CONTENT_BYTES.

    Each page counts the streams it shows, so twenty pages showing one 3 MB stream count 60 MB,
    and a form XObject counts once for every `Do` that draws it.
    """
    from pypdf.generic import ArrayObject, DictionaryObject, StreamObject

    decoded: dict[int, bytes] = {}
    budget = PDF_MAX_CONTENT_BYTES

    def data_of(stream: StreamObject) -> bytes:
        if id(stream) not in decoded:
            decoded[id(stream)] = stream.get_data()
        return decoded[id(stream)]

    def resolve(value: Any) -> Any:
        return value.get_object() if value is not None else None

    def spend(content: bytes, resources: Any, times: int, depth: int) -> None:
        nonlocal budget
        budget -= len(content) * times
        if budget < 0 or depth > PDF_MAX_FORM_DEPTH:
            raise ExtractionError(TOO_MUCH_PDF)
        forms = (
            resolve(resources.get("/XObject")) if isinstance(resources, DictionaryObject) else None
        )
        if not isinstance(forms, DictionaryObject):
            return
        for name, draws in Counter(_DRAW.findall(content)).items():
            form = resolve(forms.get("/" + name.decode("latin-1")))
            if isinstance(form, StreamObject) and form.get("/Subtype") == "/Form":
                own = resolve(form.get("/Resources"))
                spend(
                    data_of(form), own if own is not None else resources, times * draws, depth + 1
                )

    for page in reader.pages:
        contents = resolve(page.get("/Contents"))
        streams = contents if isinstance(contents, ArrayObject) else [contents]
        content = b"\n".join(
            data_of(s) for s in map(resolve, streams) if isinstance(s, StreamObject)
        )
        spend(content, resolve(page.get("/Resources")), 1, 0)


def _pdfium_pages(data: bytes) -> list[str]:
    """Each page's text as PDFium reads it (spaces from glyph positions), within the deadline."""
    import pypdfium2 as pdfium

    started = time.monotonic()
    pages: list[str] = []
    with _PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
        try:
            for index in range(len(document)):
                if time.monotonic() - started > PDF_DEADLINE_SECONDS:
                    raise ExtractionError(
                        "Reading this PDF took too long, so it was stopped. Export the resume "
                        "again as PDF (or print it to PDF), or upload DOCX or TXT."
                    )
                page = document[index]
                textpage = page.get_textpage()
                try:
                    pages.append(textpage.get_text_bounded())
                finally:
                    textpage.close()
                    page.close()
        finally:
            document.close()
    return pages


# ---- DOCX ---------------------------------------------------------------------------------


def _docx_text(data: bytes) -> str:
    """Paragraphs and table rows of a DOCX body, in document order."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ExtractionError(DAMAGED_DOCX) from exc
    with archive:
        _check_archive(archive)
        with archive.open(_main_part(archive)) as stream:
            return "\n".join(_body_lines(stream))


def _check_archive(archive: zipfile.ZipFile) -> None:
    """Refuse a zip bomb from its directory, before inflating anything."""
    parts = archive.infolist()
    total = sum(p.file_size for p in parts)
    bomb = (
        len(parts) > DOCX_MAX_PARTS
        or total > DOCX_MAX_TOTAL_BYTES
        or any(p.file_size > DOCX_MAX_PART_BYTES for p in parts)
        or any(
            p.file_size > DOCX_RATIO_FROM_BYTES
            and p.file_size > DOCX_MAX_RATIO * max(1, p.compress_size)
            for p in parts
        )
    )
    if bomb:
        raise ExtractionError(
            "This DOCX file unpacks to far more data than a resume holds, so it was not read. "
            "Save it again from Word (or as PDF), or paste the text."
        )


def _main_part(archive: zipfile.ZipFile) -> str:
    """The document part named by the package relationships (word/document.xml in practice)."""
    from lxml import etree

    try:
        rels = etree.fromstring(archive.read("_rels/.rels"), _xml_parser())
    except KeyError as exc:
        raise ExtractionError(DAMAGED_DOCX) from exc
    for rel in rels:
        if str(rel.get("Type", "")).endswith(_OFFICE_DOCUMENT):
            target = str(rel.get("Target", "")).lstrip("/")
            if target in archive.namelist():
                return target
    if "word/document.xml" in archive.namelist():
        return "word/document.xml"
    raise ExtractionError(DAMAGED_DOCX)


def _xml_parser() -> Any:
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def _body_lines(stream: IO[bytes]) -> Iterator[str]:
    """Paragraph texts and table rows ("cell | cell") in document order, read as a stream.

    Each finished element is cleared, so memory stays small however long the table; what
    Word keeps twice (mc:Fallback copies of text boxes) is read once.
    """
    from lxml import etree

    paragraphs: list[list[str]] = []  # open paragraphs (a text box nests one in another)
    cells: list[list[str]] = []  # open table cells, their paragraphs
    rows: list[list[str]] = []  # open table rows, their cells
    fallback = 0
    events = etree.iterparse(
        stream,
        events=("start", "end"),
        tag=_BODY_TAGS,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
    )
    for event, element in events:
        tag = element.tag
        if tag == _MC_FALLBACK:
            fallback += 1 if event == "start" else -1
        if fallback:
            continue
        if event == "start":
            if tag == _W + "p":
                paragraphs.append([])
            elif tag == _W + "tc":
                cells.append([])
            elif tag == _W + "tr":
                rows.append([])
            continue
        line: str | None = None
        if tag == _W + "t" and paragraphs:
            paragraphs[-1].append(element.text or "")
        elif tag in (_W + "tab", _W + "ptab") and paragraphs:
            paragraphs[-1].append("\t")
        elif tag in (_W + "br", _W + "cr") and paragraphs:
            paragraphs[-1].append("\n")
        elif tag == _W + "noBreakHyphen" and paragraphs:
            paragraphs[-1].append("-")
        elif tag == _W + "p" and paragraphs:
            line = "".join(paragraphs.pop())
        elif tag == _W + "tc" and cells:
            cell = "\n".join(cells.pop()).strip()
            if cell and rows:
                rows[-1].append(cell)
        elif tag == _W + "tr" and rows:
            row = rows.pop()
            # merged cells repeat their text; a row shows it once
            line = " | ".join(dict.fromkeys(row)) if row else None
        if line is not None:
            if cells:
                cells[-1].append(line)
            else:
                yield line
        if tag in (_W + "p", _W + "tr", _W + "tbl", _W + "sdt"):
            _forget(element)


def _forget(element: Any) -> None:
    """Free a finished element and the finished siblings before it."""
    element.clear(keep_tail=True)
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]
