"""Stats figures from a history worked out by hand (tests/support/stats.py), pure computation."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from tests.support import NOW
from tests.support.stats import RESUME, STORIES, at
from tracker_core.stats import (
    AppRecord,
    ChangeRecord,
    StatsFilter,
    StatsResult,
    compute_stats,
    wilson_interval,
)

STEPS = {
    **{s: s for s in ("saved", "applied", "screening", "interview", "offer", "accepted")},
    **{s: s for s in ("rejected", "withdrawn", "ghosted")},
    "phone_screen": "screening",
}


def _records() -> tuple[list[AppRecord], list[ChangeRecord]]:
    apps, changes = [], []
    for i, story in enumerate(STORIES, start=1):
        if story.deleted:
            continue  # the service never loads deleted applications
        apps.append(
            AppRecord(
                id=i,
                status=story.moves[-1][1],
                source=story.source,
                resume_id=1 if story.resume else None,
                applied_on=story.applied_on,
            )
        )
        for moment, status in story.moves:
            changes.append(ChangeRecord(i, status, moment))
    changes.reverse()  # the computation must not depend on the order rows arrive in
    return apps, changes


def _stats(goal: int | None = 2, **filters: object) -> StatsResult:
    apps, changes = _records()
    return compute_stats(
        apps=apps,
        changes=changes,
        steps=STEPS,
        resumes={1: RESUME},
        weekly_goal=goal,
        filters=StatsFilter.model_validate(filters),
        now=NOW,
    )


def _funnel(result: StatsResult) -> dict[str, tuple[int, int, int, int]]:
    return {r.step: (r.reached, r.converted, r.dropped, r.still_open) for r in result.funnel}


def test_funnel_counts_every_step_ever_reached_once() -> None:
    result = _stats()
    # Sent: Acme, Globex, Initech, Wayne, Hooli, Stark. Umbrella was never sent; Trashed is gone.
    assert (result.sent, result.not_sent) == (6, 1)
    assert _funnel(result) == {
        # Initech rejected and Wayne ghosted at applied; Hooli still waiting.
        "applied": (6, 3, 2, 1),
        # Acme via the custom stage, Globex (created in interview) implied, Stark.
        "screening": (3, 3, 0, 0),
        # Acme once despite two visits and its rejection; Stark moved back but reached it.
        "interview": (3, 1, 1, 1),
        "offer": (1, 1, 0, 0),
        "accepted": (1, 0, 0, 0),
    }
    assert [r.conversion for r in result.funnel] == [0.5, 1.0, pytest.approx(1 / 3), 1.0, None]


def test_recent_week_reads_as_pending_not_failure() -> None:
    weeks = {c.label: c for c in _stats().cohorts_week}
    assert {label: c.sent for label, c in weeks.items()} == {
        "Week of 05 Oct 2026": 2,
        "Week of 12 Oct 2026": 1,
        "Week of 19 Oct 2026": 1,
        "Week of 16 Nov 2026": 2,
    }
    last = weeks["Week of 16 Nov 2026"].funnel[0]  # applied -> screening
    assert (last.converted, last.dropped, last.still_open) == (1, 0, 1)
    months = {c.label: c.sent for c in _stats().cohorts_month}
    assert months == {"Oct 2026": 4, "Nov 2026": 2}


def test_flow_is_each_forward_path_plus_where_it_ended() -> None:
    links = {(link.source, link.target): link.value for link in _stats().flow.links}
    assert links == {
        ("applied", "screening"): 3,
        ("screening", "interview"): 3,
        ("interview", "offer"): 1,
        ("offer", "accepted"): 1,
        ("applied", "rejected"): 1,  # Initech
        ("applied", "ghosted"): 1,  # Wayne
        ("applied", "still open"): 1,  # Hooli
        ("interview", "rejected"): 1,  # Acme, after interview
        ("interview", "still open"): 1,  # Stark, now back in screening
    }


def test_rates_count_a_rejection_as_an_answer_and_small_groups_are_not_ranked() -> None:
    rates = _stats().rates
    overall = rates.overall
    assert (overall.n, overall.responded, overall.interviewed) == (6, 4, 3)
    assert overall.response_rate == pytest.approx(4 / 6)
    assert overall.enough
    # Every group has fewer than 5: all shown, flagged, in name order rather than by rate.
    assert [(g.name, g.n, g.responded, g.enough) for g in rates.by_source] == [
        ("LinkedIn", 4, 3, False),
        ("Not recorded", 1, 0, False),
        ("Referral", 1, 1, False),
    ]
    assert [(g.name, g.n, g.interviewed) for g in rates.by_resume] == [
        (RESUME, 2, 1),  # Acme, Initech
        ("No resume recorded", 4, 2),
    ]


def test_groups_of_five_or_more_are_ranked_by_response_rate() -> None:
    apps = [
        AppRecord(i, "rejected" if i % 5 == 0 else "applied", src, None, date(2026, 11, 2))
        for i, src in enumerate(["Board"] * 5 + ["Friend"] * 5 + ["Fair"] * 2)
    ]
    changes = [ChangeRecord(a.id, a.status, at(11, 2)) for a in apps]
    result = compute_stats(
        apps=apps,
        changes=changes,
        steps=STEPS,
        resumes={},
        weekly_goal=None,
        filters=StatsFilter(),
        now=NOW,
    )
    # ids 0 and 5 were rejected on creation: Board 1 of 5, Friend 1 of 5 (id 5); 10 is Fair.
    assert [(g.name, g.responded, g.enough) for g in result.rates.by_source] == [
        ("Board", 1, True),
        ("Friend", 1, True),
        ("Fair", 1, False),
    ]


def test_wilson_interval_matches_published_values() -> None:
    # Newcombe (1998), table I: 0/10 -> 0 to 0.2775; 5/10 (from 0.2366 to 0.7634).
    assert wilson_interval(0, 10) == (0.0, pytest.approx(0.2775, abs=1e-4))
    low, high = wilson_interval(5, 10)
    assert (low, high) == (pytest.approx(0.2366, abs=1e-4), pytest.approx(0.7634, abs=1e-4))
    assert wilson_interval(0, 0) == (0.0, 1.0)


def test_time_to_first_response_leaves_the_waiting_out_and_counts_them() -> None:
    time = _stats().time
    # Acme 3 days, Stark 4, Initech 10; Globex was created in interview (when is unknown).
    assert (time.first_response.n, time.first_response.median_days) == (3, 4.0)
    assert time.first_response.p75_days == 7.0  # halfway between 4 and 10
    assert (time.still_waiting, time.unknown) == (1, 1)  # Hooli; Globex


def test_time_in_each_stage_counts_finished_stays_and_custom_stages() -> None:
    stages = {s.step: s for s in _stats().time.stages}
    # applied: Acme 3, Stark 4, Initech 10, Wayne 22; Hooli is still there.
    assert (stages["applied"].time.median_days, stages["applied"].time.p75_days) == (7.0, 13.0)
    assert stages["applied"].still_there == 1
    # screening: Acme 7 (phone screen) and 3, Stark 1; Stark is back in it now.
    assert (stages["screening"].time.n, stages["screening"].time.median_days) == (3, 3.0)
    assert stages["screening"].still_there == 1
    # interview: Acme 4 and 7, Globex 7, Stark 1.
    assert (stages["interview"].time.median_days, stages["interview"].time.p75_days) == (5.5, 7.0)


def test_weekly_activity_and_streak_against_the_goal() -> None:
    activity = _stats(goal=2).activity
    weeks = {w.start: w.sent for w in activity.weeks}
    assert weeks[date(2026, 10, 5)] == 2 and weeks[date(2026, 11, 2)] == 0
    assert list(weeks)[-1] == date(2026, 11, 23)  # this week, so far 0
    assert (activity.this_week, activity.streak) == (0, 1)  # last week met it; this week may
    assert _stats(goal=None).activity.streak == 0


def test_filters_by_sent_date_source_and_resume() -> None:
    assert _stats(period="30d").sent == 2  # from 26 Oct: Hooli and Stark
    assert _stats(period="7d").sent == 0  # from 18 Nov: Hooli (16th) and Stark (17th) are out
    assert _stats(source="linkedin").sent == 4
    assert _stats(source="").sent == 1  # no source recorded: Hooli
    assert _stats(resume_id=1).sent == 2
    custom = _stats(period="custom", start=date(2026, 10, 7), end=date(2026, 10, 12))
    assert custom.sent == 2  # Globex, Initech


def test_a_start_after_the_end_is_refused() -> None:
    with pytest.raises(ValidationError, match="start date is after the end date"):
        StatsFilter(period="custom", start=date(2026, 11, 2), end=date(2026, 11, 1))


def test_result_is_plain_json_with_the_api_funnel_shape() -> None:
    import json

    data = json.loads(json.dumps(_stats().to_dict()))
    assert {"step", "reached", "conversion"} <= set(data["funnel"][0])
    assert data["funnel"][0]["step"] == "applied" and data["funnel"][0]["reached"] == 6
    assert data["cohorts_week"][0]["start"] == "2026-10-05"


def test_weekly_chart_follows_the_source_but_the_streak_counts_every_application() -> None:
    activity = _stats(goal=2, source="LinkedIn").activity
    weeks = {w.start: (w.sent, w.met) for w in activity.weeks}
    assert weeks[date(2026, 11, 16)] == (1, False)  # Stark; Hooli has no source
    assert activity.streak == 1  # Hooli and Stark together met the goal last week
