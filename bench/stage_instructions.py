"""The per-article stage's instructions (``perf stat``), one cold process per figure: steady to a
tenth of a percent on a shared machine, where CPU seconds move by 5-10 %.

    python bench/stage_instructions.py [--corpus PATH] ROOT...    # ROOT: a checkout whose code runs

Each figure is I(plan, read, and the stage once) - I(plan and read alone), with the collector off
as in a load (``build.load`` pauses it). Needs ``perf`` with user-space counters.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import DEFAULT_CORPUS  # noqa: E402

_CHILD = """
import gc, sys
gc.disable()
sys.path.insert(0, sys.argv[1])
from dossier_tui.core import build, loader
p = loader.plan(sys.argv[2]); ids = loader.Ids()
jobs = [(s, d, ids.next(s)) for s in p.sources if isinstance(d := loader.read_source(s), bytes)]
if sys.argv[3] == "1":
    [build.process_file(j) for j in jobs]
"""


def instructions(root: str, corpus: str, stage: bool) -> int:
    env = dict(os.environ, DOSSIER_NO_CACHE="1")
    cmd = ["perf", "stat", "-x,", "-e", "instructions:u", sys.executable, "-c", _CHILD, root, corpus]
    out = subprocess.run([*cmd, "1" if stage else "0"], env=env, capture_output=True, text=True, check=True)
    line = next(x for x in out.stderr.splitlines() if "instructions" in x)
    return int(line.split(",")[0])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("roots", nargs="+")
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    args = ap.parse_args()
    for root in args.roots:
        n = instructions(root, args.corpus, True) - instructions(root, args.corpus, False)
        print(f"{root}: per-article stage {n / 1e6:,.0f} M instructions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
