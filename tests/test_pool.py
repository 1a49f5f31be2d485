"""Work stealing between this process and worker processes (dossier_tui.core.pool): every job's
result, in order, exactly once in the output, however the work is split or a worker fails."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_tui.core import pool
from tests import pool_jobs


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.integers(min_value=0, max_value=60), processes=st.integers(min_value=2, max_value=3))
def test_any_split_gives_the_serial_result(n, processes):
    jobs = list(range(n))
    assert pool.run_per_article(pool_jobs.square, jobs, processes) == [x * x for x in jobs]


def test_jobs_of_very_different_cost_meet_without_gap_or_duplicate():
    jobs = list(range(150))
    assert pool.run_per_article(pool_jobs.uneven, jobs, 2) == [pool_jobs.uneven(x) for x in jobs]


def test_a_worker_that_crashes_costs_only_time(monkeypatch):
    monkeypatch.setenv(pool_jobs.PARENT, str(os.getpid()))
    jobs = list(range(40))
    assert pool.run_per_article(pool_jobs.dies_in_worker, jobs, 3) == [x + 1 for x in jobs]


def test_garbage_among_a_workers_results_costs_only_time(monkeypatch):
    monkeypatch.setenv(pool_jobs.PARENT, str(os.getpid()))
    jobs = list(range(200))
    assert pool.run_per_article(pool_jobs.scribbles, jobs, 2) == [x + 1 for x in jobs]


def test_results_are_taken_as_they_are_written():
    p = pool.Pool(pool_jobs.square, 2)
    w = p.workers[0]
    assert p.counters is not None
    p.counters.segment(0, 0, 3)
    w.go("square", 0, [2, 3, 4])
    assert w._proc is not None
    while len(w._got) < 3 and w._proc.poll() is None:
        w.collect()  # (the worker writes each result as it is made)
    assert w.join() == {0: 4, 1: 9, 2: 16}
    p.close()


def test_workers_run_this_package_whatever_the_working_directory_holds(tmp_path, monkeypatch):
    fake = tmp_path / "dossier_tui" / "core"
    fake.mkdir(parents=True)
    (tmp_path / "dossier_tui" / "__init__.py").write_text("")
    (fake / "__init__.py").write_text("")
    (fake / "pool_worker.py").write_text("raise SystemExit(3)  # another checkout, another protocol\n")
    monkeypatch.chdir(tmp_path)
    p = pool.Pool(pool_jobs.slow_pid, 2)
    proc = p.workers[0]._proc
    assert proc is not None
    with pytest.raises(subprocess.TimeoutExpired):  # the other checkout's worker exits at once
        proc.wait(timeout=1)  # this package's waits for its jobs
    pids = p.map(list(range(400)))
    assert p.redone == 0 and len(pids) == 400
    assert set(pids) - {os.getpid()}  # and, started a second ago, it surely did some


def test_a_pool_closed_before_its_map_runs_here_and_leaves_no_worker():
    p = pool.Pool(pool_jobs.square, 2)
    procs = [w._proc for w in p.workers]
    assert procs and all(proc is not None for proc in procs)
    p.close()  # the cache had every file: the idle workers are ended, not waited for
    assert all(proc.poll() is not None for proc in procs if proc is not None)
    assert p.map([1, 2, 3]) == [1, 4, 9]


def test_a_pool_used_as_a_context_ends_its_workers_even_when_the_map_raises():
    with pool.Pool(int, 2) as p:
        procs = [w._proc for w in p.workers]
        try:
            p.map(["1", "x", "3"])
        except ValueError:
            pass
        else:
            raise AssertionError("the job's error must reach the caller")
    assert all(proc.poll() is not None for proc in procs if proc is not None)


def test_jobs_that_cannot_be_handed_to_a_worker_are_done_here(monkeypatch):
    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pool.pickle, "dump", full_disk)
    jobs = list(range(30))
    assert pool.run_per_article(pool_jobs.square, jobs, 2) == [x * x for x in jobs]


def test_no_temporary_files_means_no_workers(monkeypatch):
    def read_only(*args, **kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(pool.tempfile, "TemporaryFile", read_only)
    p = pool.Pool(pool_jobs.square, 3)
    assert p.workers == []
    assert p.map([2, 3]) == [4, 9]


def test_an_interrupted_caller_ends_workers_that_still_have_jobs():
    with pytest.raises(KeyboardInterrupt), pool.Pool(pool_jobs.sleepy, 2) as p:
        worker = p.workers[0]
        assert p.counters is not None
        p.counters.segment(0, 0, 1)  # its segment: job 0 only
        worker.go("sleepy", 0, [20.0])  # a long job, then Ctrl-C here
        raise KeyboardInterrupt
    assert worker._proc is not None and worker._proc.returncode is not None
    assert worker._proc.returncode < 0  # killed, not waited for until its job was done


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.integers(min_value=200, max_value=400), processes=st.integers(min_value=2, max_value=3))
def test_healthy_workers_and_this_process_meet_without_leaving_a_job(n, processes):
    """Anything a worker does not return is redone here, so a gap in the stealing protocol would
    cost time, not results: this counts the jobs redone. (The jobs take long enough for the
    workers to start and share them; on a very busy machine they may not, and the test then
    proves less, but it cannot fail for that.)"""
    with pool.Pool(pool_jobs.busy, processes) as p:
        got = p.map(list(range(n)))
    assert got == [pool_jobs.busy(x) for x in range(n)]
    assert p.redone == 0


def test_a_counter_read_during_a_write_is_the_old_or_the_new_value_never_a_mix(tmp_path):
    """The worker reads ``back`` while this process writes it. A write that passes through another
    value (``struct.pack_into`` zeroes the bytes first) once made a worker stop early with a job
    claimed and not done. Two values that differ in every byte, written over and over here, read
    over and over in another process."""
    old, new = 0x0101_0101_0101_0101, 0x7E7E_7E7E_7E7E_7E7E
    with open(tmp_path / "counters", "w+b") as fh:
        fh.write(bytes(2 * pool.WORD))
        fh.flush()
        counters = pool.Counters(fh.fileno(), 1)
        counters.set_back(0, old)
        reader = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import sys, time\n"
                "from dossier_tui.core.pool import Counters\n"
                "c = Counters(int(sys.argv[1]), 1)\n"
                "seen, end = set(), time.monotonic() + 0.5\n"
                "while time.monotonic() < end:\n"
                "    seen.add(c.back(0))\n"
                "print(*sorted(seen))\n",
                str(fh.fileno()),
            ],
            stdout=subprocess.PIPE,
            pass_fds=(fh.fileno(),),
            text=True,
        )
        while reader.poll() is None:
            for _ in range(1000):
                counters.set_back(0, new)
                counters.set_back(0, old)
        out = reader.communicate()[0]
        counters.close()
    assert reader.returncode == 0
    assert set(map(int, out.split())) <= {old, new}
