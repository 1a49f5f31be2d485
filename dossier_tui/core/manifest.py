"""The ``dossier.toml`` manifest: a dossier's name and per-article metadata that overrides inference.

```toml
title = "Minsk talks offer"
[[articles]]
file = "text/abc.txt"        # relative to the manifest
outlet = "ABC News"
title = "..."
date = "2025-03-05"          # or a TOML date: 2025-03-05
authors = ["..."]            # a single string is read as one author
url = "https://..."
wire = "AFP"
dateline = "LONDON"
```

A manifest is user input like any article: a bad value is reported (naming the manifest, the
entry and the field) and ignored, and the rest of the manifest still counts. A manifest that cannot
be read at all, or that lists no ``[[articles]]``, does not stand between the user and the folder:
the loader then reads the folder's article files as if the manifest listed none of them.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .csl_item import is_web_url
from .model import Problem

MANIFEST_NAME = "dossier.toml"
STRING_FIELDS = ("title", "outlet", "url", "wire", "dateline")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}$")
IGNORED = "manifest ignored, the article files in its folder are loaded"


@dataclass(frozen=True)
class Entry:
    """One ``[[articles]]`` table: the file it names and the metadata it supplies."""

    file: str
    """The path as written in the manifest."""
    path: Path
    """The path resolved against the manifest's directory."""
    fields: dict[str, Any] = field(default_factory=dict)
    """Validated metadata: strings, ``authors`` as a tuple of strings, ``date`` as ``YYYY-MM-DD``."""


@dataclass(frozen=True)
class Manifest:
    path: Path
    title: str | None
    entries: tuple[Entry, ...]
    problems: tuple[Problem, ...]
    lists_articles: bool = True
    """False when the manifest could not be read or has no ``articles`` key: the folder's files load."""
    load_unlisted: bool = False
    """``unlisted = "load"``: the folder's article files it does not list load too, after its own
    (a manifest that fixes one article's metadata need not list the others)."""


def _date(value: Any) -> str | None:
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str) and _ISO.match(value.strip()):
        try:
            return _dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            return None
    return None


TOP_FIELDS = ("title", "articles", "unlisted")
UNLISTED = ("skip", "load")
"""What happens to article files in the manifest's folder that it does not list (default: skip)."""


def read_manifest(path: Path) -> Manifest:
    """Parse and validate a manifest; never raises for bad content, only reports it."""
    shown = str(path)
    problems: list[Problem] = []

    def bad(msg: str, severity: str = "error") -> None:
        problems.append(Problem(shown, msg, severity))  # type: ignore[arg-type]

    try:
        raw = path.read_bytes()
    except OSError as e:
        bad(f"cannot read manifest: {e.strerror or e}; {IGNORED}")
        return Manifest(path, None, (), tuple(problems), lists_articles=False)
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        bad(f"manifest is not valid UTF-8 (TOML files must be UTF-8); {IGNORED}")
        return Manifest(path, None, (), tuple(problems), lists_articles=False)
    except tomllib.TOMLDecodeError as e:
        bad(f"manifest is not valid TOML: {e}; {IGNORED}")
        return Manifest(path, None, (), tuple(problems), lists_articles=False)

    for key in data:
        if key not in TOP_FIELDS:
            near = difflib.get_close_matches(key, TOP_FIELDS, n=1, cutoff=0.6)
            hint = (
                f" (did you mean {'[[articles]]' if near == ['articles'] else repr(near[0])}?)"
                if near
                else ""
            )
            bad(f"unknown top-level key '{key}'{hint}; ignored", "warning")
    title = data.get("title")
    if title is not None and not isinstance(title, str):
        bad(f"'title' must be a string, not {type(title).__name__}; ignored", "warning")
        title = None
    unlisted = data.get("unlisted", "skip")
    if unlisted not in UNLISTED:
        bad(f'\'unlisted\' must be "skip" or "load", not {unlisted!r}; "skip" used', "warning")
        unlisted = "skip"
    articles = data.get("articles", [])
    if not isinstance(articles, list):
        bad(
            "'articles' must be an array of tables ([[articles]]); the article files in its folder are loaded"
        )
        return Manifest(path, title, (), tuple(problems), lists_articles=False)
    base = path.parent
    entries: list[Entry] = []
    for n, item in enumerate(articles, 1):
        where = f"[[articles]] #{n}"
        if not isinstance(item, dict):
            bad(f"{where} is not a table; skipped")
            continue
        file = item.get("file")
        if not isinstance(file, str) or not file.strip():
            bad(f"{where} has no 'file' string; skipped")
            continue
        where = f"{where} ({file})"
        fields: dict[str, Any] = {}
        for key, value in item.items():
            if key == "file":
                continue
            if key == "url" and isinstance(value, str) and value.strip() and not is_web_url(value.strip()):
                bad(
                    f"{where}: 'url' must be a web address (http:// or https://), not {value.strip()!r}; ignored",
                    "warning",
                )
            elif key in STRING_FIELDS:
                if isinstance(value, str) and value.strip():
                    fields[key] = value.strip()
                else:
                    bad(f"{where}: '{key}' must be a non-empty string; ignored", "warning")
            elif key == "date":
                iso = _date(value)
                if iso is None:
                    bad(f"{where}: 'date' must be a date like 2025-03-05, not {value!r}; ignored", "warning")
                else:
                    fields["date"] = iso
            elif key == "authors":
                if isinstance(value, str) and value.strip():
                    fields["authors"] = (value.strip(),)
                elif isinstance(value, list) and all(isinstance(v, str) for v in value):
                    names = tuple(v.strip() for v in value if v.strip())
                    if names:
                        fields["authors"] = names
                else:
                    bad(f"{where}: 'authors' must be a list of strings; ignored", "warning")
            else:
                bad(f"{where}: unknown field '{key}'; ignored", "warning")
        entries.append(Entry(file, base / file, fields))
    return Manifest(
        path,
        title,
        tuple(entries),
        tuple(problems),
        lists_articles="articles" in data,
        load_unlisted=unlisted == "load",
    )
