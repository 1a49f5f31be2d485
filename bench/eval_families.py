"""Precision and recall of family membership against hand-labelled pairs; build time and scale.

Usage:
    python bench/eval_families.py [CORPUS_DIR] [GOLD_JSON] [--scale N] [--baseline REV]

(defaults: ../shared/corpora/polnear-train and bench/families_gold.json).

Gold members are file + character offsets; each is matched to the system quote in that file that
overlaps it most. A gold pair counts as found when both quotes land in the same family.
Precision is measured on labelled pairs only (positives and the hand-checked 'apart' pairs), so it
says how often the matcher groups quotes that share words but are different utterances.

``--reworded N`` (alone): the worst case for matching, every copy of every quote reworded by one
word, so nothing collapses into identical copies.

``--scale N``: also time ``build_families`` on the corpus and on it replicated N times in memory,
each in a fresh process (``bench/child.py families``: seconds, pairs, node pairs aligned, peak
memory of the whole process). ``--baseline REV``: run the same evaluation and scale runs on git
revision REV (exported to a temporary directory) in the same run, for a before/after comparison,
and compare the two partitions (families as sets of quote ids, single-outlet quotes, name variants):
"identical", or every family only one side has.
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier_tui import load  # noqa: E402


def evaluate(corpus: Path, gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    dossier = load(str(corpus))
    t0 = time.perf_counter()
    fams = dossier.families
    elapsed = time.perf_counter() - t0

    by_file: dict[str, list] = {}
    for art in dossier.articles:
        name = Path(art.path).name
        by_file[name] = list(dossier.quotes_in(art.id))

    def resolve(m: dict) -> str | None:
        best, overlap = None, 0
        for q in by_file.get(Path(m["file"]).name, []):
            o = min(q.end, m["end"]) - max(q.start, m["start"])
            if o > overlap:
                best, overlap = q.id, o
        return best

    def cross_pairs(members: list[dict]) -> list[tuple[str | None, str | None, str, str]]:
        out = []
        for x, y in itertools.combinations(members, 2):
            if x["file"] != y["file"]:
                out.append((resolve(x), resolve(y), x["file"], y["file"]))
        return out

    def together(a: str | None, b: str | None) -> bool:
        if a is None or b is None:
            return False
        fa = fams.family_of(a)
        return fa is not None and b in fa.members

    positives = [p for f in gold["families"] for p in cross_pairs(f["members"])]
    pos_keys = {frozenset((a, b)) for a, b, _, _ in positives}
    negatives = [
        p for f in gold["apart"] for p in cross_pairs(f["members"]) if frozenset(p[:2]) not in pos_keys
    ]
    tp = sum(together(a, b) for a, b, _, _ in positives)
    fp = sum(together(a, b) for a, b, _, _ in negatives)
    unresolved = sum(a is None or b is None for a, b, _, _ in positives + negatives)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / len(positives) if positives else 0.0
    fam_found = sum(all(together(a, b) for a, b, _, _ in cross_pairs(f["members"])) for f in gold["families"])
    print(f"corpus: {corpus} ({len(dossier.articles)} articles, {len(dossier.quotes)} quotes)")
    print(f"build_families: {elapsed:.2f} s, {fams.candidates_scored} utterance pairs aligned")
    print(f"families: {len(fams.families)}; single-outlet quotes: {len(fams.singletons)}")
    print(f"gold: {len(gold['families'])} families ({len(positives)} pairs), {len(negatives)} apart pairs")
    print(f"pair precision {precision:.3f}  recall {recall:.3f}  (tp {tp}, fp {fp}, unresolved {unresolved})")
    print(f"gold families recovered whole: {fam_found}/{len(gold['families'])}")
    for a, b, fa, fb in positives:
        if not together(a, b):
            print(f"  missed: {fa} ~ {fb}")
    for a, b, fa, fb in negatives:
        if together(a, b):
            print(f"  wrongly grouped: {fa} ~ {fb}")


def scale(root: Path, corpus: Path, copies: int) -> None:
    """``build_families`` on ×1 and ×copies, each in a fresh process of the code under ``root``."""
    for n in (1, copies):
        out = subprocess.run(
            [sys.executable, str(root / "bench" / "child.py"), "families", str(n), str(corpus)],
            capture_output=True,
            text=True,
            check=False,
        )
        if out.returncode != 0:
            print(f"  ×{n}: failed (exit {out.returncode}): {out.stderr.strip().splitlines()[-1:]}")
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(
            f"  ×{n}: {r['seconds']:.2f} s, {r['quotes']} quotes, {r['families']} families, "
            f"{r['pairs']} pairs, {r['candidates_scored']} aligned while matching, "
            f"peak {r['peak_mb']:.0f} MB (whole process, dossier included)"
        )


_PARTITION = """
import json, sys
sys.path.insert(0, sys.argv[1])
import dossier_tui
from dossier_tui.core.families import build_families
d = dossier_tui.load(sys.argv[2])
f = build_families(d)
print(json.dumps({
    "families": sorted(sorted(fam.members) for fam in f.families),
    "singletons": sorted(f.singletons),
    "variants": sorted([v.canonical, sorted(v.spellings)] for v in f.name_variants),
    "aligned": f.candidates_scored,
}))
"""


def partition(root: Path, corpus: Path) -> dict:
    """The families (as sets of quote ids), single-outlet quotes and name variants that the code
    under ``root`` finds, in a fresh process."""
    out = subprocess.run(
        [sys.executable, "-c", _PARTITION, str(root), str(corpus)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def compare_partitions(before: dict, after: dict) -> None:
    """Print whether two runs found the same families, and every difference if not."""
    if before == after:
        print(f"partition: identical to the baseline ({len(after['families'])} families)")
        return
    old = {tuple(m) for m in before["families"]}
    new = {tuple(m) for m in after["families"]}
    print(f"partition: DIFFERS from the baseline ({len(old)} -> {len(new)} families)")
    for m in sorted(old - new):
        print(f"  only before: {' '.join(m)}")
    for m in sorted(new - old):
        print(f"  only after:  {' '.join(m)}")
    for key in ("singletons", "variants", "aligned"):
        if before[key] != after[key]:
            print(f"  {key} differ: {before[key]!r} -> {after[key]!r}"[:500])


def reworded(corpus: Path, copies: int) -> None:
    """``build_families`` on the corpus replicated ``copies`` times with every copy of every quote
    reworded by one word: identical copies cannot collapse, so each quote has ``copies`` wordings.
    Only what matching reads is changed (quote text); offsets of differences are not used here."""
    import resource
    from dataclasses import replace

    from dossier_tui.core.families import build_families
    from dossier_tui.core.model import Dossier

    d = load(str(corpus))
    articles, quotes = [], []
    for k in range(copies):
        ids = {a.id: f"{a.id}~{k}" for a in d.articles}
        articles += [replace(a, id=ids[a.id], path=f"copy{k:02d}/{a.path}") for a in d.articles]
        for q in d.quotes:
            quotes.append(
                replace(
                    q,
                    id=q.id.replace(q.article, ids[q.article], 1),
                    article=ids[q.article],
                    utterance=q.utterance.replace(q.article, ids[q.article], 1),
                    text=f"{q.text} w{k}",
                )
            )
    big = Dossier(f"{d.title} reworded ×{copies}", tuple(articles), tuple(quotes), d.speakers)
    t0 = time.perf_counter()
    fams = build_families(big)
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"  ×{copies} reworded: {seconds:.2f} s, {len(quotes)} quotes, {len(fams.families)} families, "
        f"{fams.candidates_scored} aligned while matching, peak {peak:.0f} MB (whole process)"
    )


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument(
        "corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpora" / "polnear-train"
    )
    p.add_argument("gold", nargs="?", type=Path, default=ROOT / "bench" / "families_gold.json")
    p.add_argument("--scale", type=int, default=0, metavar="N", help="also time ×1 and ×N in fresh processes")
    p.add_argument("--baseline", metavar="REV", help="measure git revision REV the same way, first")
    p.add_argument(
        "--reworded",
        type=int,
        default=0,
        metavar="N",
        help="only: ×N with every quote copy reworded (worst case)",
    )
    args = p.parse_args()
    corpus, gold = args.corpus.resolve(), args.gold.resolve()
    if args.reworded:
        reworded(corpus, args.reworded)
        return 0
    if args.baseline:
        with tempfile.TemporaryDirectory(prefix="dossier-baseline-") as tmp:
            archive = subprocess.run(
                ["git", "-C", str(ROOT), "archive", args.baseline], capture_output=True, check=True
            )
            subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
            print(f"== baseline {args.baseline}")
            sys.stdout.flush()
            subprocess.run(
                [sys.executable, str(Path(tmp) / "bench" / "eval_families.py"), str(corpus), str(gold)]
            )
            if args.scale:
                scale(Path(tmp), corpus, args.scale)
            before = partition(Path(tmp), corpus)
        print("== this tree")
    evaluate(corpus, gold)
    if args.scale:
        scale(ROOT, corpus, args.scale)
    if args.baseline:
        compare_partitions(before, partition(ROOT, corpus))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
