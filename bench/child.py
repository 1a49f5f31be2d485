"""One measurement in a fresh process (so peak memory is its own and nothing is in memory yet):

    python bench/child.py load PATH...          parse + quotes + attribution, then search index + families
                                                (the content cache and the worker count come from the
                                                environment: DOSSIER_NO_CACHE, DOSSIER_CACHE_DIR,
                                                DOSSIER_WORKERS)
    python bench/child.py families N CORPUS     families on the corpus replicated N times in memory
    python bench/child.py paint bare|dossier|dossier-keys [PATH...]   process start to the first frame
        (dossier-keys: and to the help screen, ``?`` pressed at once, while the dossier loads)

Prints one JSON object.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()  # before any other import: first paint counts imports, as a user waits for them

import dataclasses  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _children_peak_mb() -> float:
    """The largest worker process's peak (0 when the load used none)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def load(paths: list[str]) -> dict:
    """A cold or warm load as the app makes it: the dossier, then its families and search index
    (side by side with :func:`dossier_tui.core.warm.warm` where the checkout has it, else one after
    the other, as older checkouts did)."""
    from corpus import text_megabytes

    import dossier_tui
    from dossier_tui.core.search import build_index

    peaks = Path(tempfile.mkstemp(prefix="dossier-peaks-")[1])
    os.environ["DOSSIER_WORKER_PEAKS"] = str(peaks)
    t0 = time.perf_counter()
    d = dossier_tui.load(*paths)
    t1 = time.perf_counter()
    families_s = search_s = None
    try:
        from dossier_tui.core.warm import warm
    except ImportError:
        warm = None
    if warm is not None:
        warm(d)
        t2 = t3 = time.perf_counter()
    else:
        build_index(d)
        t2 = time.perf_counter()
        search_s = t2 - t1
        try:
            from dossier_tui.core.families import build_families

            build_families(d)
            families_s = time.perf_counter() - t2
        except ImportError:
            pass
        t3 = time.perf_counter()
    total = time.perf_counter() - t0
    mb = text_megabytes(d)
    reported = [int(x) / 1024 for x in peaks.read_text().split()]
    peaks.unlink()
    return {
        "articles": len(d.articles),
        "quotes": len(d.quotes),
        "speakers": len(d.speakers),
        "text_mb": mb,
        "parse_quotes_attribution_s": t1 - t0,
        "search_index_s": search_s,
        "families_s": families_s,
        "index_and_families_s": t3 - t1,
        "total_s": total,
        "mb_per_s": mb / total if total else None,
        "peak_mb": _peak_mb(),
        # each worker's own peak where the checkout's workers report it (RUSAGE_CHILDREN counts
        # what a child shared with this process before its exec: a whole dossier for a late one)
        "worker_peak_mb": max(reported) if reported else _children_peak_mb(),
        "cache": "off" if os.environ.get("DOSSIER_NO_CACHE") == "1" else "on",
        "workers": os.environ.get("DOSSIER_WORKERS", "auto"),
    }


def families(copies: int, corpus: str) -> dict:
    from corpus import replicate_in_memory

    import dossier_tui
    from dossier_tui.core.families import build_families

    # Without its fingerprint the dossier's families are computed, never read from the cache.
    d = dataclasses.replace(dossier_tui.load(corpus), fingerprint=None)
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


def paint(which: str, paths: list[str]) -> dict:
    """``first_paint_s``: the first frame the compositor hands to the driver for a screen that
    holds widgets (headless drivers skip the write, not the frame); ``idle_s``: the old figure,
    when ``run_test`` is ready and the process is idle (it waits for background loading too)."""
    import asyncio

    from textual.app import App

    first: list[float] = []
    display = App._display

    def spy(self, screen, renderable) -> None:
        if not first and renderable is not None and screen.children:
            first.append(time.perf_counter() - T0)
        display(self, screen, renderable)

    App._display = spy  # type: ignore[method-assign]
    if which == "bare":
        from app_bench import BareApp

        app = BareApp()
    else:
        from dossier_tui.tui.factory import make_app

        app = make_app(paths)

    keys: dict[str, float | bool] = {}

    async def main() -> float:
        async with app.run_test(size=(120, 40)) as pilot:
            if which == "dossier-keys":  # is the app usable while a big dossier loads?
                # A key event posted as the terminal would (Pilot.press waits for the process to
                # go idle, up to 1 s, which it never is while loading).
                from textual import events

                t_key = time.perf_counter()
                app.post_message(events.Key("question_mark", "?"))
                while type(app.screen).__name__ != "HelpScreen" and time.perf_counter() - T0 < 30:
                    await asyncio.sleep(0.005)
                keys["help_shown_s"] = time.perf_counter() - T0
                keys["help_latency_s"] = time.perf_counter() - t_key
                keys["help_is_up"] = type(app.screen).__name__ == "HelpScreen"
                keys["loaded_by_then"] = getattr(app, "dossier", None) is not None
                app.post_message(events.Key("escape", None))
                t_quit = time.perf_counter()
                app.post_message(events.Key("q", "q"))
                while app.return_code is None and time.perf_counter() - t_quit < 30:
                    await asyncio.sleep(0.005)
                keys["quit_latency_s"] = time.perf_counter() - t_quit
                return time.perf_counter() - T0
            await pilot.pause()
            return time.perf_counter() - T0

    idle = asyncio.run(main())
    return {"app": which, "first_paint_s": first[0] if first else idle, "idle_s": idle, **keys}


if __name__ == "__main__":
    what = sys.argv[1]
    if what == "load":
        out = load(sys.argv[2:])
    elif what == "families":
        out = families(int(sys.argv[2]), sys.argv[3])
    elif what == "paint":
        out = paint(sys.argv[2], sys.argv[3:])
        print(json.dumps(out), flush=True)
        os._exit(0)  # a loader still running in a worker thread must not hold the process
    else:
        raise SystemExit(f"unknown measurement {what!r}")
    print(json.dumps(out))
