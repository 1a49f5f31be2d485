"""Bounded work per article: hostile text against a normal article of the same size.

    python bench/hostile_work.py [--kb 64] [--runs 3] [--only CASE ...]

Each case is an article written to a temporary file and run through the whole pipeline: load
(decode, layout, quotes, attribution, speakers), the search index and three queries, families,
and one citation per quote. Its time per KB is divided by the time per KB of a normal article of
the same size measured in the same run (ratio ≈ 1: as cheap as normal text). Every case is run at
``--kb`` and at 4× that size; the ``growth`` column is (time per KB at 4×) / (time per KB at 1×),
so ≈ 1 is linear and ≈ 4 is quadratic. Figures are medians of ``--runs`` runs; the machine is
shared, so read ratios, not milliseconds. This is a measurement, not a test: nothing fails.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dossier_tui.core.build import load
from dossier_tui.core.citation import cite_quote

NORMAL_PARA = (
    "“The talks will go on for as long as it takes,” the minister said on Tuesday, adding that "
    "officials from both sides had met in Minsk and would meet again next week. He told reporters "
    "that the offer still stood.\n\n"
)


def _fill(unit: str, n_chars: int, head: str = "A Title For The Case\n\n") -> str:
    """``unit`` repeated until the text is about ``n_chars`` long."""
    return head + unit * max(1, (n_chars - len(head)) // max(1, len(unit)))


def normal(n: int) -> str:
    return _fill(NORMAL_PARA, n)


def unbalanced(n: int) -> str:
    para = "“He said this and “then that, the minister said, and ” more ‘ and « again.\n\n"
    return _fill(para, n)


def long_quote(n: int) -> str:
    body = "we will talk and we will keep talking, " * (n // 40)
    return f"A Title For The Case\n\nThe minister said: “{body.strip()}.” Then he left.\n"


def many_paragraphs(n: int) -> str:
    return _fill("“Yes,” he said.\n\n", n)


def nested_ten_deep(n: int) -> str:
    opens = "“‘«‹„“‘«‹„"
    closes = "”’»›“”’»›“"
    para = "He said: " + "".join(f"{o}level {i} " for i, o in enumerate(opens)) + "core"
    para += "".join(reversed(closes)) + " and left.\n\n"
    return _fill(para, n)


def rtl(n: int) -> str:
    para = (
        "قال الوزير: «سنلتقي مرة أخرى» يوم الثلاثاء. "
        "אמר השר: “ניפגש שוב” ביום שלישי, \u202bembedded\u202c and \u202eoverride\u202c text.\n\n"
    )
    return _fill(para, n)


def combining(n: int) -> str:
    zalgo = "".join(c + "\u0301\u0316\u0336\u0353\u035c\u0361" * 3 for c in "minister")
    return _fill(f"“{zalgo} will meet again,” the {zalgo} said.\n\n", n)


def emoji(n: int) -> str:
    para = "“We 👨‍👩‍👧‍👦 will 🇺🇦🇧🇾 meet 🏳️‍🌈 again 👍🏽,” the minister said 🙂.\n\n"
    return _fill(para, n)


def zero_width(n: int) -> str:
    para = "“We\u200b will\u200d meet\ufeff again,\u2060” the\u200c minister\u200b said.\n\n"
    return _fill(para, n)


def broken_surrogates(n: int) -> str:
    # Lone surrogates cannot be written as UTF-8: written with surrogatepass they are invalid
    # bytes, which the decoder replaces, as a broken decode upstream would leave them.
    return _fill("“We \ud83d will meet \udc00 again,” the minister said.\n\n", n)


def controls(n: int) -> str:
    para = "“We\x00 will\x07 meet\x1b[31m again\x9b1m,\x85” the\x0b minister\x0c said\x7f.\x1f\n\n"
    return _fill(para, n)


def line_separators(n: int) -> str:
    return _fill("“We will meet again,”\u2028the minister said.\u2029He left.\u2028\u2029\n\n", n)


def long_line(n: int) -> str:
    sentence = "“We will meet again,” the minister said, and officials agreed. "
    return "A Title For The Case\n\n" + sentence * (n // len(sentence)) + "\n"


def many_marks(n: int) -> str:
    return "A Title For The Case\n\n" + "“a” " * (n // 8) + "said the minister.\n" + '"' * (n // 2) + "\n"


def apostrophes(n: int) -> str:
    return "A Title For The Case\n\n" + "don't '90s leaders' ‘x’ " * (n // 24) + "''" * (n // 8) + "\n"


def markup(n: int) -> str:
    para = "[@click=app.quit]x[/] “We \x1b]52;c;aGk=\x07will [bold]meet[/bold] again,” the minister said.\n\n"
    return _fill(para, n)


CASES: dict[str, Callable[[int], str]] = {
    "normal": normal,
    "unbalanced quotes": unbalanced,
    "one long quote": long_quote,
    "many short paragraphs": many_paragraphs,
    "quotes nested ten deep": nested_ten_deep,
    "right-to-left": rtl,
    "combining characters": combining,
    "emoji (ZWJ, flags)": emoji,
    "zero-width characters": zero_width,
    "lone surrogates": broken_surrogates,
    "C0/C1 controls, NUL": controls,
    "U+2028/2029": line_separators,
    "one very long line": long_line,
    "thousands of marks": many_marks,
    "apostrophe runs": apostrophes,
    "markup and escapes": markup,
}


def run_pipeline(path: Path) -> dict[str, float]:
    """Seconds per stage for one article file."""
    t0 = time.perf_counter()
    d = load(path)
    t1 = time.perf_counter()
    for q in ("minister", "'meet again", "wil mee"):
        d.search(q)
    t2 = time.perf_counter()
    _ = d.families
    t3 = time.perf_counter()
    for q in d.quotes[:200]:
        cite_quote(d, q, "apa")
    t4 = time.perf_counter()
    return {"load": t1 - t0, "search": t2 - t1, "families": t3 - t2, "cite": t4 - t3, "total": t4 - t0}


def measure(text: str, runs: int, tmp: Path) -> tuple[float, dict[str, float], int]:
    path = tmp / "case.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    size_kb = path.stat().st_size / 1024
    results = []
    for _ in range(runs):
        gc.collect()
        results.append(run_pipeline(path))
    med = {k: statistics.median(r[k] for r in results) for k in results[0]}
    quotes = len(load(path).quotes)
    return size_kb, med, quotes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb", type=int, default=64, help="size of each article in KB (and 4× that)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", nargs="*", help="case names (substring match)")
    args = ap.parse_args()
    sizes = (args.kb * 1024, args.kb * 4096)
    names = [n for n in CASES if not args.only or n == "normal" or any(o in n for o in args.only)]
    rows = []
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        measure(normal(sizes[0]), 1, tmp)  # warm up: imports, lexicons, compiled patterns
        base: dict[int, float] = {}
        for name in names:
            per_kb = []
            stages = {}
            quotes = 0
            for n in sizes:
                kb, med, quotes = measure(CASES[name](n), args.runs, tmp)
                per_kb.append(med["total"] / kb)
                stages = med
                if name == "normal":
                    base[n] = med["total"] / kb
            ratio = per_kb[0] / base[sizes[0]]
            ratio4 = per_kb[1] / base[sizes[1]]
            growth = per_kb[1] / per_kb[0]
            worst = max((k for k in stages if k != "total"), key=lambda k: stages[k])
            rows.append((name, per_kb[0] * 1000, ratio, ratio4, growth, quotes, worst, stages[worst]))
            print(
                f"{name:24} {per_kb[0] * 1000:8.3f} ms/KB  ×{ratio:6.2f} normal  "
                f"×{ratio4:6.2f} at 4×  growth {growth:5.2f}  quotes {quotes:6}  "
                f"slowest stage {worst} {stages[worst]:.2f}s",
                file=sys.stderr,
            )
    print(
        f"\n| case ({args.kb} KB; 4× = {args.kb * 4} KB) | ms/KB | × normal | × normal at 4× | growth 1×→4× |"
    )
    print("|---|---|---|---|---|")
    for name, ms, ratio, ratio4, growth, _q, _w, _s in rows:
        print(f"| {name} | {ms:.3f} | {ratio:.2f} | {ratio4:.2f} | {growth:.2f} |")


if __name__ == "__main__":
    main()
