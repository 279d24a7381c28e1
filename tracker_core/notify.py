"""The notifier: `python -m tracker_core.notify` sends what is due and exits.

    python -m tracker_core.notify                  # once (cron, a systemd timer, a CronJob)
    python -m tracker_core.notify --loop --every 5m  # keep running (a container)
    python -m tracker_core.notify --now 2026-03-08T12:30:00Z --dry-run

It exits non-zero only when the run itself failed (settings, database). A message that could
not be delivered is recorded in the log with a sentence the user sees on the Notifications page.
On Postgres it connects with NOTIFY_DATABASE_URL when set (a role that may read every user's
rows: Supabase's service role or the table owner), else DATABASE_URL.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy.exc import SQLAlchemyError

from tracker_core import clock
from tracker_core.config import SettingsError, get_settings
from tracker_core.db import DatabaseUnavailable, check_connection, make_engine
from tracker_core.services.notifications import Notifier, senders_from_settings

_EVERY = re.compile(r"^(\d+)\s*([smh]?)$")


def parse_every(text: str) -> timedelta:
    """'5m', '30s', '1h' or plain seconds."""
    found = _EVERY.match(text.strip().lower())
    if not found or int(found.group(1)) == 0:
        raise argparse.ArgumentTypeError("use a number with s, m or h, like 5m")
    unit = {"s": 1, "": 1, "m": 60, "h": 3600}[found.group(2)]
    return timedelta(seconds=int(found.group(1)) * unit)


def parse_now(text: str) -> datetime:
    """An ISO-8601 moment; one without a zone is taken as UTC."""
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError("use ISO-8601, like 2026-03-08T12:30:00Z") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tracker_core.notify", description="Send the notifications that are due."
    )
    parser.add_argument("--now", type=parse_now, help="run as of this moment (ISO-8601)")
    parser.add_argument("--dry-run", action="store_true", help="print what would be sent")
    parser.add_argument("--loop", action="store_true", help="keep running")
    parser.add_argument(
        "--every", type=parse_every, default=timedelta(minutes=5), help="with --loop"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.loop and args.now:
        print("--now and --loop do not go together.", file=sys.stderr)
        return 2
    try:
        settings = get_settings()
    except SettingsError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    engine = make_engine(settings.NOTIFY_DATABASE_URL or settings.DATABASE_URL)
    if args.now:
        clock.set_clock(clock.FixedClock(args.now))
    while True:
        senders = senders_from_settings(settings)
        try:
            check_connection(engine)
            report = Notifier(engine, settings, senders).run(dry_run=args.dry_run)
            print(report.summary(), flush=True)
            code = 0
        except DatabaseUnavailable as exc:
            print(str(exc), file=sys.stderr, flush=True)
            code = 1
        except SQLAlchemyError as exc:  # the run failed; its text may hold SQL, so only the type
            print(
                f"The run failed on the database ({type(exc).__name__}). Is it migrated? "
                "Run: python -m tracker_core.manage migrate",
                file=sys.stderr,
                flush=True,
            )
            code = 1
        finally:
            senders.close()
        if not args.loop:
            engine.dispose()
            return code
        time.sleep(args.every.total_seconds())


if __name__ == "__main__":
    sys.exit(main())
