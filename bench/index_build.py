"""CPU of the search index build, as the loading thread pays it, in two checkouts alternated:

    python bench/index_build.py [--copies N] [--runs K] ROOT...

Each run is a fresh process per checkout: polnear-train loaded (cache off), replicated ``N`` times
in memory (``corpus.replicate_in_memory``), then ``build_index`` timed together with the allocations
that follow it (the collector's first collection after the build is paid there). Prints each
checkout's CPU seconds per run and their median.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD = """
import sys, time, dataclasses
sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[2])
import dossier_tui
from corpus import replicate_in_memory, DEFAULT_CORPUS
from dossier_tui.core.search import build_index
d = replicate_in_memory(dossier_tui.load(str(DEFAULT_CORPUS), cache=False), int(sys.argv[3]))
d = dataclasses.replace(d)
t = time.process_time()
index = build_index(d)
after = [object() for _ in range(2000)]  # what the loading thread allocates next
print(time.process_time() - t)
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("roots", nargs="+")
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    got: dict[str, list[float]] = {r: [] for r in args.roots}
    for _ in range(args.runs):
        for root in args.roots:
            out = subprocess.run(
                [sys.executable, "-c", CHILD, root, str(HERE), str(args.copies)],
                capture_output=True,
                text=True,
                check=True,
            )
            got[root].append(float(out.stdout.split()[-1]))
    for root, xs in got.items():
        print(
            json.dumps({"root": root, "copies": args.copies, "cpu_s": xs, "median_s": statistics.median(xs)})
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
