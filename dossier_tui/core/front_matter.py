"""YAML front matter: the metadata block web clippers put atop a Markdown clipping.

Obsidian Web Clipper, MarkDownload, Jekyll and Hugo all write it:

```
---
title: "Port Ellis will shut Harbor Bridge"
source: "https://www.portellisdaily.com/2025/04/02/…"
author:
  - "[[Kevin Marsh]]"
published: 2025-04-02
created: 2025-04-03
---
```

It is metadata, not article text: read as such, it gives the title, URL, outlet, authors and date
(each with the line it came from), and it is kept out of the body, so its values are not taken for
quotes and do not shift paragraph numbers. Only the flat part of YAML that clippers write is read
(``key: value``, block and flow lists of plain or quoted scalars); anything else in the block is
skipped, never guessed at. No YAML library: a full YAML parser would accept far more (anchors,
tags, nested maps) than any clipper writes, and the fields here are a dozen known keys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import metadata as md
from .csl_item import is_web_url
from .model import ArticleMeta, Field, Provenance

MAX_CHARS = 20_000
"""A front matter block longer than this is not a clipper's: the text is left as it is."""
_OPEN = re.compile(r"---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.M)
_KEY = re.compile(r"([A-Za-z_][\w -]*?)[ \t]*:(?:[ \t]+(.*?))?[ \t]*\r?$")
_ITEM = re.compile(r"[ \t]+-[ \t]+(.*?)[ \t]*\r?$")
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")

TITLE_KEYS = ("title", "headline")
URL_KEYS = ("source", "url", "link", "canonical_url", "original_url", "source_url")
AUTHOR_KEYS = ("author", "authors", "byline", "creator")
DATE_KEYS = ("published", "date", "pubdate", "publish_date", "published_date", "date_published")
"""Not ``created``/``clipped``: that is the day the clipping was made, not the article's date."""
OUTLET_KEYS = ("site", "site_name", "sitename", "publisher", "outlet", "source_name", "publication")


@dataclass(frozen=True)
class FrontMatter:
    end: int
    """Offset just past the closing ``---`` line: the article's text starts after it."""
    meta: ArticleMeta


def _scalar(raw: str) -> str:
    """A plain or quoted YAML scalar as text, with Obsidian's ``[[wiki links]]`` and Markdown links
    reduced to their words."""
    s = raw.strip()
    if len(s) >= 2 and s[0] == s[-1] == '"':
        s = s[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    elif len(s) >= 2 and s[0] == s[-1] == "'":
        s = s[1:-1].replace("''", "'")
    elif " #" in s:  # a comment after a plain scalar
        s = s[: s.index(" #")].rstrip()
    s = _WIKI_LINK.sub(lambda m: m[1], s)
    return _MD_LINK.sub(lambda m: m[1], s).strip()


def _values(first: str | None, items: list[str]) -> list[str]:
    """A key's values: its block list items, a flow list ``[a, b]``, or the one scalar."""
    if items:
        return [v for v in (_scalar(i) for i in items) if v]
    if first is None:
        return []
    if first.startswith("[") and first.endswith("]"):
        return [v for v in (_scalar(p) for p in first[1:-1].split(",")) if v]
    v = _scalar(first)
    return [v] if v else []


def _entries(block: str) -> dict[str, tuple[int, list[str]]]:
    """Each top-level key (lower case) → (its 1-based line, its values); the first of a repeated key."""
    out: dict[str, tuple[int, list[str]]] = {}
    lines = block.split("\n")
    i = 0
    while i < len(lines):
        m = _KEY.fullmatch(lines[i])
        i += 1
        if m is None:
            continue
        # the opening "---" is the file's line 1, so the block's first line (index 0) is line 2
        key, first, line = m[1].strip().lower().replace(" ", "_").replace("-", "_"), m[2], i + 1
        items: list[str] = []
        while first is None and i < len(lines) and (item := _ITEM.fullmatch(lines[i])):
            items.append(item[1])
            i += 1
        if key not in out:
            out[key] = (line, _values(first, items))
    return out


def _field(value: object, line: int, key: str, raw: str) -> Field:
    return Field(value, Provenance("front-matter", line, f"{key}: {raw}"))


def _date(values: list[str]) -> str | None:
    for v in values:
        found = md.search_date(v)
        if found and found[2] == 0:
            return found[0]
    return None


def read_front_matter(text: str) -> FrontMatter | None:
    """The front matter at the very start of ``text`` (a BOM aside), or ``None`` when there is none."""
    start = 1 if text.startswith("\ufeff") else 0
    opened = _OPEN.match(text, start)
    if opened is None:
        return None
    closed = _CLOSE.search(text, opened.end(), opened.end() + MAX_CHARS)
    if closed is None:
        return None
    entries = _entries(text[opened.end() : closed.start()])
    if not entries:
        return None  # a thematic break ("---") opening a text, not front matter

    def first(keys: tuple[str, ...]) -> tuple[str, int, list[str]] | None:
        for k in keys:
            if k in entries and entries[k][1]:
                return k, entries[k][0], entries[k][1]
        return None

    fields: dict[str, Field] = {}
    if t := first(TITLE_KEYS):
        fields["title"] = _field(md.plain_title(t[2][0]), t[1], t[0], t[2][0])
    if (u := first(URL_KEYS)) and is_web_url(u[2][0]):
        fields["url"] = _field(u[2][0], u[1], u[0], u[2][0])
    if a := first(AUTHOR_KEYS):
        fields["authors"] = _field(tuple(a[2]), a[1], a[0], ", ".join(a[2]))
    if (d := first(DATE_KEYS)) and (iso := _date(d[2])):
        fields["date"] = _field(iso, d[1], d[0], d[2][0])
    if o := first(OUTLET_KEYS):
        name = md.known_outlet(o[2][0]) or o[2][0]
        wire = md.wire_name(name)
        fields["wire" if wire else "outlet"] = _field(wire or name, o[1], o[0], o[2][0])
    elif "url" in fields and (found := md.outlet_from_url(fields["url"].value)):
        fields["outlet"] = Field(
            found[0], Provenance(found[1], fields["url"].provenance.line, fields["url"].value)
        )
    return FrontMatter(closed.end(), ArticleMeta(**fields))


def blanked(text: str, end: int) -> str:
    """``text`` with its first ``end`` characters blanked (newlines kept): offsets and line numbers
    stay those of the file, and what the layout sees there is empty lines."""
    head = re.sub(r"[^\n]", " ", text[:end])
    return head + text[end:]
