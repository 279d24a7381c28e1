"""Stats from status history: the funnel, cohorts, flow, rates, times and activity.

Pure computation (plain records in, a typed result out); `tracker_core.services.stats` loads the
records for one user and calls :func:`compute_stats`.
"""

from tracker_core.stats.compute import compute_stats
from tracker_core.stats.records import (
    FUNNEL,
    AppRecord,
    ChangeRecord,
    InvalidStatsFilter,
    StatsFilter,
)
from tracker_core.stats.result import MIN_GROUP, StatsResult
from tracker_core.stats.wilson import wilson_interval

__all__ = [
    "FUNNEL",
    "MIN_GROUP",
    "AppRecord",
    "ChangeRecord",
    "InvalidStatsFilter",
    "StatsFilter",
    "StatsResult",
    "compute_stats",
    "wilson_interval",
]
