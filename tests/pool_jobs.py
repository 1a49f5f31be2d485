"""Module-level job functions for tests/test_pool.py: worker processes import them by name, so they
live in a module of their own that imports nothing heavy."""

from __future__ import annotations

import os

PARENT = "DOSSIER_TEST_POOL_PARENT"


def square(x: int) -> int:
    return x * x


def uneven(x: int) -> list[int]:
    """Some jobs cost a hundred times others: the two sides must still meet without a gap."""
    n = 20000 if x % 7 == 0 else 200
    return [x] * (sum(range(n)) % 3 + 1)


def dies_in_worker(x: int) -> int:
    """The worker process exits at its first job (a crash): the parent must do all of them."""
    if os.environ.get(PARENT) != str(os.getpid()):
        os._exit(3)
    return x + 1


def sleepy(seconds: float) -> float:
    """A job that takes long: to see that an interrupted caller does not wait for it."""
    import time

    time.sleep(seconds)
    return seconds


def busy(x: int) -> int:
    """A job long enough (about a millisecond) that a worker starts in time to share the work."""
    return sum(range(50_000)) % 7 + x


def pid_plus(x: int) -> int:
    """Which process did the job."""
    return os.getpid() + x


def square_or_garbage(job: object) -> tuple[str]:
    """A result of the wrong shape, as a broken worker might return."""
    return ("garbage",)


def scribbles(x: int) -> int:
    """A worker whose output gets garbage between results (a library printing to the raw stdout)."""
    if os.environ.get(PARENT) != str(os.getpid()) and x % 5 == 0:
        os.write(1, b"\x07\x00\x00\x00\x00\x00\x00\x00garbage")
    return busy(x) - sum(range(50_000)) % 7 + 1


def slow_pid(x: int) -> int:
    """Which process did the job; slow enough (2 ms, asleep) that a worker starts in time to share
    the work even on a busy machine."""
    import time

    time.sleep(0.002)
    return os.getpid()


def _staged(fn):  # (imported late: this module imports nothing heavy)
    from dossier_tui.core.pool import staged

    return staged(fn)


@_staged
def parts(first: int, receive) -> tuple:
    """A job in parts: the first, then every part sent until the parent stops (``None``)."""
    got = [first]
    while (more := receive()) is not None:
        got.append(more)
        if more == "last":
            break
    else:
        raise RuntimeError("the parent stopped before the last part")
    return (os.getpid(), *got)
