"""What the user waits for when the app opens a big dossier, measured as the app does it.

    python bench/app_load.py [--runs N] [--root CHECKOUT] [--x10-only | --x1-only] [CORPUS]

Each figure is one fresh process (the real app from ``tui.factory.make_app``, headless under
``run_test``, cache off: ``DOSSIER_NO_CACHE=1``), the clock starting at process start:

- **list**: the article list shows the dossier's articles (the header has left "Loading…"; the
  first frame drawn after it);
- **hits**: ``/`` and a query typed at that very moment (one key after another, as fast as the
  app takes them), until the results pane shows the hits of the whole query (and a frame is drawn);
- **coverage**: ``c`` pressed at that moment, until the coverage table is up with its rows.

Beside them, in the same run and alternated with them, the baseline: a fresh process that calls
``dossier_tui.load`` alone (and then ``core.warm.warm``, the index and families the app builds
after it). Ratios are app figure / ``load()`` figure, both from process start, medians over the
runs. Also reported: how often the search index and the families were built in the app process
(more than once: a search or a view built its own beside the loading thread) and the event loop's
longest stall after the list showed (a UI that cannot answer keys or draw).

The ×1 corpus is polnear-train; ×10 is ten on-disk copies of it (``corpus.replicate_on_disk``, in
``/tmp/x10`` when that exists). The load average is printed beside every figure.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()  # before any other import: the user waits for imports too

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

QUERY = "wall"
X10_DIR = Path("/tmp/x10")


def _since() -> float:
    return time.perf_counter() - T0


def _count_builds() -> dict[str, int]:
    """Count the search indexes and families actually built in this process: the inner builders
    where a checkout has them (its public ``build_index``/``build_families`` may hand a second
    caller the first one's result), else the public ones, patched where callers look them up
    (``model`` imports ``build_index`` at call time; ``warm`` is imported after this)."""
    from dossier_tui.core import families, search

    calls = {"index_builds": 0, "families_builds": 0}
    index_name = "_build_index" if hasattr(search, "_build_index") else "build_index"
    families_name = "_built" if hasattr(families, "_built") else "build_families"
    build_index, build_families = getattr(search, index_name), getattr(families, families_name)

    def counted_index(d: Any) -> Any:
        calls["index_builds"] += 1
        return build_index(d)

    def counted_families(d: Any, *a: Any, **k: Any) -> Any:
        calls["families_builds"] += 1
        return build_families(d, *a, **k)

    setattr(search, index_name, counted_index)
    setattr(families, families_name, counted_families)
    return calls


def child_load(paths: list[str]) -> dict[str, Any]:
    """The baseline: ``load()`` alone, then the index and families as the app's loading thread
    builds them."""
    import dossier_tui
    from dossier_tui.core.warm import warm

    t_import = _since()
    d = dossier_tui.load(*paths)
    t_load = _since()
    warm(d)
    return {
        "articles": len(d.articles),
        "imports_s": t_import,
        "load_s": t_load,
        "warm_s": _since(),
    }


def child_app(paths: list[str], scenario: str) -> dict[str, Any]:
    """One app run; ``scenario``: ``search`` (type ``/`` + QUERY when the list shows) or
    ``coverage`` (press ``c`` then)."""
    import asyncio

    from textual import events
    from textual.app import App

    calls = _count_builds()
    import dossier_tui
    from dossier_tui.core import warm as warm_mod
    from dossier_tui.tui.factory import make_app
    from dossier_tui.tui.widgets.search_panel import SearchPanel

    marks: dict[str, float] = {}
    frames: list[float] = []
    display = App._display

    def frame_spy(self: App[Any], screen: Any, renderable: Any) -> None:
        if renderable is not None:
            frames.append(_since())
        display(self, screen, renderable)

    App._display = frame_spy  # type: ignore[method-assign]

    load, warm = dossier_tui.load, warm_mod.warm

    def timed_load(*a: Any, **k: Any) -> Any:
        out = load(*a, **k)
        marks["load_s"] = _since()
        return out

    def timed_warm(*a: Any, **k: Any) -> Any:
        out = warm(*a, **k)
        marks["warm_s"] = _since()
        return out

    dossier_tui.load = timed_load  # type: ignore[assignment]
    warm_mod.warm = timed_warm  # type: ignore[assignment]

    shown: list[tuple[str, int, float]] = []
    show_hits = SearchPanel.show_hits

    def hits_spy(self: SearchPanel, dossier: Any, query: str, hits: list[Any], *a: Any, **k: Any) -> None:
        show_hits(self, dossier, query, hits, *a, **k)
        shown.append((query, len(hits), _since()))

    SearchPanel.show_hits = hits_spy  # type: ignore[method-assign]
    app = make_app(paths)

    def frame_after(t: float) -> float | None:
        return next((f for f in frames if f >= t), None)

    async def wait_for(cond: Any, limit: float = 600.0) -> float | None:
        """Poll every 2 ms, but every 50 ms until ``load()`` has returned: a sleeper waking every
        2 ms takes the GIL from the loading thread hundreds of times a second (×10: +3 s)."""
        start = time.perf_counter()
        while not cond():
            if time.perf_counter() - start > limit:
                return None
            await asyncio.sleep(0.002 if "load_s" in marks else 0.05)
        return _since()

    stalls: list[float] = []

    async def watch_loop() -> None:
        """The longest gap between two wake-ups of a 20 ms sleeper: how long the UI could not react."""
        last = time.perf_counter()
        while True:
            await asyncio.sleep(0.02)
            now = time.perf_counter()
            stalls.append((now - last - 0.02, now - T0))
            last = now

    async def main() -> None:
        async with app.run_test(size=(120, 40)):
            screen = app.screen

            def listed() -> bool:
                d = getattr(screen, "dossier", None)
                return d is not None and screen.articles.option_count > 0

            t_list = await wait_for(listed)
            if t_list is None:
                return
            marks["list_state_s"] = t_list
            watcher = asyncio.get_running_loop().create_task(watch_loop())
            if scenario == "search":
                app.post_message(events.Key("slash", "/"))
                await wait_for(lambda: type(app.focused).__name__ == "Input")
                for ch in QUERY:
                    app.post_message(events.Key(ch, ch))
                got = await wait_for(lambda: any(q == QUERY for q, _, _ in shown))
                if got is not None:
                    _, n, t = next(s for s in shown if s[0] == QUERY)
                    marks["hits_state_s"], marks["hits"] = t, n
            else:
                app.post_message(events.Key("c", "c"))

                def table_up() -> bool:
                    from textual.widgets import DataTable

                    if type(app.screen).__name__ != "CoverageScreen":
                        return False
                    tables = app.screen.query(DataTable)
                    return bool(tables) and tables.first().row_count > 0

                got = await wait_for(table_up)
                if got is not None:
                    marks["coverage_state_s"] = got
            await asyncio.sleep(0.1)  # the frame that shows it
            watcher.cancel()
            worst = max(stalls, default=(0.0, 0.0))
            marks["max_stall_s"], marks["max_stall_end_s"] = worst
            marks["shown"] = shown
            await wait_for(lambda: "warm_s" in marks)

    asyncio.run(main())
    for key in ("list", "hits", "coverage"):
        if f"{key}_state_s" in marks:
            marks[f"{key}_s"] = frame_after(marks[f"{key}_state_s"]) or marks[f"{key}_state_s"]
    return {"scenario": scenario, **marks, **calls}


def _run_child(root: str, args: list[str]) -> dict[str, Any]:
    env = dict(os.environ, DOSSIER_NO_CACHE="1")
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", root, *args]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=900, check=False, env=env)
    lines = out.stdout.strip().splitlines()
    if not lines:
        raise RuntimeError(out.stderr.strip()[-2000:] or "no output")
    result = json.loads(lines[-1])
    result["loadavg"] = os.getloadavg()[0]
    return result


def _median(rows: list[dict[str, Any]], key: str) -> float | None:
    vals = [r[key] for r in rows if r.get(key) is not None]
    return statistics.median(vals) if vals else None


def measure(name: str, paths: list[str], runs: int, root: str) -> dict[str, Any]:
    base: list[dict[str, Any]] = []
    search: list[dict[str, Any]] = []
    cover: list[dict[str, Any]] = []
    for _ in range(runs):  # alternated, so drift hits all three alike
        base.append(_run_child(root, ["load", *paths]))
        search.append(_run_child(root, ["app-search", *paths]))
        cover.append(_run_child(root, ["app-coverage", *paths]))
    load_s, warm_s = _median(base, "load_s"), _median(base, "warm_s")
    fig: dict[str, Any] = {
        "runs": runs,
        "articles": base[0]["articles"],
        "load_alone_s": load_s,
        "load_and_warm_alone_s": warm_s,
        "app_load_returned_s": _median(search + cover, "load_s"),
        "app_warm_done_s": _median(search + cover, "warm_s"),
        "list_s": _median(search + cover, "list_s"),
        "hits_s": _median(search, "hits_s"),
        "coverage_s": _median(cover, "coverage_s"),
        "max_stall_search_s": _median(search, "max_stall_s"),
        "max_stall_coverage_s": _median(cover, "max_stall_s"),
        "index_builds": [r["index_builds"] for r in search],
        "families_builds_coverage": [r["families_builds"] for r in cover],
        "loadavg": [round(r["loadavg"], 2) for r in base + search + cover],
        "raw": {"load": base, "search": search, "coverage": cover},
    }
    for key in ("list_s", "hits_s", "coverage_s"):
        if fig[key] is not None and load_s:
            fig[key.replace("_s", "_ratio")] = fig[key] / load_s
    print(_table(name, fig), flush=True)
    return fig


def _table(name: str, f: dict[str, Any]) -> str:
    def s(v: float | None) -> str:
        return "—" if v is None else f"{v:.2f} s"

    def r(k: str) -> str:
        v = f.get(k)
        return "" if v is None else f" ({v:.2f}× load())"

    la = f["loadavg"]
    return "\n".join(
        [
            f"{name}: {f['articles']} articles, median of {f['runs']}, load average {min(la):.2f}-{max(la):.2f}",
            f"  load() alone {s(f['load_alone_s'])}; + index and families {s(f['load_and_warm_alone_s'])}",
            f"  app: load() returned {s(f['app_load_returned_s'])}; warm done {s(f['app_warm_done_s'])}",
            f"  list shows articles   {s(f['list_s'])}{r('list_ratio')}",
            f"  search hits shown     {s(f['hits_s'])}{r('hits_ratio')}; index builds per run {f['index_builds']}",
            f"  coverage open         {s(f['coverage_s'])}{r('coverage_ratio')}; "
            f"families builds per run {f['families_builds_coverage']}",
            f"  longest UI stall after the list: search {s(f['max_stall_search_s'])}, "
            f"coverage {s(f['max_stall_coverage_s'])}",
        ]
    )


def main() -> int:
    if len(sys.argv) > 3 and sys.argv[1] == "--child":
        root, what, paths = sys.argv[2], sys.argv[3], sys.argv[4:]
        sys.path.insert(0, root)  # the checkout measured (its dossier_tui first on the path)
        out = child_load(paths) if what == "load" else child_app(paths, what.removeprefix("app-"))
        print(json.dumps(out), flush=True)
        os._exit(0)  # the app's loading thread must not hold the process
    from corpus import DEFAULT_CORPUS, replicate_on_disk

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--root", default=str(HERE.parent), help="the checkout to measure (default: this one)")
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--x1-only", action="store_true")
    group.add_argument("--x10-only", action="store_true")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    out: dict[str, Any] = {}
    if not args.x10_only:
        out["x1"] = measure("×1", [args.corpus], args.runs, args.root)
    if not args.x1_only:
        _, copies = replicate_on_disk(Path(args.corpus), 10, X10_DIR if X10_DIR.parent.exists() else None)
        out["x10"] = measure("×10", [str(c) for c in copies], args.runs, args.root)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
