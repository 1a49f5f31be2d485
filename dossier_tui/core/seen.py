"""Which of a dossier's articles the user has opened it with before, so that the app can mark the
ones added since: a dossier is a folder people keep adding clippings to, and after the tenth
article "which ones are new?" is the first question.

The record is kept under the user's state directory, never beside the articles (the program does
not write to the user's folders): ``$DOSSIER_STATE_DIR`` when set, else
``$XDG_STATE_HOME/dossier``, else ``~/.local/state/dossier``; one small JSON file per dossier,
named by a hash of the paths it was opened with. A record that cannot be read or written means
nothing is marked new; it never stops the app.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

FORMAT = 1


def state_root() -> Path:
    explicit = os.environ.get("DOSSIER_STATE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_STATE_HOME")
    base = Path(xdg).expanduser() if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "state"
    return base / "dossier"


def dossier_key(paths: Sequence[str | os.PathLike[str]]) -> str:
    """The same folder opened as ``.``, ``./`` or its absolute path is one dossier; no path is the
    bundled seeds."""
    names = sorted({str(Path(p).expanduser().resolve()) for p in paths}) or ["<seeds>"]
    return hashlib.sha256("\n".join(names).encode("utf-8", "surrogateescape")).hexdigest()[:32]


def _record(paths: Sequence[str | os.PathLike[str]]) -> Path:
    return state_root() / "seen" / f"{dossier_key(paths)}.json"


def _read(path: Path) -> set[str] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if (
        not isinstance(data, dict)
        or data.get("format") != FORMAT
        or not isinstance(data.get("articles"), list)
    ):
        return None
    return {a for a in data["articles"] if isinstance(a, str)}


def _write(path: Path, ids: Iterable[str]) -> None:
    """Written whole to a temporary file and renamed into place: two apps on one dossier never
    leave a half-written record."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps({"format": FORMAT, "articles": sorted(ids)}, ensure_ascii=False)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".seen-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def new_since_last_open(
    paths: Sequence[str | os.PathLike[str]], article_ids: Iterable[str]
) -> frozenset[str]:
    """The ids not in this dossier's record, and the record updated to hold every id now there.
    The first open marks nothing (every article would be "new"), as does a record that cannot be
    read; articles removed since stay in the record, so one put back is not new."""
    ids = set(article_ids)
    path = _record(paths)
    seen = _read(path)
    try:
        if seen is None or not ids <= seen:
            _write(path, ids | (seen or set()))
    except OSError:
        return frozenset()
    return frozenset() if seen is None else frozenset(ids - seen)
