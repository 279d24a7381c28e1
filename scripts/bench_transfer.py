"""Import/export benchmarks (rows for `make bench`, or run alone: python -m scripts.bench_transfer).

1. Our own CSV export of 5,000 applications (notes and job descriptions with line breaks,
   commas and quotes; three status changes each) imported into an empty account: reading,
   checking every row and saving, with the app's write-through to a local Qdrant (target < 10 s).
2. The same export built (target < 5 s).
3. One CSV row imported into an account of 50,000 applications, the new row indexed in the
   request (target < 2 s; it rebuilt the whole account before, 185 s).
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert

from scripts.bench import render
from tracker_core import clock
from tracker_core.config import Settings
from tracker_core.db import make_engine, migrate, user_session
from tracker_core.embeddings import get_embedder
from tracker_core.models import STANDARD_STAGES, Application, StatusChange
from tracker_core.services import transfer
from tracker_core.services import transfer_values as val
from tracker_core.services.auth import LocalAuth
from tracker_core.vectors.client import open_index, stale_marks
from tracker_core.vectors.writethrough import WriteThrough

Row = tuple[str, float, str, str, bool]
N_IMPORT = 5_000
N_BIG = 50_000
NOTES = 'Recruiter: Rita, "call back Tuesday"\n- EUR 1,500 yearly learning budget\n- 30 days off'
JOB = (
    "About us\n\nWe build tools, for people.\n\nRequirements:\n"
    + '- Python, SQL and "data modelling"; 3+ years\n' * 12
)


def _rows(user_id: str, n: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    now = clock.now()
    return [
        {
            "user_id": user_id,
            "company": f"Company {i}",
            "position": f"Engineer {i % 40}",
            "location": rng.choice(["Berlin", "Remote, EU", None]),
            "status": rng.choice(STANDARD_STAGES),
            "applied_on": (now - timedelta(days=rng.randint(0, 300))).date(),
            "salary_min": rng.choice([None, 60_000, 2_400_000_000]),
            "priority": rng.randint(1, 5),
            "notes": NOTES,
            "job_description": JOB,
            "is_sample": False,
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
        for i in range(n)
    ]


def _seed(engine: Engine, user_id: str, n: int, history: bool) -> None:
    with engine.begin() as conn:
        ids = conn.execute(
            insert(Application).returning(Application.id),  # type: ignore[arg-type]
            _rows(user_id, n, seed=n),
        ).scalars()
        if history:
            moves = [
                {"user_id": user_id, "application_id": i, "to_status": s, "note": "moved, twice"}
                | {"changed_at": clock.now(), "from_status": None}
                for i in ids
                for s in ("saved", "applied", "screening")
            ]
            conn.execute(insert(StatusChange), moves)


def _import(engine: Engine, vectors: WriteThrough, user_id: str, data: bytes) -> int:
    csv_file = transfer.read_csv(data)
    mapping = val.auto_mapping(csv_file.headers)
    with user_session(engine, user_id) as s:
        plan = transfer.plan_import(session=s, user_id=user_id, csv_file=csv_file, mapping=mapping)
        return transfer.run_import(session=s, user_id=user_id, vectors=vectors, plan=plan)


def bench_csv_import() -> list[Row]:
    """Our own 5,000-application export into an empty account; one row into 50,000."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        url = f"sqlite:///{folder / 'bench.db'}"
        settings = Settings(DATABASE_URL=url, DATA_DIR=folder, _env_file=None)
        engine = make_engine(url)
        migrate(engine)
        auth = LocalAuth(engine, settings)
        mine, theirs, big = (auth.sign_up(f"t{i}@example.com", "bench-pass").user for i in range(3))
        _seed(engine, mine.id, N_IMPORT, history=True)
        _seed(engine, big.id, N_BIG, history=False)
        index = open_index(settings, engine)
        vectors = WriteThrough(
            index=lambda: index, embedder=get_embedder, stale=stale_marks(engine)
        )
        get_embedder().embed(["warm up"])

        started = time.perf_counter()
        with user_session(engine, mine.id) as s:
            data = transfer.export_csv(session=s, user_id=mine.id).encode()
        export_s = time.perf_counter() - started

        started = time.perf_counter()
        count = _import(engine, vectors, theirs.id, data)
        import_s = time.perf_counter() - started
        assert count == N_IMPORT, count

        times = []
        for i in range(3):  # the first also creates the user's collection in the index
            row = f"Company,Position\nAcme {i},Data Scientist\n".encode()
            started = time.perf_counter()
            assert _import(engine, vectors, big.id, row) == 1
            times.append(time.perf_counter() - started)
        one_s = statistics.median(times)
        index.client.close()
        engine.dispose()
    size = f"{len(data) / 1_048_576:.1f} MB"
    return [
        (f"CSV export, {N_IMPORT:,} applications ({size})", export_s, "s", "< 5", export_s < 5),
        (f"CSV import of that export, {N_IMPORT:,} rows", import_s, "s", "< 10", import_s < 10),
        (
            f"CSV import, 1 row into {N_BIG:,} applications (median of 3)",
            one_s,
            "s",
            "< 2",
            one_s < 2,
        ),
    ]


BENCHES = [bench_csv_import]


if __name__ == "__main__":
    rows = [row for bench in BENCHES for row in bench()]
    print(render(rows))
    sys.exit(0 if all(r[4] for r in rows) else 1)
