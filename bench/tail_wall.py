"""The wall time of a cold load's tail alone, ×N runs alternated between checkouts: from the end of
the per-article stage to the families and index built (``load`` + ``warm``, as the app makes them).

    python bench/tail_wall.py [--runs N] ROOT... -- PATH...

On a shared 2-core machine the per-article stage (×10: 14 s of CPU) swings by seconds from run to
run and hides any change in the second or so that follows it. Here each checkout's stage is run
once (its results saved in a temporary directory), then every run is a fresh process whose plan
and stage return those saved results at once, so only the tail is timed. Cache off; 2 processes.
"""

from __future__ import annotations

import argparse
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ["DOSSIER_NO_CACHE"] = "1"
os.environ.setdefault("DOSSIER_WORKERS", "2")


def _child(root: str, saved: str, paths: list[str]) -> None:
    sys.path.insert(0, root)
    from dossier_tui.core import build
    from dossier_tui.core import warm as warm_mod

    if not Path(saved).exists():  # this checkout's stage, run once for real
        plan = build.plan(*paths)
        got = build._per_article_stage(plan, None, None)
        with open(saved, "wb") as fh:
            pickle.dump((plan, got), fh, protocol=pickle.HIGHEST_PROTOCOL)
        return
    with open(saved, "rb") as fh:
        plan, got = pickle.load(fh)
    if len(got) == 3:
        got = (*got[:2], True)  # (the stage used workers, as it did when it ran)
    build.plan = lambda *a, **k: plan
    build._per_article_stage = lambda *a, **k: got
    w, c = time.perf_counter(), time.process_time()
    d = build.load(*paths)
    warm_mod.warm(d)
    print(f"{time.perf_counter() - w:.3f} {time.process_time() - c:.3f}")


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3], sys.argv[4:])
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("roots", nargs="+", help="checkouts, then -- and the dossier's paths")
    argv = sys.argv[1:]
    if "--" not in argv:
        ap.error("give the paths after --")
    cut = argv.index("--")
    a = ap.parse_args(argv[:cut])
    paths = argv[cut + 1 :]
    with tempfile.TemporaryDirectory() as tmp:
        saved = {r: str(Path(tmp, f"stage{n}.pkl")) for n, r in enumerate(a.roots)}
        for r in a.roots:
            subprocess.run([sys.executable, __file__, "--child", r, saved[r], *paths], check=True)
        walls: dict[str, list[float]] = {r: [] for r in a.roots}
        for i in range(a.runs):
            for r in a.roots:
                out = subprocess.run(
                    [sys.executable, __file__, "--child", r, saved[r], *paths],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout.split()
                walls[r].append(float(out[0]))
                print(
                    f"run {i + 1} {r}: wall {out[0]} s, cpu {out[1]} s, load average {os.getloadavg()[0]:.2f}"
                )
        for r in a.roots:
            print(
                f"{r}: median {statistics.median(walls[r]):.3f} s  ({', '.join(f'{x:.3f}' for x in walls[r])})"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
