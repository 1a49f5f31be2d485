"""An article as a CSL-JSON item: the one description every citation style and export reads.

Only what the article's metadata says goes in; a missing field stays missing so each style can
render absence its own way (``n.d.``, no URL) instead of us inventing a value.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from .model import Article
from .text import clean_for_display

# Agencies and other bylines that are organisations, not "First Last" people.
AGENCIES = frozenset(
    {
        "afp",
        "agence france-presse",
        "ap",
        "associated press",
        "the associated press",
        "reuters",
        "dpa",
        "efe",
        "ansa",
        "interfax",
        "tass",
        "ria novosti",
        "xinhua",
        "bloomberg",
        "belta",
        "pa media",
        "upi",
        "kyodo",
        "yonhap",
        "ukrinform",
    }
)
PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "del", "della", "du", "la", "le", "ter", "ten"}
)
# Last words that make a byline an organisation ("Breitbart News", "The Washington Post").
ORG_WORDS = frozenset(
    [
        "news",
        "post",
        "times",
        "press",
        "journal",
        "wire",
        "agency",
        "service",
        "services",
        "staff",
        "board",
        "desk",
        "team",
        "report",
        "media",
        "network",
        "tribune",
        "herald",
        "gazette",
        "insights",
        "editors",
        "editorial",
        "bureau",
    ]
)
_HONORIFIC = re.compile(r"^(?:by|dr\.?|mr\.?|mrs\.?|ms\.?|prof\.?)\s+", re.I)
_JOIN = re.compile(r"\s+(?:and|&)\s+|\s*&\s*", re.I)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def is_organisation(name: str, article: Article | None = None) -> bool:
    """Agencies, the article's wire credit or outlet, and one-word or all-capital bylines."""
    key = name.strip().casefold()
    if key in AGENCIES:
        return True
    if article is not None:
        for field in (article.meta.wire, article.meta.outlet):
            if field is not None and field.value.strip().casefold() == key:
                return True
        outlet = article.meta.value("outlet")
        if outlet and outlet.casefold() in key:
            return True
    words = name.split()
    return len(words) == 1 or key.startswith("the ") or words[-1].casefold() in ORG_WORDS


_SENTENCE_END = re.compile(r"(?<=[^\s.]{2})\.\s+(?=\S)")
"""A period that ends a sentence: after a word of two letters or more (not an initial), with more
text after it."""
_NOT_A_SENTENCE_END = frozenset(
    {"dr", "mr", "mrs", "ms", "prof", "jr", "sr", "st", "rev", "gen", "sen", "rep", "gov"}
)


def byline_proper(byline: str) -> str:
    """The byline without the sentences after it: archives append a bio or contact line ("By
    ALEXANDRA ALTER. Follow Alexandra Alter on Twitter @xanalter.", "By NOAH REMNICK.
    fitcity@nytimes.com"), which is no one's name."""
    text = byline.strip()
    for m in _SENTENCE_END.finditer(text):
        word = text[: m.start()].split()[-1].casefold()
        if word not in _NOT_A_SENTENCE_END:
            return text[: m.start()]
    return text


def split_byline(byline: str) -> list[str]:
    """One byline string into names: "By MAGGIE HABERMAN and RICHARD A. OPPEL JR." gives two;
    an affiliation after a comma ("Joe Gerth, The Courier-Journal") is dropped, not guessed at,
    and so are a bio or contact line after the byline and a handle or address."""
    names = []
    for part in _JOIN.split(byline_proper(byline)):
        part = part.strip(" ,;")
        while _HONORIFIC.match(part):
            part = _HONORIFIC.sub("", part, count=1)
        if "," in part and not re.search(r",\s*(?:jr|sr|ii|iii|iv)\.?$", part, re.I):
            part = part.split(",", 1)[0].strip()
        if part and "@" not in part:
            names.append(part)
    return names


def _uncap(name: str) -> str:
    """NYT-style capitals ("AMY CHOZICK") to "Amy Chozick"; mixed-case names are left alone."""
    if not name.isupper() or len(name.split()) < 2:
        return name
    return " ".join(w.capitalize() if len(w.rstrip(".")) > 1 else w for w in name.split())


def parse_name(name: str, article: Article | None = None) -> dict[str, str]:
    """A byline name as a CSL name: ``{"literal": ...}`` for organisations, else family/given with a
    lowercase particle ("Anna van Dyke") kept apart as CSL's non-dropping particle."""
    name = " ".join(name.split())
    if is_organisation(name, article):
        return {"literal": name}
    name = _uncap(name)
    words = [w.rstrip(",") for w in name.split(" ")]
    suffix = None
    if len(words) > 2 and words[-1].rstrip(".").lower() in {"jr", "sr", "ii", "iii", "iv"}:
        suffix = words.pop()
    i = len(words) - 1
    while i > 1 and words[i - 1] in PARTICLES:
        i -= 1
    out = {"family": words[-1], "given": " ".join(words[:i])}
    if i < len(words) - 1:
        out["non-dropping-particle"] = " ".join(words[i:-1])
    if suffix:
        out["suffix"] = suffix
    return out


def parse_date(iso: str | None) -> list[int] | None:
    """``YYYY[-MM[-DD]]`` as CSL date-parts; anything else is no date."""
    if not iso:
        return None
    m = _DATE.match(iso.strip())
    if not m:
        return None
    return [int(x) for x in m.groups() if x is not None]


def authors_of(article: Article) -> list[dict[str, str]]:
    """The byline; with no byline but a wire credit, the agency is the author (wire copy)."""
    names: tuple[str, ...] = article.meta.value("authors") or ()
    if not names and article.meta.wire is not None:
        names = (article.meta.wire.value,)
    return [parse_name(n, article) for byline in names for n in split_byline(byline)]


def csl_item(article: Article) -> dict[str, Any]:
    """The article as a CSL-JSON ``article-newspaper`` item (the outlet is the container)."""
    meta = article.meta
    item: dict[str, Any] = {"id": article.id, "type": "article-newspaper"}
    if meta.title is not None and meta.title.value.strip():
        item["title"] = meta.title.value.strip()
    if meta.outlet is not None and meta.outlet.value.strip():
        item["container-title"] = meta.outlet.value.strip()
    authors = authors_of(article)
    if authors:
        item["author"] = authors
    parts = parse_date(meta.value("date"))
    if parts:
        item["issued"] = {"date-parts": [parts]}
    if meta.url is not None and is_web_url(meta.url.value.strip()):
        item["URL"] = meta.url.value.strip()
    return item


def clean_item(value: Any) -> Any:
    """Metadata is untrusted: strip escapes and controls from every string of an item, before any
    formatting, so italic offsets and Markdown escapes are computed on the text that is shown."""
    if isinstance(value, str):
        return clean_for_display(value, keep_newlines=False)
    if isinstance(value, list):
        return [clean_item(v) for v in value]
    if isinstance(value, dict):
        return {k: clean_item(v) for k, v in value.items()}
    return value


def is_web_url(url: str) -> bool:
    """Only http(s) addresses go into citations and exports: a ``javascript:`` or ``file:`` URL
    from a hostile page or manifest would become a live link in a rendered report."""
    parts = urlsplit(url)
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)
