"""In Chromium: add two applications, move one to interview, see its timeline, export CSV."""

import csv
import io
import re

import pytest

from scripts.app_server import settle, sign_up
from scripts.bench_browser import add_application as _add
from tests.support.env import ARTIFACTS

pytestmark = pytest.mark.browser


def test_add_move_open_detail_timeline_and_export_csv(app_url: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(app_url)
    sign_up(page, "grace@example.com")
    _add(page, "Acme Corporation International Holdings", "Data Engineer")
    _add(page, "Globex", "Analyst")

    card = page.locator("[data-testid='stVerticalBlock']").filter(has_text="Acme Corporation")
    card.last.get_by_role("link", name="Open").click()  # from its card on the board
    page.get_by_role("heading", name=re.compile("Acme Corporation")).wait_for()
    assert page.url.endswith("/detail?id=1")
    page.get_by_label("Stage").click()
    page.get_by_role("option", name="Interview").click()
    page.get_by_role("button", name="Move").click()
    page.get_by_text("Stage: Interview").wait_for()
    page.get_by_role("tab", name="Timeline").click()
    page.get_by_text("Saved → Interview").wait_for()
    assert page.get_by_text(re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC")).count() == 2
    page.screenshot(path=str(ARTIFACTS / "detail-timeline.png"), full_page=True)

    page.goto(f"{app_url}/import_export")
    page.get_by_role("heading", name="Import / export").wait_for()
    with page.expect_download() as info:
        page.get_by_role("button", name="Download applications (CSV)").click()
    text = open(info.value.path(), encoding="utf-8").read()  # noqa: SIM115
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {(r["company"], r["status"]) for r in rows} == {
        ("Acme Corporation International Holdings", "interview"),
        ("Globex", "saved"),
    }
    assert info.value.suggested_filename == "applications.csv"


def test_import_preview_then_detail_at_phone_width(app_url: str, page, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.support.transfer import HUNTR

    page.goto(app_url)
    sign_up(page, "linus@example.com")

    page.goto(f"{app_url}/import_export")
    csv_path = tmp_path / "huntr.csv"
    csv_path.write_text(HUNTR)
    page.locator("[data-testid='stFileUploader'] input[type='file']").first.set_input_files(
        str(csv_path)
    )
    page.get_by_text("could not be read").wait_for()
    page.get_by_text("Ignored columns: Excitement").wait_for()
    page.get_by_role("button", name="Import 2 applications").wait_for()
    settle(page)
    page.screenshot(path=str(ARTIFACTS / "import-preview.png"), full_page=True)
    page.get_by_role("button", name="Import 2 applications").click()
    page.get_by_text("Imported 2 applications.").wait_for()

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{app_url}/detail")
    page.get_by_text("Pick one to open it").wait_for()
    page.get_by_role("combobox", name=re.compile("Application")).click()
    page.get_by_role("option").first.wait_for()
    page.get_by_role("option", name=re.compile("Acme Inc")).click()
    page.get_by_role("heading", name=re.compile("Acme Inc")).wait_for()
    assert "id=" in page.url
    page.get_by_role("tabpanel", name="Overview").get_by_text("Referred by Rita").wait_for()
    page.get_by_role("link", name="Open the job posting").wait_for()
    settle(page)
    page.screenshot(path=str(ARTIFACTS / "detail-phone.png"), full_page=True)
    page.get_by_role("tab", name="Edit").click()
    page.get_by_label("Job posting URL").fill("not a url at all")
    page.get_by_role("button", name="Save changes").click()
    page.get_by_text("Is not a web address").scroll_into_view_if_needed()
    settle(page)
    page.screenshot(path=str(ARTIFACTS / "detail-phone-edit-error.png"), full_page=True)
