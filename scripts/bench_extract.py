"""Reading resume files (make bench): a big DOCX table, hostile files refused, a LaTeX-set PDF.

The files are built by tests.support.resume_files, the same builders the tests use.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from tests.support import resume_files as rf
from tracker_core.text.extract import ExtractionError, extract_text

Row = tuple[str, float, str, str, bool]

TEX_LINES = ["Pohang University of Science and Technology"] * 40


def _seconds(data: bytes, name: str) -> float:
    started = time.perf_counter()
    try:
        extract_text(data, name)
    except ExtractionError:
        pass
    return time.perf_counter() - started


def bench_extract() -> list[Row]:
    cases = [
        ("docx 1000x50 table", rf.docx_table(1000, 50), "cv.docx", 3.0),
        ("docx 1 GB zip bomb refused", rf.zip_bomb_docx(1024), "cv.docx", 0.5),
        ("pdf 20 pages x 3.2 MB shared stream refused", rf.shared_stream_pdf(), "cv.pdf", 1.0),
        ("pdf 2 LaTeX-set pages", rf.pdf_document([rf.tex_page(TEX_LINES)] * 2), "cv.pdf", 0.5),
    ]
    rows: list[Row] = []
    for label, data, name, target in cases:
        value = min(_seconds(data, name) for _ in range(3))
        rows.append((f"extract: {label}", round(value, 3), "s", f"< {target}", value < target))
    return rows


BENCHES: list[Callable[[], list[Row]]] = [bench_extract]


if __name__ == "__main__":
    from scripts.bench import render

    print(render(bench_extract()))
