"""Paths to articles: files, directories and ``dossier.toml`` manifests, with problems collected."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from .decode import decode_bytes
from .layout import parse_layout
from .model import Article, Field, Problem, Provenance

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".text"}


@dataclass(frozen=True)
class Loaded:
    title: str
    articles: tuple[Article, ...]
    problems: tuple[Problem, ...]
    root: str | None


def seed_dir() -> Path:
    """The bundled seed articles: inside the installed package, or ``seeds/`` in a source tree."""
    packaged = Path(__file__).resolve().parent.parent / "seeds"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent.parent / "seeds"


def _article_id(path: Path, taken: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9_-]+", "-", path.stem).strip("-") or "article"
    aid, n = base, 2
    while aid in taken:
        aid, n = f"{base}-{n}", n + 1
    taken.add(aid)
    return aid


def load_articles(*paths: str | Path) -> Loaded:
    if not paths:
        paths = (seed_dir(),)
    files: list[tuple[str, dict]] = []
    problems: list[Problem] = []
    title = None
    root = None
    for p in paths:
        path = Path(p)
        if path.is_dir() and (path / "dossier.toml").is_file():
            path = path / "dossier.toml"
        if path.name == "dossier.toml" and path.is_file():
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            title = title or data.get("title")
            root = root or str(path)
            for entry in data.get("articles", []):
                files.append((str(path.parent / entry["file"]), entry))
        elif path.is_dir():
            root = root or str(path)
            for f in sorted(path.rglob("*")):
                if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES:
                    files.append((str(f), {}))
        elif path.is_file():
            files.append((str(path), {}))
        else:
            problems.append(Problem(str(p), "no such file or directory"))
    taken: set[str] = set()
    articles = []
    for fname, entry in files:
        dec = decode_bytes(Path(fname).read_bytes())
        layout = parse_layout(dec.text)
        meta = layout.meta
        prov = Provenance("manifest", detail=root)
        for key in ("title", "outlet", "date", "url", "wire"):
            if key in entry:
                meta = replace(meta, **{key: Field(str(entry[key]), prov)})
        if "authors" in entry:
            meta = replace(meta, authors=Field(tuple(entry["authors"]), prov))
        articles.append(
            Article(_article_id(Path(fname), taken), fname, dec.text, layout.paragraphs, meta, dec.encoding)
        )
    if title is None:
        title = Path(root).name if root else (Path(files[0][0]).stem if files else "empty dossier")
    return Loaded(title, tuple(articles), tuple(problems), root)
