"""The bench script's table and its optional modules."""

import sys
import types

import pytest

from scripts import bench


def test_render_lines_up_rows_and_flags_a_miss() -> None:
    text = bench.render([("fast", 12.5, "ms", "< 300", True), ("slow", 2.4, "s", "< 2", False)])
    lines = text.splitlines()
    assert lines[0].split() == ["benchmark", "value", "unit", "target", "ok"]
    assert lines[2].split()[-1] == "yes" and lines[3].split()[-1] == "NO"


def test_optional_bench_modules_add_their_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    extra = types.ModuleType("scripts.bench_vectors")
    extra.BENCHES = [lambda: [("vectors", 1.0, "ms", "< 5", True)]]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "scripts.bench_vectors", extra)
    monkeypatch.setattr(bench, "OPTIONAL", ("scripts.bench_vectors", "scripts.bench_missing"))
    rows = [row for b in bench._all_benches()[1:] for row in b()]
    assert rows == [("vectors", 1.0, "ms", "< 5", True)]
