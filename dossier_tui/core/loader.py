"""Paths to articles: files, directories and ``dossier.toml`` manifests, with problems collected.

People point dossier at whatever folder they have. Whatever cannot be read becomes one
:class:`Problem` naming the file and saying why; everything else loads. Files are only ever
opened for reading: nothing here writes, moves, renames or locks a user's file.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from . import html_article
from .decode import decode_bytes, sniff_binary
from .front_matter import blanked, read_front_matter
from .layout import parse_layout
from .manifest import MANIFEST_NAME, read_manifest
from .metadata import date_from_file_name, outlet_from_file_name
from .model import Article, ArticleMeta, Field, Paragraph, Problem, Provenance

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MAX_BYTES = 256 * 1024 * 1024
"""Larger files are refused: no news article is a quarter of a gigabyte."""


@dataclass(frozen=True)
class Loaded:
    title: str
    articles: tuple[Article, ...]
    problems: tuple[Problem, ...]
    root: str | None


@dataclass(frozen=True)
class Source:
    shown: str
    """The path as the user or the manifest named it: what problems and ``Article.path`` show."""
    path: Path
    fields: dict[str, Any]
    manifest: str | None = None


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


def _link_problem(path: Path) -> str | None:
    """Why a path that is a symbolic link cannot be followed, or ``None`` if it can."""
    try:
        os.stat(path)
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "symbolic link loop; skipped"
        if e.errno == errno.ENOENT:
            return f"broken symbolic link (its target {os.readlink(path)!r} does not exist); skipped"
        return f"cannot follow symbolic link: {e.strerror or e}; skipped"
    return None


def _stays_in_folder(name: str) -> bool:
    """Whether a manifest's ``file`` stays in the manifest's folder: decided on the words (an
    absolute path, or ``..`` climbing out), as links in the folder are followed when it is read."""
    if os.path.isabs(name):
        return False
    first = os.path.normpath(name).split(os.sep, 1)[0]
    return first != os.pardir


class _Collector:
    """Turns the paths given into a list of files to read, reporting what cannot be used."""

    def __init__(self) -> None:
        self.sources: list[Source] = []
        self.problems: list[Problem] = []
        self.title: str | None = None
        self.root: str | None = None
        self._seen: set[str] = set()
        self._real_dirs: dict[str, str] = {}
        self._manifests: list[Path] = []

    def problem(self, path: str, message: str, severity: str = "error") -> None:
        self.problems.append(Problem(path, message, severity))  # type: ignore[arg-type]

    def add(self, src: Source) -> None:
        key = self.realpath(str(src.path))
        if key in self._seen:
            return  # the same file reached twice (two arguments, a link): read it once
        self._seen.add(key)
        self.sources.append(src)

    def realpath(self, path: str) -> str:
        """``os.path.realpath``, each directory resolved once: a file that is no link resolves to its
        directory's real path and its name (one ``lstat``, not one per path component: 8,400 files
        in ten directories 0.23 → 0.05 s)."""
        head, tail = os.path.split(path)
        try:
            plain = tail not in ("", ".", "..") and not stat.S_ISLNK(os.lstat(path).st_mode)
        except OSError:  # a missing part: realpath resolves what it can, as it likes
            plain = False
        if not plain:
            return os.path.realpath(path)
        real = self._real_dirs.get(head)
        if real is None:
            real = self._real_dirs[head] = os.path.realpath(head)
        return os.path.join(real, tail)

    def path(self, given: str | Path) -> None:
        shown = str(given)
        path = Path(given)
        if path.is_symlink():
            why = _link_problem(path)
            if why:
                self.problem(shown, why)
                return
        if not path.exists():
            self.problem(shown, "no such file or directory")
            return
        if path.is_dir():
            manifest = path / MANIFEST_NAME
            if manifest.is_file():
                self.manifest(manifest)
            else:
                self.directory(path)
        elif path.suffix.lower() == ".toml":
            self.manifest(path)
        else:
            self.add(Source(shown, path, {}))

    def manifest(self, path: Path) -> None:
        m = read_manifest(path)
        self.problems.extend(m.problems)
        self.title = self.title or m.title
        self.root = self.root or str(path if m.lists_articles else path.parent)
        listed: dict[str, str] = {}
        for entry in m.entries:
            if not _stays_in_folder(entry.file):
                # A shared manifest must not pull the reader's other files (keys, mail) into the
                # dossier and its exports: only what is in its own folder. A file named on the
                # command line still loads.
                self.problem(
                    str(path),
                    f"[[articles]] file {entry.file!r} is outside the manifest's folder; skipped "
                    "(name it on the command line to open it)",
                )
                continue
            key = self.realpath(str(entry.path))
            if key in listed:
                self.problem(
                    str(path),
                    f"[[articles]] file {entry.file!r} is listed twice (first as {listed[key]!r}); "
                    "the later listing and its fields are ignored",
                    "warning",
                )
                continue
            listed[key] = entry.file
            self.add(Source(str(path.parent / entry.file), entry.path, entry.fields, str(path)))
        if not m.lists_articles or m.load_unlisted:
            self.directory(path.parent)  # (files it lists are already in: each is read once)
        else:
            self._manifests.append(path)

    def report_unlisted(self) -> None:
        """Warn of article files beside a manifest that it does not list: they are not loaded, and a
        user who added a file to the folder would otherwise never learn why it is missing. Run after
        every path is collected, so a file also named on the command line is not reported."""
        if not self._manifests:
            return
        named = {os.path.abspath(src.path) for src in self.sources}  # most files: no lstat needed
        for manifest in self._manifests:
            unlisted = [
                os.path.relpath(f, manifest.parent)
                for f in _article_files(manifest.parent)
                if os.path.abspath(f) not in named and self.realpath(f) not in self._seen
            ]
            if unlisted:
                shown = ", ".join(unlisted[:3]) + (
                    f" and {len(unlisted) - 3} more" if len(unlisted) > 3 else ""
                )
                self.problem(
                    str(manifest),
                    f"{len(unlisted)} article file(s) in its folder are not listed under [[articles]] and "
                    f'were not loaded: {shown} (unlisted = "load" in the manifest loads them too)',
                    "warning",
                )

    def directory(self, top: Path) -> None:
        self.root = self.root or str(top)
        found = 0
        skipped: dict[str, int] = {}
        visited: set[tuple[int, int]] = set()

        def on_error(e: OSError) -> None:
            self.problem(str(e.filename or top), f"cannot list directory: {e.strerror or e}")

        for dirpath, dirnames, filenames in os.walk(top, onerror=on_error, followlinks=True):
            try:
                st = os.stat(dirpath)
            except OSError as e:
                self.problem(dirpath, f"cannot open directory: {e.strerror or e}")
                dirnames[:] = []
                continue
            ident = (st.st_dev, st.st_ino)
            if ident in visited:
                self.problem(dirpath, "directory link leads back into the dossier (a loop); skipped")
                dirnames[:] = []
                continue
            visited.add(ident)
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for d in list(dirnames):
                full = Path(dirpath, d)
                if full.is_symlink():
                    why = _link_problem(full)
                    if why:
                        self.problem(str(full), why)
                        dirnames.remove(d)
            for name in sorted(filenames):
                if name.startswith("."):
                    continue
                full = Path(dirpath, name)
                suffix = full.suffix.lower()
                if name == MANIFEST_NAME:
                    continue
                if not is_article_suffix(suffix):
                    skipped[suffix or "(none)"] = skipped.get(suffix or "(none)", 0) + 1
                    continue
                found += 1
                if full.is_symlink():
                    why = _link_problem(full)
                    if why:
                        self.problem(str(full), why)
                        continue
                self.add(Source(str(full), full, {}))
        if not found and not skipped:
            self.problem(
                str(top), "no article files in this directory (dossier reads .txt, .md and .html)", "warning"
            )
        if skipped:
            n = sum(skipped.values())
            kinds = ", ".join(sorted(skipped))
            self.problem(
                str(top),
                f"skipped {n} file(s) that are not articles ({kinds}); dossier reads .txt, .md and .html",
                "warning",
            )


def is_article_suffix(suffix: str) -> bool:
    """Whether a (lower-case) file suffix is one dossier reads: what a folder walk keeps."""
    return suffix in ARTICLE_SUFFIXES or suffix in HTML_SUFFIXES


_DOCUMENTATION = {"README", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING", "COPYING"}


def _article_files(top: Path) -> list[str]:
    """The article files under ``top``, sorted; hidden files, folders' links and a dossier's own
    documentation (``README.md``) left out."""
    found: list[str] = []
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            stem, suffix = os.path.splitext(name)
            if (
                not name.startswith(".")
                and stem.upper() not in _DOCUMENTATION
                and is_article_suffix(suffix.lower())
            ):
                found.append(os.path.join(dirpath, name))
    return found


def _read(src: Source) -> bytes | str:
    """The file's bytes, or why it cannot be read. Opened read-only; nothing else is done to it."""
    try:
        st = os.stat(src.path)
    except OSError as e:
        if e.errno == errno.ENOENT:
            return "file not found" + (" (named in the manifest)" if src.manifest else "")
        if e.errno == errno.ELOOP:
            return "symbolic link loop"
        return f"cannot read: {e.strerror or e}"
    if stat.S_ISDIR(st.st_mode):
        return "is a directory, not an article file"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file (a device, pipe or socket); skipped"
    if st.st_size > MAX_BYTES:
        return f"too large to be an article ({st.st_size // (1024 * 1024)} MB); skipped"
    try:
        with open(src.path, "rb") as fh:
            return fh.read(MAX_BYTES + 1)
    except PermissionError:
        return "permission denied: cannot read the file"
    except OSError as e:
        return f"cannot read: {e.strerror or e}"


def _with_file_name(meta: ArticleMeta, src: Source) -> ArticleMeta:
    """Outlet and date from a file's name (``politico_2016-05-05_….txt``) where its text gave none:
    clippings are often saved so, and a dossier without a manifest would otherwise have no outlets."""
    fields: dict[str, Field[str]] = {}
    stem = src.path.stem
    if meta.outlet is None and (outlet := outlet_from_file_name(stem)):
        fields["outlet"] = Field(outlet, Provenance("file-name", None, src.path.name))
    if meta.date is None and (date := date_from_file_name(stem)):
        fields["date"] = Field(date, Provenance("file-name", None, src.path.name))
    return replace(meta, **fields) if fields else meta


def _with_manifest(meta: ArticleMeta, src: Source) -> ArticleMeta:
    if not src.fields:
        return meta
    prov = Provenance("manifest", None, src.manifest)
    return replace(meta, **{k: Field(v, prov) for k, v in src.fields.items()})


Issue = tuple[str, str]
"""A problem without its path, ``(message, severity)``: what content alone can say about a file."""


@dataclass(frozen=True)
class Parsed:
    """A file's content read on its own: a function of its bytes, its kind and the manifest's title
    hint only, so it can be cached by content and computed in another process."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    meta: ArticleMeta
    """Inferred from the text; the manifest's fields are applied later (:func:`make_article`)."""
    encoding: str
    issues: tuple[Issue, ...] = ()
    """Warnings about a file that still loaded."""


@dataclass(frozen=True)
class Plan:
    """The paths resolved into files to read, before any is read."""

    sources: tuple[Source, ...]
    problems: tuple[Problem, ...]
    title: str | None
    root: str | None


def plan(*paths: str | Path, progress: Callable[[int], None] | None = None) -> Plan:
    """Resolve files, directories and manifests into sources; no paths: the bundled seeds.
    ``progress(sources so far)``: called after each path (a large dossier's worker processes can
    start while the other paths are planned)."""
    if not paths:
        paths = (seed_dir(),)
    col = _Collector()
    for p in paths:
        try:
            col.path(p)
        except OSError as e:  # a path that vanished or cannot be examined
            col.problem(str(p), f"cannot open: {e.strerror or e}")
        if progress is not None:
            progress(len(col.sources))
    col.report_unlisted()
    return Plan(tuple(col.sources), tuple(col.problems), col.title, col.root)


def is_html(src: Source) -> bool:
    return src.path.suffix.lower() in HTML_SUFFIXES


def title_hint(src: Source) -> str | None:
    return src.fields.get("title")


def name_hint(src: Source) -> str:
    """The file's name without its suffix: a layout hint (saved pages are named after their title)."""
    return src.path.stem


def read_source(src: Source) -> bytes | Issue:
    """The file's bytes, or why there are none (as an issue)."""
    data = _read(src)
    if isinstance(data, str):
        return (data, "error")
    if not data:
        return ("empty file; skipped", "error")
    return data


def parse_content(data: bytes, html: bool, hint: str | None, name: str | None = None) -> Parsed | Issue:
    """Decode and lay out one file's bytes; an issue when there is no article in them. ``hint``: a
    title known from the manifest; ``name``: the file's name (both help find the title line)."""
    issues: list[Issue] = []
    if html:
        page = html_article.extract(data)
        if isinstance(page, str):
            return (page, "error")
        text, encoding, html_meta = page
        layout = parse_layout(
            text, title_hint=hint or (html_meta.title.value if html_meta.title else None), name_hint=name
        )
        meta = html_article.merge(html_meta, layout.meta)
    else:
        what = sniff_binary(data)
        if what is not None:
            return (f"{what}, not a text article; skipped", "error")
        dec = decode_bytes(data)
        if dec.doubt:
            issues.append((f"{dec.doubt}; check the text", "warning"))
        text, encoding = dec.text, dec.encoding
        if not text.strip():
            return ("contains only whitespace; skipped", "error")
        fm = read_front_matter(text)
        if fm is None:
            layout = parse_layout(text, title_hint=hint, name_hint=name)
            meta = layout.meta
        else:  # a clipping's metadata block: read as metadata, laid out as blank lines
            title = fm.meta.value("title")
            layout = parse_layout(blanked(text, fm.end), title_hint=hint or title, name_hint=name)
            meta = html_article.merge(fm.meta, layout.meta)
    if not any(p.kind == "body" for p in layout.paragraphs):
        issues.append(("no body text found (only titles, captions or credits)", "warning"))
    return Parsed(text, layout.paragraphs, meta, encoding, tuple(issues))


def problems_of(src: Source, issues: tuple[Issue, ...] | list[Issue]) -> list[Problem]:
    return [Problem(src.shown, msg, sev) for msg, sev in issues]  # type: ignore[arg-type]


def make_article(src: Source, parsed: Parsed, aid: str) -> Article:
    """The article as the dossier shows it: its id, its path as named, the manifest's metadata."""
    return Article(
        aid,
        src.shown,
        parsed.text,
        parsed.paragraphs,
        _with_manifest(_with_file_name(parsed.meta, src), src),
        parsed.encoding,
    )


class Ids:
    """Article ids from file names, unique within the dossier, in load order."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def next(self, src: Source) -> str:
        return _article_id(src.path, self._taken)


def dossier_title(p: Plan, articles: list[Article] | tuple[Article, ...]) -> str:
    if p.title is not None:
        return p.title
    if p.root:
        # "." or "dir/.." has no name of its own: the folder it stands for has
        return Path(p.root).name or os.path.basename(os.path.abspath(p.root)) or p.root
    if len(articles) == 1 and articles[0].meta.title is not None:
        return articles[0].meta.title.value
    if p.sources:
        return Path(p.sources[0].shown).stem
    return "empty dossier"


def load_one(src: Source) -> Parsed | Issue:
    """Read and parse one source; a bug costs this file, not the dossier."""
    data = read_source(src)
    if isinstance(data, tuple):
        return data
    try:
        return parse_content(data, is_html(src), title_hint(src), name_hint(src))
    except Exception as e:  # a bug must cost one article, not the dossier
        return (f"could not be read: {type(e).__name__}: {e}", "error")


def load_articles(*paths: str | Path) -> Loaded:
    """Read every article the paths name; a file that cannot be read is a problem, not a crash."""
    p = plan(*paths)
    problems = list(p.problems)
    ids = Ids()
    articles: list[Article] = []
    for src in p.sources:
        got = load_one(src)
        if isinstance(got, tuple):
            problems.extend(problems_of(src, [got]))
            continue
        problems.extend(problems_of(src, got.issues))
        articles.append(make_article(src, got, ids.next(src)))
    return Loaded(dossier_title(p, articles), tuple(articles), tuple(problems), p.root)
