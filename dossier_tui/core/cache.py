"""A persistent cache of per-article work, keyed by file content, in the user's cache directory.

Parsing an article and finding its quotes and their attribution depend only on the file's bytes
(plus its kind and the manifest's title hint), so they are stored under the sha256 of those, in a
directory named after a hash of the core's source code: an edited parser never reads an entry an
older parser wrote. Dossier-wide results (families, search postings) are stored the same way
under :attr:`Dossier.fingerprint` (see :func:`dossier_result`). Where:

- ``$DOSSIER_CACHE_DIR`` when set, else ``$XDG_CACHE_HOME/dossier``, else ``~/.cache/dossier``;
  never next to the articles, and nothing is written to, moved or locked in the user's folders;
- ``DOSSIER_NO_CACHE=1`` turns it off (``load(..., cache=False)`` too).

Entries are written atomically (a temporary file, then ``os.replace``); an entry that cannot be
read or unpickled, or that holds anything but the core's own record types, is ignored and
recomputed, never trusted. Size: about 3 times the article text (polnear-train's 3.9 MB of text
takes about 12 MB). After each load that wrote entries, directories of older code versions are
removed and, if the current one exceeds ``DOSSIER_CACHE_MAX_MB`` (default 1024), the entries
written longest ago are removed until it is under 80 % of that.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import json
import os
import pickle
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

_FORMAT = b"dossier-cache-1\n"
"""First bytes of every entry; a file without them is not ours (or is from another format)."""
_MAX_MB_DEFAULT = 1024

_ALLOWED = {
    "dossier_tui.core.model": {"Article", "ArticleMeta", "Field", "Paragraph", "Provenance"},
    "dossier_tui.core.loader": {"Parsed"},
    "dossier_tui.core.quotes": {"RawQuote"},
    "dossier_tui.core.attribution": {"Attribution", "Entity"},
    "dossier_tui.core.build": {"ArticleAnalysis", "FileResult"},
}
"""The only classes an entry may name: unpickling anything else fails, so an entry planted by
someone else cannot run code."""


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if name in _ALLOWED.get(module, ()):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cache entry")


def enabled_by_env() -> bool:
    return os.environ.get("DOSSIER_NO_CACHE", "").strip().lower() not in ("1", "true", "yes", "on")


def cache_root() -> Path:
    """Where the cache lives (see the module docstring)."""
    explicit = os.environ.get("DOSSIER_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / "dossier"


@functools.lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of every core module's source, the Python version and the entry format: an edit to any
    parser (or to the record types) makes a new cache namespace."""
    h = hashlib.sha256(_FORMAT)
    h.update(f"{sys.version_info[0]}.{sys.version_info[1]}".encode())
    core = Path(__file__).resolve().parent
    for path in sorted(core.glob("*.py")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:20]


@functools.lru_cache(maxsize=1)
def _trafilatura_version() -> str:
    try:
        from importlib.metadata import version

        return version("trafilatura")
    except Exception:
        return "none"


def content_key(data: bytes, html: bool, fields: dict[str, Any], name: str = "") -> str:
    """What a per-article result depends on: the bytes, the kind of file (and the extractor's
    version for web pages), the manifest's fields for it and the file's name (both are layout
    hints for the title)."""
    h = hashlib.sha256(data)
    h.update(b"\0html:" + _trafilatura_version().encode() if html else b"\0text")
    h.update(b"\0fields:" + json.dumps(fields, sort_keys=True, default=str).encode("utf-8", "surrogatepass"))
    h.update(b"\0name:" + name.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class ParseCache:
    """Entries of one code version: ``get`` and ``put`` by content key. Never raises on I/O: a cache
    that cannot be used is simply a cache that misses."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else cache_root()
        self.dir = self.root / f"v-{code_version()}"
        self.hits = 0
        self.misses = 0
        self.written = 0
        self._writable = True

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / key

    def get(self, key: str) -> Any | None:
        try:
            raw = self._path(key).read_bytes()
        except OSError:
            self.misses += 1
            return None
        if not raw.startswith(_FORMAT):
            self.misses += 1
            return None
        try:
            value = _Unpickler(io.BytesIO(raw[len(_FORMAT) :])).load()
        except Exception:  # truncated, corrupt or foreign: recompute
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value: Any) -> None:
        if not self._writable:
            return
        path = self._path(key)
        try:
            payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(_FORMAT)
                    fh.write(payload)
                os.replace(tmp, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
            self.written += 1
        except (OSError, pickle.PicklingError, TypeError, ValueError, RecursionError):
            self._writable = False  # read-only or full disk: stop trying for this load

    def prune(self, max_mb: float | None = None) -> None:
        """Remove older code versions, then the oldest entries while over the size bound."""
        if max_mb is None:
            try:
                max_mb = float(os.environ.get("DOSSIER_CACHE_MAX_MB", _MAX_MB_DEFAULT))
            except ValueError:
                max_mb = _MAX_MB_DEFAULT
        try:
            for other in self.root.iterdir():
                if other.is_dir() and other.name.startswith("v-") and other != self.dir:
                    shutil.rmtree(other, ignore_errors=True)
            entries = []
            total = 0
            for sub in self.dir.iterdir():
                if not sub.is_dir():
                    continue
                for e in os.scandir(sub):
                    st = e.stat(follow_symlinks=False)
                    entries.append((st.st_mtime, st.st_size, e.path))
                    total += st.st_size
        except OSError:
            return
        limit = max_mb * 1024 * 1024
        if total <= limit:
            return
        entries.sort()
        for _mtime, size, path in entries:
            if total <= 0.8 * limit:
                break
            with contextlib.suppress(OSError):
                os.unlink(path)
                total -= size


def _dossier_key(name: str, fingerprint: str) -> str:
    return hashlib.sha256(f"dossier:{name}\0{fingerprint}".encode()).hexdigest()


def dossier_cached(name: str, fingerprint: str | None, decode: Callable[[object], T | None]) -> T | None:
    """The stored dossier-wide result (see :func:`dossier_result`), or ``None``."""
    if not fingerprint:
        return None
    entry = ParseCache().get(_dossier_key(name, fingerprint))
    if entry is None:
        return None
    try:
        return decode(entry)
    except Exception:  # a damaged entry of the right outline: recompute
        return None


def dossier_store(name: str, fingerprint: str | None, encoded: object) -> None:
    """Store a dossier-wide result, already encoded (nothing without a fingerprint)."""
    if fingerprint:
        ParseCache().put(_dossier_key(name, fingerprint), encoded)


def dossier_result(
    name: str,
    fingerprint: str | None,
    compute: Callable[[], T],
    encode: Callable[[T], object],
    decode: Callable[[object], T | None],
) -> T:
    """A dossier-wide result (``name``: "families", "search"), stored under the fingerprint of what
    the dossier was built from (:attr:`Dossier.fingerprint`; ``None``: not cached). ``encode`` makes
    plain built-in values (the unpickler admits no other class here); ``decode`` returns ``None``
    for anything that is not the shape it expects, and the result is then computed again."""
    if not fingerprint:
        return compute()  # (nothing to store: not even encoded)
    got = dossier_cached(name, fingerprint, decode)
    if got is not None:
        return got
    value = compute()
    dossier_store(name, fingerprint, encode(value))
    return value


def open_cache(enabled: bool | None = None) -> ParseCache | None:
    """The cache for this load, or ``None`` when it is turned off (argument or environment)."""
    if enabled is False or (enabled is None and not enabled_by_env()):
        return None
    return ParseCache()
