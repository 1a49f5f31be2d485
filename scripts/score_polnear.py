"""Score quote extraction and attribution on PolNeAR (../shared/corpora/polnear-train).

Usage: python scripts/score_polnear.py [SPLIT_DIR] [--errors N]
Writes the predictions to bench/out/polnear-pred.json, runs the shared scorer on them, and with
--errors prints a sample of misses, false positives and wrong speakers for error analysis.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier_tui import load  # noqa: E402
from dossier_tui.core.serialize import quote_json  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split", nargs="?", default=str(ROOT.parent / "shared/corpora/polnear-train"))
    ap.add_argument("--errors", type=int, default=0)
    args = ap.parse_args()
    t = time.perf_counter()
    d = load(Path(args.split) / "dossier.toml")
    elapsed = time.perf_counter() - t
    preds = [quote_json(d, q) for q in d.quotes]
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    pred_path = out / "polnear-pred.json"
    pred_path.write_text(json.dumps(preds, ensure_ascii=False))
    tools = ROOT.parent / "shared" / "tools"
    res = subprocess.run(
        [sys.executable, str(tools / "polnear_score.py"), args.split, str(pred_path)],
        capture_output=True,
        text=True,
        cwd=tools,
        check=True,
    )
    print(f"loaded {len(d.articles)} articles, {len(d.quotes)} quotes in {elapsed:.2f}s")
    print("all outlets:", res.stdout.strip())
    # The gold regex sees only “…” and "…": the NYT archive text quotes with '' … '' (typewriter
    # double marks), so its quotes are absent from the gold (3 gold quotes in 120 NYT articles).
    seen = [p for p in preds if not Path(p["path"]).name.startswith("nyt_")]
    pred_path.with_name("polnear-pred-no-nyt.json").write_text(json.dumps(seen, ensure_ascii=False))
    res2 = subprocess.run(
        [
            sys.executable,
            str(tools / "polnear_score.py"),
            args.split,
            str(pred_path.with_name("polnear-pred-no-nyt.json")),
        ],
        capture_output=True,
        text=True,
        cwd=tools,
        check=True,
    )
    print("without NYT predictions:", res2.stdout.strip())
    print("gold that also reads '' marks (NYT):", json.dumps(score_with_typewriter_marks(args.split, preds)))
    print("speaker strings and roles:", json.dumps(shapes(d)))
    if args.errors:
        errors(args.split, preds, args.errors)


_DET = {"a", "an", "the", "his", "her", "their", "its", "one", "another", "two", "three", "some", "several"}
_DET |= {"many", "most", "other", "others", "both", "this", "these", "those"}
_CLAUSE = {"who", "which", "that", "said", "says", "is", "was", "were", "are", "has", "have", "had", "told"}
_CLAUSE |= {"as", "though", "but", "and", "if", "when", "while", "quoted", "speaking", "there", "then", "not"}
_PREP = {"to", "with", "in", "on", "at", "from", "by", "about", "into", "over", "during", "after", "before"}
_PARTICLES = {"de", "da", "del", "van", "von", "al", "la", "le", "du", "bin", "y", "der", "den", "of"}


def name_shaped(s: str) -> bool:
    """A speaker string a user can read as a name (1-8 capitalised words, no clause words or
    punctuation, no title glued on) or a short description ("a Clinton aide", "the spokesman for
    X"): what the Speakers view should list. Not name-shaped: "a statement to the Observer",
    "Year Barack Obama" is not caught (it looks like a name), "CIA spokesman Ryan Trapani" is
    (a role glued to the name)."""
    import re

    from dossier_tui.core.lexicon import NOT_NAMES, ROLE_NOUNS, TITLES

    s = " ".join(s.split())
    if re.search(r"[,:;()\[\]!?]|[’']s\b", s) and not re.fullmatch(r".*\([RDI]-[A-Z][a-z.]*\.?\)", s):
        return False
    w = s.split()
    lw = [x.lower().strip(".") for x in w]
    if len(w) > 8 or set(lw) & _CLAUSE:
        return False
    if lw[0] in _DET:
        person = ("er", "or", "ist", "man", "woman", "men", "ers", "ors", "ists")
        return not any(
            x in _PREP and not (lw[i - 1] in ROLE_NOUNS or lw[i - 1].endswith(person))
            for i, x in enumerate(lw[1:], 1)
        )
    if lw[0] in NOT_NAMES and lw[0] not in TITLES:
        return False
    return all(x[:1].isupper() or x in _PARTICLES for x in w)


def role_shaped(role: str) -> bool:
    """A role a user can read: a short noun phrase ending in a title or role noun, with no clause
    words ("he met presidential candidate"), glued page furniture or lone modifier ("Former")."""
    import re

    from dossier_tui.core.lexicon import NOT_NAMES, ROLE_NOUNS, TITLES

    w = role.split()
    if not w or len(w) > 6 or re.search(r"[a-z][A-Z]{2,}|[A-Z]{2,}[a-z]", role):
        return False
    if any(x.lower() in NOT_NAMES and x.lower() not in TITLES and x != "of" for x in w):
        return False
    if "of" in w[1:-1]:  # "Secretary of State", "RNC Chief of Staff": the title before "of" heads it
        w = w[: len(w) - 1 - w[::-1].index("of")]
    head = w[-1].lower()
    if "-" in head[1:]:  # "co-founder", "Editor-in-Chief", "then-Secretary": a compound with a title
        head = next((p for p in head.split("-") if p in TITLES or p in ROLE_NOUNS), head)
    modifiers = {"then", "former", "first", "late", "acting", "presidential", "the", "senior", "vice"}
    if head.rstrip(".") in modifiers:
        return False
    return head in ROLE_NOUNS or head in TITLES or head.rstrip(".") in TITLES or head.endswith(("’s", "'s"))


def shapes(d) -> dict:
    """Counts of speaker strings that are not name-shaped and speaker roles that are not
    role-shaped (descriptions of the whole dossier, the words a user reads in the Speakers view)."""
    names = {d.speaker_name(q) for q in d.quotes if q.speaker}
    roles = {(s.id, r) for s in d.speakers for r in s.roles if r.split()[0].lower() not in _DET}
    return {
        "speaker_strings": len(names),
        "not_name_shaped": sum(not name_shaped(n) for n in names),
        "roles": len(roles),
        "not_role_shaped": sum(not role_shaped(r) for _, r in roles),
    }


def score_with_typewriter_marks(split: str, preds: list[dict]) -> dict:
    """The shared scorer, with its gold regex also pairing the NYT archive's '' … '' marks: the
    annotators marked those quotes' attributions, only the gold extractor skips them."""
    import re

    sys.path.insert(0, str(ROOT.parent / "shared" / "tools"))
    import polnear_gold  # type: ignore
    import polnear_score  # type: ignore

    polnear_gold.QUOTE_RE = re.compile(r"“[^”]{1,3000}?”|\"[^\"]{1,3000}?\"|''(?:(?!'').){1,3000}?''", re.S)
    gold_quotes = polnear_gold.gold_quotes

    def gold_fixed(text: str, ann: str) -> list[dict]:
        out = gold_quotes(text, ann)
        for g in out:  # '' marks are two characters wide: drop the inner apostrophe
            if text[g["start"] - 1 : g["start"] + 1] == "''":
                g["start"] += 1
            if text[g["end"] - 1 : g["end"] + 1] == "''":
                g["end"] -= 1
        return out

    polnear_gold.gold_quotes = gold_fixed
    polnear_score.load_split = polnear_gold.load_split
    return polnear_score.score(split, preds)


def errors(split: str, preds: list[dict], n: int) -> None:
    import random

    sys.path.insert(0, str(ROOT.parent / "shared" / "tools"))
    from polnear_gold import load_split  # type: ignore
    from polnear_score import overlap, words  # type: ignore

    by_file: dict[str, list[dict]] = {}
    for p in preds:
        by_file.setdefault(Path(p["path"]).name[:-4], []).append(p)
    misses, fps, wrong = [], [], []
    for name, _path, text, gold in load_split(split):
        ps = [p for p in by_file.get(name, []) if p.get("speaker")]
        used = set()
        for g in gold:
            ga = (g["start"], g["end"])
            hit = None
            for i, p in enumerate(ps):
                pa = (p["start"], p["end"])
                ov = overlap(ga, pa)
                if ov and ov * 2 >= min(ga[1] - ga[0], pa[1] - pa[0]):
                    hit = i
                    break
            if hit is None:
                allp = [p for p in by_file.get(name, []) if overlap(ga, (p["start"], p["end"]))]
                misses.append(
                    (name, g["text"][:90], g["source_text"], allp[0]["kind"] if allp else "not found")
                )
                continue
            used.add(hit)
            p = ps[hit]
            m = p.get("mention")
            ok = bool(m) and any(overlap(tuple(m), s) for s in g["sources"])
            ok = ok or bool(words(p["speaker"]) & words(g["source_text"]))
            if not ok:
                ctx = text[max(0, p["start"] - 150) : p["end"] + 120].replace("\n", " / ")
                wrong.append(
                    (name, p["speaker"], p.get("mention_text"), p["attribution"], g["source_text"], ctx)
                )
        for i, p in enumerate(ps):
            if i not in used:
                fps.append((name, p["kind"], p["speaker"], p["text"][:90]))
    rnd = random.Random(0)
    for title, rows in (("MISSED", misses), ("FALSE POSITIVE", fps), ("WRONG SPEAKER", wrong)):
        print(f"\n=== {title}: {len(rows)}")
        for row in rnd.sample(rows, min(n, len(rows))):
            print(" | ".join(str(x) for x in row))


if __name__ == "__main__":
    main()
