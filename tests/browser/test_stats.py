"""The stats page in Chromium: an empty account, then one with history, at phone width."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from scripts.app_server import sign_up
from scripts.stats_seed import seed_job_search
from tests.support.env import ARTIFACTS
from tracker_core.db import make_engine

pytestmark = pytest.mark.browser


def _shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_empty_account_gets_a_next_step_then_charts_once_there_is_history(
    app_url: str,
    app_data: Path,
    page,  # type: ignore[no-untyped-def]
) -> None:
    page.goto(app_url)
    sign_up(page, "stats@example.com")
    page.goto(f"{app_url}/stats")
    page.get_by_text("No applications of your own yet").wait_for()
    page.get_by_role("link").filter(has_text="Go to the Board").first.wait_for()
    assert page.get_by_role("link").filter(has_text="Go to the Board").count() == 1
    assert page.locator(".js-plotly-plot").count() == 0
    _shot(page, "stats-empty")

    engine = make_engine(f"sqlite:///{app_data}/tracker.db")
    with engine.connect() as conn:
        user_id = conn.execute(
            text("select id from users where email = 'stats@example.com'")
        ).scalar_one()
    seed_job_search(engine, str(user_id), 300)
    engine.dispose()

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{app_url}/stats")
    page.get_by_test_id("stMetricValue").first.wait_for()
    page.locator(".js-plotly-plot").first.wait_for()
    assert page.get_by_text("Where do my applications stop?").count() >= 1  # the chart's title
    width = page.evaluate("document.documentElement.scrollWidth")
    _shot(page, "stats-390px")
    assert width <= 390, f"the page scrolls sideways at phone width ({width} px)"

    page.get_by_role("radio", name="30 days").or_(
        page.get_by_role("button", name="30 days")
    ).first.click()
    page.wait_for_url("**stats_range=30*")
