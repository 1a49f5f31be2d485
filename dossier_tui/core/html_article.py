"""Saved web pages: article text and metadata through trafilatura (the optional ``html`` extra).

The article's ``text`` is the extracted text, with paragraphs separated by blank lines; offsets
point into that text, not into the HTML. Without trafilatura installed, a page is one clear
problem rather than a wall of markup read as prose.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import replace
from typing import Any

from . import metadata as md
from .model import META_FIELDS, ArticleMeta, Field, Provenance

MISSING = (
    "saved web page: reading .html needs the optional extra "
    "(pip install 'dossier-tui[html]', which installs trafilatura); skipped"
)


def _field(value: Any, what: str) -> Field | None:
    if value is None or value == "" or value == ():
        return None
    return Field(value, Provenance("html-metadata", None, f"trafilatura: {what}"))


def extract(data: bytes) -> tuple[str, str, ArticleMeta] | str:
    """(text, encoding, metadata) of a saved page, or a message saying why there is none."""
    try:
        import trafilatura
    except ImportError as e:
        if importlib.util.find_spec("trafilatura") is None:
            return MISSING
        return f"saved web page: trafilatura is installed but cannot be imported ({e}); skipped"
    try:
        doc = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
    except Exception as e:  # the extractor's own failure on a malformed page
        return f"saved web page could not be parsed ({type(e).__name__}); skipped"
    if doc is None:
        return "saved web page: no article text found in it; skipped"
    info: dict[str, Any] = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    raw = info.get("text") or ""
    lines = [ln.strip() for ln in raw.splitlines()]
    text = "\n\n".join(ln for ln in lines if ln)
    if not text:
        return "saved web page: no article text found in it; skipped"
    authors = None
    if info.get("author"):
        names = tuple(a.strip() for a in re.split(r";|\s+and\s+", info["author"]) if a.strip())
        authors = names or None
    outlet = info.get("sitename")
    how = "site name"
    if outlet and (known := md.known_outlet(outlet)) and known != outlet:
        outlet, how = known, f"site name {outlet!r}, as the known outlet is spelt"
    url = info.get("url")
    if not outlet and url:
        found = md.outlet_from_url(url)
        outlet, how = (found[0] if found else None), "URL domain"
    wire = md.wire_name(outlet) if outlet else None
    meta = ArticleMeta(
        title=_field(info.get("title"), "title"),
        outlet=_field(None if wire else outlet, how),
        authors=_field(authors, "author"),
        wire=_field(wire, "site name"),
        date=_field(info.get("date"), "date"),
        url=_field(url, "url"),
    )
    return text, "html", meta


def merge(first: ArticleMeta, then: ArticleMeta) -> ArticleMeta:
    """``first``'s fields, with ``then`` filling the ones it lacks."""
    missing = {name: getattr(then, name) for name in META_FIELDS if getattr(first, name) is None}
    return replace(first, **{k: v for k, v in missing.items() if v is not None})
