"""The board in Chromium: add, move in one action, phone width, long names, 2,000 cards."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.app_server import sign_up as _sign_up
from scripts.bench_browser import add_application as _add
from scripts.bench_browser import column as _column
from scripts.bench_browser import move_to_interview, seed_2000
from tests.support.env import ARTIFACTS

pytestmark = pytest.mark.browser


def _shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_add_two_move_one_to_interview_in_one_action(app_url: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(app_url)
    _sign_up(page, "mover@example.com")
    page.get_by_text("Your board is empty").wait_for()
    _shot(page, "board-empty")
    _add(page, "Acme Corp", "Data Engineer")
    _add(page, "Globex Corporation International Holdings and Subsidiaries", "Site Reliability Eng")
    page.get_by_text("Globex Corporation International").first.wait_for()

    # How fast it shows is measured by `make bench` (scripts/bench_browser.py), not asserted here.
    move_to_interview(page, "Acme Corp")
    _shot(page, "board-after-move")
    assert _column(page, "Saved").get_by_text("Acme Corp").count() == 0
    page.get_by_text("Moved Acme Corp: Data Engineer to Interview.").first.wait_for()
    page.get_by_role("button", name="Undo").click()
    _column(page, "Saved").get_by_text("Acme Corp").wait_for(timeout=5_000)


def test_phone_width_shows_every_card_readable(app_url: str, page) -> None:  # type: ignore[no-untyped-def]
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(app_url)
    _sign_up(page, "phone@example.com")
    page.get_by_role("button", name="Load sample applications").click()
    page.locator("[data-testid='stColumn']").get_by_text("Northwind Traders").wait_for()
    page.get_by_role("button", name="Move", exact=True).first.wait_for()
    width = page.evaluate("document.documentElement.scrollWidth")
    _shot(page, "board-390px")
    assert width <= 390, f"the page scrolls sideways at phone width ({width} px)"
    assert page.get_by_role("button", name="Move", exact=True).first.is_visible()


def test_board_with_2000_applications_shows_counts_and_pages_cards(  # type: ignore[no-untyped-def]
    app_url: str, app_data: Path, page
) -> None:
    page.goto(app_url)
    _sign_up(page, "busy@example.com")
    seed_2000(app_data, "busy@example.com")

    page.goto(app_url)  # how fast is measured by `make bench` (scripts/bench_browser.py)
    # A card on screen (the folded due panel holds hidden links with the same text).
    page.get_by_text("Company ").locator("visible=true").first.wait_for(timeout=30_000)
    # Each column shows its first cards and a pager; Streamlit draws them one element at a
    # time, so wait for the pager rather than count at once (fails if it never comes).
    page.get_by_role("button", name="Show 25 more").first.wait_for(timeout=30_000)
    _shot(page, "board-2000")


def test_twelve_stages_stay_readable_and_a_phone_shows_one_stage(  # type: ignore[no-untyped-def]
    app_url: str, app_data: Path, page
) -> None:
    from scripts.bench_browser import add_stages

    page.goto(app_url)
    _sign_up(page, "twelve@example.com")
    page.get_by_role("button", name="Load sample applications").click()
    add_stages(app_data, "twelve@example.com", 7)  # 5 open standard stages + 7 of the user's
    page.reload()
    board = page.locator(".st-key-board_cols [data-testid='stColumn']")
    board.get_by_text("Northwind Traders").wait_for()
    assert board.count() == 12
    # The layout's style arrives with the page's run; wait for it, then measure.
    page.wait_for_function(
        "[...document.querySelectorAll('.st-key-board_cols [data-testid=stColumn]')]"
        ".every(c => c.getBoundingClientRect().width >= 200)",
        timeout=10_000,
    )
    move = board.get_by_role("button", name="Move", exact=True).first
    assert move.bounding_box()["height"] < 50  # one line: "Move" does not wrap to "Mov/e"
    _shot(page, "board-12-stages-1280")

    page.set_viewport_size({"width": 390, "height": 844})
    page.get_by_label("Stage to show").wait_for()
    visible = board.evaluate_all("cols => cols.filter(c => c.offsetParent !== null).length")
    assert visible == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    _shot(page, "board-12-stages-390")
