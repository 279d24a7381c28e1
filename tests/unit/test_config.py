from pathlib import Path

import pytest

from tracker_core.config import Settings, SettingsError, load_settings


def test_defaults_need_no_configuration() -> None:
    s = Settings(_env_file=None)
    assert s.DATABASE_URL == "sqlite:///data/tracker.db"
    assert not s.supabase_enabled and not s.llm_enabled


def test_postgres_urls_from_supabase_are_rewritten_for_psycopg() -> None:
    s = Settings(DATABASE_URL="postgres://u:p@db.example.com:6543/postgres", _env_file=None)
    assert s.DATABASE_URL == "postgresql+psycopg://u:p@db.example.com:6543/postgres"


def test_bad_value_stops_with_one_line_naming_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "mysql://nope")
    with pytest.raises(SettingsError) as err:
        load_settings(_env_file=None)
    assert "DATABASE_URL" in str(err.value) and "\n" not in str(err.value)


def test_bad_port_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMTP_PORT", "not-a-port")
    with pytest.raises(SettingsError, match="SMTP_PORT"):
        load_settings(_env_file=None)


def test_env_file_and_streamlit_secrets_are_read(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("OPENAI_MODEL=from-dotenv\n")
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit/secrets.toml").write_text('QDRANT_URL = "http://qdrant:6333"\n')
    s = Settings()
    assert s.OPENAI_MODEL == "from-dotenv"
    assert s.QDRANT_URL == "http://qdrant:6333"


def test_session_secret_is_generated_once_and_kept(tmp_path: Path) -> None:
    s = Settings(DATA_DIR=tmp_path / "d", _env_file=None)
    first = s.session_secret()
    assert len(first) > 40
    assert Settings(DATA_DIR=tmp_path / "d", _env_file=None).session_secret() == first
    assert (tmp_path / "d/session_secret").stat().st_mode & 0o077 == 0


def test_embedding_model_is_a_setting_and_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings(_env_file=None).EMBEDDING_MODEL == "minilm-m2v-256"
    monkeypatch.setenv("EMBEDDING_MODEL", "no-such-model")
    with pytest.raises(SettingsError, match="EMBEDDING_MODEL"):
        load_settings(_env_file=None)
