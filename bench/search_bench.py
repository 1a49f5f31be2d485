"""Search latency on the replicated corpus, against rapidfuzz's naive scan of the same strings, and
the quality rule: a query that is an exact substring of a quote finds such a quote first."""

from __future__ import annotations

import gc
import random
import statistics
import time

from rapidfuzz import fuzz, process

from dossier_tui.core.fzf_query import parse
from dossier_tui.core.model import Dossier
from dossier_tui.core.search import SearchIndex, build_index, fold

OPERATOR_CHARS = set("!'^$|\\")


def percentile(values: list[float], p: float) -> float:
    xs = sorted(values)
    if not xs:
        return float("nan")
    k = (len(xs) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def is_plain(query: str) -> bool:
    """A query with no fzf operator: typed or pasted text."""
    return not (OPERATOR_CHARS & set(query)) and "  " not in query.strip()


def quote_holding(dossier: Dossier, query: str) -> bool:
    case = parse(query).case_sensitive
    needle = fold(" ".join(query.split()), lower=not case)
    return any(needle in fold(q.text, lower=not case).replace("  ", " ") for q in dossier.quotes)


def first_hit_ok(index: SearchIndex, query: str) -> bool:
    hits = index.search(query, limit=50)
    if not hits or hits[0].kind != "quote":
        return False
    case = parse(query).case_sensitive
    return fold(" ".join(query.split()), lower=not case) in fold(hits[0].text, lower=not case)


def sampled_quote_queries(dossier: Dossier, n: int, seed: int = 7) -> list[str]:
    """Phrases of 1 to 6 words cut from random quotes, as a user would paste them."""
    rnd = random.Random(seed)
    quotes = [q for q in dossier.quotes if len(q.text.split()) >= 2]
    out: list[str] = []
    while len(out) < n and quotes:
        words = rnd.choice(quotes).text.split()
        k = rnd.randint(1, min(6, len(words)))
        a = rnd.randint(0, len(words) - k)
        phrase = " ".join(words[a : a + k])
        if is_plain(phrase) and len(phrase) >= 3:
            out.append(phrase)
    return out


def time_query(index: SearchIndex, query: str, repeats: int) -> tuple[float, float]:
    """(first run, median of the following runs) in milliseconds."""
    times = []
    for _ in range(repeats + 1):
        t0 = time.perf_counter()
        index.search(query, limit=50)
        times.append((time.perf_counter() - t0) * 1000)
    return times[0], statistics.median(times[1:])


def run(
    dossier: Dossier, queries: list[tuple[str, str]], repeats: int, baseline_n: int, sample_n: int
) -> dict:
    t0 = time.perf_counter()
    index = build_index(dossier)
    build_s = time.perf_counter() - t0
    gc.collect()
    per_query = []
    for cat, q in queries:
        first, med = time_query(index, q, repeats)
        per_query.append(
            {"category": cat, "query": q, "first_ms": first, "median_ms": med, "hits": len(index.search(q))}
        )
    medians = [r["median_ms"] for r in per_query]
    firsts = [r["first_ms"] for r in per_query]
    by_speaker = [r for r in per_query if r["category"] == "speaker"]
    speaker_medians = [r["median_ms"] for r in by_speaker]

    # The naive baseline on the same strings: every quote, paragraph, title and speaker name.
    strings = [index.original(i) for i in range(len(index))]
    # (speaker filters have no counterpart in a fuzzy scorer: the same 8 queries as before they came)
    plain_queries = [q for c, q in queries if c != "speaker"]
    step = max(1, len(plain_queries) // max(1, baseline_n))
    base_queries = plain_queries[::step][:baseline_n]
    baseline = []
    for q in base_queries:
        t0 = time.perf_counter()
        process.extract(q, strings, scorer=fuzz.WRatio, limit=50)
        baseline.append({"query": q, "ms": (time.perf_counter() - t0) * 1000})
    ours_same = [next(r["median_ms"] for r in per_query if r["query"] == b["query"]) for b in baseline]
    base_med = statistics.median(b["ms"] for b in baseline) if baseline else float("nan")

    # Quality: every query that is an exact substring of a quote, fixed and sampled.
    checked, failures = 0, []
    candidates = [q for c, q in queries if c != "speaker" and is_plain(q)]
    candidates += sampled_quote_queries(dossier, sample_n)
    for q in candidates:
        if not quote_holding(dossier, q):
            continue
        checked += 1
        if not first_hit_ok(index, q):
            failures.append(q)
    return {
        "documents": len(index),
        "quotes": len(dossier.quotes),
        "paragraphs": sum(1 for i in range(len(index)) if index.refs[i][0] == "paragraph"),
        "index_build_s": build_s,
        "queries": len(per_query),
        "repeats": repeats,
        "p50_ms": percentile(medians, 0.5),
        "p95_ms": percentile(medians, 0.95),
        "max_ms": max(medians),
        "first_run_p50_ms": percentile(firsts, 0.5),
        "first_run_p95_ms": percentile(firsts, 0.95),
        "speaker_queries": len(by_speaker),
        "speaker_p50_ms": percentile(speaker_medians, 0.5),
        "speaker_p95_ms": percentile(speaker_medians, 0.95),
        # the first ``@name`` query of a fresh index (it builds the per-speaker lists, unless the
        # index build already did)
        "first_speaker_query_ms": by_speaker[0]["first_ms"] if by_speaker else float("nan"),
        "baseline_queries": len(baseline),
        "baseline_median_ms": base_med,
        "ours_median_ms_same_queries": statistics.median(ours_same) if ours_same else float("nan"),
        "speedup_vs_baseline": base_med / statistics.median(ours_same) if ours_same else float("nan"),
        "speedup_p95_vs_baseline_median": base_med / percentile(medians, 0.95),
        "quality_checked": checked,
        "quality_failures": failures,
        "per_query": per_query,
        "baseline": baseline,
    }
