"""The one error the similarity features raise, with a message a user can act on."""

from __future__ import annotations

from tracker_core.errors import Unavailable

REBUILD_HINT = "python -m tracker_core.vectors rebuild"


class VectorStoreUnavailable(Unavailable):
    """Similarity search cannot run now; str(exc) says what is wrong and what to do."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message
