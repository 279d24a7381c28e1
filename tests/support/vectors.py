"""Helpers for the vector tests: DB rows, indexes, an embedder, texts, a closed port."""

from __future__ import annotations

import hashlib
import re
import socket
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
from qdrant_client import QdrantClient
from sqlalchemy import Engine
from sqlmodel import Session

from tracker_core import clock
from tracker_core.config import get_settings
from tracker_core.models import Application, Resume, User
from tracker_core.vectors import QdrantIndex
from tracker_core.vectors.client import get_index, stale_marks
from tracker_core.vectors.index import Embedder
from tracker_core.vectors.writethrough import WriteThrough


class HashEmbedder:
    """Deterministic bag-of-words embedder (hashing trick), for tests without the model."""

    name = "test-hash-256"
    dim = 256

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"[a-z0-9+#]+", text.lower()):
                h = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(), "big")
                out[row, h % self.dim] += 1.0 if h & 1 << 31 else -1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


def default_embedder() -> Embedder:
    """The app's default embedding model when it is available, else the hashing one."""
    try:
        from tracker_core.embeddings import get_embedder
    except ImportError:
        return HashEmbedder()
    embedder: Embedder = get_embedder()
    return embedder


def memory_index(shared: bool = False) -> QdrantIndex:
    """A real qdrant-client local index in memory, per-user (local) or shared (server) layout."""
    return QdrantIndex(QdrantClient(":memory:"), shared=shared, where=":memory:")


def add_user(session: Session, email: str) -> str:
    user = User(email=email, name=email.split("@")[0])
    session.add(user)
    session.commit()
    return user.id


def add_resume(session: Session, user_id: str, label: str, text: str) -> Resume:
    resume = Resume(user_id=user_id, label=label, text=text)
    session.add(resume)
    session.commit()
    session.refresh(resume)
    return resume


def add_application(session: Session, user_id: str, **fields: Any) -> Application:
    app = Application(user_id=user_id, **fields)
    session.add(app)
    session.commit()
    session.refresh(app)
    return app


def archive(session: Session, app: Application) -> None:
    app.archived_at = clock.now()
    session.add(app)
    session.commit()


def new_session(engine: Engine) -> Session:
    return Session(engine, expire_on_commit=False)


DATA_RESUME = """Dana Analyst
## Summary
Data scientist with six years building machine learning models in Python.
## Skills
Python, pandas, scikit-learn, SQL, statistics, A/B testing, TensorFlow, data visualisation
## Experience
Senior Data Scientist, Foo Analytics (2020 - 2024): churn prediction models, forecasting,
experiment design, dashboards in Tableau, SQL pipelines on Snowflake.
## Education
MSc Statistics
"""

NURSE_RESUME = """Robin Carer
## Summary
Registered nurse with eight years of patient care in hospital wards.
## Skills
Patient care, medication administration, wound care, triage, electronic health records
## Experience
Charge Nurse, City Hospital (2016 - 2024): supervised nursing staff, ICU rotations,
patient education, infection control.
## Education
BSc Nursing
"""

DATA_JD = """We are hiring a Data Scientist to build machine learning models in Python.
You will use pandas, scikit-learn and SQL, design A/B testing experiments, apply statistics
and forecasting, and present data visualisation dashboards to stakeholders."""

NURSE_JD = """Hospital seeks a Registered Nurse for the ICU ward. Patient care, triage,
medication administration, wound care and infection control; electronic health records;
supervise nursing staff and provide patient education."""


def closed_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (an unreachable Qdrant)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def app_write_through(engine: Engine) -> WriteThrough:
    """The write-through the app gives its services: the process index, marks in the database."""
    return WriteThrough(
        index=lambda: get_index(get_settings(), engine),
        embedder=default_embedder,
        stale=stale_marks(engine),
    )
