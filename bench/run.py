"""Every benchmark in one command: load, search, comparison (families), app.

    python bench/run.py [CORPUS] [--quick]

CORPUS defaults to ../shared/corpora/polnear-train (it is read in place, never copied into the
repository; the ×10 copies go to a temporary directory). Prints a table and writes
bench/out/results.json. Figures are medians of several runs, each beside the baseline it is
compared with in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from corpus import DEFAULT_CORPUS, replicate_in_memory, replicate_on_disk  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

import dossier_tui  # noqa: E402
from dossier_tui.core import pool  # noqa: E402


def child(args: list[str], timeout: float, env: dict[str, str] | None = None) -> dict[str, Any]:
    cmd = [sys.executable, str(HERE / "child.py"), *args]
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("DOSSIER_")}
    full_env.update(env or {})
    t0 = time.perf_counter()
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False, env=full_env)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    if out.returncode != 0:
        return {
            "error": out.stderr.strip().splitlines()[-1] if out.stderr.strip() else f"exit {out.returncode}"
        }
    res = json.loads(out.stdout.strip().splitlines()[-1])
    res["wall_s"] = time.perf_counter() - t0
    return res


def median_runs(runs: list[dict[str, Any]]) -> dict[str, Any]:
    ok = [r for r in runs if "error" not in r]
    if not ok:
        return runs[0]
    out = dict(ok[0])
    for k, v in ok[0].items():
        if isinstance(v, float):
            out[k] = statistics.median(r[k] for r in ok if r.get(k) is not None) if v is not None else None
    out["runs"] = len(ok)
    return out


COLD = {"DOSSIER_NO_CACHE": "1"}
SERIAL = {"DOSSIER_WORKERS": "1"}


def bench_load(corpus: Path, quick: bool, copies: int, timeout: float) -> dict[str, Any]:
    """Cold = content cache off; first = cache on but empty (pays for writing it); warm = cache
    filled by the first run. Serial = one process; parallel = the default worker count. The
    variants of one corpus are interleaved run by run, so machine noise hits them alike."""
    n = 1 if quick else 3
    res: dict[str, Any] = {}
    par = {"DOSSIER_WORKERS": str(max(2, pool.cpu_count()))}
    with tempfile.TemporaryDirectory(prefix="dossier-bench-cache-") as cache_dir:
        warm = {"DOSSIER_CACHE_DIR": str(Path(cache_dir) / "x1")}
        res["seeds cold"] = median_runs([child(["load"], timeout, COLD) for _ in range(n)])
        res["polnear-train first (writes cache)"] = child(["load", str(corpus)], timeout, warm)
        runs: dict[str, list[dict[str, Any]]] = {"cold serial": [], "cold parallel": [], "warm": []}
        for _ in range(n):
            runs["cold serial"].append(child(["load", str(corpus)], timeout, {**COLD, **SERIAL}))
            runs["cold parallel"].append(child(["load", str(corpus)], timeout, {**COLD, **par}))
            runs["warm"].append(child(["load", str(corpus)], timeout, warm))
        for name, rs in runs.items():
            res[f"polnear-train {name}"] = median_runs(rs)
        if not quick:
            tmp, paths = replicate_on_disk(corpus, copies)
            args = ["load", *map(str, paths)]
            warm10 = {"DOSSIER_CACHE_DIR": str(Path(cache_dir) / f"x{copies}")}
            try:
                x = f"polnear-train x{copies}"
                res[f"{x} cold serial"] = child(args, timeout, {**COLD, **SERIAL})
                res[f"{x} cold parallel"] = child(args, timeout, {**COLD, **par})
                res[f"{x} first (writes cache)"] = child(args, timeout, warm10)
                res[f"{x} warm"] = child(args, timeout, warm10)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
    return res


def bench_search(corpus: Path, quick: bool, copies: int) -> dict[str, Any]:
    import search_bench
    from queries import QUERIES

    t0 = time.perf_counter()
    base = dossier_tui.load(str(corpus), cache=False)
    load_s = time.perf_counter() - t0
    d = replicate_in_memory(base, copies)
    res = search_bench.run(
        d,
        list(QUERIES),
        repeats=3 if quick else 7,
        baseline_n=3 if quick else 8,
        sample_n=40 if quick else 150,
    )
    res["corpus_load_s"] = load_s
    res["copies"] = copies
    return res


def bench_families(corpus: Path, quick: bool, copies: int, timeout: float) -> dict[str, Any]:
    try:
        import dossier_tui.core.families  # noqa: F401
    except ImportError:
        return {"error": "dossier_tui.core.families not built yet"}
    res = {"polnear-train": child(["families", "1", str(corpus)], timeout)}
    if not quick:
        res[f"polnear-train x{copies}"] = child(["families", str(copies), str(corpus)], timeout)
    return res


def bench_app(corpus: Path, quick: bool) -> dict[str, Any]:
    try:
        import dossier_tui.tui.factory  # noqa: F401
    except ImportError:
        return {"error": "dossier_tui.tui.factory not built yet"}
    import app_bench

    try:
        return app_bench.run(str(corpus), runs=3 if quick else 7)
    except Exception as exc:  # the app is another engineer's moving target: report, don't die
        return {"error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc()}


def _f(x: Any, fmt: str = "{:.2f}") -> str:
    if x is None:
        return "—"
    if isinstance(x, float):
        return fmt.format(x)
    return str(x)


def print_table(results: dict[str, Any]) -> None:
    con = Console()
    t = Table(title="dossier benchmarks", expand=False)
    for col in ("benchmark", "figure", "value", "baseline / goal"):
        t.add_column(col)
    for name, r in results["load"].items():
        if "error" in r:
            t.add_row("load", name, r["error"], "")
            continue
        t.add_row(
            "load",
            f"{name}: total s = parse+quotes+attribution + index and families (side by side)",
            f"{_f(r['total_s'])} = {_f(r['parse_quotes_attribution_s'])} + {_f(r.get('index_and_families_s'))}",
            f"{r['text_mb']:.1f} MB text, {r['articles']} articles",
        )
        t.add_row(
            "",
            f"{name}: MB/s; peak MB",
            f"{_f(r['mb_per_s'])}; {_f(r['peak_mb'], '{:.0f}')}",
            f"largest worker {_f(r.get('worker_peak_mb'), '{:.0f}')} MB; goals ≥ 5 MB/s, ≤ 1024 MB (×10)",
        )
    s = results["search"]
    if "error" in s:
        t.add_row("search", "error", s["error"], "")
    else:
        t.add_row(
            "search", "corpus", f"{s['quotes']} quotes, {s['paragraphs']} paragraphs", f"×{s['copies']}"
        )
        t.add_row("", "index build s", _f(s["index_build_s"]), "")
        t.add_row(
            "",
            f"p50 / p95 ms ({s['queries']} queries, median of {s['repeats']})",
            f"{_f(s['p50_ms'])} / {_f(s['p95_ms'])}",
            "goal p95 ≤ 20",
        )
        t.add_row(
            "", "first-run p50 / p95 ms", f"{_f(s['first_run_p50_ms'])} / {_f(s['first_run_p95_ms'])}", ""
        )
        if s.get("speaker_queries"):
            t.add_row(
                "",
                f"@name p50 / p95 ms ({s['speaker_queries']} queries)",
                f"{_f(s['speaker_p50_ms'])} / {_f(s['speaker_p95_ms'])}",
                f"first @name query {_f(s['first_speaker_query_ms'])} ms",
            )
        t.add_row(
            "",
            "naive rapidfuzz WRatio, median ms",
            _f(s["baseline_median_ms"], "{:.0f}"),
            f"ours {_f(s['ours_median_ms_same_queries'])} ms on the same {s['baseline_queries']} queries",
        )
        t.add_row("", "speed-up vs naive", f"{s['speedup_vs_baseline']:.0f}×", "goal ≥ 50×")
        fails = s["quality_failures"]
        t.add_row(
            "", "quote-first rule", f"{s['quality_checked'] - len(fails)}/{s['quality_checked']}", "goal: all"
        )
    for name, r in results["families"].items() if "error" not in results["families"] else []:
        if "error" in r:
            t.add_row("families", name, r["error"], "")
        else:
            t.add_row(
                "families",
                f"{name}: s",
                _f(r["seconds"]),
                f"{r['pairs']} pairs, {r['families']} families; goal ≤ 3 s (×1)",
            )
    if "error" in results["families"]:
        t.add_row("families", "error", results["families"]["error"], "")
    a = results["app"]
    if "error" in a:
        t.add_row("app", "error", a["error"], "")
    else:
        for k, v in a.items():
            if k.startswith("first_paint"):
                t.add_row(
                    "app",
                    f"{k} ms",
                    f"{_f(v['dossier_ms'], '{:.0f}')} ({v['ratio']:.2f}× bare)",
                    f"bare {_f(v['bare_ms'], '{:.0f}')} ms; goal ≤ 1.3× (seeds)",
                )
            else:
                t.add_row(
                    "app",
                    f"{k} ms",
                    f"median {_f(v['median_ms'])}, max {_f(v['max_ms'])}",
                    f"{v['keystrokes']} keys",
                )
    con.print(t)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS), help="corpus directory or dossier.toml")
    p.add_argument("--quick", action="store_true", help="fewer runs; skip the ×10 load and ×10 families")
    p.add_argument("--copies", type=int, default=10, help="replication factor of the large corpus (10)")
    p.add_argument("--timeout", type=float, default=900, help="seconds allowed to one measurement process")
    p.add_argument(
        "--only", choices=("load", "search", "families", "app"), action="append", help="run only these"
    )
    args = p.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"bench: no corpus at {corpus}", file=sys.stderr)
        return 2
    only = set(args.only or ("load", "search", "families", "app"))
    # Every load in this run (app children included) uses a cache of its own, never ~/.cache.
    own_cache = tempfile.mkdtemp(prefix="dossier-bench-cache-")
    os.environ["DOSSIER_CACHE_DIR"] = own_cache
    try:
        return _run(args, corpus, only)
    finally:
        shutil.rmtree(own_cache, ignore_errors=True)


def _run(args: argparse.Namespace, corpus: Path, only: set[str]) -> int:
    started = time.time()
    results: dict[str, Any] = {
        "command": " ".join(["python", "bench/run.py", *sys.argv[1:]]),
        "python": platform.python_version(),
        "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
        "corpus": str(corpus),
        "quick": args.quick,
    }
    skipped = {"error": "not run (--only)"}
    results["load"] = bench_load(corpus, args.quick, args.copies, args.timeout) if "load" in only else {}
    results["search"] = bench_search(corpus, args.quick, args.copies) if "search" in only else skipped
    results["families"] = (
        bench_families(corpus, args.quick, args.copies, args.timeout) if "families" in only else skipped
    )
    results["app"] = bench_app(corpus, args.quick) if "app" in only else skipped
    results["seconds"] = time.time() - started
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print_table(results)
    print(f"wrote {out / 'results.json'} in {results['seconds']:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
