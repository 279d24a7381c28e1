"""Command line: `python -m tracker_core.vectors rebuild [--user EMAIL_OR_ID]`."""

from __future__ import annotations

import argparse
import sys

from tracker_core.config import get_settings
from tracker_core.db import make_engine
from tracker_core.vectors.client import open_index
from tracker_core.vectors.errors import VectorStoreUnavailable
from tracker_core.vectors.sync import find_user_id, rebuild


def main(argv: list[str] | None = None) -> int:
    """Rebuild the similarity index from the database; prints what it did."""
    parser = argparse.ArgumentParser(prog="python -m tracker_core.vectors")
    sub = parser.add_subparsers(dest="command", required=True)
    cmd = sub.add_parser("rebuild", help="rebuild vectors from the database (safe to repeat)")
    cmd.add_argument("--user", help="only this user (email or id); default: every user")
    args = parser.parse_args(argv)

    from tracker_core.embeddings import get_embedder

    settings = get_settings()
    engine = make_engine(settings.DATABASE_URL)
    user_id = None
    if args.user:
        user_id = find_user_id(engine, args.user)
        if user_id is None:
            print(f"No user {args.user!r}", file=sys.stderr)
            return 2
    try:
        index = open_index(settings, engine)
        report = rebuild(engine, index, get_embedder(), user_id)
    except VectorStoreUnavailable as exc:
        print(exc.user_message, file=sys.stderr)
        return 1
    print(report.summary())
    index.client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
