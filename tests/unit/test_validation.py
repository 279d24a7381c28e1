"""A form's input is checked once and every problem comes back together, each by its field."""

import pytest

from tracker_core.errors import InvalidInput
from tracker_core.services.validation import validate_application

SALARY = "Salary minimum is above the maximum"


def test_a_bad_url_no_longer_hides_the_salary_rule() -> None:
    values = {"company": "Acme", "position": "Dev", "url": "not a url"}
    with pytest.raises(InvalidInput) as caught:
        validate_application(values | {"salary_min": 200000, "salary_max": 100000})
    assert caught.value.errors == {
        "url": "Is not a web address (it should look like https://example.com/job)",
        "salary_max": SALARY,
    }


def test_the_salary_rule_alone_sits_beside_the_maximum() -> None:
    with pytest.raises(InvalidInput) as caught:
        validate_application({"company": "A", "position": "B", "salary_min": 9, "salary_max": 1})
    assert caught.value.errors == {"salary_max": SALARY}


def test_every_field_at_fault_is_named() -> None:
    with pytest.raises(InvalidInput) as caught:
        validate_application({"company": " ", "position": "", "deadline": "31/31/2026"})
    assert set(caught.value.errors) == {"company", "position", "deadline"}


def test_valid_input_comes_back_as_the_model() -> None:
    data = validate_application({"company": " Acme ", "position": "Dev", "salary_min": 1})
    assert (data.company, data.salary_min, data.salary_max) == ("Acme", 1, None)
