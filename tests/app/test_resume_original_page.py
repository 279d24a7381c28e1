"""AppTest: an uploaded resume offers its original file for download, on every version."""

import io
from collections.abc import Callable

from docx import Document
from streamlit.testing.v1 import AppTest

from tests.support.app import sign_up

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _docx(text: str) -> bytes:
    doc = Document()
    doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_the_uploaded_file_can_be_downloaded_again(new_app: Callable[[], AppTest]) -> None:
    at = sign_up(new_app().run())
    at.switch_page("app_pages/resumes.py").run()
    at.file_uploader(key="resume_file").upload("ada.docx", _docx("Python and SQL"), DOCX).run()
    next(b for b in at.button if b.label == "Save resume").click().run()
    assert not at.exception
    assert [b.label for b in at.download_button] == ["Download the original (ada.docx)"]
    edit_key = next(t.key for t in at.text_area if t.key and t.key.startswith("resume_edit_"))
    at.text_area(key=edit_key).input("Python, SQL and Kafka")
    next(b for b in at.button if b.label == "Save as new version").click().run()
    assert at.expander[0].label == "ada · version 2 of 2"
    assert [b.label for b in at.download_button] == ["Download the original (ada.docx)"]


def test_a_pasted_resume_has_no_file_to_download(new_app: Callable[[], AppTest]) -> None:
    at = sign_up(new_app().run())
    at.switch_page("app_pages/resumes.py").run()
    at.text_input(key="resume_label").input("Pasted")
    at.text_area(key="resume_text").input("Python and SQL")
    next(b for b in at.button if b.label == "Save resume").click().run()
    assert not at.exception and not at.download_button


def test_text_pasted_after_an_upload_is_not_given_that_file(
    new_app: Callable[[], AppTest],
) -> None:
    at = sign_up(new_app().run())
    at.switch_page("app_pages/resumes.py").run()
    at.file_uploader(key="resume_file").upload("ada.docx", _docx("Python and SQL"), DOCX).run()
    next(b for b in at.button if b.label == "Save resume").click().run()
    at.text_input(key="resume_label").input("Pasted")
    at.text_area(key="resume_text").input("Nursing, triage and patient care")
    next(b for b in at.button if b.label == "Save resume").click().run()
    assert not at.exception
    pasted = next(e for e in at.expander if e.label.startswith("Pasted"))
    assert not pasted.get("download_button")
    assert "From pasted text" in " ".join(c.value for c in pasted.caption)
