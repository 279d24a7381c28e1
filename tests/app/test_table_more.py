"""The table keeps an edited row in place, shows every saved field and reads cleanly."""

from collections.abc import Callable
from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.support.app import edit_cells, seed_application, sign_up


def _grid(at: AppTest) -> list[dict[str, object]]:
    return at.data_editor[0].value.to_dict("records")  # type: ignore[no-any-return]


def _table(at: AppTest) -> AppTest:
    at.switch_page("app_pages/table.py").run()
    assert not at.exception
    return at


def test_an_edited_row_stays_where_it_was_under_the_default_sort(
    new_app: Callable[[], AppTest],
) -> None:
    at = sign_up(new_app().run())
    at.button(key="board_load_samples").click().run()
    at = _table(at)
    before = [r["Company"] for r in _grid(at)]
    edit_cells(at, {"3": {"Position": "Staff Engineer"}})
    assert [t.value for t in at.toast] == ["Saved 1 change."]
    after = [r["Company"] for r in _grid(at)]
    assert after == before  # the edited row did not jump to the top
    assert _grid(at)[3]["Position"] == "Staff Engineer"


def test_salary_place_and_applied_date_show_and_notes_read_as_text(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    seed_application(
        app_env,
        at.session_state["auth_user"].id,
        salary_min=50000,
        salary_max=60000,
        salary_currency="GBP",
        location="Leeds",
        notes="**Call** [Rita](https://example.com) first\n\n- bring CV",
    )
    at = _table(at)
    row = _grid(at)[0]
    assert row["Salary"] == "GBP 50,000–60,000" and row["Where"] == "Leeds"
    assert row["Notes"] == "Call Rita first bring CV"
    assert "Applied" in row and "Next action" in row
    editor = at.data_editor[0].proto
    assert editor.placeholder == ""  # an empty cell reads empty, not "None"


def test_columns_are_chosen_and_filters_sit_in_an_expander(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    seed_application(app_env, at.session_state["auth_user"].id)
    at = _table(at)
    assert any(e.label == "Filters and columns" for e in at.expander)
    at.multiselect(key="table_columns_pick").set_value(["Company", "Salary"]).run()
    assert list(at.data_editor[0].proto.column_order) == ["Select", "Open", "Company", "Salary"]
    at.switch_page("app_pages/board.py").run()
    at = _table(at)
    assert at.multiselect(key="table_columns_pick").value == ["Company", "Salary"]  # kept
