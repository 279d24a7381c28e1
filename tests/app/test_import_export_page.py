"""AppTest: the import / export page previews, maps, reports and imports once."""

from collections.abc import Callable

from streamlit.testing.v1 import AppTest

from tests.support.app import sign_up
from tests.support.transfer import HUNTR

PAGE = "app_pages/import_export.py"


def _page(new_app: Callable[[], AppTest]) -> AppTest:
    at = sign_up(new_app().run())
    at.switch_page(PAGE)
    return at.run()


def _upload(at: AppTest, content: bytes, name: str = "huntr.csv") -> AppTest:
    at.file_uploader(key="imp_csv").set_value((name, content, "text/csv"))
    return at.run()


def test_empty_account_can_export_and_sees_the_import_steps(
    new_app: Callable[[], AppTest],
) -> None:
    at = _page(new_app)
    assert not at.exception
    assert [b.label for b in at.download_button] == [
        "Download applications (CSV)",
        "Download everything (JSON)",
    ]


def test_huntr_csv_preview_mapping_report_and_import_once(
    new_app: Callable[[], AppTest],
) -> None:
    at = _upload(_page(new_app), HUNTR.encode())
    assert not at.exception
    assert len(at.dataframe[0].value) == 5  # the preview
    assert at.selectbox(key=at.selectbox[0].key).value == "Company"
    assert "Ignored columns: Excitement" in [c.value for c in at.caption]
    assert any("**2** new" in m.value for m in at.markdown)
    problems = at.dataframe[1].value
    assert list(problems["Row"]) == [4, 5, 6]
    at.button(key="imp_go").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == ["Imported 2 applications."]
    assert any("**0** new · **2** already in your tracker" in m.value for m in at.markdown)
    assert at.button(key="imp_go").disabled


def test_bad_files_get_a_message_not_a_traceback(new_app: Callable[[], AppTest]) -> None:
    at = _upload(_page(new_app), b"")
    assert not at.exception and "empty" in at.error[0].value
    at = _upload(at, "Company,Position\nCafé,Barista\n".encode("cp1252"), "latin.csv")
    assert not at.exception and "Windows-1252" in at.warning[0].value
    at.file_uploader(key="imp_json").set_value(("x.json", b"{oops", "application/json"))
    at.run()
    at.button(key="imp_json_go").click().run()
    assert any("not a JSON file" in e.value for e in at.error)
