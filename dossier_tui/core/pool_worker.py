"""A worker process of :mod:`.pool`: reads (module, function, jobs) as a pickle on stdin, writes the
list of results as a pickle on stdout. Only :mod:`.pool` starts it, with its own data."""

from __future__ import annotations

import gc
import importlib
import pickle
import sys

from .pool import FAILED


def main() -> int:
    gc.disable()  # as in the loading process: its results hold no cycles, the collector only rescans them
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but the results may reach the pipe
    module, name, jobs = pickle.load(sys.stdin.buffer)
    fn = getattr(importlib.import_module(module), name)
    results = []
    for job in jobs:
        try:
            results.append(fn(job))
        except Exception:  # rerun by the parent, which then raises exactly as without workers
            results.append(FAILED)
    pickle.dump(results, out, protocol=pickle.HIGHEST_PROTOCOL)
    out.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
