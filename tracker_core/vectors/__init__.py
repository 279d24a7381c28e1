"""Similarity search over resumes and job descriptions (Qdrant), always scoped to one user."""

from tracker_core.vectors.client import close_index, get_index, open_index
from tracker_core.vectors.errors import VectorStoreUnavailable
from tracker_core.vectors.index import Embedder, Hit, IndexPoint, Space, VectorIndex
from tracker_core.vectors.qdrant import QdrantIndex
from tracker_core.vectors.queries import (
    JobMatch,
    ResumeMatch,
    SectionMatch,
    rank_jobs_for_resume,
    rank_resumes_for_job,
)
from tracker_core.vectors.similar import SimilarApplication, SimilarResult, similar_applications
from tracker_core.vectors.sync import (
    RebuildReport,
    index_application,
    index_resume,
    rebuild,
    rebuild_user,
    remove_application,
    remove_resume,
)
from tracker_core.vectors.writethrough import (
    resync_user,
    sync_application,
    sync_resume,
    unsync_application,
    unsync_resume,
)

__all__ = [
    "Embedder",
    "Hit",
    "IndexPoint",
    "JobMatch",
    "QdrantIndex",
    "RebuildReport",
    "ResumeMatch",
    "SectionMatch",
    "SimilarApplication",
    "SimilarResult",
    "Space",
    "VectorIndex",
    "VectorStoreUnavailable",
    "close_index",
    "get_index",
    "index_application",
    "index_resume",
    "open_index",
    "rank_jobs_for_resume",
    "rank_resumes_for_job",
    "rebuild",
    "rebuild_user",
    "remove_application",
    "remove_resume",
    "resync_user",
    "similar_applications",
    "sync_application",
    "sync_resume",
    "unsync_application",
    "unsync_resume",
]
