"""Every analysis pass is linear: a 46 KB posting of one repeated requirement stays cheap."""

from __future__ import annotations

import pytest

from tests.support.cpu_limit import run_limited

CHILD = """
from tracker_core.analysis import analyze_resume

resume = "\\n".join(
    f"{{role}}, Acme ({{year}} - {{year + 2}}): Python and SQL."
    for year, role in zip(range(2008, 2024, 2), ["Backend Engineer", "Data Analyst", "Teacher",
                                                  "Nurse", "Electrician", "Driver", "Chef"])
)
analyze_resume(resume, "Python developer, 3 years of experience", engine="offline")
limit_cpu({budget})
unit = "5+ years of experience"
posting = (unit + {sep!r}) * (46_000 // len(unit + {sep!r}))
analyze_resume(resume, posting, engine="offline")
print("done")
"""


@pytest.mark.parametrize("sep", [" ", "\n", ", and "], ids=["one-line", "lines", "joined"])
def test_46kb_of_years_requirements_is_analysed_within_a_cpu_budget(sep: str) -> None:
    # Before: splitting "5+ years ... 5+ years" searched the whole prefix for every number (2.4 s
    # of CPU for one line), and each of 2,000 lines re-embedded every resume title.
    done = run_limited(CHILD.format(budget=1, sep=sep))
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-2000:]}"
    assert done.stdout.strip() == "done"
