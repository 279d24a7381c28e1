"""Run a snippet in a child interpreter under a CPU-time budget (RLIMIT_CPU), not a wall clock."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.support.env import ROOT

_PRELUDE = """
import math
import resource

def limit_cpu(seconds):
    used = resource.getrusage(resource.RUSAGE_SELF)
    spent = used.ru_utime + used.ru_stime
    budget = math.ceil(spent + seconds)
    resource.setrlimit(resource.RLIMIT_CPU, (budget, budget + 1))
"""


def run_limited(code: str, timeout: float = 120.0) -> subprocess.CompletedProcess[str]:
    """Run `code` (which calls `limit_cpu(seconds)` once warm) in a child; over budget it dies."""
    return subprocess.run(
        [sys.executable, "-c", _PRELUDE + textwrap.dedent(code)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
