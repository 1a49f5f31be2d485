"""The per-article stage in worker processes, for large dossiers on machines with several cores.

Workers are fresh interpreters (``python -m dossier_tui.core.pool_worker``: the effect of a
``spawn`` start, never ``fork``, which is unsafe in the threaded app). Unlike
:mod:`multiprocessing`'s spawn and forkserver, they never re-import the caller's ``__main__``, so a
script that calls :func:`dossier_tui.load` without an ``if __name__ == "__main__"`` guard is not
run again in every worker. The loading process takes a share of the files itself while the workers
do theirs. By default the pool starts only for 200 files or more and an idle core
(:func:`default_workers`). A worker that fails (cannot start, crashes, returns garbage) costs
time, not results: its share is redone here. ``DOSSIER_WORKERS=N`` sets the number of processes
(1: all in this one).
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

J = TypeVar("J")
R = TypeVar("R")

MIN_JOBS = 200
"""Below this many files, starting interpreters costs more than it saves."""
MAX_WORKERS = 8
FAILED = "dossier-pool-job-failed"
"""What a worker returns for a job that raised: the job is rerun here, so the error is the same
as without workers."""


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def idle_cores(cpus: int) -> float:
    """Cores nobody else is using, from the 1-minute load average (all of them where it is unknown)."""
    try:
        return max(0.0, cpus - os.getloadavg()[0])
    except (AttributeError, OSError):
        return float(cpus)


def default_workers(n_jobs: int) -> int:
    """Processes to use, this one included: this one plus one per idle core (1-minute load
    average), for 200 files or more. Measured on 2 cores (per-article stage of polnear-train,
    2 processes vs 1): 0.87x with both cores idle, 1.01x at a load average of ~1, 1.04x at ~2.8,
    so busy cores get no worker."""
    env = os.environ.get("DOSSIER_WORKERS", "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    cpus = cpu_count()
    if n_jobs < MIN_JOBS or cpus < 2:
        return 1
    return max(1, min(cpus, MAX_WORKERS, 1 + int(idle_cores(cpus))))


class _Worker:
    """One child interpreter given a share of the jobs on stdin; its results come back on stdout."""

    def __init__(self, fn: Callable[[Any], Any], jobs: list[Any]) -> None:
        self.results: list[Any] | None = None
        self._payload = pickle.dumps((fn.__module__, fn.__qualname__, jobs), protocol=pickle.HIGHEST_PROTOCOL)
        env = dict(os.environ)
        package_parent = str(Path(__file__).resolve().parent.parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_parent, env.get("PYTHONPATH")) if p)
        try:
            self._proc: subprocess.Popen[bytes] | None = subprocess.Popen(
                [sys.executable, "-m", "dossier_tui.core.pool_worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
            )
        except OSError:
            self._proc = None
            return
        self._thread = threading.Thread(target=self._talk, daemon=True)
        self._thread.start()

    def _talk(self) -> None:
        assert self._proc is not None
        try:
            out, _ = self._proc.communicate(self._payload)
            if self._proc.returncode == 0:
                got = pickle.loads(out)
                if isinstance(got, list):
                    self.results = got
        except Exception:  # a broken worker: its share is redone by the caller
            self.results = None

    def join(self) -> list[Any] | None:
        if self._proc is None:
            return None
        self._thread.join()
        return self.results


def run_per_article(fn: Callable[[J], R], jobs: Sequence[J], workers: int | None = None) -> list[R]:
    """``[fn(j) for j in jobs]``, in order; shared with worker processes when there are enough jobs
    and cores. ``fn`` must be a module-level function and the jobs picklable."""
    n = default_workers(len(jobs)) if workers is None else workers
    n = max(1, min(n, len(jobs)))
    if n == 1:
        return [fn(j) for j in jobs]
    shares = [list(range(k, len(jobs), n)) for k in range(n)]
    children = [_Worker(fn, [jobs[i] for i in share]) for share in shares[1:]]
    out: list[Any] = [None] * len(jobs)
    for i in shares[0]:
        out[i] = fn(jobs[i])
    for share, child in zip(shares[1:], children, strict=True):
        got = child.join()
        if got is None or len(got) != len(share):
            got = [FAILED] * len(share)
        for i, res in zip(share, got, strict=True):
            out[i] = fn(jobs[i]) if isinstance(res, str) and res == FAILED else res
    return out
