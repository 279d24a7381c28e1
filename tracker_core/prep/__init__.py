"""Interview prep engine: questions, the question bank, story suggestions, answer feedback.

Pure Python: no SQL, no streamlit; the services in tracker_core.services.prep store the rows.
"""

from __future__ import annotations

from tracker_core.prep.models import CATEGORIES, CATEGORY_LABELS, Question, StoryView
from tracker_core.prep.questions import gap_keywords, questions_for

__all__ = [
    "CATEGORIES",
    "CATEGORY_LABELS",
    "Question",
    "StoryView",
    "gap_keywords",
    "questions_for",
]
