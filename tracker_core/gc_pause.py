"""Pausing Python's cyclic garbage collector around a short burst of allocation.

Reading 40,000 history rows into 10,000 journeys allocates so many containers that the
collector runs a full collection over the whole process (every module, every Streamlit
session) in the middle of it: 100 ms or more, as long as the computation itself. Nothing in
such a burst makes reference cycles (its objects are freed by reference counting as soon as
they are dropped), so collecting can wait until it is over, when there is little left to scan.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0  # bursts running now, in any thread
_restore = False  # the collector was on when the first of them began


@contextmanager
def paused_gc() -> Iterator[None]:
    """No automatic cyclic collection inside the block; on again once the last block ends.

    Blocks may overlap across threads: the collector comes back on when the last one ends,
    and only if it was on when the first began (a caller that turned it off keeps it off).
    """
    global _depth, _restore
    with _lock:
        if _depth == 0:
            _restore = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _restore:
                gc.enable()
