"""The per-article stage in worker processes, for large dossiers on machines with several cores.

Workers are fresh interpreters (``python -m dossier_tui.core.pool_worker``: the effect of a
``spawn`` start, never ``fork``, which is unsafe in the threaded app). Unlike
:mod:`multiprocessing`'s spawn and forkserver, they never re-import the caller's ``__main__``, so a
script that calls :func:`dossier_tui.load` without an ``if __name__ == "__main__"`` guard is not
run again in every worker.

How the work is shared (each point was a measured loss before, session 6):

- A worker is started (:class:`Pool`) before the files are read, so its interpreter and imports
  (~0.2 s) overlap the reading.
- Jobs and results go through unlinked temporary files, not pipes: a pipe fed from a thread of
  this process needs the GIL for every 4 KB chunk while this process computes, and the worker waited
  a second or more for its jobs (2 processes were no faster than 1).
- No fixed shares: each worker takes jobs from the front of its segment, this process takes them
  from the back of whichever segment has most left (work stealing through two counters per segment
  in a shared memory map). A slow start, a busy core or one huge article only shifts where they
  meet. A job may, rarely, be computed on both sides (the results are the same); none is skipped.

A worker that fails (cannot start, crashes, returns garbage) costs time, not results: whatever it
did not return is computed here. By default the pool starts only for 200 files or more and an idle
core (:func:`default_workers`); ``DOSSIER_WORKERS=N`` sets the number of processes (1: all in this
one).
"""

from __future__ import annotations

import contextlib
import mmap
import os
import pickle
import struct
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any, TypeVar

J = TypeVar("J")
R = TypeVar("R")

MIN_JOBS = 200
"""Below this many files, starting interpreters costs more than it saves."""
MAX_WORKERS = 8
FAILED = "dossier-pool-job-failed"
"""What a worker returns for a job that raised: the job is rerun here, so the error is the same
as without workers."""
FRAME = struct.Struct("<Q")
"""Before each result the worker writes: the length of its pickle."""
WORD = 8


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
    average), for 200 files or more."""
    env = os.environ.get("DOSSIER_WORKERS", "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    cpus = cpu_count()
    if n_jobs < MIN_JOBS or cpus < 2:
        return 1
    return max(1, min(cpus, MAX_WORKERS, 1 + int(idle_cores(cpus))))


class Counters:
    """Each segment's two counters, in a map shared with the workers: ``front``, the worker has
    claimed every job before it; ``back``, this process has claimed every job from it on.

    Each is read and written as one aligned 8-byte word (a ``memoryview`` cast to ``q``), never with
    ``struct.pack_into``: that zeroes its bytes before it writes them, so a worker once read a back
    of 0 in the middle of a write, stopped with a job claimed and not done, and that job was left to
    be redone (CI, session 7)."""

    def __init__(self, fileno: int, slots: int) -> None:
        self._map = mmap.mmap(fileno, 2 * WORD * slots)
        self._words = memoryview(self._map).cast("q")

    def front(self, slot: int) -> int:
        return self._words[2 * slot]

    def back(self, slot: int) -> int:
        return self._words[2 * slot + 1]

    def set_front(self, slot: int, value: int) -> None:
        self._words[2 * slot] = value

    def set_back(self, slot: int, value: int) -> None:
        self._words[2 * slot + 1] = value

    def segment(self, slot: int, lo: int, hi: int) -> None:
        """A worker's jobs ``lo`` to ``hi``, set before it is told to go."""
        self._words[2 * slot] = lo
        self._words[2 * slot + 1] = hi

    def close(self) -> None:
        self._words.release()  # (a map cannot be closed while a view of it lives)
        self._map.close()


class _Worker:
    """One child interpreter: started at once (it imports ``module`` and waits), given its segment of
    the jobs later (:meth:`go`), its results read back after it exits (:meth:`join`)."""

    def __init__(self, module: str, counters: IO[bytes], slot: int) -> None:
        self.slot = slot
        self._given = False
        self._taken = 0  # bytes of the results file already read by collect()
        self._end = 0  # bytes of the jobs file written
        self._got: dict[int, Any] = {}
        # unlinked at once, closed by close(): they live as long as the worker
        self._jobs = tempfile.TemporaryFile()  # noqa: SIM115
        self._out = tempfile.TemporaryFile()  # noqa: SIM115
        env = dict(os.environ)
        # This very package, first: ``-P`` keeps the working directory off the worker's path (``-m``
        # puts it first), where another checkout's dossier_tui would answer in another protocol.
        package_parent = str(Path(__file__).resolve().parent.parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_parent, env.get("PYTHONPATH")) if p)
        fds = (self._jobs.fileno(), counters.fileno())
        try:
            self._proc: subprocess.Popen[bytes] | None = subprocess.Popen(
                [
                    sys.executable,
                    "-P",
                    "-m",
                    "dossier_tui.core.pool_worker",
                    module,
                    *map(str, fds),
                    str(slot),
                ],
                stdin=subprocess.PIPE,
                stdout=self._out,
                stderr=subprocess.DEVNULL,
                env=env,
                pass_fds=fds,
            )
        except OSError:
            self._proc = None

    @property
    def started(self) -> bool:
        return self._proc is not None

    def go(self, name: str, lo: int, jobs: list[Any], more: bool = False) -> None:
        """Hand the worker its segment (jobs ``lo``, ``lo + 1``, …): written to a file first, then a
        short line on its stdin, which never blocks. ``more``: its stdin stays open for
        :meth:`tell` (a staged job's later parts)."""
        if self._proc is None:
            return
        try:
            pickle.dump((name, lo, jobs), self._jobs, protocol=pickle.HIGHEST_PROTOCOL)
            self._jobs.flush()
            self._end = self._jobs.tell()
        except OSError:  # the jobs could not be written: this process steals them all
            return
        self._given = True
        self._say(b"go\n", close=not more)

    def tell(self, value: Any) -> bool:
        """One more message for a staged job (:func:`staged`): written after the jobs, at an offset
        of its own (the worker reads it with ``pread``, the file's shared position untouched), then
        ``more OFFSET SIZE`` on the worker's stdin. False if it could not be sent."""
        if self._proc is None or not self._given or self._proc.stdin is None or self._proc.stdin.closed:
            return False
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            at = self._end
            for done in range(0, len(data), 1 << 24):
                os.pwrite(self._jobs.fileno(), data[done : done + (1 << 24)], at + done)
            self._end = at + len(data)
        except OSError:
            return False
        return self._say(b"more %d %d\n" % (at, len(data)), close=False)

    def _say(self, line: bytes, close: bool = True) -> bool:
        assert self._proc is not None and self._proc.stdin is not None
        try:
            self._proc.stdin.write(line)
            if close:
                self._proc.stdin.close()
            else:
                self._proc.stdin.flush()
        except OSError:  # it died already: join() finds nothing
            return False
        return True

    def collect(self) -> None:
        """Take the results the worker has written so far. Called between this process's own jobs,
        so that unpickling them overlaps the worker's work (×10: 0.25 s that followed the meeting)."""
        if self._proc is None or not self._given or self._taken < 0:
            return
        fd = self._out.fileno()
        try:
            size = os.fstat(fd).st_size
            if size - self._taken < FRAME.size:
                return
            buf = memoryview(os.pread(fd, size - self._taken, self._taken))
            at = 0
            while len(buf) - at >= FRAME.size:
                (n,) = FRAME.unpack_from(buf, at)
                if len(buf) - at - FRAME.size < n:
                    break  # (being written)
                i, res = pickle.loads(buf[at + FRAME.size : at + FRAME.size + n])
                self._got[i] = res
                at += FRAME.size + n
            self._taken += at
        except Exception:  # a broken worker: its share is redone by the caller
            self._taken = -1
            self._got = {}

    def join(self) -> dict[int, Any]:
        """Job index -> result, for the jobs the worker did (none if it failed)."""
        got: dict[int, Any] = {}
        if self._proc is not None and self._given:  # (one never given jobs is ended by close())
            self._hang_up()  # (a staged job still waiting for a message fails now, not never)
            if self._proc.wait() == 0:
                self.collect()
                got = self._got
        self.close()
        return got

    def close(self, kill: bool = False) -> None:
        """``kill``: end the worker even if it has jobs (the caller gave up: an interrupt)."""
        if self._proc is not None and self._proc.poll() is None:
            if kill or not self._given:
                self._proc.kill()  # never given jobs (the cache had the files): no need to wait for its imports
            self._hang_up()
            self._proc.wait()
        self._hang_up()
        self._jobs.close()
        self._out.close()

    def _hang_up(self) -> None:
        """End of its input: a staged job waiting for a message gets none (and the worker ends)."""
        if self._proc is not None and self._proc.stdin is not None and not self._proc.stdin.closed:
            with contextlib.suppress(OSError):
                self._proc.stdin.close()


class Pool:
    """Worker processes for one map of ``fn`` over jobs, started before the jobs are known (so their
    start overlaps the caller's reading of the files). ``fn`` must be a module-level function and
    the jobs picklable. ``n``: processes, this one included (1: no worker)."""

    def __init__(self, fn: Callable[[Any], Any], n: int) -> None:
        self.fn = fn
        self.workers: list[_Worker] = []
        self.redone = 0
        """Jobs done here after the workers ended (a worker failed, or a job raised in it): with
        healthy workers, 0 — the two sides met without leaving a job behind."""
        self.used = False
        """Whether :meth:`map` shared its jobs with workers."""
        self._file: IO[bytes] | None = None
        self.counters: Counters | None = None
        if n > 1 and os.name == "posix":  # (passing the files' descriptors is POSIX only)
            try:
                self._file = tempfile.TemporaryFile()  # noqa: SIM115 (closed by close())
                self._file.write(bytes(2 * WORD * (n - 1)))
                self._file.flush()
                self.counters = Counters(self._file.fileno(), n - 1)
                for k in range(n - 1):
                    self.workers.append(_Worker(fn.__module__, self._file, k))
            except OSError:  # no temporary files (a full or read-only disk): all in this process
                self.close()

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self.close(kill=exc_type is not None)  # (an interrupt must not wait for the workers' jobs)

    def close(self, kill: bool = False) -> None:
        for w in self.workers:
            w.close(kill)
        self.workers = []
        if self.counters is not None:
            self.counters.close()
            self.counters = None
        if self._file is not None:
            self._file.close()
            self._file = None

    def map(self, jobs: Sequence[Any]) -> list[Any]:
        """``[fn(j) for j in jobs]``, in order, shared with the workers."""
        live = [w for w in self.workers if w.started]
        shared = self.counters
        if len(jobs) < 2 or not live or shared is None:
            self.close()
            return [self.fn(j) for j in jobs]
        self.used = True
        bounds = [len(jobs) * k // len(live) for k in range(len(live) + 1)]
        for w, lo, hi in zip(live, bounds, bounds[1:], strict=False):
            shared.segment(w.slot, lo, hi)
            w.go(self.fn.__qualname__, lo, list(jobs[lo:hi]))
        mine: dict[int, Any] = {}
        while True:
            # this process steals from the back of the segment with most left
            best, left = -1, 0
            for w in live:
                size = shared.back(w.slot) - shared.front(w.slot)
                if size > left:
                    best, left = w.slot, size
            if best < 0:
                break
            k = shared.back(best) - 1
            if k < shared.front(best):
                continue
            shared.set_back(best, k)  # claim k: the back only, never the front
            mine[k] = self.fn(jobs[k])
            for w in live:
                w.collect()
        theirs: dict[int, Any] = {}
        for w in live:
            theirs.update(w.join())
        self.close()
        out: list[Any] = []
        for i, job in enumerate(jobs):
            if i in mine:
                out.append(mine[i])
                continue
            res = theirs.get(i, FAILED)
            if isinstance(res, str) and res == FAILED:
                self.redone += 1
                res = self.fn(job)
            out.append(res)
        return out


class Background:
    """``fn(job)`` in one worker process while this process does other work (the families' matching
    while the search index is built here). The worker starts at once, so that its interpreter starts
    while the job is being made (:meth:`give`); :meth:`result` waits for it. A worker that cannot
    start or fails costs time, not the result: the caller's ``here`` computes it instead."""

    def __init__(self, fn: Callable[[Any], Any]) -> None:
        self.fn = fn
        self.redone = 0
        """1 when the result had to be computed here (the worker failed or never started)."""
        self._pool = Pool(fn, 2)
        self._given = False

    def __enter__(self) -> Background:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self.close(kill=exc_type is not None)

    def close(self, kill: bool = False) -> None:
        """End the worker (``kill``: even in the middle of its job); idempotent."""
        self._pool.close(kill=kill)

    def give(self, job: Any) -> None:
        """The job, as one segment of one job that this process never steals. For a :func:`staged`
        function, its first part; :meth:`give_more` sends the rest."""
        shared = self._pool.counters
        for w in self._pool.workers:
            if w.started and shared is not None:
                shared.segment(w.slot, 0, 1)
                w.go(self.fn.__qualname__, 0, [job], more=is_staged(self.fn))
                self._given = True
                return

    def give_more(self, value: Any) -> None:
        """The next part of a staged job: what the function's ``receive()`` returns. If it cannot be
        sent, the worker's ``receive()`` returns ``None`` and :meth:`result` computes here."""
        for w in self._pool.workers:
            if self._given and not w.tell(value):
                w.close(kill=True)

    def result(self, here: Callable[[], R]) -> R:
        """The worker's result, or ``here()`` if it has none."""
        got: dict[int, Any] = {}
        if self._given:
            for w in self._pool.workers:
                got.update(w.join())
        self._pool.close()
        res = got.get(0, FAILED)
        if isinstance(res, str) and res == FAILED:
            self.redone = 1
            return here()
        return res


def staged(fn: Callable[[Any, Callable[[], Any]], R]) -> Callable[[Any, Callable[[], Any]], R]:
    """Mark ``fn(job, receive)`` as a job in parts for :class:`Background`: the worker starts it on
    the first part (:meth:`Background.give`) and ``receive()`` waits for each later one
    (:meth:`Background.give_more`); it returns ``None`` when none will come (the parent gave up
    or is gone)."""
    fn.dossier_staged = True  # type: ignore[attr-defined]
    return fn


def is_staged(fn: Callable[..., Any]) -> bool:
    return getattr(fn, "dossier_staged", False) is True


def run_per_article(fn: Callable[[J], R], jobs: Sequence[J], workers: int | None = None) -> list[R]:
    """``[fn(j) for j in jobs]``, in order; shared with worker processes when there are enough jobs
    and cores. ``fn`` must be a module-level function and the jobs picklable."""
    n = default_workers(len(jobs)) if workers is None else workers
    n = max(1, min(n, len(jobs)))
    if n == 1:
        return [fn(j) for j in jobs]
    with Pool(fn, n) as pool:
        return pool.map(jobs)
