"""One mapping from exceptions to what the user reads: own words for ours, a sentence otherwise."""

import logging
from collections.abc import Callable
from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from components import errors as ui_errors
from tests.support.app import sign_up
from tracker_core.errors import InvalidInput
from tracker_core.services import applications as svc


def _board_with_one_card(new_app: Callable[[], AppTest]) -> AppTest:
    at = sign_up(new_app().run())
    at.text_input(key="add_company").input("Acme Corp")
    at.text_input(key="add_position").input("Data Engineer")
    at.date_input(key="add_deadline").set_value(date(2026, 12, 24))
    at.button(key="FormSubmitter:add_form-Add application").click().run()
    return at


def test_an_unexpected_failure_is_logged_and_never_shows_its_text(
    new_app: Callable[[], AppTest],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    at = _board_with_one_card(new_app)

    def broken(**_: object) -> dict[int, str]:
        raise KeyError("secret internal detail")

    monkeypatch.setattr(svc, "move_many", broken)
    with caplog.at_level(logging.ERROR, logger="components.errors"):
        at.menu_button[0].click("interview").run()
    assert not at.exception
    shown = at.toast[0].value
    assert shown == ui_errors.UNEXPECTED and "secret" not in shown
    assert any(
        r.exc_info and "secret internal detail" in r.getMessage() + str(r.exc_info[1])
        for r in caplog.records
    )


def test_our_own_errors_show_their_message(
    new_app: Callable[[], AppTest], monkeypatch: pytest.MonkeyPatch
) -> None:
    at = _board_with_one_card(new_app)

    def refused(**_: object) -> dict[int, str]:
        raise svc.InvalidStage("'interview' is not a stage.")

    monkeypatch.setattr(svc, "move_many", refused)
    at.menu_button[0].click("interview").run()
    assert at.toast[0].value == "'interview' is not a stage."


def test_a_bare_value_error_is_not_shown_as_it_is() -> None:
    assert ui_errors.user_message(ValueError("int() base 10: 'x'")) == ui_errors.UNEXPECTED
    assert ui_errors.user_message(InvalidInput("Pick a stage.")) == "Pick a stage."
    assert ui_errors.field_errors(InvalidInput(errors={"url": "Bad", "salary_max": "Low"})) == {
        "url": "Bad",
        "salary_max": "Low",
    }
