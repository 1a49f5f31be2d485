"""Where a load's time goes, stage by stage, in one process (median of several runs):

    python bench/profile_load.py [CORPUS] [--runs N] [--cprofile] [--parallel]

Stages: plan (paths, manifest), read (bytes), key (sha256), cache get (unpickle), per-article
(decode, layout, quotes, attribution, kinds; one process, no cache), cache put (pickle, write), and
assemble (speakers across the dossier, quote records). CPU seconds (``process_time``) beside wall
seconds: on a shared machine the CPU figure is the steadier. ``--cprofile`` prints the top
functions of the per-article stage and of assemble. ``--parallel`` times the per-article stage in
one process and shared with worker processes (:mod:`dossier_tui.core.pool`), runs interleaved.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from corpus import DEFAULT_CORPUS  # noqa: E402

from dossier_tui.core import build, cache, loader  # noqa: E402


def timed(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    w, c = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - w, time.process_time() - c


def one_run(corpus: str, cache_dir: Path) -> dict[str, tuple[float, float]]:
    t: dict[str, tuple[float, float]] = {}
    p, *t["plan"] = timed(lambda: loader.plan(corpus))
    datas, *t["read"] = timed(lambda: [loader.read_source(s) for s in p.sources])
    ok = [(s, d) for s, d in zip(p.sources, datas, strict=True) if isinstance(d, bytes)]
    keys, *t["key"] = timed(lambda: [cache.content_key(d, loader.is_html(s), s.fields) for s, d in ok])
    ids = loader.Ids()
    jobs = [(s, d, ids.next(s)) for s, d in ok]
    results, *t["per-article"] = timed(lambda: [build.process_file(j) for j in jobs])
    store = cache.ParseCache(cache_dir)
    _, *t["cache put"] = timed(lambda: [store.put(k, r) for k, r in zip(keys, results, strict=True)])
    got, *t["cache get"] = timed(lambda: [store.get(k) for k in keys])
    assert all(isinstance(g, build.FileResult) for g in got)
    arts = tuple(loader.make_article(j[0], r.parsed, j[2]) for j, r in zip(jobs, results, strict=True))
    analyses = [r.analysis for r in results]
    _, *t["assemble"] = timed(lambda: build.assemble("x", arts, analyses, (), None))
    return t


def compare_parallel(corpus: str, runs: int) -> int:
    from dossier_tui.core import pool

    p = loader.plan(corpus)
    ids = loader.Ids()
    jobs = [(s, d, ids.next(s)) for s in p.sources if isinstance(d := loader.read_source(s), bytes)]
    n = max(2, pool.cpu_count())
    times: dict[str, list[float]] = {"serial": [], f"{n} processes": []}
    for _ in range(runs):
        times["serial"].append(timed(lambda: pool.run_per_article(build.process_file, jobs, 1))[1])
        times[f"{n} processes"].append(timed(lambda: pool.run_per_article(build.process_file, jobs, n))[1])
    for k, v in times.items():
        print(
            f"per-article stage, {k}: median {statistics.median(v):.2f} s  ({', '.join(f'{x:.2f}' for x in v)})"
        )
    ratio = statistics.median(times[f"{n} processes"]) / statistics.median(times["serial"])
    print(f"ratio {n} processes / serial: {ratio:.2f} ({len(jobs)} files, {pool.cpu_count()} cores)")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cprofile", action="store_true")
    ap.add_argument("--parallel", action="store_true")
    args = ap.parse_args()
    if args.parallel:
        return compare_parallel(args.corpus, args.runs)
    runs = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="dossier-profile-") as d:
            runs.append(one_run(args.corpus, Path(d)))
    print(f"{'stage':<14}{'wall s':>9}{'cpu s':>9}   (median of {args.runs})")
    for stage in runs[0]:
        wall = statistics.median(r[stage][0] for r in runs)
        cpu = statistics.median(r[stage][1] for r in runs)
        print(f"{stage:<14}{wall:>9.3f}{cpu:>9.3f}")
    if args.cprofile:
        p = loader.plan(args.corpus)
        ids = loader.Ids()
        jobs = [(s, d, ids.next(s)) for s in p.sources if isinstance(d := loader.read_source(s), bytes)]
        prof = cProfile.Profile()
        results = prof.runcall(lambda: [build.process_file(j) for j in jobs])
        print("\nper-article stage, top functions by own time")
        pstats.Stats(prof).sort_stats("tottime").print_stats(15)
        arts = tuple(loader.make_article(j[0], r.parsed, j[2]) for j, r in zip(jobs, results, strict=True))
        prof = cProfile.Profile()
        prof.runcall(lambda: build.assemble("x", arts, [r.analysis for r in results], (), None))
        print("assemble, top functions by cumulative time")
        pstats.Stats(prof).sort_stats("cumulative").print_stats(12)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
