from pathlib import Path

import pytest

from tracker_core.config import get_settings
from tracker_core.manage import main


def test_migrate_creates_the_database(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/t.db")
    get_settings.cache_clear()
    assert main(["migrate"]) == 0
    assert main(["migrate"]) == 0  # twice is safe
    assert "up to date" in capsys.readouterr().out
    assert (tmp_path / "t.db").stat().st_size > 0


def test_unreachable_database_is_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://postgres@127.0.0.1:1/nothing")
    get_settings.cache_clear()
    assert main(["migrate"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: The database is not reachable") and err.count("\n") == 1
