"""Settings read from the environment, `.env` and `.streamlit/secrets.toml`."""

from __future__ import annotations

import os
import secrets
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, ValidationError, computed_field, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from tracker_core.errors import InvalidInput
from tracker_core.proxies import parse_trusted

DATA_DIR = Path("data")
SECRETS_TOML = Path(".streamlit/secrets.toml")
MIN_SECRET_BYTES = 32  # a session secret shorter than this is refused


class SettingsError(InvalidInput):
    """A setting has a value the app cannot use; the message names it in one line."""


class _SecretsTomlSource(PydanticBaseSettingsSource):
    """Root-level keys of `.streamlit/secrets.toml`, for scripts that Streamlit does not start."""

    def __init__(self, settings_cls: type[BaseSettings], path: Path = SECRETS_TOML) -> None:
        super().__init__(settings_cls)
        self._values: dict[str, Any] = {}
        if path.is_file():
            with path.open("rb") as fh:
                raw = tomllib.load(fh)
            self._values = {k: v for k, v in raw.items() if not isinstance(v, dict)}

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return self._values.get(field_name), field_name, False

    def __call__(self) -> dict[str, Any]:
        return {k: v for k, v in self._values.items() if k in self.settings_cls.model_fields}


class Settings(BaseSettings):
    """Every setting of the app; each is optional and has a working default."""

    model_config = SettingsConfigDict(env_file=".env", env_ignore_empty=True, extra="ignore")

    DATABASE_URL: str = "sqlite:///data/tracker.db"
    DATA_DIR: Path = DATA_DIR
    SESSION_SECRET: SecretStr | None = None
    SESSION_DAYS: int = Field(default=30, ge=1, le=365)
    LOGIN_MAX_FAILURES: int = Field(default=5, ge=1)
    LOGIN_LOCKOUT_MINUTES: int = Field(default=15, ge=1)
    # Behind reverse proxies every browser seems to come from the proxy: the proxies (addresses
    # or networks, comma-separated) whose X-Forwarded-For the app and the API believe.
    TRUSTED_PROXIES: str = ""
    API_TRUSTED_PROXIES: str = ""  # deprecated: the old name of TRUSTED_PROXIES, still read
    LOGIN_CLIENT_HEADER: str | None = None  # replaced by TRUSTED_PROXIES: refused, with why

    SUPABASE_URL: str | None = None
    SUPABASE_KEY: SecretStr | None = None
    # Server-side only: lets deleting an account delete its Supabase auth user too.
    SUPABASE_SERVICE_ROLE_KEY: SecretStr | None = None

    OPENAI_API_KEY: SecretStr | None = None
    OPENAI_BASE_URL: str | None = None
    OPENAI_MODEL: str = "gpt-4o-mini"

    QDRANT_URL: str | None = None
    QDRANT_HOST: str | None = None
    QDRANT_PORT: int = 6333
    QDRANT_API_KEY: SecretStr | None = None
    QDRANT_PATH: Path | None = None
    EMBEDDING_MODEL: Literal["minilm-m2v-256", "minilm"] = "minilm-m2v-256"

    SMTP_HOST: str | None = None
    SMTP_PORT: int = Field(default=587, ge=1, le=65535)
    SMTP_USER: str | None = None
    SMTP_PASSWORD: SecretStr | None = None
    SMTP_FROM: str = "Application Tracker <tracker@localhost>"
    SMTP_STARTTLS: bool = True

    SMS_API_URL: str | None = None
    SMS_API_KEY: SecretStr | None = None
    SMS_FROM: str | None = None

    # Notifications: where messages link to, and the notifier's own database role (Postgres).
    APP_URL: str = "http://localhost:8501"
    NOTIFY_DATABASE_URL: str | None = None
    NOTIFY_TIMEOUT_SECONDS: float = Field(default=10.0, gt=0, le=120)

    # The REST API (`make api`): same database and secret as the app.
    API_PORT: int = Field(default=8000, ge=1, le=65535)
    API_BASE_URL: str | None = None  # set: the emails' one-click unsubscribe link points here
    API_TOKEN_MINUTES: int = Field(default=15, ge=1, le=1440)
    API_REFRESH_DAYS: int = Field(default=30, ge=1, le=365)
    API_CORS_ORIGINS: str = ""  # comma-separated origins; empty: no CORS headers at all
    API_MAX_BODY_BYTES: int = Field(default=1024 * 1024, ge=1024)  # uploads: the resume limit

    @field_validator("DATABASE_URL", mode="before")
    @classmethod
    def _normalise_db_url(cls, value: Any) -> Any:
        """Accept the URLs Supabase and Heroku print (postgres://) and use psycopg 3."""
        if not isinstance(value, str):
            return value
        for prefix in ("postgres://", "postgresql://"):
            if value.startswith(prefix):
                return "postgresql+psycopg://" + value[len(prefix) :]
        if not value.startswith(("sqlite:", "postgresql+psycopg://")):
            raise ValueError("must start with sqlite:/// or postgresql://")
        return value

    @field_validator("SESSION_SECRET")
    @classmethod
    def _strong_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value().strip().encode()) < MIN_SECRET_BYTES:
            raise ValueError(
                f"use at least {MIN_SECRET_BYTES} random bytes, e.g. the output of "
                "`python -c 'import secrets; print(secrets.token_urlsafe(48))'`"
            )
        return SecretStr(value.get_secret_value().strip()) if value is not None else None

    @field_validator(
        "SUPABASE_URL", "OPENAI_BASE_URL", "QDRANT_URL", "SMS_API_URL", "APP_URL", "API_BASE_URL"
    )
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL")
        return value.rstrip("/") if value else value

    @field_validator("TRUSTED_PROXIES", "API_TRUSTED_PROXIES")
    @classmethod
    def _proxies(cls, value: str) -> str:
        parse_trusted(value)
        return value

    @field_validator("LOGIN_CLIENT_HEADER")
    @classmethod
    def _replaced_header(cls, value: str | None) -> str | None:
        if value is not None:
            raise ValueError(
                "it was replaced by TRUSTED_PROXIES: remove it and set TRUSTED_PROXIES to the "
                "address (or network) of your reverse proxy, e.g. TRUSTED_PROXIES=127.0.0.1; "
                "X-Forwarded-For is then believed from that proxy only"
            )
        return value

    @property
    def trusted_proxies(self) -> str:
        """TRUSTED_PROXIES, or the deprecated API_TRUSTED_PROXIES when only that is set."""
        return self.TRUSTED_PROXIES or self.API_TRUSTED_PROXIES

    @computed_field  # type: ignore[prop-decorator]
    @property
    def supabase_enabled(self) -> bool:
        return bool(self.SUPABASE_URL and self.SUPABASE_KEY)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def llm_enabled(self) -> bool:
        return self.OPENAI_API_KEY is not None or self.OPENAI_BASE_URL is not None

    @field_validator("NOTIFY_DATABASE_URL", mode="before")
    @classmethod
    def _normalise_notify_url(cls, value: Any) -> Any:
        return None if value is None else cls._normalise_db_url(value)

    @property
    def is_postgres(self) -> bool:
        return self.DATABASE_URL.startswith("postgresql")

    def session_secret(self) -> str:
        """The cookie-signing secret: the setting, else one generated once under DATA_DIR.

        The generated file is written whole (a temporary file linked into place, mode 0600, in
        a folder made 0700), so a crash or a second process never leaves an empty or half
        secret; a file that is too short anyway is refused, naming the file and the setting.
        """
        if self.SESSION_SECRET is not None:
            return self.SESSION_SECRET.get_secret_value()
        path = self.DATA_DIR / "session_secret"
        if not path.exists():
            _write_secret_file(path, secrets.token_urlsafe(48))
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)
        value = path.read_text().strip()
        if len(value.encode()) < MIN_SECRET_BYTES:
            raise SettingsError(
                f"The session secret in {path} is empty or shorter than {MIN_SECRET_BYTES} "
                "bytes. Delete the file to have a new one made, or set SESSION_SECRET."
            )
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (
            init_settings,
            env_settings,
            dotenv_settings,
            _SecretsTomlSource(settings_cls),
            file_secret_settings,
        )


def make_private_dir(folder: Path) -> None:
    """Create a folder (and its parents) readable by this user only; an existing one stays."""
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700, exist_ok=True)


def _write_secret_file(path: Path, value: str) -> None:
    """Write a new secret atomically with mode 0600; if another process won, keep its file."""
    make_private_dir(path.parent)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(8)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w") as fh:
            fh.write(value)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)  # fails when the file exists: the first writer's secret stays
        except FileExistsError:
            pass
    finally:
        tmp.unlink(missing_ok=True)


def load_settings(**overrides: Any) -> Settings:
    """Build Settings, turning a validation error into one line that names the setting."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        err = exc.errors()[0]
        name = ".".join(str(p) for p in err["loc"]) or "settings"
        raise SettingsError(f"Setting {name} is invalid: {err['msg']}") from None


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return load_settings()
