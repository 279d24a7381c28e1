"""Resumes and analyzer pages, with the real offline engine and embeddings."""

import io
from collections.abc import Callable

from docx import Document
from streamlit.testing.v1 import AppTest

from tests.support.app import sign_up

RESUME = """Ada Lovelace
Data Engineer, Initech, 2019-2025
- Built batch pipelines in Python and SQL on PostgreSQL, scheduled with Airflow.
- Ran Docker services on AWS; wrote dbt models for the finance team.
Skills: Python, SQL, Airflow, Docker, AWS, dbt
"""

POSTING = """Senior Data Engineer
Company: Globex
Location: Berlin (hybrid)
Salary: €70,000 - €85,000 per year

Requirements
- 5+ years building data pipelines with Python and SQL
- Experience with Apache Kafka and Spark
- Airflow or another scheduler

Nice to have
- Terraform
"""


def _upload(at: AppTest, name: str, data: bytes, mime: str) -> AppTest:
    at.file_uploader(key="resume_file").upload(name, data, mime).run()
    return at


def _docx(text: str) -> bytes:
    doc = Document()
    for line in text.splitlines():
        doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _open(new_app: Callable[[], AppTest], path: str) -> AppTest:
    at = sign_up(new_app().run())
    at.switch_page(path).run()
    return at


def test_upload_shows_the_text_to_correct_then_saves_versions(
    new_app: Callable[[], AppTest],
) -> None:
    at = _open(new_app, "app_pages/resumes.py")
    assert any("No resumes yet" in i.value for i in at.info)
    at = _upload(
        at,
        "ada.docx",
        _docx(RESUME),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    assert "Built batch pipelines in Python" in at.text_area(key="resume_text").value
    assert at.text_input(key="resume_label").value == "ada"
    at.button[0].click().run()
    assert [s.value for s in at.success] == ["Saved “ada”."]
    assert at.expander[0].label == "ada · version 1"
    edit_key = next(t.key for t in at.text_area if t.key and t.key.startswith("resume_edit_"))
    at.text_area(key=edit_key).input(RESUME + "Kafka streaming on Confluent.\n")
    next(b for b in at.button if b.label == "Save as new version").click().run()
    assert at.expander[0].label == "ada · version 2 of 2"


def test_broken_or_empty_files_get_a_message_and_nothing_is_saved(
    new_app: Callable[[], AppTest],
) -> None:
    at = _open(new_app, "app_pages/resumes.py")
    at = _upload(at, "cv.pdf", b"%PDF-1.7 this is not really a pdf", "application/pdf")
    assert at.error and "PDF" in at.error[0].value
    at.text_input(key="resume_label").input("Empty one")
    at.button[0].click().run()
    assert any("empty" in e.value for e in at.error)
    assert at.text_input(key="resume_label").value == "Empty one"
    assert any("No resumes yet" in i.value for i in at.info)


def test_paste_analyse_see_score_gaps_and_create_the_application(
    new_app: Callable[[], AppTest],
) -> None:
    at = _open(new_app, "app_pages/analyzer.py")
    at.text_area(key="an_resume_text").input(RESUME)
    at.text_area(key="an_posting").input(POSTING)
    next(b for b in at.button if b.label == "Analyse").click().run()
    assert not at.exception and not at.error
    fit = at.metric[0].value
    assert fit.endswith("/ 10") and 0 < float(fit.split()[0]) < 10
    page_text = " ".join(m.value for m in at.markdown)
    assert "Kafka" in page_text and "Python" in page_text
    assert len(at.checkbox) >= 1  # recommendations as a checklist
    assert any("Engine: offline" in c.value for c in at.caption)

    next(b for b in at.button if b.label == "Create application from this posting").click().run()
    assert at.text_input(key="an_new_company").value == "Globex"
    assert at.text_input(key="an_new_position").value == "Senior Data Engineer"
    read = next(c.value for c in at.caption if c.value.startswith("Read from the posting"))
    assert "70,000–85,000 EUR a year" in read and "Hybrid" in read
    at.button(key="FormSubmitter:an_new_form-Save application").click().run()
    assert [s.value for s in at.success] == ["Added Globex: Senior Data Engineer to your board."]


def test_when_only_nice_to_haves_are_missing_the_page_says_so(
    new_app: Callable[[], AppTest],
) -> None:
    at = _open(new_app, "app_pages/analyzer.py")
    at.text_area(key="an_resume_text").input(RESUME + "Streamed events with Kafka and Spark.\n")
    at.text_area(key="an_posting").input(POSTING)
    next(b for b in at.button if b.label == "Analyse").click().run()
    gaps = next(m.value for m in at.markdown if "Nice to have:" in m.value)
    assert gaps.startswith("Nothing required is missing. · Nice to have:")
    assert "Terraform" in gaps


def test_missing_posting_is_explained_and_the_resume_kept(new_app: Callable[[], AppTest]) -> None:
    at = _open(new_app, "app_pages/analyzer.py")
    at.text_area(key="an_resume_text").input(RESUME)
    next(b for b in at.button if b.label == "Analyse").click().run()
    assert [e.value for e in at.error] == ["Paste the job description first."]
    assert at.text_area(key="an_resume_text").value == RESUME


def test_resumes_page_ranks_my_jobs_for_a_resume(new_app: Callable[[], AppTest]) -> None:
    at = _open(new_app, "app_pages/analyzer.py")
    at.text_area(key="an_resume_text").input(RESUME)
    at.text_area(key="an_posting").input(POSTING)
    next(b for b in at.button if b.label == "Analyse").click().run()
    next(b for b in at.button if b.label == "Create application from this posting").click().run()
    at.button(key="FormSubmitter:an_new_form-Save application").click().run()
    at.switch_page("app_pages/resumes.py").run()
    at.text_input(key="resume_label").input("Data CV")
    at.text_area(key="resume_text").input(RESUME)
    at.button[0].click().run()
    assert not at.exception
    page_text = " ".join(m.value for m in at.markdown)
    assert "Globex" in page_text and "fit" in page_text
