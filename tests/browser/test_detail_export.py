"""In Chromium: add two applications, move one to interview, see its timeline, export CSV."""

import csv
import io
import re

import pytest

from tests.browser.conftest import ARTIFACTS

pytestmark = pytest.mark.browser


def _add(page, company: str, position: str) -> None:  # type: ignore[no-untyped-def]
    page.get_by_label("Company").fill(company)
    page.get_by_label("Position").fill(position)
    page.get_by_role("button", name="Add application").click()
    page.get_by_text(f"Saved {company}: {position}.").wait_for()


def test_add_move_open_detail_timeline_and_export_csv(app_url: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(app_url)
    page.get_by_role("tab", name="Create account").click()
    panel = page.get_by_role("tabpanel", name="Create account")
    panel.get_by_label("Email").fill("grace@example.com")
    panel.get_by_label("Password", exact=True).fill("s3cret-pass")
    panel.get_by_label("Repeat password").fill("s3cret-pass")
    panel.get_by_role("button", name="Create account").click()
    page.get_by_role("heading", name="Applications").wait_for()
    _add(page, "Acme Corporation International Holdings", "Data Engineer")
    _add(page, "Globex", "Analyst")

    page.goto(f"{app_url}/detail?id=1")
    page.get_by_role("heading", name=re.compile("Acme Corporation")).wait_for()
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
