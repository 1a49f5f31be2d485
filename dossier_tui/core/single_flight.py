"""One build of a dossier's derived structure at a time, whichever thread asks.

The app's loading thread builds the search index and the families (:mod:`.warm`) after handing
the dossier to the UI; a search typed or an article opened meanwhile asks for them through
``Dossier.derived`` from another thread, which would build a second copy beside the first (twice
the CPU on a 2-core machine, and both finish later). Here the second asker waits for the first
one's result instead, and builds it itself only if that build failed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")

_UNSET: Any = object()


class Flight:
    """A build under way: who builds it, and its result once there."""

    __slots__ = ("done", "mine", "owner", "value")

    def __init__(self) -> None:
        self.done = threading.Event()
        self.owner = threading.get_ident()
        self.value: Any = _UNSET
        self.mine = True
        """False: another thread was already building it (nobody waits on this flight)."""


_lock = threading.Lock()
_flights: dict[tuple[int, str], Flight] = {}


@contextmanager
def claimed(owner: object, key: str) -> Iterator[Flight]:
    """Mark ``key`` of ``owner`` (a dossier) as being built by this thread until the block ends; set
    ``flight.value`` to hand the result to those who waited. When another thread already builds
    it, the flight yielded is a private one (nobody waits on it)."""
    slot = (id(owner), key)
    flight = Flight()
    with _lock:
        flight.mine = slot not in _flights
        if flight.mine:
            _flights[slot] = flight
    try:
        yield flight
    finally:
        if flight.mine:
            with _lock:
                del _flights[slot]
        flight.done.set()


def shared_build(owner: object, key: str, build: Callable[[], T]) -> T:
    """``build()``, or the result of the same build already under way in another thread."""
    with _lock:
        other = _flights.get((id(owner), key))
    if other is not None and other.owner != threading.get_ident():
        other.done.wait()
        if other.value is not _UNSET:
            return other.value
    with claimed(owner, key) as flight:
        flight.value = value = build()
    return value
