"""An import indexes only the applications it added; a big one leaves it to the catch-up."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import pytest
from sqlalchemy import Engine, insert

from tests.support.factories import make_user
from tests.support.transfer import run_csv_import_with
from tests.support.vectors import DATA_RESUME, HashEmbedder, add_resume, memory_index
from tracker_core import clock
from tracker_core import repositories as repo
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.models import Application
from tracker_core.vectors import rank_jobs_for_resume
from tracker_core.vectors.index import Space
from tracker_core.vectors.stale import MemoryStaleMarks
from tracker_core.vectors.writethrough import IN_REQUEST_LIMIT, WriteThrough


class CountingEmbedder(HashEmbedder):
    """Counts the texts it is asked to embed."""

    def __init__(self) -> None:
        self.texts = 0

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        self.texts += len(texts)
        return super().embed(texts)


def _seed(engine: Engine, user_id: str, n: int) -> None:
    now = clock.now()
    rows = [
        {
            **{"user_id": user_id, "company": f"Old {i}", "position": "Engineer"},
            **{"status": "saved", "priority": 3, "notes": "", "is_sample": False, "version": 1},
            **{"job_description": "Python and SQL", "created_at": now, "updated_at": now},
        }
        for i in range(n)
    ]
    with engine.begin() as conn:
        conn.execute(insert(Application), rows)


@pytest.fixture
def owner(engine: Engine, settings: Settings) -> str:
    user_id = make_user(engine, settings).id
    _seed(engine, user_id, 2_000)
    return user_id


def test_one_row_into_a_big_account_indexes_that_row_only(engine: Engine, owner: str) -> None:
    index, embedder, stale = memory_index(), CountingEmbedder(), MemoryStaleMarks()
    vectors = WriteThrough(index=lambda: index, embedder=lambda: embedder, stale=stale)
    with user_session(engine, owner) as s:
        run_csv_import_with(s, owner, "Company,Position\nAcme,Data Scientist\n", vectors)
        (acme,) = [
            a for a in repo.list_all_applications(session=s, user_id=owner) if a.company == "Acme"
        ]
    space = Space.of(embedder)
    points = index.count(space, owner, "job")
    assert {c.owner_id for c in index.chunks(space, owner, "job", [acme.id or 0])} == {acme.id}
    assert embedder.texts == points <= 3  # the new row's chunks, not the 2,000 already there
    assert owner not in stale


def test_a_big_import_returns_without_indexing_and_the_next_search_catches_up(
    engine: Engine, owner: str
) -> None:
    index, embedder, stale = memory_index(), CountingEmbedder(), MemoryStaleMarks()
    index.stale = stale
    vectors = WriteThrough(index=lambda: index, embedder=lambda: embedder, stale=stale)
    rows = "".join(f"New {i},Data Scientist\n" for i in range(IN_REQUEST_LIMIT + 1))
    with user_session(engine, owner) as s:
        run_csv_import_with(s, owner, "Company,Position\n" + rows, vectors)
        assert embedder.texts == 0 and owner in stale
        resume = add_resume(s, owner, "CV", DATA_RESUME)
        assert resume.id is not None
        rank_jobs_for_resume(s, index, embedder, owner, resume.id)
        ids = [a.id or 0 for a in repo.list_all_applications(session=s, user_id=owner)]
    assert owner not in stale
    indexed = {c.owner_id for c in index.chunks(Space.of(embedder), owner, "job", ids)}
    assert len(indexed) == 2_000 + IN_REQUEST_LIMIT + 1
