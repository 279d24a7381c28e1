"""Resume files built in the test: hand-written PDFs and DOCX archives, normal and hostile.

Nothing here is committed as a binary: every file is made from a few lines of bytes, so a reader
sees exactly what the extractor is given.
"""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import textwrap
import zipfile
import zlib
from dataclasses import dataclass

from tests.support.env import ROOT

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_HEAD = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
CONTENT_TYPES = (
    XML_HEAD + b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    b'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
ROOT_RELS = (
    XML_HEAD + b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    b'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    b"</Relationships>"
)


def docx_package(document_xml: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal Word package around the given word/document.xml."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", ROOT_RELS)
        zf.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return out.getvalue()


def document_xml(body: str, prolog: str = "") -> bytes:
    """word/document.xml with the given body markup (w: prefix bound)."""
    return (
        XML_HEAD
        + prolog.encode()
        + f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'.encode()
    )


def docx_table(rows: int, cols: int) -> bytes:
    """A DOCX holding one rows x cols table, each cell its own text."""
    cells = "".join(
        "<w:tr>"
        + "".join(f"<w:tc><w:p><w:r><w:t>r{r}c{c}</w:t></w:r></w:p></w:tc>" for c in range(cols))
        + "</w:tr>"
        for r in range(rows)
    )
    return docx_package(
        document_xml(f"<w:p><w:r><w:t>Jane Doe</w:t></w:r></w:p><w:tbl>{cells}</w:tbl>")
    )


def billion_laughs_docx() -> bytes:
    """Entities that expand to a billion 'lol's if a parser resolves them."""
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    return docx_package(
        document_xml(
            "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>", f"<!DOCTYPE w:document [{entities}]>"
        )
    )


def deeply_nested_docx(depth: int = 100_000) -> bytes:
    """A paragraph nested in as many table cells as depth."""
    body = "<w:tbl><w:tr><w:tc>" * depth + "<w:p/>" + "</w:tc></w:tr></w:tbl>" * depth
    return docx_package(document_xml(body))


@dataclass(frozen=True)
class Bomb:
    """A deflated part that inflates to `size` bytes of `chunk` repeated."""

    name: str
    head: bytes
    chunk: bytes
    repeat: int
    tail: bytes

    def deflated(self) -> tuple[bytes, int, int]:
        """Raw deflate data, CRC-32 and inflated size, built without inflating anything big."""
        # A full flush ends each piece on a byte boundary with no back references, so the
        # compressed chunk can be repeated as is; the CRC is taken over the pieces the same way.
        pieces = []
        crc = 0
        for part in (self.head, self.chunk, self.tail):
            comp = zlib.compressobj(9, zlib.DEFLATED, -15)
            pieces.append(comp.compress(part) + comp.flush(zlib.Z_FULL_FLUSH))
        crc = zlib.crc32(self.head)
        for _ in range(self.repeat):
            crc = zlib.crc32(self.chunk, crc)
        crc = zlib.crc32(self.tail, crc)
        data = pieces[0] + pieces[1] * self.repeat + pieces[2] + b"\x03\x00"  # final empty block
        size = len(self.head) + len(self.chunk) * self.repeat + len(self.tail)
        return data, crc, size


def zip_bomb_docx(inflated_mb: int = 1024) -> bytes:
    """A small DOCX whose word/document.xml inflates to inflated_mb megabytes."""
    head = document_xml("<w:p><w:r><w:t>").removesuffix(b"</w:t></w:r></w:p></w:body></w:document>")
    bomb = Bomb(
        name="word/document.xml",
        head=head,
        chunk=b"lol " * (1 << 18),
        repeat=inflated_mb,
        tail=b"</w:t></w:r></w:p></w:body></w:document>",
    )
    return _zip_with_raw([("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS)], bomb)


def _zip_with_raw(plain: list[tuple[str, bytes]], bomb: Bomb) -> bytes:
    """A zip archive of stored parts plus one pre-deflated part (written by hand)."""
    out = io.BytesIO()
    central = []
    entries: list[tuple[str, bytes, int, int, int]] = [
        (name, data, zlib.crc32(data), len(data), 0) for name, data in plain
    ]
    raw, crc, size = bomb.deflated()
    entries.append((bomb.name, raw, crc, size, 8))
    for name, data, crc32, usize, method in entries:
        offset = out.tell()
        fname = name.encode()
        fields = (20, 0, method, 0, 0, crc32, len(data), usize, len(fname), 0)
        out.write(struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", *fields) + fname + data)
        central.append(
            struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, *fields, 0, 0, 0, 0, offset)
            + fname
        )
    start = out.tell()
    directory = b"".join(central)
    out.write(directory)
    out.write(
        struct.pack(
            "<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(central), len(central), len(directory), start, 0
        )
    )
    return out.getvalue()


# ---- PDF ----------------------------------------------------------------------------------

COURIER = (
    "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /FirstChar 32 /LastChar 126 "
    "/Widths [" + " ".join(["600"] * 95) + "] >>"
)


def pdf_document(
    pages: list[bytes],
    *,
    share_first: bool = False,
    font: str = COURIER,
    extra: list[bytes] = [],  # noqa: B006 - never changed
) -> bytes:
    """A PDF written by hand: one content stream per page (or the first one for every page);
    extra objects are numbered from 4, for the font to refer to."""
    objects: list[bytes] = [b"", b"", font.encode(), *extra]  # 1 catalog, 2 pages, 3 font
    kids = []
    streams = pages[:1] if share_first else pages
    stream_ids = []
    for content in streams:
        packed = zlib.compress(content)
        objects.append(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed)
            + packed
            + b"\nendstream"
        )
        stream_ids.append(len(objects))
    for i in range(len(pages)):
        contents = stream_ids[0] if share_first else stream_ids[i]
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % contents
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % off for off in offsets))
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def pdf_string(text: str) -> bytes:
    """A PDF literal string."""
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"(" + escaped.encode("latin-1") + b")"


def tex_line(words: list[str], gap: int = -420) -> bytes:
    """One line set the way TeX does it: glyphs kerned one by one, the spaces only as kerns.

    The gap between words is a shrunk interword glue, smaller than the font's own space (600),
    so an extractor that waits for a space-sized jump glues the words together.
    """
    parts = []
    for n, word in enumerate(words):
        if n:
            parts.append(str(gap).encode())
        for k, letter in enumerate(word):
            if k:
                parts.append(b"-8" if k % 2 else b"6")
            parts.append(pdf_string(letter))
    return b"[" + b" ".join(parts) + b"] TJ"


def tex_page(lines: list[str], size: int = 10) -> bytes:
    """A page of TeX-set lines, one below the other."""
    body = b" ".join(tex_line(line.split()) + b" 0 -14 Td" for line in lines)
    return b"BT /F1 %d Tf 72 720 Td " % size + body + b" ET"


def plain_page(lines: list[str], top: tuple[str, ...] = (), bottom: tuple[str, ...] = ()) -> bytes:
    """A page of plain Tj lines, header lines at the top edge and footer lines at the bottom."""
    ops = [b"BT /F1 8 Tf 20 780 Td"]
    ops += [pdf_string(t) + b" Tj 0 -10 Td" for t in top]
    ops.append(b"ET BT /F1 11 Tf 72 700 Td")
    ops += [pdf_string(t) + b" Tj 0 -16 Td" for t in lines]
    ops.append(b"ET BT /F1 8 Tf 20 30 Td")
    ops += [pdf_string(t) + b" Tj 0 -10 Td" for t in bottom]
    ops.append(b"ET")
    return b" ".join(ops)


def shared_stream_pdf(content_bytes: int = 3_200_000, pages: int = 20) -> bytes:
    """Pages that all show one big content stream (a few KB on disk, megabytes to read)."""
    content = b"BT /F1 1 Tf " + b"(a) Tj " * (content_bytes // 7) + b"ET"
    return pdf_document([content] * pages, share_first=True)


# ---- a child process with resource limits -------------------------------------------------


@dataclass(frozen=True)
class ChildResult:
    returncode: int
    stdout: str
    stderr: str


def extract_in_child(
    builder: str, filename: str, *, memory_mb: int = 1024, cpu_seconds: int = 60
) -> ChildResult:
    """Build a file with tests.support.resume_files.<builder> and extract it in a child process
    whose address space and CPU time are capped; stdout is 'ok' or 'error: <message>'."""
    code = textwrap.dedent(
        f"""
        import resource, sys
        from tests.support import resume_files
        data = resume_files.{builder}
        resource.setrlimit(resource.RLIMIT_AS, ({memory_mb} << 20, {memory_mb} << 20))
        resource.setrlimit(resource.RLIMIT_CPU, ({cpu_seconds}, {cpu_seconds}))
        from tracker_core.text.extract import ExtractionError, extract_text
        try:
            text = extract_text(data, {filename!r})
        except ExtractionError as exc:
            print("error:", exc.message)
        else:
            print("ok", len(text))
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=cpu_seconds * 3,
        cwd=ROOT,
    )
    return ChildResult(proc.returncode, proc.stdout.strip(), proc.stderr[-2000:])
