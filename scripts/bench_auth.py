"""Sign-in answer times: a wrong password, an unknown email and a throttled client alike.

Each answer costs one bcrypt check, so its time says nothing about whether the account exists
or is throttled. Run: python -m scripts.bench_auth
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from scripts.bench import Row, render
from tracker_core.config import Settings
from tracker_core.db import make_engine, migrate
from tracker_core.errors import InvalidInput
from tracker_core.services.auth import LocalAuth

RUNS = 15


def _answer_ms(auth: LocalAuth, email: str, client: str) -> float:
    start = time.perf_counter()
    try:
        auth.sign_in(email, "wrong-guess", client=client)
    except InvalidInput:
        pass
    return (time.perf_counter() - start) * 1000


def bench_answers() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/auth.db"
        engine = make_engine(url)
        migrate(engine)
        settings = Settings(DATABASE_URL=url, DATA_DIR=Path(tmp), _env_file=None)
        # A high limit for the first two, so none of their runs is throttled.
        roomy = LocalAuth(engine, settings.model_copy(update={"LOGIN_MAX_FAILURES": 1000}))
        roomy.sign_up("known@example.com", "s3cret-pass")
        strict = LocalAuth(engine, settings.model_copy(update={"LOGIN_MAX_FAILURES": 1}))
        _answer_ms(strict, "known@example.com", "192.0.2.3")  # uses up the limit
        cases = {
            "wrong": (roomy, "known@example.com", "192.0.2.1"),
            "unknown": (roomy, "nobody@example.com", "192.0.2.2"),
            "throttled": (strict, "known@example.com", "192.0.2.3"),
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(RUNS):  # interleaved, so a busy moment hits all three alike
            for name, args in cases.items():
                times[name].append(_answer_ms(*args))
        engine.dispose()
    wrong, unknown, throttled = (statistics.median(times[n]) for n in cases)
    spread = (max(wrong, unknown, throttled) - min(wrong, unknown, throttled)) / wrong
    return [
        ("sign-in: wrong password (median of 15)", wrong, "ms", "-", True),
        ("sign-in: unknown email (median of 15)", unknown, "ms", "-", True),
        ("sign-in: throttled client (median of 15)", throttled, "ms", "-", True),
        ("sign-in: spread of the three answers", 100 * spread, "%", "< 20", spread < 0.2),
    ]


BENCHES: list[Callable[[], list[Row]]] = [bench_answers]


def main() -> int:
    rows = bench_answers()
    print(render(rows))
    return 0 if all(r[4] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
