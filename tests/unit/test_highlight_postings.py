from datetime import date

from tracker_core.analysis.highlight import Segment, highlight
from tracker_core.models import ApplicationCreate
from tracker_core.services.postings import draft_from_posting


def test_highlight_marks_whole_words_longest_first() -> None:
    segments = highlight(
        "Built Apache Kafka pipelines in Python; no Javascript.", ["Apache Kafka", "Python"], ["Go"]
    )
    assert [s for s in segments if s.kind] == [
        Segment("Apache Kafka", "matched"),
        Segment("Python", "matched"),
    ]
    assert (
        "".join(s.text for s in segments)
        == "Built Apache Kafka pipelines in Python; no Javascript."
    )


def test_highlight_keeps_cpp_and_dotnet_whole_and_marks_missing() -> None:
    segments = highlight("C++ and .NET, some go-getter attitude, Go", ["C++"], [".NET", "Go"])
    assert [(s.text, s.kind) for s in segments if s.kind] == [
        ("C++", "matched"),
        (".NET", "missing"),
        ("Go", "missing"),
    ]


def test_a_posting_prefills_a_valid_application() -> None:
    posting = (
        "Senior Data Engineer\nCompany: Globex\nLocation: Berlin (hybrid)\n"
        "Salary: €70k–€85k per year\nApply by 2026-12-15.\n\nRequirements: Python, SQL, Airflow."
    )
    fields, parsed = draft_from_posting(posting)
    app = ApplicationCreate.model_validate(fields)
    assert (app.company, app.position) == ("Globex", "Senior Data Engineer")
    assert (app.salary_min, app.salary_max, app.salary_currency) == (70000, 85000, "EUR")
    assert app.remote == "hybrid" and app.deadline == date(2026, 12, 15)
    assert app.job_description.startswith("Senior Data Engineer")
    assert "Python" in parsed.required_skills


def test_highlight_follows_aliases_of_a_keyword() -> None:
    segments = highlight(
        "Tuned Spark jobs on k8s; wrote JS daily.", ["Apache Spark", "JavaScript"], ["Kubernetes"]
    )
    assert [(s.text, s.kind) for s in segments if s.kind] == [
        ("Spark", "matched"),
        ("k8s", "missing"),
        ("JS", "matched"),
    ]
    assert "".join(s.text for s in segments) == "Tuned Spark jobs on k8s; wrote JS daily."
