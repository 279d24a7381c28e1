"""Command line for operators: `python -m tracker_core.manage migrate`."""

from __future__ import annotations

import argparse
import sys

from tracker_core.config import SettingsError, get_settings
from tracker_core.db import (
    DatabaseUnavailable,
    MigrationFailed,
    check_connection,
    make_engine,
    migrate,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tracker_core.manage")
    parser.add_argument("command", choices=["migrate"])
    parser.parse_args(argv)
    try:
        settings = get_settings()
        engine = make_engine(settings.DATABASE_URL)
        check_connection(engine)
        migrate(engine)
    except (SettingsError, DatabaseUnavailable, MigrationFailed) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"Database is up to date ({engine.url.render_as_string(hide_password=True)}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
