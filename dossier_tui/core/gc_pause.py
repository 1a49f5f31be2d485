"""Pausing Python's cyclic garbage collector around work that builds a large, long-lived result.

Loading, the search index and the families make hundreds of thousands of small objects that all
live on and form no reference cycles: the collector would only rescan the growing result, again and
again, for no garbage (a tenth to a third of the time on large dossiers).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused(keep: bool = False) -> Iterator[None]:
    """The collector off for the block, back on after it if it was on (nested or threaded uses are
    safe: whoever turned it off turns it back on).

    ``keep``: the block's result lives on (a loaded dossier), so it is frozen (``gc.freeze``) before
    the collector comes back: otherwise its first collection, a young one, scans every object made
    while it was off (×10 polnear-train: 0.28 s at once, more in each older generation later).
    Safe only for results that hold no reference cycles, which freezing would keep for good; it
    freezes whatever else lives at that moment too, as ``build_index`` already did."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if keep:
            gc.freeze()
        if enabled:
            gc.enable()
