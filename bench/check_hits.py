"""Byte-for-byte guard for search and families work, beside ``check_output.py`` (which does not
search): every hit of the bench queries, and the families, on the corpus and its ×10 replica.

    python bench/check_hits.py save FILE [CORPUS]     # write the reference
    python bench/check_hits.py check FILE [CORPUS]    # compare with it (exit 1 on any difference)

The code searched is this file's checkout (copy the script into another checkout to make its
reference there); CORPUS defaults to polnear-train.

Each hit is kept whole (kind, text, spans, score, article, quote, speaker, paragraph, start), 200
per query; the families as (id, members, speakers, conflict) and the singletons.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
os.environ["DOSSIER_NO_CACHE"] = "1"

from corpus import DEFAULT_CORPUS, replicate_in_memory  # noqa: E402
from queries import QUERIES  # noqa: E402

import dossier_tui  # noqa: E402

EXTRA = ("@clinton", "brilliant idea", "wall", "'the wall", "^trump", "said$")


def snapshot(corpus: str) -> str:
    d1 = dossier_tui.load(corpus)
    out: dict[str, object] = {}
    for name, d in (("x1", d1), ("x10", replicate_in_memory(d1, 10))):
        for q in [q for _, q in QUERIES] + list(EXTRA):
            out[f"{name}:{q}"] = [
                (h.kind, h.text, h.spans, h.score, h.article, h.quote, h.speaker, h.paragraph, h.start)
                for h in d.search(q, limit=200)
            ]
        f = d.families
        out[f"{name}:families"] = [(x.id, x.members, x.speakers, x.conflict) for x in f.families]
        out[f"{name}:singletons"] = list(f.singletons)
    return json.dumps(out, sort_keys=True, default=str)


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or argv[0] not in ("save", "check"):
        print(__doc__)
        return 2
    now = snapshot(argv[2] if len(argv) == 3 else str(DEFAULT_CORPUS))
    print(f"{len(now):,} bytes, sha1 {hashlib.sha1(now.encode()).hexdigest()}")
    path = Path(argv[1])
    if argv[0] == "save":
        path.write_text(now)
        return 0
    same = path.read_text() == now
    print("same" if same else "DIFFERENT")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
