"""One cold load (cache off, one process), CPU seconds by stage, printed as JSON: for comparing two
checkouts run alternately, each in a fresh process (the steady figure on a shared machine):

    python bench/cold_cpu.py ROOT PATH...     # ROOT: the checkout whose code is loaded
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

os.environ["DOSSIER_NO_CACHE"] = "1"
os.environ["DOSSIER_WORKERS"] = "1"
sys.path.insert(0, sys.argv[1])

import dossier_tui
from dossier_tui.core.families import build_families
from dossier_tui.core.search import build_index

t0 = time.process_time()
d = dossier_tui.load(*sys.argv[2:])
t1 = time.process_time()
build_index(d)
t2 = time.process_time()
build_families(d)
t3 = time.process_time()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"load": t1 - t0, "index": t2 - t1, "families": t3 - t2, "total": t3 - t0, "peak_mb": peak}))
