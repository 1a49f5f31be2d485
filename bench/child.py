"""One measurement in a fresh process (so peak memory is its own and nothing is cached):

    python bench/child.py load PATH...          parse + quotes + attribution + search index + families
    python bench/child.py families N CORPUS     families on the corpus replicated N times in memory

Prints one JSON object.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load(paths: list[str]) -> dict:
    from corpus import text_megabytes

    import dossier_tui
    from dossier_tui.core.search import build_index

    t0 = time.perf_counter()
    d = dossier_tui.load(*paths)
    t1 = time.perf_counter()
    build_index(d)
    t2 = time.perf_counter()
    families_s = None
    try:
        from dossier_tui.core.families import build_families

        build_families(d)
        families_s = time.perf_counter() - t2
    except ImportError:
        pass
    total = time.perf_counter() - t0
    mb = text_megabytes(d)
    return {
        "articles": len(d.articles),
        "quotes": len(d.quotes),
        "speakers": len(d.speakers),
        "text_mb": mb,
        "parse_quotes_attribution_s": t1 - t0,
        "search_index_s": t2 - t1,
        "families_s": families_s,
        "total_s": total,
        "mb_per_s": mb / total if total else None,
        "peak_mb": _peak_mb(),
    }


def families(copies: int, corpus: str) -> dict:
    from corpus import replicate_in_memory

    import dossier_tui
    from dossier_tui.core.families import build_families

    d = dossier_tui.load(corpus)
    if copies > 1:
        d = replicate_in_memory(d, copies)
    t0 = time.perf_counter()
    fam = build_families(d)
    seconds = time.perf_counter() - t0
    return {
        "copies": copies,
        "quotes": len(d.quotes),
        "seconds": seconds,
        "families": len(fam.families),
        "pairs": sum(len(f.pairs) for f in fam.families),
        "candidates_scored": getattr(fam, "candidates_scored", None),
        "peak_mb": _peak_mb(),
    }


if __name__ == "__main__":
    what = sys.argv[1]
    if what == "load":
        out = load(sys.argv[2:])
    elif what == "families":
        out = families(int(sys.argv[2]), sys.argv[3])
    else:
        raise SystemExit(f"unknown measurement {what!r}")
    print(json.dumps(out))
