"""Where one cold load's wall time goes, stage by stage, as the app makes it (load, then ``warm``):

    python bench/load_timeline.py [--root ROOT] PATH...

Each stage is printed with when it started (s from the start), its wall seconds and the CPU seconds
of this process; wall above CPU is time this process waited (for a worker, or for a core other
processes held). Cache off; ``DOSSIER_WORKERS`` as set (default 2). ``--root``: the checkout whose
code is loaded (default: this one).
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ["DOSSIER_NO_CACHE"] = "1"
os.environ.setdefault("DOSSIER_WORKERS", "2")

Mark = tuple[str, float, float, float]


def _timed(marks: list[Mark], t0: float, mod: Any, name: str) -> None:
    f = getattr(mod, name)

    @functools.wraps(f)
    def timed(*a: Any, **k: Any) -> Any:
        w, c = time.perf_counter(), time.process_time()
        try:
            return f(*a, **k)
        finally:
            marks.append((name, w - t0, time.perf_counter() - w, time.process_time() - c))

    setattr(mod, name, timed)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", default=str(Path(__file__).resolve().parent.parent))
    ap.add_argument("paths", nargs="+")
    a = ap.parse_args()
    sys.path.insert(0, a.root)
    t0 = time.perf_counter()
    import dossier_tui
    from dossier_tui.core import build, families_job, pool
    from dossier_tui.core import warm as warm_mod

    marks: list[Mark] = [("imports", 0.0, time.perf_counter() - t0, time.process_time())]
    for mod, name in [
        (build, "plan"),
        (build, "_per_article_stage"),
        (build, "resolve_speakers"),
        (build, "assemble"),
        (build, "_finish"),
        (families_job, "job_of"),
        (families_job, "texts_of"),  # (since session 12: the families' head start)
        (families_job, "rest_of"),
        (pool.Background, "result"),  # the wait for the families' worker
        (warm_mod, "build_index"),
        (warm_mod, "_checked"),
        (warm_mod, "build_families"),
    ]:
        if mod is not None and hasattr(mod, name):  # (older checkouts lack the newer stages)
            _timed(marks, t0, mod, name)
    t1 = time.perf_counter()
    d = dossier_tui.load(*a.paths)
    t2 = time.perf_counter()
    warm_mod.warm(d)
    t3 = time.perf_counter()
    print(f"{'stage':<22}{'at s':>7}{'wall s':>8}{'cpu s':>8}")
    for name, at, wall, cpu in sorted(marks, key=lambda m: m[1]):
        print(f"{name:<22}{at:>7.2f}{wall:>8.3f}{cpu:>8.3f}")
    stage = [(at, wall) for name, at, wall, _ in marks if name == "_per_article_stage"]
    if stage:  # the tail: what follows the per-article stage (the part that does not shrink with cores)
        print(f"after the per-article stage: {t3 - t0 - sum(stage[0]):.2f} s")
    print(
        f"load {t2 - t1:.2f} s + index and families {t3 - t2:.2f} s = {t3 - t1:.2f} s"
        f" ({len(d.articles)} articles, {len(d.quotes)} quotes, workers={os.environ['DOSSIER_WORKERS']},"
        f" 1-minute load average {os.getloadavg()[0]:.2f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
