"""Wall time of one cold load (load + search index + families) in two checkouts, alternated run by
run, each run a fresh process (``bench/child.py load`` of that checkout), cache off:

    python bench/ab_wall.py [--runs N] [--workers 1,2] ROOT_A ROOT_B PATH...

Prints, per checkout and worker count, the median total and its parts, and the 1-minute load
average before each run (other people's work on a shared machine moves the figures).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path


def one(root: str, workers: str, paths: list[str]) -> dict:
    env = dict(os.environ, DOSSIER_NO_CACHE="1", DOSSIER_WORKERS=workers)
    # cwd: the checkout itself, so that its workers import its own package (``python -m`` puts the
    # working directory first on a worker's path; checkouts before session 7 do not start them -P)
    out = subprocess.run(
        [sys.executable, str(Path(root) / "bench" / "child.py"), "load", *map(os.path.abspath, paths)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("roots", nargs=2)
    ap.add_argument("paths", nargs="+")
    a = ap.parse_args()
    variants = [(r, w) for w in a.workers.split(",") for r in a.roots]
    got: dict[tuple[str, str], list[dict]] = {v: [] for v in variants}
    loads: list[float] = []
    for _ in range(a.runs):
        for root, w in variants:
            loads.append(os.getloadavg()[0])
            got[(root, w)].append(one(root, w, a.paths))
    for (root, w), runs in got.items():

        def med(k: str, runs: list[dict] = runs) -> float:
            return statistics.median(r[k] or 0.0 for r in runs)

        totals = [r["total_s"] for r in runs]

        def tail(runs: list[dict] = runs) -> float:
            """Index and families: side by side in checkouts with core/warm.py, else one then the other."""
            return statistics.median(
                r.get("index_and_families_s") or (r["search_index_s"] or 0.0) + (r["families_s"] or 0.0)
                for r in runs
            )

        print(
            f"{root} workers={w}: total {med('total_s'):.2f} s = load {med('parse_quotes_attribution_s'):.2f}"
            f" + index and families {tail(runs):.2f};"
            f" {med('mb_per_s'):.2f} MB/s; peak {med('peak_mb'):.0f} MB + worker {med('worker_peak_mb'):.0f} MB"
            f"  (totals {', '.join(f'{t:.2f}' for t in totals)})"
        )
    print(f"load average before runs: {min(loads):.2f}-{max(loads):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
