"""Exports for reference managers (CSL-JSON, BibLaTeX), scripts (JSON) and spreadsheets (CSV), and
an atomic writer that never overwrites an article of the dossier."""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .citation import cite_article, quote_locator
from .csl_item import clean_item, csl_item
from .model import Dossier
from .serialize import article_json, quote_json
from .text import clean_for_display, json_text

FORMATS = ("csl-json", "biblatex", "markdown", "json", "csv")


def csl_items(dossier: Dossier) -> list[dict[str, Any]]:
    """One ``article-newspaper`` item per article, control characters stripped."""
    return [clean_item(csl_item(a)) for a in dossier.articles]


def to_csl_json(dossier: Dossier) -> str:
    return json_text(csl_items(dossier)) + "\n"


# --- BibLaTeX ------------------------------------------------------------------------------------

_TEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "^": r"\textasciicircum{}",
    "~": r"\textasciitilde{}",
}


def tex_escape(text: str) -> str:
    """Escape TeX specials so a hostile title cannot unbalance braces or run macros."""
    return "".join(_TEX_SPECIAL.get(c, c) for c in text)


def _bib_name(n: dict[str, str]) -> str:
    if "literal" in n:
        return "{" + tex_escape(n["literal"]) + "}"  # double braces in the field: an organisation
    family = n["family"]
    if n.get("non-dropping-particle"):
        family = f"{n['non-dropping-particle']} {family}"
    parts = [tex_escape(family)]
    if n.get("suffix"):
        parts.append(tex_escape(n["suffix"]))
    if n.get("given"):
        parts.append(tex_escape(n["given"]))
    return ", ".join(parts)


def _key_part(text: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", ascii_.lower())


def _bib_key(item: dict[str, Any], used: set[str]) -> str:
    names = item.get("author") or []
    who = (
        (names[0].get("literal") or names[0].get("family", "")) if names else item.get("container-title", "")
    )
    year = str(item["issued"]["date-parts"][0][0]) if item.get("issued") else ""
    words = [w for w in re.findall(r"\w+", item.get("title", "")) if w.lower() not in {"a", "an", "the"}]
    base = (_key_part(who) + year + (_key_part(words[0]) if words else "")) or _key_part(item["id"]) or "item"
    key, n = base, 0
    while key in used:
        n += 1
        key = f"{base}{chr(ord('a') + n - 1)}" if n <= 26 else f"{base}{n}"
    used.add(key)
    return key


def to_biblatex(dossier: Dossier) -> str:
    """``@article`` entries with ``entrysubtype = {newspaper}``, as Zotero and biber read them."""
    used: set[str] = set()
    entries = []
    for item in csl_items(dossier):
        fields: list[tuple[str, str]] = []
        if item.get("author"):
            fields.append(("author", " and ".join(_bib_name(n) for n in item["author"])))
        if item.get("title"):
            fields.append(("title", tex_escape(item["title"])))
        if item.get("container-title"):
            fields.append(("journaltitle", tex_escape(item["container-title"])))
        fields.append(("entrysubtype", "newspaper"))
        if item.get("issued"):
            fields.append(("date", "-".join(f"{p:02d}" for p in item["issued"]["date-parts"][0])))
        if item.get("URL"):
            # url is verbatim in biber: keep it as is, but braces must stay balanced
            fields.append(("url", item["URL"].replace("{", "%7B").replace("}", "%7D")))
        body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
        entries.append(f"@article{{{_bib_key(item, used)},\n{body}\n}}\n")
    return "\n".join(entries)


# --- JSON and CSV --------------------------------------------------------------------------------


def model_json(dossier: Dossier) -> dict[str, Any]:
    """The whole model: articles with their text and paragraphs, quotes, speakers, problems."""
    articles = []
    for a in dossier.articles:
        out = article_json(dossier, a)
        out["text"] = a.text
        out["paragraph_spans"] = [
            {"index": p.index, "kind": p.kind, "segments": [list(s) for s in p.segments]}
            for p in a.paragraphs
        ]
        out["citation"] = cite_article(dossier, a, "apa").text
        articles.append(out)
    return {
        "title": dossier.title,
        "root": dossier.root,
        "articles": articles,
        "quotes": [quote_json(dossier, q) for q in dossier.quotes],
        "speakers": [
            {"id": s.id, "name": s.name, "kind": s.kind, "variants": list(s.variants), "roles": list(s.roles)}
            for s in dossier.speakers
        ],
        "problems": [p.as_json() for p in dossier.problems],
    }


def to_json(dossier: Dossier) -> str:
    return json_text(model_json(dossier)) + "\n"


CSV_COLUMNS = (
    "id",
    "article",
    "outlet",
    "date",
    "title",
    "speaker",
    "kind",
    "text",
    "paragraph",
    "para",
    "start",
    "end",
    "cue_text",
    "mention_text",
    "attribution",
    "citation",
    "url",
)


def spreadsheet_safe(value: str) -> str:
    """A cell starting with = + - @ (or a tab/CR) would run as a formula in a spreadsheet; hostile
    text gets a leading apostrophe, the spreadsheet convention for "this is text"."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def to_csv(dossier: Dossier, style: str = "apa") -> str:
    """One quote a row. Cells are shown text: escape sequences and control characters removed (a
    CSV is read in spreadsheets and terminals), and the formula guard; JSON keeps exact text.
    ``style``: the citation column's (its in-text form, with the quote's paragraph)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")  # RFC 4180; a CR in a field gets quoted
    writer.writerow(CSV_COLUMNS)
    for q in dossier.quotes:
        row = quote_json(dossier, q)
        art = dossier.article(q.article)
        row["citation"] = cite_article(
            dossier, art, style, in_text=True, locator=quote_locator(dossier, q)
        ).text
        cells = ("" if row[c] is None else clean_for_display(str(row[c])) for c in CSV_COLUMNS)
        writer.writerow([spreadsheet_safe(cell) for cell in cells])
    return buf.getvalue()


def render(dossier: Dossier, fmt: str, style: str = "apa") -> str:
    """``style``: the CSV's citation column (the other formats carry no styled citation)."""
    from .report import markdown_report

    renderers: dict[str, Callable[[Dossier], str]] = {
        "csl-json": to_csl_json,
        "biblatex": to_biblatex,
        "markdown": markdown_report,
        "json": to_json,
        "csv": lambda d: to_csv(d, style),
    }
    if fmt not in renderers:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return renderers[fmt](dossier)


# --- writing -------------------------------------------------------------------------------------


class RefusedOverwrite(Exception):
    """The output path is one of the dossier's own files."""


def protected_paths(dossier: Dossier) -> set[str]:
    paths = {os.path.realpath(a.path) for a in dossier.articles}
    if dossier.root and os.path.isfile(dossier.root):
        paths.add(os.path.realpath(dossier.root))
    return paths


def write_atomic(dossier: Dossier, path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to a temporary file beside ``path``, then rename it over ``path``: a reader
    never sees half a file, and an article or manifest of the dossier is never overwritten."""
    target = Path(path)
    real = os.path.realpath(target)
    if real in protected_paths(dossier) or (
        target.exists()
        and any(os.path.exists(p) and os.path.samefile(real, p) for p in protected_paths(dossier))
    ):
        raise RefusedOverwrite(f"{path} is a file of the dossier; refusing to overwrite it")
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(real) or ".", prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.replace(tmp, real)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
