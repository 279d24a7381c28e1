"""Stats rendering: filters kept in the URL, one question per chart, a table and CSV under each."""

from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from pydantic import ValidationError

from components import stats_charts as charts
from tracker_core.errors import validation_messages
from tracker_core.stats import FUNNEL, MIN_GROUP, StatsFilter, StatsResult

PERIODS = {"7d": "7 days", "30d": "30 days", "90d": "90 days", "all": "All", "custom": "Custom"}
ALL = "All sources"
NO_SOURCE = "Not recorded"
ALL_RESUMES = "all"

DEFINITIONS = f"""
**Sent**: an application with an applied date, or whose history reached Applied or a later stage.
Saved and then closed without an applied date was never sent and counts nowhere.
Applications in the trash and sample applications never count; archived ones do.

**Date range and cohorts** go by the date an application was sent (its applied date, else the
day it first reached Applied or later).

**Reached a step**: the application's history ever reached that step or a later one, counted once
however often it moved back and forth. Created directly in a later stage, it reached every step
before it. A rejection, withdrawal or ghosting never erases a step it passed. Your own stages
count as the step they are mapped to.

**Conversion** from a step: of the applications that reached it, the share that reached the next.
The rest are split into *closed* (rejected, withdrawn, ghosted) and *still open*
(pending, not a no).

**Response rate**: applications that reached Screening or later, or were rejected, over
applications sent. **Interview rate**: reached Interview or later, over applications sent. Each
comes with a 95% Wilson range; a group with fewer than {MIN_GROUP} applications is greyed,
marked "too few to tell" and not ranked.

**Flow**: each application's path through the steps it reached (no loops, whatever moves it made),
then where it is now: rejected, withdrawn, ghosted or still open. Accepted is an end.

**Days to first response**: from the sent date to the first move into Screening or later, or into
Rejected. Applications still waiting are left out and counted beside it; applications entered
after they were answered (created past Applied) are left out as "when unknown".

**Time in a stage**: from entering a step to moving to another; the stay an open application is in
now is left out and counted as "in it now".

**Weeks** start on Monday (UTC). The weekly chart follows the source and resume filters. The
streak counts weeks in a row that met your goal, up to last week, plus this week once it has met
it; it and "sent this week" count every sent application whatever the filters.
"""


def read_filters(sources: list[str], resumes: dict[int, str]) -> StatsFilter | None:
    """The filter widgets (kept in the URL); None, with an error shown, when they do not fit."""
    period = st.segmented_control(
        "Date range (by date sent)",
        list(PERIODS),
        default="all",
        required=True,
        format_func=PERIODS.__getitem__,
        key="stats_range",
        bind="query-params",
    )
    start: date | None = None
    end: date | None = None
    if period == "custom":
        left, right = st.columns(2)
        start = left.date_input("From", value=None, key="stats_from", bind="query-params")
        end = right.date_input("To", value=None, key="stats_to", bind="query-params")
    left, right = st.columns(2)
    source = left.selectbox(
        "Source",
        [ALL, *[s or NO_SOURCE for s in sources]],
        key="stats_source",
        bind="query-params",
    )
    resume = right.selectbox(
        "Resume",
        [ALL_RESUMES, *[str(i) for i in resumes]],
        format_func=lambda v: "All resumes" if v == ALL_RESUMES else resumes.get(int(v), v),
        key="stats_resume",
        bind="query-params",
    )
    try:
        return StatsFilter(
            period=period,
            start=start,
            end=end,
            source=None if source == ALL else "" if source == NO_SOURCE else source,
            resume_id=None if resume == ALL_RESUMES else int(resume),
        )
    except ValidationError as exc:
        for message in validation_messages(exc).values():
            st.error(message, icon=":material/event_busy:")
        return None


def render_empty(result: StatsResult) -> None:
    """No sent application in view: say why, and what to do next."""
    if not result.has_any:
        st.info(
            "No applications of your own yet (sample applications are left out of the stats), so "
            "there is nothing to count. Add the jobs you apply to on the Board; once one is sent, "
            "this page shows where your applications stop.",
            icon=":material/insights:",
        )
        st.page_link("app_pages/board.py", label="Go to the Board", icon=":material/view_kanban:")
    elif (
        result.filter.period != "all"
        or result.filter.source is not None
        or (result.filter.resume_id is not None)
    ):
        st.info(
            "No application was sent in this range with these filters. Choose “All” or "
            "another source or resume.",
            icon=":material/filter_alt_off:",
        )
    else:
        st.info(
            f"Nothing sent yet ({result.not_sent} saved). Move an application to Applied on the "
            "Board when you send it, and it is counted here.",
            icon=":material/send:",
        )
        st.page_link("app_pages/board.py", label="Go to the Board", icon=":material/view_kanban:")


def _chart(fig: go.Figure, key: str) -> None:
    st.plotly_chart(fig, config=charts.CONFIG, key=f"stats_chart_{key}", width="stretch")


def _numbers(table: pd.DataFrame, name: str, box: str | None = None) -> None:
    """The chart's figures as a table (for screen readers) and as CSV, once the user opens them.

    Drawn only when open (the expander reruns the page when opened): seven tables, two of
    them a row a week, were a third of what the browser drew for a year's applications.
    """
    numbers = st.expander(
        "The numbers",
        icon=":material/table_rows:",
        key=f"stats_numbers_{box or name}",
        on_change="rerun",
    )
    if not numbers.open:
        return
    with numbers:
        st.table(table, hide_index=True)
        st.download_button(
            "Download CSV",
            table.to_csv(index=False).encode(),
            file_name=f"stats-{name}.csv",
            mime="text/csv",
            key=f"stats_csv_{name}",
            icon=":material/download:",
        )


def render_headline(result: StatsResult) -> None:
    overall = result.rates.overall
    first = result.time.first_response
    activity = result.activity
    a, b, c, d = st.columns(4)
    a.metric("Sent", result.sent, border=True, help=f"{result.not_sent} saved, not sent")
    b.metric(
        "Response rate",
        charts.pct(overall.response_rate),
        border=True,
        help=f"{overall.responded} of {overall.n}; 95% range "
        f"{overall.response_low:.0%}–{overall.response_high:.0%}",
    )
    c.metric(
        "Interview rate",
        charts.pct(overall.interview_rate),
        border=True,
        help=f"{overall.interviewed} of {overall.n}; 95% range "
        f"{overall.interview_low:.0%}–{overall.interview_high:.0%}",
    )
    days = "–" if first.median_days is None else f"{first.median_days:g} d"
    d.metric("Median days to reply", days, border=True, help=_waiting(result))
    if activity.goal:
        st.caption(
            f"This week: {activity.this_week} of {activity.goal} sent · streak: "
            f"{activity.streak} week{'s' * (activity.streak != 1)} meeting your goal"
        )


def _waiting(result: StatsResult) -> str:
    t = result.time
    return (
        f"From {t.first_response.n} answered applications; {t.still_waiting} still waiting "
        f"and {t.unknown} answered when unknown are left out."
    )


def render_funnel(result: StatsResult) -> None:
    _chart(charts.funnel_figure(result.funnel), "funnel")
    _numbers(charts.funnel_table(result.funnel), "funnel")


def render_cohorts(result: StatsResult) -> None:
    left, right = st.columns(2)
    by = left.segmented_control(
        "Group by", ["week", "month"], default="week", required=True, key="stats_cohort"
    )
    steps = list(FUNNEL[:-1])
    step = right.selectbox(
        "From step",
        steps,
        format_func=lambda s: f"{charts.LABELS[s]} → {charts.LABELS[FUNNEL[steps.index(s) + 1]]}",
        key="stats_cohort_step",
    )
    rows = result.cohorts_week if by == "week" else result.cohorts_month
    i = steps.index(step)
    _chart(charts.cohort_figure(rows, i, charts.LABELS[FUNNEL[i + 1]]), "cohorts")
    _numbers(charts.cohort_table(rows, i), f"cohorts-{by}", box="cohorts")


def render_flow(result: StatsResult) -> None:
    _chart(charts.flow_figure(result.flow), "flow")
    _numbers(charts.flow_table(result.flow), "flow")


def render_rates(result: StatsResult) -> None:
    kind = st.segmented_control(
        "Rate",
        ["response", "interview"],
        default="response",
        required=True,
        format_func=lambda k: f"{k.capitalize()} rate",
        key="stats_rate",
    )
    for name, groups in (("source", result.rates.by_source), ("resume", result.rates.by_resume)):
        _chart(charts.rates_figure(groups, kind, charts.TITLES[name]), f"rates_{name}")
        _numbers(charts.rates_table(groups), f"rates-by-{name}")


def render_time(result: StatsResult) -> None:
    first = result.time.first_response
    st.markdown("**How long until I hear back?**")
    a, b, c = st.columns(3)
    a.metric("Median days to first answer", "–" if first.median_days is None else first.median_days)
    b.metric("75% answered within (days)", "–" if first.p75_days is None else first.p75_days)
    c.metric("Still waiting", result.time.still_waiting)
    st.caption(_waiting(result))
    _chart(charts.stages_figure(result), "stages")
    _numbers(charts.stages_table(result), "time-in-stage")


def render_activity(result: StatsResult, on_goal: object) -> None:
    activity = result.activity
    a, b = st.columns(2)
    a.metric("Sent this week", activity.this_week)
    b.metric("Streak (weeks meeting the goal)", activity.streak if activity.goal else "–")
    if not activity.goal:
        st.caption("Set a weekly goal below to see which weeks met it.")
    _chart(charts.activity_figure(result), "activity")
    _numbers(charts.activity_table(result), "activity")
    with st.form("stats_goal_form", border=False):
        st.number_input(
            "Weekly goal (applications a week; 0 for none)",
            min_value=0,
            max_value=200,
            step=1,
            value=activity.goal or 0,
            key="stats_goal",
        )
        st.form_submit_button("Save goal", on_click=on_goal)  # type: ignore[arg-type]
