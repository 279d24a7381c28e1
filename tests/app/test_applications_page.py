from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.conftest import sign_up


def _add(at: AppTest, company: str, position: str, status: str = "Saved") -> AppTest:
    at.text_input(key="add_company").input(company)
    at.text_input(key="add_position").input(position)
    at.selectbox(key="add_status").select(status)
    at.date_input(key="add_deadline").set_value(date(2026, 12, 24))
    at.button(key="FormSubmitter:add_form-Add application").click().run()
    return at


def test_new_account_sees_an_empty_state_with_a_next_step(new_app: Callable[[], AppTest]) -> None:
    at = sign_up(new_app().run())
    assert any("No applications yet" in i.value for i in at.info)


def test_add_an_application_and_see_it_listed(new_app: Callable[[], AppTest]) -> None:
    at = _add(sign_up(new_app().run()), "Acme Corp", "Data Engineer", "Applied")
    assert not at.exception and not at.error
    assert [s.value for s in at.success] == ["Saved Acme Corp: Data Engineer."]
    table = at.dataframe[0].value
    assert list(table["Company"]) == ["Acme Corp"]
    assert list(table["Status"]) == ["Applied"]
    assert at.text_input(key="add_company").value == ""  # ready for the next one


def test_missing_company_is_explained_beside_the_field_and_input_kept(
    new_app: Callable[[], AppTest],
) -> None:
    at = _add(sign_up(new_app().run()), "", "Data Engineer")
    assert len(at.error) == 1 and "at least 1 character" in at.error[0].value
    assert at.text_input(key="add_position").value == "Data Engineer"
    assert len(at.dataframe) == 0


def test_each_user_sees_only_their_own_applications(new_app: Callable[[], AppTest]) -> None:
    _add(sign_up(new_app().run(), email="ada@example.com"), "Acme Corp", "Data Engineer")
    at = sign_up(new_app().run(), email="bob@example.com")
    assert len(at.dataframe) == 0
    assert any("No applications yet" in i.value for i in at.info)


@pytest.mark.parametrize("where", ["postgres", "sqlite"])
def test_database_down_is_a_message_not_a_traceback(
    new_app: Callable[[], AppTest], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, where: str
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    url = {
        "postgres": "postgresql://postgres@127.0.0.1:1/tracker",  # nothing listens on port 1
        "sqlite": f"sqlite:///{blocker}/db.sqlite",
    }[where]
    monkeypatch.setenv("DATABASE_URL", url)
    at = new_app().run()
    assert not at.exception
    assert at.error and "DATABASE_URL" in at.error[0].value


def test_same_company_again_warns_once_then_saves(new_app: Callable[[], AppTest]) -> None:
    at = _add(sign_up(new_app().run()), "Acme, Inc.", "Data Engineer", "Applied")
    at = _add(at, "ACME", "Analyst")
    assert not at.success
    assert len(at.warning) == 1
    assert "Data Engineer: applied today, applied" in at.warning[0].value
    assert at.text_input(key="add_company").value == "ACME"  # nothing lost
    at.button(key="FormSubmitter:add_form-Add application").click().run()
    assert [s.value for s in at.success] == ["Saved ACME: Analyst."]
    assert not at.warning
    assert len(at.dataframe[0].value) == 2
