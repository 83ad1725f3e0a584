"""Memory housekeeping shared by the parts of canon that build large object graphs."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block.

    Parse trees, catalogs and syntax trees are large, acyclic and freed by reference counting;
    with the collector on, each pass rescans millions of small objects and can cost more than
    the work itself. The collector's previous state is restored afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
