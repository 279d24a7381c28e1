"""`python -m tracker_core.vectors rebuild`: rebuilds from the database and reports counts."""

from __future__ import annotations

import re
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.vectors import (
    DATA_JD,
    DATA_RESUME,
    HashEmbedder,
    add_application,
    add_resume,
    add_user,
    new_session,
)
from tracker_core.config import get_settings
from tracker_core.db import make_engine, migrate
from tracker_core.vectors import open_index
from tracker_core.vectors.__main__ import main


@pytest.fixture
def app_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """A database file with two users, and the settings that point at it."""
    db = tmp_path / "tracker.db"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{db}")
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("QDRANT_URL", raising=False)
    monkeypatch.delenv("QDRANT_HOST", raising=False)
    get_settings.cache_clear()
    stub = types.ModuleType("tracker_core.embeddings")
    stub.get_embedder = HashEmbedder  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tracker_core.embeddings", stub)
    engine = make_engine(f"sqlite:///{db}")
    migrate(engine)
    with new_session(engine) as s:
        a = add_user(s, "a@example.com")
        b = add_user(s, "b@example.com")
        add_resume(s, a, "CV", DATA_RESUME)
        add_application(s, a, company="Foo", position="Data Scientist", job_description=DATA_JD)
        add_resume(s, b, "B CV", DATA_RESUME)
    engine.dispose()
    yield tmp_path
    get_settings.cache_clear()


def _counts(out: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"(\d+) (?:user|resume|application|point)", out))


def test_rebuild_all_twice_reports_the_same_counts(
    app_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rebuild"]) == 0
    first = capsys.readouterr().out
    assert main(["rebuild"]) == 0
    second = capsys.readouterr().out
    assert _counts(first)[:3] == (2, 2, 1)
    assert _counts(first) == _counts(second)
    assert main(["rebuild", "--user", "a@example.com"]) == 0
    assert _counts(capsys.readouterr().out)[:3] == (1, 1, 1)


def test_rebuild_names_an_unknown_user_and_a_locked_folder(
    app_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rebuild", "--user", "nobody@example.com"]) == 2
    assert "No user 'nobody@example.com'" in capsys.readouterr().err
    settings = get_settings()
    holder = open_index(settings, make_engine(settings.DATABASE_URL))  # e.g. the running app
    assert main(["rebuild"]) == 1
    assert "in use by another program" in capsys.readouterr().err
    holder.client.close()
