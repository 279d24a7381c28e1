"""Fit between a job description and a resume, section by section."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from tracker_core.vectors.index import StoredChunk

Matrix = npt.NDArray[np.float32]

# Share of whole-document similarity in a fit; the rest is section coverage. Tuned on RJDB dev
# (scripts.eval_ranking --weight): 0.0 ranks the matched resume first for 78% of the jobs,
# whole documents alone for 56%.
WHOLE_WEIGHT = 0.0


def fit(jd: Matrix, resume: Matrix) -> float:
    """For each section of the job, the resume's closest section, averaged (row 0 = whole)."""
    whole = float(jd[0] @ resume[0])
    if len(jd) < 2 or len(resume) < 2:
        return whole
    coverage = float((jd[1:] @ resume[1:].T).max(axis=1).mean())
    return WHOLE_WEIGHT * whole + (1 - WHOLE_WEIGHT) * coverage


def stack(chunks: Sequence[StoredChunk]) -> Matrix:
    """The chunks' vectors in chunk order (whole document first)."""
    ordered = sorted(chunks, key=lambda c: c.chunk)
    return np.stack([c.vector for c in ordered]).astype(np.float32)


def best_sections(
    other: Matrix, chunks: Sequence[StoredChunk], top: int
) -> list[tuple[StoredChunk, float]]:
    """The document's sections closest to any section of the other side, best first."""
    parts = sorted((c for c in chunks if c.chunk > 0), key=lambda c: c.chunk)
    if not parts:
        return []
    queries = other[1:] if len(other) > 1 else other
    sims = (np.stack([c.vector for c in parts]) @ queries.T).max(axis=1)
    order = np.argsort(-sims, kind="stable")[:top]
    return [(parts[i], float(sims[i])) for i in order]
