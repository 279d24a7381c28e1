"""Resume uploads that fail: the file's sentence stays on the page, whatever is pressed next."""

from collections.abc import Callable

from streamlit.testing.v1 import AppTest

from tests.support import resume_files as rf
from tests.support.app import sign_up

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _resumes_page(new_app: Callable[[], AppTest]) -> AppTest:
    at = sign_up(new_app().run())
    at.switch_page("app_pages/resumes.py").run()
    return at


def test_pressing_save_after_a_failed_upload_keeps_the_files_own_error(
    new_app: Callable[[], AppTest],
) -> None:
    at = _resumes_page(new_app)
    at.file_uploader(key="resume_file").upload("cv.pdf", b"%PDF-1.7 not a pdf", "application/pdf")
    at.run()
    at.button[0].click().run()
    messages = [e.value for e in at.error]
    assert any("This PDF is damaged" in m for m in messages), messages
    assert any("Give the resume a label" in m for m in messages), messages


def test_an_entity_bomb_docx_gets_a_sentence_not_an_error_page(
    new_app: Callable[[], AppTest],
) -> None:
    at = _resumes_page(new_app)
    at.file_uploader(key="resume_file").upload("cv.docx", rf.billion_laughs_docx(), DOCX).run()
    assert not at.exception
    assert [e.value for e in at.error] == [
        "This DOCX file is damaged or not a Word document. Save it again as .docx, "
        "or upload PDF or TXT."
    ]
