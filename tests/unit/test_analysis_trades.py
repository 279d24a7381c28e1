"""Trades other than software: an electrician, a nurse and a forklift operator read their lists."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from tracker_core.analysis import analyze_resume
from tracker_core.embeddings import Embedder

DATA = Path(__file__).resolve().parent.parent / "data" / "trades"
PAIRS = {
    path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))
    for path in sorted(DATA.glob("*.yaml"))
}


@pytest.mark.parametrize("pair", PAIRS.values(), ids=PAIRS.keys())
def test_trade_keywords_make_sense_to_the_trade(pair: dict[str, Any], embedder: Embedder) -> None:
    result = analyze_resume(pair["resume"], pair["posting"], embedder=embedder)
    matched = {k.casefold() for k in result.matched_keywords}
    missing = {k.casefold() for k in result.missing_keywords}
    assert {k.casefold() for k in pair["matched"]} <= matched
    assert {k.casefold() for k in pair["missing"]} <= missing
    listed = result.matched_keywords + result.missing_keywords
    for name in pair["never"]:
        assert not any(re.search(rf"\b{re.escape(name)}\b", k) for k in listed), name
