"""Where the tests run: the repository root, CI or not, the Postgres server, the fixed instant."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
ON_CI = os.environ.get("CI", "").lower() == "true"
PG_ADMIN_URL = os.environ.get(
    "TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
# Screenshots of the browser tests.
ARTIFACTS = ROOT / "test-artifacts"

# The instant every test runs at, unless it moves its own clock. Never mixed with the wall clock.
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
