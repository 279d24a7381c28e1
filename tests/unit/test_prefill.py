"""A pasted posting fills only the empty fields of the add form."""

from tracker_core.services.prefill import fill_empty_fields

POSTING = """Senior Data Engineer
Acme Analytics · Berlin, Germany (Hybrid)

Salary: €70,000 – €85,000 per year.
We need Python and SQL.
"""


def _form(**typed: object) -> dict[str, object]:
    names = ("company", "position", "location", "remote", "salary_min", "salary_max")
    names += ("salary_currency", "salary_period", "deadline")
    return dict.fromkeys(names) | {"company": "", "position": ""} | typed


def test_empty_fields_are_filled_from_the_posting() -> None:
    filled = fill_empty_fields(_form(), POSTING)
    assert filled["position"] == "Senior Data Engineer"
    assert filled["salary_min"] == 70000 and filled["salary_max"] == 85000
    assert filled["salary_currency"] == "EUR" and filled["remote"] == "hybrid"
    assert "job_description" not in filled


def test_what_the_user_typed_is_never_overwritten() -> None:
    filled = fill_empty_fields(_form(position="Data Engineer II", salary_min=1), POSTING)
    assert "position" not in filled and "salary_min" not in filled
    assert filled["salary_max"] == 85000


def test_no_posting_fills_nothing() -> None:
    assert fill_empty_fields(_form(), "   ") == {}
