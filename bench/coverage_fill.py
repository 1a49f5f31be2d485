"""How long the coverage table keeps the app from answering keys, on a big dossier.

    python bench/coverage_fill.py [--runs N] [CORPUS]

The app is started headless through the factory on a dossier already loaded and warmed, and ``c``
is pressed; a ticker task on the event loop records the longest gap between its turns until the
table holds every row. Baseline, in the same process and alternated with it: every row added in
one go (what the screen did before session 11), by setting the batch sizes out of reach. Medians
over the runs; the load average is printed, since other work on the machine stretches both.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "polnear-train"


async def one_run(dossier, batched: bool) -> tuple[float, float, int]:
    """(seconds until every row is in, longest event-loop stall, rows)."""
    from dossier_tui.tui.factory import make_app
    from dossier_tui.tui.screens import coverage_screen

    first, batch = coverage_screen.FIRST_BATCH, coverage_screen.FILL_BATCH
    if not batched:
        coverage_screen.FIRST_BATCH = coverage_screen.FILL_BATCH = 10**9
    try:
        app = make_app(dossier=dossier)
        async with app.run_test(size=(160, 45)) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            gaps: list[float] = []
            stop = False

            async def ticker() -> None:
                last = time.perf_counter()
                while not stop:
                    await asyncio.sleep(0.002)
                    now = time.perf_counter()
                    gaps.append(now - last)
                    last = now

            task = asyncio.create_task(ticker())
            started = time.perf_counter()
            await pilot.press("c")
            await app.workers.wait_for_complete()
            await pilot.pause()
            total = time.perf_counter() - started
            stop = True
            await task
            rows = app.screen.query_one("DataTable").row_count
            return total, max(gaps), rows
    finally:
        coverage_screen.FIRST_BATCH, coverage_screen.FILL_BATCH = first, batch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(CORPUS))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from dossier_tui import load

    dossier = load(args.corpus)
    dossier.families  # noqa: B018 (warm, as the app's loading thread leaves it)
    dossier.search("a", limit=1)
    results: dict[bool, list[tuple[float, float, int]]] = {True: [], False: []}
    for _ in range(args.runs):
        for batched in (False, True):
            results[batched].append(asyncio.run(one_run(dossier, batched)))
    print(f"coverage table, {len(dossier.articles)} articles, median of {args.runs}, load {os.getloadavg()}")
    for batched, label in ((False, "one go (baseline)"), (True, "in batches")):
        runs = results[batched]
        total = statistics.median(r[0] for r in runs)
        stall = statistics.median(r[1] for r in runs)
        print(f"  {label:18} rows {runs[0][2]:>6}  filled {total:5.2f} s  longest stall {stall:5.2f} s")
    base = statistics.median(r[1] for r in results[False])
    now = statistics.median(r[1] for r in results[True])
    print(f"  stall ratio (batches / one go): {now / base:.2f}")


if __name__ == "__main__":
    main()
