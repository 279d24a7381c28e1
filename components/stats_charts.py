"""The stats page's figures and tables, built from a StatsResult (no Streamlit here).

Each chart answers one question in its title, and each has a table with the same numbers for
screen readers and for the CSV download.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import plotly.graph_objects as go

from tracker_core.stats.result import CohortRow, Flow, FunnelRow, RateGroup, StatsResult

LABELS = {
    "saved": "Saved",
    "applied": "Applied",
    "screening": "Screening",
    "interview": "Interview",
    "offer": "Offer",
    "accepted": "Accepted",
    "rejected": "Rejected",
    "withdrawn": "Withdrawn",
    "ghosted": "Ghosted",
    "still open": "Still open",
}
COLOURS = {
    "applied": "#1f5fa8",
    "screening": "#2a76c9",
    "interview": "#3f8fd9",
    "offer": "#5aa6e3",
    "accepted": "#2e8b57",
    "rejected": "#c0392b",
    "withdrawn": "#d4882a",
    "ghosted": "#8a8a8a",
    "still open": "#c9ced6",
}
WENT_ON, CLOSED, OPEN = "#2a76c9", "#c0392b", "#c9ced6"
GREY = "#b5b9c0"
CONFIG = {"displayModeBar": False, "responsive": True}

TITLES = {
    "funnel": "Where do my applications stop?",
    "cohorts": "Are recent applications failing, or still open?",
    "flow": "Where do my applications end up?",
    "source": "Which sources get answers?",
    "resume": "Which resumes get answers?",
    "stages": "Where do applications wait longest?",
    "activity": "Am I sending enough each week?",
}


def _figure(traces: list[dict[str, Any]], title: str, height: int, **layout: Any) -> go.Figure:
    """One figure from its whole specification, validated once.

    Built step by step (add_bar, update_layout, update_xaxes) a figure is validated again at
    every step: seven times slower, and the stats page draws seven of them.
    """
    return go.Figure(
        {
            "data": traces,
            "layout": {
                "title": {"text": title, "x": 0, "xanchor": "left"},
                "height": height,
                "margin": {"l": 8, "r": 8, "t": 80, "b": 8},
                # Above the plot, under the title: below it, rotated dates would run into it.
                "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0},
                "font": {"size": 13},
                **layout,
            },
        }
    )


def pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


# --- funnel ------------------------------------------------------------------------------


def funnel_table(rows: list[FunnelRow]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Step": [LABELS[r.step] for r in rows],
            "Reached": [r.reached for r in rows],
            "Went on to the next step": [r.converted for r in rows],
            "Conversion to the next step": [pct(r.conversion) for r in rows],
            "Closed at this step": [r.dropped for r in rows],
            "Still open at this step": [r.still_open for r in rows],
        }
    )


def funnel_figure(rows: list[FunnelRow]) -> go.Figure:
    """How many ever reached each step, with the conversion from the step before."""
    texts = [f"{rows[0].reached}"] + [
        f"{r.reached} · {pct(prev.conversion)} of {prev.reached}"
        for prev, r in zip(rows, rows[1:], strict=False)
    ]
    bar = {
        "type": "bar",
        "y": [LABELS[r.step] for r in rows],
        "x": [r.reached for r in rows],
        "orientation": "h",
        "text": texts,
        "textposition": "auto",
        "marker": {"color": [COLOURS[r.step] for r in rows]},
        "hovertemplate": "%{y}: %{x} reached<extra></extra>",
    }
    return _figure(
        [bar],
        TITLES["funnel"],
        340,
        yaxis={"autorange": "reversed"},
        xaxis={"title": {"text": "Applications that ever reached the step"}, "rangemode": "tozero"},
    )


# --- cohorts -----------------------------------------------------------------------------


def cohort_table(rows: list[CohortRow], step_index: int) -> pd.DataFrame:
    picked = [r.funnel[step_index] for r in rows]
    return pd.DataFrame(
        {
            "Sent in": [r.label for r in rows],
            "Sent": [r.sent for r in rows],
            "Reached the step": [f.reached for f in picked],
            "Went on": [f.converted for f in picked],
            "Closed": [f.dropped for f in picked],
            "Still open": [f.still_open for f in picked],
            "Conversion": [pct(f.conversion) for f in picked],
        }
    )


def short_labels(rows: list[CohortRow]) -> list[str]:
    """'16 Nov' for weeks and 'Nov' for months, with the year only when the rows span years."""
    weekly = any(r.label.startswith("Week of ") for r in rows)
    one_year = len({r.start.year for r in rows}) == 1
    fmt = ("%d %b" if one_year else "%d %b %y") if weekly else ("%b" if one_year else "%b %Y")
    return [r.start.strftime(fmt) for r in rows]


def cohort_figure(rows: list[CohortRow], step_index: int, next_label: str) -> go.Figure:
    """Per week or month sent: went on to the next step, closed, or still open (pending)."""
    x = short_labels(rows)
    picked = [r.funnel[step_index] for r in rows]
    bars = [
        {"type": "bar", "x": x, "y": values, "name": name, "marker": {"color": colour}}
        for name, values, colour in (
            (f"Reached {next_label}", [f.converted for f in picked], WENT_ON),
            ("Closed: no", [f.dropped for f in picked], CLOSED),
            ("Still open: pending", [f.still_open for f in picked], OPEN),
        )
    ]
    return _figure(
        bars,
        TITLES["cohorts"],
        360,
        barmode="stack",
        yaxis={"title": {"text": "Applications"}, "rangemode": "tozero"},
    )


# --- flow --------------------------------------------------------------------------------


def flow_table(flow: Flow) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "From": [LABELS[link.source] for link in flow.links],
            "To": [LABELS[link.target] for link in flow.links],
            "Applications": [link.value for link in flow.links],
        }
    )


def _translucent(hex_colour: str, alpha: float = 0.35) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def flow_figure(flow: Flow) -> go.Figure:
    """A Sankey of each application's forward path and where it ended."""
    index = {n: i for i, n in enumerate(flow.nodes)}
    totals = dict.fromkeys(flow.nodes, 0)
    for link in flow.links:
        totals[link.target] += link.value
    if flow.nodes:
        totals[flow.nodes[0]] = sum(v.value for v in flow.links if v.source == flow.nodes[0])
    sankey = {
        "type": "sankey",
        "arrangement": "snap",
        "node": {
            "label": [f"{LABELS[n]} {totals[n]}" for n in flow.nodes],
            "color": [COLOURS[n] for n in flow.nodes],
            "pad": 14,
            "thickness": 14,
        },
        "link": {
            "source": [index[link.source] for link in flow.links],
            "target": [index[link.target] for link in flow.links],
            "value": [link.value for link in flow.links],
            "color": [_translucent(COLOURS[link.target]) for link in flow.links],
        },
    }
    return _figure([sankey], TITLES["flow"], 420)


# --- rates -------------------------------------------------------------------------------


def _range(low: float, high: float) -> str:
    return f"{low:.0%}–{high:.0%}"


def rates_table(groups: list[RateGroup]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Group": [g.name for g in groups],
            "Sent": [g.n for g in groups],
            "Answered": [g.responded for g in groups],
            "Response rate": [pct(g.response_rate) for g in groups],
            "Response 95% range": [_range(g.response_low, g.response_high) for g in groups],
            "Interviews": [g.interviewed for g in groups],
            "Interview rate": [pct(g.interview_rate) for g in groups],
            "Interview 95% range": [_range(g.interview_low, g.interview_high) for g in groups],
            "Note": ["" if g.enough else "too few to tell" for g in groups],
        }
    )


def rates_figure(groups: list[RateGroup], kind: str, title: str) -> go.Figure:
    """Rate per group with its 95% Wilson range; groups under 5 greyed, 'too few to tell'."""
    rate = [(g.response_rate if kind == "response" else g.interview_rate) or 0 for g in groups]
    low = [g.response_low if kind == "response" else g.interview_low for g in groups]
    high = [g.response_high if kind == "response" else g.interview_high for g in groups]
    names = [
        f"{g.name} · {f'{r:.0%}' if g.enough else 'too few to tell'} (n={g.n})"
        for g, r in zip(groups, rate, strict=True)
    ]
    bar = {
        "type": "bar",
        "y": names,
        "x": rate,
        "orientation": "h",
        "marker": {"color": [COLOURS["screening"] if g.enough else GREY for g in groups]},
        "error_x": {
            "type": "data",
            "symmetric": False,
            "array": [h - r for h, r in zip(high, rate, strict=True)],
            "arrayminus": [r - lo for r, lo in zip(rate, low, strict=True)],
            "color": "#555",
        },
        "hovertemplate": "%{y}: %{x:.0%}<extra></extra>",
    }
    return _figure(
        [bar],
        title,
        max(180, 70 + 34 * len(groups)),
        yaxis={"autorange": "reversed"},
        xaxis={
            "range": [0, 1],
            "tickformat": ".0%",
            "title": {"text": f"{kind.capitalize()} rate"},
        },
    )


# --- time and activity -------------------------------------------------------------------


def stages_table(result: StatsResult) -> pd.DataFrame:
    stages = result.time.stages
    return pd.DataFrame(
        {
            "Stage": [LABELS[s.step] for s in stages],
            "Finished stays": [s.time.n for s in stages],
            "Median days": [s.time.median_days for s in stages],
            "75th percentile days": [s.time.p75_days for s in stages],
            "In it now (left out)": [s.still_there for s in stages],
        }
    )


def stages_figure(result: StatsResult) -> go.Figure:
    stages = [s for s in result.time.stages if s.time.n]
    labels = [LABELS[s.step] for s in stages]
    median = {
        "type": "bar",
        "y": labels,
        "x": [s.time.median_days for s in stages],
        "orientation": "h",
        "name": "Median",
        "marker": {"color": COLOURS["screening"]},
    }
    p75 = {
        "type": "bar",
        "y": labels,
        "x": [s.time.p75_days for s in stages],
        "orientation": "h",
        "name": "75th percentile",
        "marker": {"color": COLOURS["offer"]},
        "opacity": 0.55,
    }
    return _figure(
        [median, p75],
        TITLES["stages"],
        300,
        yaxis={"autorange": "reversed"},
        xaxis={"title": {"text": "Days in the stage"}, "rangemode": "tozero"},
    )


def activity_table(result: StatsResult) -> pd.DataFrame:
    weeks = result.activity.weeks
    goal = result.activity.goal
    return pd.DataFrame(
        {
            "Week of": [w.start.isoformat() for w in weeks],
            "Sent": [w.sent for w in weeks],
            "Goal": [goal if goal else "" for _ in weeks],
            "Met the goal": [{True: "yes", False: "no", None: ""}[w.met] for w in weeks],
        }
    )


def activity_figure(result: StatsResult) -> go.Figure:
    weeks = result.activity.weeks
    goal = result.activity.goal
    colours = [
        COLOURS["accepted"] if w.met else COLOURS["screening"] if w.met is None else GREY
        for w in weeks
    ]
    one_year = len({w.start.year for w in weeks}) == 1
    bar = {
        "type": "bar",
        "x": [w.start.strftime("%d %b" if one_year else "%d %b %y") for w in weeks],
        "y": [w.sent for w in weeks],
        "marker": {"color": colours},
        "name": "Sent",
        "hovertemplate": "Week of %{x}: %{y} sent<extra></extra>",
    }
    fig = _figure(
        [bar],
        TITLES["activity"],
        320,
        xaxis={"type": "category", "title": {"text": "Week (Monday)"}},
        yaxis={"title": {"text": "Applications sent"}, "rangemode": "tozero"},
    )
    if goal:
        fig.add_hline(
            y=goal,
            line_dash="dash",
            line_color="#333",
            annotation_text=f"goal {goal}",
            annotation_position="top left",
        )
    return fig
