"""In Chromium: paste a posting, add a story, practise and rate a question, download the sheet."""

import pytest

from scripts.app_server import settle, sign_up
from tests.support.env import ARTIFACTS
from tests.support.prep_postings import DATA

pytestmark = pytest.mark.browser


def test_story_practice_rating_and_prep_sheet(app_url: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(app_url)
    sign_up(page, "prep@example.com")
    page.goto(f"{app_url}/prep")
    page.get_by_role("heading", name="Interview prep").wait_for()
    posting = page.get_by_label("Job posting")
    posting.fill(DATA)
    posting.press("Control+Enter")
    page.get_by_text("Apache Spark").first.wait_for()

    page.get_by_role("tab", name="Stories").click()
    page.get_by_label("Title").fill("Mentoring Ana")
    page.get_by_label("Action").fill("I paired with her every morning and wrote a checklist.")
    page.get_by_label("Tags (competencies and skills, comma separated)").fill("leadership")
    page.get_by_role("button", name="Add story").click()
    page.get_by_text("Story added.").wait_for()
    settle(page)

    page.get_by_role("tab", name="Practice").click()
    panel = page.get_by_role("tabpanel", name="Practice")
    question = panel.locator("[data-testid='stHeading']").first.inner_text()
    page.get_by_text("elapsed").wait_for()  # the timer runs; nothing stops the user
    settle(page)
    answer = page.get_by_label("Your answer")
    text = "At my last job I led a team of 4. As a result we cut delays by 30%."
    answer.fill(text)
    answer.blur()  # Streamlit sends a text area's value when it loses focus
    settle(page)
    panel.get_by_text("2 · shaky").click()
    settle(page)
    assert answer.input_value() == text  # the timer's reruns leave the typed answer alone
    page.get_by_role("button", name="Save attempt").click()
    page.get_by_text("Attempt saved.").wait_for()
    panel.get_by_text("Measured result: yes").wait_for()
    assert "Words: 18" in panel.inner_text()
    page.screenshot(path=str(ARTIFACTS / "prep-practice.png"), full_page=True)

    page.get_by_role("tab", name="Prep sheet").click()
    with page.expect_download() as info:
        page.get_by_role("button", name="Download prep sheet (Markdown)").click()
    sheet = open(info.value.path(), encoding="utf-8").read()  # noqa: SIM115
    assert sheet.startswith("# Interview prep")
    top = sheet.split("## Top questions and the stories chosen", 1)[1].split("##", 1)[0]
    assert top.strip().startswith(f"1. {question.strip()}")  # the answer rated 2 comes first
    assert "## Questions to ask" in sheet and "Suggested story: Mentoring Ana" in sheet
