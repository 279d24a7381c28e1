"""Fit rewards a resume that covers every section of the job, not one that matches one part."""

from __future__ import annotations

import numpy as np

from tracker_core.vectors.index import StoredChunk
from tracker_core.vectors.scoring import best_sections, fit, stack

E = np.eye(4, dtype=np.float32)  # four orthogonal "topics"


def _doc(*rows: np.ndarray) -> np.ndarray:
    whole = np.sum(rows, axis=0)
    return np.vstack([whole / np.linalg.norm(whole), *rows]).astype(np.float32)


def test_covering_every_job_section_beats_repeating_one() -> None:
    job = _doc(E[0], E[1])
    covers_both = _doc(E[0], E[1], E[2])
    one_topic_twice = _doc(E[0], E[0])
    assert fit(job, covers_both) == 1.0
    assert fit(job, one_topic_twice) == 0.5


def test_without_sections_the_whole_documents_are_compared() -> None:
    assert fit(E[[0]], _doc(E[0], E[1])) == np.float32(1 / np.sqrt(2))


def test_best_sections_names_the_sections_that_matched() -> None:
    stored = [
        StoredChunk(1, i, title, title, vec)
        for i, (title, vec) in enumerate(
            [("Whole", _doc(E[1], E[3])[0]), ("Hobbies", E[3]), ("Skills", E[1])]
        )
    ]
    best = best_sections(_doc(E[1], E[2]), stored, 1)
    assert [(c.section, s) for c, s in best] == [("Skills", 1.0)]
    assert stack(list(reversed(stored))).shape == (3, 4)
