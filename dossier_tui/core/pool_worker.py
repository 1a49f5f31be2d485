"""A worker process of :mod:`.pool`. Started as ``pool_worker MODULE JOBS_FD COUNTERS_FD SLOT``: it
imports MODULE at once, then waits for a line on stdin ("go", or end of input: exit). Its jobs are
a pickle ``(function name, first index, jobs)`` in the file JOBS_FD; it takes them from the front of
its segment while the front is before the back that the parent moves down (the counters at SLOT of
the shared map COUNTERS_FD), and writes each ``(index, result)`` as a pickle on stdout, after its
length (``pool.FRAME``). Only :mod:`.pool` starts it, with its own data."""

from __future__ import annotations

import functools
import gc
import importlib
import os
import pickle
import sys
from typing import Any

from .pool import FAILED, FRAME, WORD, Counters, is_staged


def main(argv: list[str]) -> int:
    gc.disable()  # as in the loading process: its results hold no cycles, the collector only rescans them
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but the results may reach the output
    module, jobs_fd, counters_fd, slot = argv[0], int(argv[1]), int(argv[2]), int(argv[3])
    mod = importlib.import_module(module)
    if sys.stdin.buffer.readline().strip() != b"go":
        return 0  # not needed after all (the cache had every file)
    with os.fdopen(jobs_fd, "rb", closefd=False) as fh:  # (kept open: a staged job's later parts)
        fh.seek(0)
        name, lo, jobs = pickle.load(fh)
    fn = getattr(mod, name)
    if is_staged(fn):
        fn = functools.partial(_in_parts, fn, jobs_fd)
    shared = Counters(counters_fd, os.fstat(counters_fd).st_size // (2 * WORD))
    parent = os.getppid()
    for i in range(lo, lo + len(jobs)):
        shared.set_front(slot, i + 1)  # claim i, then see whether the parent took it first
        if shared.back(slot) <= i or os.getppid() != parent:
            break  # (or the parent is gone: the app quit while loading)
        try:
            res = fn(jobs[i - lo])
        except Exception:  # rerun by the parent, which then raises exactly as without workers
            res = FAILED
        # each result written as it is made, after its length: the parent reads it while this
        # works on, and nothing is left to pickle or unpickle when the two sides meet
        data = pickle.dumps((i, res), protocol=pickle.HIGHEST_PROTOCOL)
        out.write(FRAME.pack(len(data)))
        out.write(data)
        out.flush()
    _report_peak()
    return 0


def _in_parts(fn: Any, jobs_fd: int, job: Any) -> Any:
    return fn(job, functools.partial(_receive, jobs_fd))


def _receive(jobs_fd: int) -> Any:
    """A staged job's next part: ``more OFFSET SIZE`` on stdin, the pickle at OFFSET of the jobs
    file. ``None`` at the end of input: the parent gave up or is gone (its end of the pipe closes
    when it exits, however it exits), so a waiting worker never outlives it."""
    words = sys.stdin.buffer.readline().split()
    if len(words) != 3 or words[0] != b"more":
        return None
    at, size = int(words[1]), int(words[2])
    data = bytearray()
    while len(data) < size:
        chunk = os.pread(jobs_fd, size - len(data), at + len(data))
        if not chunk:
            return None
        data += chunk
    return pickle.loads(data)


def _report_peak() -> None:
    """For benchmarks (``DOSSIER_WORKER_PEAKS``: a file): this worker's own peak memory. The
    parent's ``RUSAGE_CHILDREN`` cannot tell it: on Linux a child's peak counts the pages it shared
    with the parent between its fork and its exec, so a worker started beside a loaded dossier
    would seem to hold it all."""
    path = os.environ.get("DOSSIER_WORKER_PEAKS")
    if not path:
        return
    try:
        with open("/proc/self/status") as st:
            peak = next((line.split()[1] for line in st if line.startswith("VmHWM:")), None)
        if peak is not None:
            with open(path, "a") as fh:
                fh.write(f"{peak}\n")
    except OSError:
        pass


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
