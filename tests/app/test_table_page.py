"""The table page: filters kept in the URL, inline edits that save, bulk actions with undo."""

from collections.abc import Callable

from streamlit.testing.v1 import AppTest

from tests.support.app import edit_cells, log_in, sign_up


def _table(at: AppTest) -> AppTest:
    at.switch_page("app_pages/table.py").run()
    assert not at.exception
    return at


def _with_samples(new_app: Callable[[], AppTest]) -> AppTest:
    at = sign_up(new_app().run())
    at.button(key="board_load_samples").click().run()
    return _table(at)


def _grid(at: AppTest) -> list[dict[str, object]]:
    return at.data_editor[0].value.to_dict("records")  # type: ignore[no-any-return]


def test_empty_table_points_to_the_board(new_app: Callable[[], AppTest]) -> None:
    at = _table(sign_up(new_app().run()))
    assert any("No applications yet" in i.value for i in at.info)
    assert len(at.data_editor) == 0


def test_filters_from_a_shared_link_narrow_and_sort_the_table(
    new_app: Callable[[], AppTest],
) -> None:
    _with_samples(new_app)
    at = new_app()
    at.switch_page("app_pages/table.py")  # a link straight to the table page
    at.query_params.update({"stage": ["Saved", "Applied"], "sort": "Company", "q": "a"})
    log_in(at.run(), "ada@example.com", "s3cret-pass")
    companies = [r["Company"] for r in _grid(at)]
    assert companies == ["Contoso", "Fabrikam", "Northwind Traders", "Tailspin Toys"]
    assert at.multiselect(key="stage").value == ["saved", "applied"]


def test_text_search_covers_notes_and_shows_an_empty_state(new_app: Callable[[], AppTest]) -> None:
    at = _with_samples(new_app)
    at.text_input(key="q").input("Litware").run()
    assert [r["Company"] for r in _grid(at)] == ["Litware"]
    at.text_input(key="q").input("no such thing").run()
    assert any("Nothing matches" in i.value for i in at.info)


def test_an_inline_edit_saves_and_shows_on_the_board(new_app: Callable[[], AppTest]) -> None:
    at = _with_samples(new_app)
    at.selectbox(key="sort").set_value("company").run()
    assert _grid(at)[0]["Company"] == "Adventure Works"
    edit_cells(at, {"0": {"Position": "Principal ML Engineer", "Stage": "Offer"}})
    assert [t.value for t in at.toast] == ["Saved 1 change."]
    assert not at.error
    row = _grid(at)[0]
    assert (row["Position"], row["Stage"]) == ("Principal ML Engineer", "Offer")
    at.switch_page("app_pages/board.py").run()
    assert any("Principal ML Engineer" in m.value for m in at.markdown)


def test_a_bad_edit_is_explained_and_nothing_is_saved(new_app: Callable[[], AppTest]) -> None:
    at = _with_samples(new_app)
    at.selectbox(key="sort").set_value("company").run()
    edit_cells(at, {"0": {"Company": ""}})
    assert len(at.error) == 1
    assert "Adventure Works: Machine Learning Engineer: Company" in at.error[0].value
    assert _grid(at)[0]["Company"] == "Adventure Works"


def test_bulk_move_and_archive_ticked_rows_with_undo(new_app: Callable[[], AppTest]) -> None:
    at = _with_samples(new_app)
    at.selectbox(key="sort").set_value("company").run()
    edit_cells(at, {"0": {"Select": True}, "1": {"Select": True}})
    at.selectbox(key="table_bulk_stage").set_value("withdrawn")
    at.button(key="table_bulk_move").click().run()
    assert at.toast[0].value == "Moved 2 applications."
    stages = {r["Company"]: r["Stage"] for r in _grid(at)}
    assert stages["Adventure Works"] == stages["Contoso"] == "Withdrawn"
    at.button(key="table_undo_btn").click().run()
    stages = {r["Company"]: r["Stage"] for r in _grid(at)}
    assert (stages["Adventure Works"], stages["Contoso"]) == ("Interview", "Saved")

    edit_cells(at, {"0": {"Select": True}})
    at.button(key="table_bulk_archive").click().run()
    assert at.toast[0].value == "Archived 1 application."
    assert "Adventure Works" not in [r["Company"] for r in _grid(at)]


def test_bulk_action_with_nothing_ticked_says_what_to_do(new_app: Callable[[], AppTest]) -> None:
    at = _with_samples(new_app)
    at.button(key="table_bulk_archive").click().run()
    assert "Tick the rows" in at.error[0].value
    assert len(_grid(at)) == 8


def test_each_row_links_to_its_detail_page(new_app: Callable[[], AppTest]) -> None:
    at = _with_samples(new_app)
    row = next(r for r in _grid(at) if r["Company"] == "Litware")
    link = str(row["Open"])
    assert link.startswith("/detail?id=")
    at.switch_page("app_pages/detail.py")
    at.query_params["id"] = link.rsplit("=", 1)[1]
    at.run()
    assert not at.exception
    assert at.title[0].value.replace("\\", "") == f"{row['Company']}: {row['Position']}"
