"""Run a snippet in a child Python with a CPU-time limit: bounds on hostile input that do
not depend on how busy the machine is (CPU seconds, not wall clock)."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_with_cpu_limit(code: str, cpu_seconds: int) -> subprocess.CompletedProcess[str]:
    """Run `code` with `python -c` from the project root; the kernel stops the child
    (SIGXCPU, a negative return code) once it has used `cpu_seconds` of CPU time."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))

    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        preexec_fn=limit,  # noqa: PLW1509 - only sets a limit, no threads in this child yet
        capture_output=True,
        text=True,
        timeout=cpu_seconds * 20,  # a safety net only; the CPU limit is the bound
        check=False,
    )
