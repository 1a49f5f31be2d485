"""Precision and recall of family membership against hand-labelled pairs, and build time.

Usage: python bench/eval_families.py [CORPUS_DIR] [GOLD_JSON]
(defaults: ../shared/corpora/polnear-train and bench/families_gold.json).

Gold members are file + character offsets; each is matched to the system quote in that file that
overlaps it most. A gold pair counts as found when both quotes land in the same family.
Precision is measured on labelled pairs only (positives and the hand-checked 'apart' pairs), so it
says how often the matcher groups quotes that share words but are different utterances.
"""

from __future__ import annotations

import itertools
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier_tui import load  # noqa: E402


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpora" / "polnear-train"
    gold_path = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "bench" / "families_gold.json"
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
