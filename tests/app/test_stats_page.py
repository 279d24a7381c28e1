"""The stats page as a user reads it: empty state, chart data, filters in the URL, weekly goal."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

from tests.support.app import log_in, sign_up
from tests.support.stats import record_stories
from tracker_core.db import make_engine
from tracker_core.services.auth import normalise_email

PAGE = "app_pages/stats.py"


def _charts(at: AppTest) -> dict[str, dict[str, Any]]:
    """Every chart's figure spec by its title (the question it answers)."""
    specs = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    return {s["layout"]["title"]["text"]: s for s in specs}


def _user_id(db: Path, email: str) -> str:
    from sqlalchemy import text

    engine = make_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        found = conn.execute(
            text("select id from users where email = :e"), {"e": normalise_email(email)}
        ).scalar_one()
    engine.dispose()
    return str(found)


def _open_numbers(at: AppTest, name: str) -> AppTest:
    """Open a chart's "The numbers" expander, as a click on it does (it reruns the page)."""
    at.session_state[f"stats_numbers_{name}"] = True
    return at.run()


def _with_history(new_app: Callable[[], AppTest], db: Path) -> AppTest:
    at = sign_up(new_app().run())
    engine = make_engine(f"sqlite:///{db}")
    record_stories(engine, _user_id(db, "ada@example.com"))
    engine.dispose()
    return at.switch_page(PAGE).run()


def test_new_account_sees_an_empty_state_with_a_next_step(
    new_app: Callable[[], AppTest],
) -> None:
    at = sign_up(new_app().run()).switch_page(PAGE).run()
    assert not at.exception
    assert any("No applications of your own yet" in i.value for i in at.info)
    assert not at.get("plotly_chart")


def test_charts_carry_the_history_worked_out_by_hand(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = _with_history(new_app, app_env)
    assert not at.exception
    charts = _charts(at)
    funnel = charts["Where do my applications stop?"]["data"][0]
    assert funnel["y"] == ["Applied", "Screening", "Interview", "Offer", "Accepted"]
    assert funnel["x"] == [6, 3, 3, 1, 1]
    assert funnel["text"][2] == "3 · 100% of 3"  # screening -> interview

    sankey = charts["Where do my applications end up?"]["data"][0]
    nodes = sankey["node"]["label"]
    links = {
        (nodes[s], nodes[t]): v
        for s, t, v in zip(
            sankey["link"]["source"], sankey["link"]["target"], sankey["link"]["value"], strict=True
        )
    }
    assert links[("Interview 3", "Rejected 2")] == 1  # Acme, rejected after its interview
    assert links[("Applied 6", "Still open 2")] == 1  # Hooli

    cohorts = charts["Are recent applications failing, or still open?"]["data"]
    by_name = {trace["name"]: trace["y"] for trace in cohorts}
    # The week of 16 Nov: Stark answered, Hooli pending (not a "no").
    assert by_name["Reached Screening"][-1] == 1
    assert by_name["Still open: pending"][-1] == 1
    assert by_name["Closed: no"][-1] == 0


def test_small_groups_are_greyed_and_marked_too_few_to_tell(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = _with_history(new_app, app_env)
    bars = _charts(at)["Which sources get answers?"]["data"][0]
    assert bars["y"] == [
        "LinkedIn · too few to tell (n=4)",
        "Not recorded · too few to tell (n=1)",
        "Referral · too few to tell (n=1)",
    ]
    assert set(bars["marker"]["color"]) == {"#b5b9c0"}  # greyed
    at = _open_numbers(at, "rates-by-source")
    tables = [t.value for t in at.table]
    by_source = next(t for t in tables if "Group" in t.columns and "LinkedIn" in set(t["Group"]))
    assert list(by_source["Note"]) == ["too few to tell"] * 3
    assert list(by_source["Response rate"]) == ["75%", "0%", "100%"]


def test_a_shared_link_opens_with_its_filters_and_they_narrow_every_figure(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    _with_history(new_app, app_env)
    at = new_app()
    at.switch_page(PAGE)  # a link straight to the stats page, opened after logging in
    at.query_params.update({"stats_range": "30 days", "stats_source": "LinkedIn"})
    log_in(at.run(), "ada@example.com", "s3cret-pass")
    assert at.segmented_control(key="stats_range").value == "30d"
    assert at.selectbox(key="stats_source").value == "LinkedIn"
    funnel = _charts(at)["Where do my applications stop?"]["data"][0]
    assert funnel["x"] == [1, 1, 1, 0, 0]  # Stark: LinkedIn, sent in the last 30 days
    at.segmented_control(key="stats_range").set_value("7d").run()
    assert any("No application was sent in this range" in i.value for i in at.info)


def test_a_weekly_goal_shows_the_streak(new_app: Callable[[], AppTest], app_env: Path) -> None:
    at = _with_history(new_app, app_env)
    at.number_input(key="stats_goal").set_value(2)
    at.button(key="FormSubmitter:stats_goal_form-Save goal").click().run()
    assert not at.exception
    assert any("streak: 1 week meeting your goal" in c.value for c in at.caption)
    activity = _charts(at)["Am I sending enough each week?"]
    assert activity["layout"]["shapes"][0]["y0"] == 2  # the goal line


def test_the_numbers_under_a_chart_are_drawn_when_opened_and_download_as_csv(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = _with_history(new_app, app_env)
    labels = [e.label for e in at.expander]
    assert labels.count("The numbers") == 7  # one under every chart
    assert not at.table  # closed: nothing drawn until the user asks
    at = _open_numbers(at, "funnel")
    assert not at.exception
    [funnel] = [t.value for t in at.table]
    assert list(funnel["Step"]) == ["Applied", "Screening", "Interview", "Offer", "Accepted"]
    assert list(funnel["Reached"]) == [6, 3, 3, 1, 1]
    csv = at.get("download_button")[0].proto
    assert csv.label == "Download CSV"
