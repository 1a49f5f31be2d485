"""The corpora of the benchmarks: the shared corpus (never copied into the repository), replicated."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from dossier_tui.core.model import Dossier

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "polnear-train"


def replicate_on_disk(corpus: Path, copies: int, into: Path | None = None) -> tuple[Path, list[Path]]:
    """``copies`` copies of the corpus under a temporary directory, each under its own name, so
    every article has a new path (nothing keyed by path can be reused). Returns (tmp dir, copies)."""
    tmp = into or Path(tempfile.mkdtemp(prefix="dossier-bench-"))
    out = []
    for k in range(copies):
        dst = tmp / f"copy{k:02d}"
        if not dst.exists():
            shutil.copytree(corpus, dst, ignore=shutil.ignore_patterns("attributions"))
        out.append(dst)
    return tmp, out


def replicate_in_memory(d: Dossier, copies: int) -> Dossier:
    """The same dossier ``copies`` times over, with distinct article, quote and path names: for
    benchmarks of what is built *from* a loaded dossier (search, families), without re-parsing."""
    articles, quotes = [], []
    for k in range(copies):
        ids = {a.id: f"{a.id}~{k}" for a in d.articles}
        articles += [replace(a, id=ids[a.id], path=f"copy{k:02d}/{a.path}") for a in d.articles]
        for q in d.quotes:
            new_id = q.id.replace(q.article, ids[q.article], 1)
            utt = q.utterance.replace(q.article, ids[q.article], 1)
            quotes.append(replace(q, id=new_id, article=ids[q.article], utterance=utt))
    return Dossier(f"{d.title} ×{copies}", tuple(articles), tuple(quotes), d.speakers, d.problems, d.root)


def text_megabytes(d: Dossier) -> float:
    return sum(len(a.text.encode("utf-8", "surrogatepass")) for a in d.articles) / 1e6
