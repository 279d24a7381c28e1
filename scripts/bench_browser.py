"""Browser timings for `make bench`: a status change on the board, and a 2,000-card board."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from scripts.app_server import CHROMIUM, chromium, running_app, sign_up

Row = tuple[str, float, str, str, bool]
MENU_TRIES = 3


def column(page: Any, stage: str) -> Any:
    """The board column whose header is this stage."""
    header = page.get_by_text(stage, exact=True)
    return page.locator("[data-testid='stColumn']").filter(has=header)


def move_card(page: Any, company: str, stage: str) -> float:
    """Move a card to a stage with its Move menu; seconds from the click until it shows there."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page.locator("[data-testid='stStatusWidget']").wait_for(state="detached", timeout=10_000)
    move = page.get_by_role("button", name="Move", exact=True)
    card = page.locator("[data-testid='stVerticalBlock']").filter(has_text=company)
    item = page.get_by_role("menuitem", name=stage)
    for _ in range(MENU_TRIES):
        # A click that lands while the previous run still redraws the card can find its menu
        # closed by that redraw; a person clicks again, and so does this.
        card.filter(has=move).last.get_by_role("button", name="Move", exact=True).click()
        try:
            item.wait_for(timeout=3_000)
            break
        except PlaywrightTimeout:
            continue
    started = time.monotonic()
    item.click()
    column(page, stage).get_by_text(company).wait_for(timeout=5_000)
    return time.monotonic() - started


def move_to_interview(page: Any, company: str) -> float:
    """Move a card to Interview; seconds until it shows there."""
    return move_card(page, company, "Interview")


def load_time(page: Any, url: str, text: str) -> float:
    """Seconds from opening the url until `text` shows."""
    started = time.monotonic()
    page.goto(url)
    # The first one on screen: the due panel, folded, holds hidden links with the same text.
    page.get_by_text(text, exact=False).locator("visible=true").first.wait_for(timeout=20_000)
    return time.monotonic() - started


def add_application(page: Any, company: str, position: str) -> None:
    page.get_by_label("Company").fill(company)
    page.get_by_label("Position").fill(position)
    page.get_by_role("button", name="Add application").click()
    page.get_by_text(f"Saved {company}: {position}.").wait_for()


def seed_2000(data: Path, email: str) -> None:
    from sqlmodel import select

    from scripts.bench import seed
    from tracker_core.db import make_engine, system_session
    from tracker_core.models import User

    engine = make_engine(f"sqlite:///{data}/tracker.db")
    with system_session(engine) as s:
        user_id = s.exec(select(User.id).where(User.email == email)).one()
    seed(engine, user_id)
    engine.dispose()


STAGE_NAMES = ("Phone screen", "Take-home", "Tech round", "Onsite", "Final round", "References")
STAGE_NAMES += ("Negotiation",)


def add_stages(data: Path, email: str, count: int) -> None:
    """Give the user `count` stages of their own (open ones, counted as interviews)."""
    from sqlmodel import select

    from tracker_core.db import make_engine, system_session, user_session
    from tracker_core.models import User
    from tracker_core.services import stages

    engine = make_engine(f"sqlite:///{data}/tracker.db")
    with system_session(engine) as s:
        user_id = s.exec(select(User.id).where(User.email == email)).one()
    with user_session(engine, user_id) as s:
        for label in STAGE_NAMES[:count]:
            stages.add_stage(session=s, user_id=user_id, label=label, funnel_step="interview")
    engine.dispose()


def bench_browser(runs: int = 5) -> list[Row]:
    """Median seconds for a one-click status change and for opening a 2,000-card board."""
    if not Path(CHROMIUM).exists():
        print("Chromium is not installed: browser rows skipped (apt-get install chromium)")
        return []
    with tempfile.TemporaryDirectory() as tmp, running_app(Path(tmp)) as url, chromium() as b:
        page = b.new_page(viewport={"width": 1280, "height": 900})
        page.set_default_timeout(20_000)
        page.goto(url)
        sign_up(page, "bench@example.com")
        add_application(page, "Acme Corp", "Data Engineer")
        moves = []
        for _ in range(runs):
            moves.append(move_card(page, "Acme Corp", "Interview"))
            moves.append(move_card(page, "Acme Corp", "Saved"))
        seed_2000(Path(tmp), "bench@example.com")
        loads = [load_time(page, url, "Company ") for _ in range(3)]
    move, load = statistics.median(moves), statistics.median(loads)
    return [
        ("Chromium: status change shows on the board (median)", move, "s", "< 0.5", move < 0.5),
        ("Chromium: 2,000-application board readable (median)", load, "s", "< 1.5", load < 1.5),
    ]


BENCHES = [bench_browser]
