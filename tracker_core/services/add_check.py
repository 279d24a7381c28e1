"""Before adding an application: what to warn about, in one call.

Earlier applications to the same company (services/duplicates.py) and similar jobs the user
already has (vectors.similar_applications). Similarity is derived data and never blocks
adding: without an index, or when the search fails, names and links are still compared
and the result says why.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import cast

from sqlmodel import Session

from tracker_core.services.duplicates import EarlierApplication, find_earlier
from tracker_core.vectors.errors import REBUILD_HINT, VectorStoreUnavailable
from tracker_core.vectors.index import Embedder, VectorIndex
from tracker_core.vectors.similar import SimilarResult, similar_applications

log = logging.getLogger(__name__)
NAMES_ONLY = "Only names and links were compared."
SEARCH_FAILED = (
    "Similarity search failed unexpectedly; everything else works. If it keeps failing, "
    f"run `{REBUILD_HINT}`."
)


@dataclass(frozen=True)
class AddWarnings:
    """What the add form warns about before saving; nothing in it blocks the save."""

    earlier: Sequence[EarlierApplication] = ()
    similar: SimilarResult = field(default_factory=SimilarResult)

    @property
    def any(self) -> bool:
        """True when there is something to warn about."""
        return bool(self.earlier or self.similar.matches)


def check_before_adding(
    *,
    session: Session,
    user_id: str,
    company: str,
    position: str,
    job_description: str = "",
    url: str | None = None,
    index: VectorIndex | None = None,
    embedder: Embedder | None = None,
    unavailable: str = "",
) -> AddWarnings:
    """Earlier applications to this company and similar jobs, for the entry being added.

    Args:
        index, embedder: the vector search; None (with `unavailable` saying why) when either
            could not be loaded, and then only names and links are compared.
    """
    earlier = find_earlier(session=session, user_id=user_id, company=company)

    def similar(search: bool) -> SimilarResult:
        return similar_applications(
            session,
            index if search else None,
            cast(Embedder, embedder),  # unused without an index
            user_id,
            company=company,
            position=position,
            job_description=job_description if search else "",
            url=url,
        )

    if index is None or embedder is None:
        reason = unavailable
    else:
        try:
            return AddWarnings(earlier, similar(search=True))
        except VectorStoreUnavailable as exc:
            reason = exc.user_message
        except Exception:  # derived data: a failed search must not stop the add form
            log.exception("Similarity search failed while checking a new application")
            reason = SEARCH_FAILED
    names_only = similar(search=False)
    return AddWarnings(earlier, SimilarResult(names_only.matches, f"{NAMES_ONLY} {reason}".strip()))
