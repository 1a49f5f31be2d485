"""How the per-article stage is shared between this process and its worker (one cold load):

    python bench/stage_balance.py [--root ROOT] PATH...

Prints the jobs and CPU on each side, what this process spent reading the worker's results back
(``collect``), the wait at the end (``join``: the worker finishing its last job, writing and exiting)
and what follows the meeting in ``map``. Cache off; ``DOSSIER_WORKERS`` as set (default 2).
"""

from __future__ import annotations

import argparse
import functools
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

os.environ["DOSSIER_NO_CACHE"] = "1"
os.environ.setdefault("DOSSIER_WORKERS", "2")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", default=str(Path(__file__).resolve().parent.parent))
    ap.add_argument("paths", nargs="+")
    a = ap.parse_args()
    sys.path.insert(0, a.root)
    from dossier_tui.core import build, pool
    from dossier_tui.core.gc_pause import collector_paused

    spent: dict[str, list[float]] = {}

    def timed(owner: Any, name: str) -> None:
        f = getattr(owner, name)

        @functools.wraps(f)
        def wrapper(*args: Any, **kw: Any) -> Any:
            w, c = time.perf_counter(), time.process_time()
            try:
                return f(*args, **kw)
            finally:
                s = spent.setdefault(name, [0.0, 0.0, 0])
                s[0] += time.perf_counter() - w
                s[1] += time.process_time() - c
                s[2] += 1

        setattr(owner, name, wrapper)

    timed(build, "process_file")
    timed(pool._Worker, "collect")
    timed(pool._Worker, "join")
    timed(pool.Pool, "map")
    timed(build, "_per_article_stage")
    planned: list[Any] = []
    build_plan = build.plan

    def plan(*args: Any, **kw: Any) -> Any:
        planned.append(build_plan(*args, **kw))
        return planned[0]

    build.plan = plan
    kids0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    with collector_paused(keep=False):  # (as in a load)
        build._per_article_stage(build.plan(*a.paths), None, None)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    worker_cpu = kids.ru_utime + kids.ru_stime - kids0.ru_utime - kids0.ru_stime
    n = len(planned[0].sources)
    mine = spent["process_file"][2]
    print(f"{'':<22}{'wall s':>8}{'cpu s':>8}{'calls':>8}")
    for name, (w, c, k) in spent.items():
        print(f"{name:<22}{w:>8.3f}{c:>8.3f}{k:>8}")
    print(f"jobs: {n}, here {mine} (includes any redone), worker {n - mine}; worker CPU {worker_cpu:.3f} s")
    print(f"1-minute load average {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
