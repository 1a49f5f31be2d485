"""CPU seconds of attribution's preparation on a corpus, part by part (median of N runs, one
process): where ``attribution._prepare`` spends its time.

    python bench/prepare_parts.py [CORPUS] [--runs N]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from corpus import DEFAULT_CORPUS  # noqa: E402

from dossier_tui.core import attribution, mentions  # noqa: E402
from dossier_tui.core.loader import load_articles  # noqa: E402
from dossier_tui.core.quotes import find_quotes  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    gc.disable()
    arts = load_articles(a.corpus).articles
    work = []
    for art in arts:
        raws = find_quotes(art)
        masked = mentions.mask_quotes(art.text, [(q.outer_start, q.outer_end) for q in raws])
        body = [(p.start, p.end) for p in art.paragraphs if p.kind == "body"]
        work.append((art, raws, masked, body))

    def names() -> None:
        for _art, _raws, masked, body in work:
            for lo, hi in body:
                mentions.names_in(masked, lo, hi)

    def pronouns() -> None:
        for _art, _raws, masked, body in work:
            for lo, hi in body:
                mentions.pronouns_in(masked, lo, hi)

    def sentences() -> None:
        for art, raws, masked, _body in work:
            attribution._sentence_starts(masked, art.text, art, raws)

    def prepare() -> None:
        for art, raws, _masked, _body in work:
            attribution._prepare(art, raws)

    def attribute() -> None:
        for art, raws, _masked, _body in work:
            attribution.attribute(art, raws)

    parts: dict[str, Callable[[], None]] = {
        "names_in": names,
        "pronouns_in": pronouns,
        "_sentence_starts": sentences,
        "_prepare (all)": prepare,
        "attribute (all)": attribute,
    }
    times: dict[str, list[float]] = {k: [] for k in parts}
    for _ in range(a.runs):
        for k, fn in parts.items():
            mentions._parse_name.cache_clear()  # each run as cold as a fresh process
            t = time.process_time()
            fn()
            times[k].append(time.process_time() - t)
    for k, v in times.items():
        print(f"{k:20s} {statistics.median(v):.3f} s CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
