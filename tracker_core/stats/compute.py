"""Every stats figure from plain records: no SQL, no clock of its own, one pass per figure."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
from itertools import groupby
from operator import itemgetter

from tracker_core.stats.history import TIMED_STEPS, Journey, read_journey, status_table
from tracker_core.stats.records import (
    DROP_OUTS,
    FUNNEL,
    AppRecord,
    Change,
    StatsFilter,
)
from tracker_core.stats.result import (
    MIN_GROUP,
    Activity,
    CohortRow,
    Duration,
    Flow,
    FlowLink,
    FunnelRow,
    Option,
    RateGroup,
    Rates,
    StageTime,
    StatsResult,
    TimeFigures,
    WeekCount,
)
from tracker_core.stats.wilson import wilson_interval

STILL_OPEN = "still open"
_APP = itemgetter(0)  # application_id
_APP_MOMENT = itemgetter(0, 2)  # application_id, changed_at
NO_SOURCE = "Not recorded"
NO_RESUME = "No resume recorded"


def compute_stats(
    *,
    apps: Sequence[AppRecord],
    changes: Iterable[Change],
    steps: Mapping[str, str],
    resumes: Mapping[int, str],
    weekly_goal: int | None,
    filters: StatsFilter,
    now: datetime,
    tz: tzinfo = UTC,
) -> StatsResult:
    """Every figure for these applications (one user's) under `filters`, as of `now`.

    Args:
        apps: the user's live and archived applications (not deleted, not samples).
        changes: their (application_id, to_status, changed_at) rows (ChangeRecord or query
            rows), in any order.
        steps: every stage key the user has (standard and custom) -> its funnel step.
        resumes: resume id -> label.
        tz: the user's zone: "today", the weeks and the day an application was sent are theirs.
    """
    # Sorted by application and time (a no-op on the query's order), then read in one pass.
    by_app = {
        app_id: list(group) for app_id, group in groupby(sorted(changes, key=_APP_MOMENT), key=_APP)
    }
    table = status_table(steps)
    journeys = [read_journey(a, by_app.get(a.id, ()), steps, table, tz) for a in apps]
    today = now.astimezone(tz).date()
    start, end = filters.date_range(today)
    grouped = [j for j in journeys if _matches(j, filters)]
    chosen = [j for j in grouped if j.sent_on and _in_range(j.sent_on, start, end)]
    return StatsResult(
        generated_at=now,
        filter=filters,
        date_from=start,
        date_to=end,
        sent=len(chosen),
        not_sent=sum(1 for j in grouped if not j.sent),
        has_any=bool(apps),
        funnel=funnel(chosen),
        cohorts_week=cohorts(chosen, week_start, lambda d: f"Week of {d:%d %b %Y}"),
        cohorts_month=cohorts(chosen, month_start, lambda d: f"{d:%b %Y}"),
        flow=flow(chosen),
        rates=Rates(
            overall=rate_group("All sent", chosen),
            by_source=rate_groups(chosen, lambda j: _source_label(j.app.source)),
            by_resume=rate_groups(chosen, lambda j: resumes.get(j.app.resume_id or -1, NO_RESUME)),
        ),
        time=time_figures(chosen),
        activity=activity(grouped, journeys, weekly_goal, today, start, end),
        sources=_source_options(journeys),
        resumes=[Option(value=str(i), label=label) for i, label in sorted(resumes.items())],
    )


def _source_label(source: str | None) -> str:
    return (source or "").strip() or NO_SOURCE


def _matches(j: Journey, filters: StatsFilter) -> bool:
    if filters.source is not None:
        if (j.app.source or "").strip().casefold() != filters.source.strip().casefold():
            return False
    return filters.resume_id is None or j.app.resume_id == filters.resume_id


def _in_range(day: date, start: date | None, end: date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


def _source_options(journeys: Sequence[Journey]) -> list[Option]:
    names = {(j.app.source or "").strip() for j in journeys if j.sent}
    options = [Option(value=s, label=s) for s in sorted(names - {""}, key=str.casefold)]
    if "" in names:
        options.append(Option(value="", label=NO_SOURCE))
    return options


# --- funnel and cohorts ------------------------------------------------------------------


def funnel(journeys: Sequence[Journey]) -> list[FunnelRow]:
    """For each step: how many ever reached it, and what became of those that went no further."""
    # One pass: a journey that reached rank r reached every step up to r.
    ends: Counter[tuple[int, bool]] = Counter((j.highest, j.is_open) for j in journeys if j.sent)
    at_least = [
        sum(v for (h, _), v in ends.items() if h >= rank) for rank in range(len(FUNNEL) + 2)
    ]
    rows = []
    for i, step in enumerate(FUNNEL):
        rank = i + 1
        last = i == len(FUNNEL) - 1
        reached = at_least[rank]
        converted = 0 if last else at_least[rank + 1]
        rows.append(
            FunnelRow(
                step=step,
                reached=reached,
                conversion=None if last or not reached else converted / reached,
                converted=converted,
                dropped=0 if last else ends[(rank, False)],
                still_open=0 if last else ends[(rank, True)],
            )
        )
    return rows


@lru_cache(maxsize=8192)  # a few thousand distinct days at most; read for every journey
def week_start(day: date) -> date:
    """The Monday of the week `day` is in."""
    return day - timedelta(days=day.weekday())


def month_start(day: date) -> date:
    return day.replace(day=1)


def cohorts(
    journeys: Sequence[Journey], start_of: Callable[[date], date], label: Callable[[date], str]
) -> list[CohortRow]:
    """The funnel of each week's or month's applications (by sent date), oldest first."""
    groups: dict[date, list[Journey]] = defaultdict(list)
    for j in journeys:
        assert j.sent_on is not None
        groups[start_of(j.sent_on)].append(j)
    return [
        CohortRow(start=start, label=label(start), sent=len(group), funnel=funnel(group))
        for start, group in sorted(groups.items())
    ]


# --- flow --------------------------------------------------------------------------------


def flow(journeys: Sequence[Journey]) -> Flow:
    """Links between consecutive steps of each application's path, then to where it ended.

    An application's path is the funnel steps it reached, in order, so moving back and forth
    never draws a cycle or counts twice; from its furthest step it flows into the drop-out it is
    in now (rejected / withdrawn / ghosted) or into "still open"; accepted is an end in itself.
    """
    # A path is FUNNEL[:highest], so applications with the same furthest step and the same end
    # draw the same links: count those pairs, then draw each once with its count.
    ends: Counter[tuple[int, str | None]] = Counter(
        (j.highest if j.sent else 0, j.outcome or (STILL_OPEN if j.is_open else None))
        for j in journeys
    )
    counts: Counter[tuple[str, str]] = Counter()
    for (highest, end), n in ends.items():
        path = FUNNEL[:highest]
        for a, b in zip(path, path[1:], strict=False):
            counts[(a, b)] += n
        if path and end and path[-1] != "accepted":
            counts[(path[-1], end)] += n
    order = [*FUNNEL, *DROP_OUTS, STILL_OPEN]
    used = {n for pair in counts for n in pair}
    nodes = [n for n in order if n in used]
    links = [
        FlowLink(source=a, target=b, value=v)
        for (a, b), v in sorted(counts.items(), key=lambda kv: (order.index(kv[0][0]), kv[0][1]))
    ]
    return Flow(nodes=nodes, links=links)


# --- rates -------------------------------------------------------------------------------


def rate_group(name: str, journeys: Sequence[Journey]) -> RateGroup:
    n = len(journeys)
    responded = sum(1 for j in journeys if j.responded)
    interviewed = sum(1 for j in journeys if j.interviewed)
    r_low, r_high = wilson_interval(responded, n)
    i_low, i_high = wilson_interval(interviewed, n)
    return RateGroup(
        name=name,
        n=n,
        responded=responded,
        response_rate=responded / n if n else None,
        response_low=r_low,
        response_high=r_high,
        interviewed=interviewed,
        interview_rate=interviewed / n if n else None,
        interview_low=i_low,
        interview_high=i_high,
        enough=n >= MIN_GROUP,
    )


def rate_groups(journeys: Sequence[Journey], key: Callable[[Journey], str]) -> list[RateGroup]:
    """Groups of MIN_GROUP or more by response rate (best first), then the small ones by name."""
    groups: dict[str, list[Journey]] = defaultdict(list)
    names: dict[str, str] = {}
    for j in journeys:
        name = key(j)
        names.setdefault(name.casefold(), name)
        groups[name.casefold()].append(j)
    rows = [rate_group(names[k], g) for k, g in groups.items()]
    ranked = sorted(
        (r for r in rows if r.enough), key=lambda r: (-(r.response_rate or 0), -r.n, r.name)
    )
    small = sorted((r for r in rows if not r.enough), key=lambda r: r.name.casefold())
    return ranked + small


# --- time --------------------------------------------------------------------------------


def quantile(values: Sequence[float], q: float) -> float | None:
    """The q-quantile by linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def duration(values: Sequence[float]) -> Duration:
    median, p75 = quantile(values, 0.5), quantile(values, 0.75)
    return Duration(
        n=len(values),
        median_days=None if median is None else round(median, 1),
        p75_days=None if p75 is None else round(p75, 1),
    )


def time_figures(journeys: Sequence[Journey]) -> TimeFigures:
    days = [float(j.response_days) for j in journeys if j.response_days is not None]
    stays: dict[str, list[float]] = defaultdict(list)
    still: Counter[str] = Counter()
    for j in journeys:
        for step, length in j.stays:
            stays[step].append(length)
        if j.ongoing:
            still[j.ongoing] += 1
    return TimeFigures(
        first_response=duration(days),
        still_waiting=sum(1 for j in journeys if j.waiting),
        unknown=sum(1 for j in journeys if j.responded and not j.response_known),
        stages=[
            StageTime(step=s, time=duration(stays[s]), still_there=still[s])
            for s in TIMED_STEPS
            if s != "saved"
        ],
    )


# --- activity ----------------------------------------------------------------------------


def _per_week(journeys: Sequence[Journey]) -> Counter[date]:
    return Counter(week_start(j.sent_on) for j in journeys if j.sent_on is not None)


def activity(
    shown: Sequence[Journey],
    everything: Sequence[Journey],
    goal: int | None,
    today: date,
    start: date | None,
    end: date | None,
) -> Activity:
    """Applications sent per week (Monday first) in the range, of the `shown` source and
    resume, against the goal; the streak and this week's count are of `everything` sent,
    whatever the filter, since they are about the user's habit."""
    per_week = _per_week(shown)
    habit = _per_week(everything)
    goal = goal if goal and goal > 0 else None
    this_week = week_start(today)
    first = week_start(start) if start else min(per_week, default=this_week)
    last = week_start(min(end, today)) if end else this_week
    weeks = []
    week = first
    while week <= last:
        sent = per_week[week]
        weeks.append(WeekCount(start=week, sent=sent, met=None if goal is None else sent >= goal))
        week += timedelta(weeks=1)
    return Activity(
        goal=goal,
        weeks=weeks,
        this_week=habit[this_week],
        streak=_streak(habit, goal, this_week),
    )


def _streak(per_week: Mapping[date, int], goal: int | None, this_week: date) -> int:
    """Weeks in a row that met the goal, back from last week, plus this week once it has."""
    if goal is None:
        return 0
    streak = 1 if per_week.get(this_week, 0) >= goal else 0
    week = this_week - timedelta(weeks=1)
    while per_week.get(week, 0) >= goal:
        streak += 1
        week -= timedelta(weeks=1)
    return streak
