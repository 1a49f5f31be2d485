"""Citations of articles and quotes in APA 7, MLA 9, Chicago 17 notes-bibliography, a plain
journalist's line and Markdown.

Each style is a small formatter over the article's CSL item (:mod:`.csl_item`). The output is meant
to equal pandoc's citeproc with the official CSL style files character for character (see
``tests/test_citation_reference.py``, whose strings come from that processor), including its
quirks: title case for MLA/Chicago titles, punctuation inside closing quotation marks, a wire story
cited with the agency as author, and missing parts left out rather than made up. citeproc-py is not
used: it prints a stray "Edition" in Chicago and never disambiguates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .csl_item import clean_item, csl_item
from .metadata import ends_with_sentence_period
from .model import Article, Dossier, Quote
from .text import clean_for_display

STYLES = ("plain", "apa", "mla", "chicago-note", "chicago-short", "chicago-bib", "markdown")
STYLE_NAMES = {
    "plain": "Plain journalist's line",
    "apa": "APA 7",
    "mla": "MLA 9",
    "chicago-note": "Chicago 17 note",
    "chicago-short": "Chicago 17 short note",
    "chicago-bib": "Chicago 17 bibliography",
    "markdown": "Markdown",
}
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MLA_MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec.")
_STOP = "a an and as at but by down for from in into nor of on onto or over so the till to up via with yet"
STOP_WORDS = frozenset(_STOP.split(" "))
SUBSTITUTE = "———"
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>~]|&(?=#?\w+;)|^#)")


@dataclass(frozen=True)
class Citation:
    """A rendered citation: plain ``text`` with the ranges a rich target would italicise, and the
    same citation as Markdown."""

    text: str
    italic: tuple[tuple[int, int], ...] = ()
    markdown: str = ""


# --- text helpers -------------------------------------------------------------------------------

_DESCRIPTION_START = re.compile(r"^(The|A|An)(?= [a-z])")
"""A speaker known only by description ("The senator", from the start of a sentence) reads
lower case inside the citation's sentence; a name ("The Washington Post") keeps its capital."""


def md_escape(text: str) -> str:
    """Backslash-escape what Markdown would read as markup, so hostile text renders as itself."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def smart_quotes(text: str) -> str:
    """Straight quotes and apostrophes to typographic ones, as citeproc prints them."""
    text = re.sub(r"(?<=[\w.,!?])'", "’", text)
    text = text.replace("'", "‘")
    text = re.sub(r'(^|(?<=[\s(\[—–-]))"', "“", text)
    return text.replace('"', "”")


def title_case(text: str) -> str:
    """CSL's English title case: capitalise all-lowercase words except stop words that are not
    first or after a colon or sentence end; words with any capital ("iPhone", "U.S.") stay."""
    out: list[str] = []
    first = True
    for token in re.split(r"(\s+|-|–|—|/)", text):
        if not token or token.isspace() or token in "-–—/":
            out.append(token)
            continue
        letters = re.sub(r"[^\w]", "", token)
        if letters.islower() and (first or letters not in STOP_WORDS):
            # the word's first letter or digit: "2nd" and "90s" stay as they are (as in citeproc)
            i = next((k for k, c in enumerate(token) if c.isalnum()), None)
            if i is not None and token[i].isalpha():
                token = token[:i] + token[i].upper() + token[i + 1 :]
        out.append(token)
        first = bool(re.search(r"[:?!.]['’”\"]?$", token)) and not re.search(r"\w\.\w", token)
    return "".join(out)


def _flip(text: str) -> str:
    """Inner double quotes become single inside a quoted title (CSL flip-flop)."""
    return text.replace("“", "‘").replace("”", "’")


def _ends_terminal(text: str) -> str:
    """The last sentence mark of ``text``, looking through closing quotes and italics."""
    core = text.rstrip().rstrip("’”'\"*")
    return core[-1:] if core[-1:] in (".", "?", "!") else ""


# --- output runs ----------------------------------------------------------------------------------


class _Out:
    """Runs of text with a kind (text, italic, url, close: a closing quotation mark, md: raw
    Markdown), so punctuation can move inside quotes and both plain and Markdown come out."""

    def __init__(self) -> None:
        self.runs: list[list[str]] = []

    def add(self, text: str, kind: str = "text") -> _Out:
        if text:
            self.runs.append([text, kind])
        return self

    def italic(self, text: str) -> _Out:
        return self.add(text, "italic")

    def quoted(self, text: str) -> _Out:
        return self.add("“").add(_flip(text)).add("”", "close")

    def last_text(self) -> str:
        return "".join(r[0] for r in self.runs[-3:])

    def punct(self, mark: str) -> _Out:
        """Add ``mark`` (". ", ", ", "."): inside a closing quotation mark for . and , and not at
        all after a sentence that already ended (?, ! or a period for a period; a period inside
        the closing mark for a comma too: a title "Refused Immediately." gives
        `Immediately.” 2016`, never `.,”`, as in citeproc; "et al.," keeps its comma)."""
        if not self.runs:
            return self.add(mark.lstrip())
        p, rest = mark[0], mark[1:]
        end = _ends_terminal(self.last_text())
        closes = self.runs[-1][1] == "close" or self.runs[-1][0].endswith("”")
        if p in ".," and end and (end in "?!" or p == "." or closes):
            return self.add(rest)
        if p == "," and self.runs[-1][1] == "italic" and ends_with_sentence_period(self.runs[-1][0]):
            self.runs[-1][0] = self.runs[-1][0][:-1]  # *Flap.*, → *Flap*, : no quote mark to hold it
            return self.add(mark)
        if self.runs[-1][1] == "close" and p in ".,":
            self.runs.insert(len(self.runs) - 1, [p, "text"])
            return self.add(rest)
        if self.runs[-1][1] == "text" and self.runs[-1][0].endswith("”") and p in ".,":
            self.runs[-1][0] = self.runs[-1][0][:-1] + p + "”"
            return self.add(rest)
        return self.add(mark)

    def capitalize_first(self) -> _Out:
        """A note starts with a capital ("Van Dyke, ..."), as CSL note styles print it."""
        if self.runs and self.runs[0][0][:1].islower():
            self.runs[0][0] = self.runs[0][0][0].upper() + self.runs[0][0][1:]
        return self

    def citation(self) -> Citation:
        text: list[str] = []
        md: list[str] = []
        italic: list[tuple[int, int]] = []
        pos = 0
        for chunk, kind in self.runs:
            text.append(chunk)
            if kind == "italic":
                italic.append((pos, pos + len(chunk)))
                md.append(f"*{md_escape(chunk)}*")
            elif kind == "url":
                md.append(f"<{chunk}>" if re.fullmatch(r"[^\s<>]+", chunk) else md_escape(chunk))
            elif kind == "md":
                md.append(chunk)
            else:
                md.append(md_escape(chunk))
            pos += len(chunk)
        plain = "".join(text)
        if any(kind == "md" for _, kind in self.runs):  # raw Markdown: the style's output is Markdown
            return Citation(text="".join(md), italic=(), markdown="".join(md))
        return Citation(text=plain, italic=tuple(italic), markdown="".join(md))


# --- names --------------------------------------------------------------------------------------


def _family(n: dict[str, str]) -> str:
    if "literal" in n:
        return n["literal"]
    particle = n.get("non-dropping-particle")
    return f"{particle} {n['family']}" if particle else n["family"]


def _initials(given: str) -> str:
    words = []
    for word in given.split():
        parts = [p for p in word.split("-") if p]
        words.append("-".join(f"{p[0]}." for p in parts))
    return " ".join(words)


def _apa_name(n: dict[str, str]) -> str:
    if "literal" in n:
        return n["literal"]
    given = _initials(n.get("given", ""))
    out = f"{_family(n)}, {given}" if given else _family(n)
    return f"{out}, {n['suffix']}" if n.get("suffix") else out


def _inverted(n: dict[str, str], demote: bool = False) -> str:
    """ "Family, Given" ("Dyke, Anna van" when the style demotes particles)."""
    if "literal" in n:
        return n["literal"]
    given = n.get("given", "")
    particle = n.get("non-dropping-particle")
    if demote and particle:
        out = f"{n['family']}, {given} {particle}".replace(",  ", ", ")
    else:
        out = f"{_family(n)}, {given}" if given else _family(n)
    return f"{out}, {n['suffix']}" if n.get("suffix") else out


def _display(n: dict[str, str]) -> str:
    if "literal" in n:
        return n["literal"]
    out = " ".join(x for x in (n.get("given"), _family(n)) if x)
    return f"{out}, {n['suffix']}" if n.get("suffix") else out


def _serial(names: list[str], conj: str = "and") -> str:
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} {conj} {names[1]}"
    return ", ".join(names[:-1]) + f", {conj} {names[-1]}"


def _apa_authors(names: list[dict[str, str]]) -> str:
    rendered = [_apa_name(n) for n in names]
    if len(rendered) >= 21:
        return ", ".join(rendered[:19]) + ", . . . " + rendered[-1]
    if len(rendered) == 1:
        return rendered[0]
    return ", ".join(rendered[:-1]) + ", & " + rendered[-1]


def _short_names(names: list[dict[str, str]], et_al_min: int, conj: str) -> str:
    fam = [_family(n) for n in names]
    if len(fam) >= et_al_min:
        return f"{fam[0]} et al."
    return _serial(fam, conj)


# --- dates ---------------------------------------------------------------------------------------


def _parts(item: dict[str, Any]) -> list[int]:
    issued = item.get("issued") or {}
    dp = issued.get("date-parts") or [[]]
    return list(dp[0])


def _apa_date(item: dict[str, Any], suffix: str) -> str:
    p = _parts(item)
    if not p:
        return f"(n.d.{'-' + suffix if suffix else ''})"
    out = f"{p[0]}{suffix}"
    if len(p) >= 2:
        out += f", {MONTHS[p[1] - 1]}"
    if len(p) >= 3:
        out += f" {p[2]}"
    return f"({out})"


def _mla_date(item: dict[str, Any]) -> str:
    p = _parts(item)
    out = [str(p[2])] if len(p) >= 3 else []
    if len(p) >= 2:
        out.append(MLA_MONTHS[p[1] - 1])
    if p:
        out.append(str(p[0]))
    return " ".join(out)


def _chicago_date(item: dict[str, Any]) -> str:
    p = _parts(item)
    if not p:
        return "n.d."
    if len(p) >= 3:
        return f"{MONTHS[p[1] - 1]} {p[2]}, {p[0]}"
    if len(p) == 2:
        return f"{MONTHS[p[1] - 1]} {p[0]}"
    return str(p[0])


def _long_date(item: dict[str, Any]) -> str:
    return "" if not _parts(item) else _chicago_date(item)


# --- the dossier's context: disambiguation ---------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    items: dict[str, dict[str, Any]]
    year_suffix: dict[str, str]
    """APA: article id -> "a", "b" for one author's several items in one year."""
    mla_add_title: frozenset[str]
    """MLA: article ids whose in-text citation needs the title (same author, several works)."""
    order: tuple[str, ...]
    """Article ids in bibliography order (author, date, title)."""


def _sort_key(item: dict[str, Any]) -> tuple[str, list[int], str]:
    names = item.get("author") or []
    who = _family(names[0]) if names else item.get("title") or item.get("container-title") or ""
    return (who.casefold(), _parts(item) or [0], (item.get("title") or "").casefold())


def _apa_author_key(item: dict[str, Any]) -> str:
    names = item.get("author") or []
    if names:
        return "A:" + _short_names(names, 3, "&")
    return "T:" + (item.get("title") or "")


def _build_context(dossier: Dossier) -> _Context:
    items = {a.id: clean_item(csl_item(a)) for a in dossier.articles}
    order = tuple(sorted(items, key=lambda k: _sort_key(items[k])))
    groups: dict[tuple[str, int | None], list[str]] = {}
    mla: dict[str, list[str]] = {}
    for key in order:
        item = items[key]
        p = _parts(item)
        if not _citable(item):
            continue
        groups.setdefault((_apa_author_key(item), p[0] if p else None), []).append(key)
        if item.get("author"):
            mla.setdefault(_short_names(item["author"], 3, "and"), []).append(key)
    suffix: dict[str, str] = {}
    for ids in groups.values():
        if len(ids) > 1:
            for i, key in enumerate(ids):
                suffix[key] = _letters(i)
    add_title = frozenset(k for ids in mla.values() if len(ids) > 1 for k in ids)
    return _Context(items, suffix, add_title, order)


def _letters(i: int) -> str:
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = chr(ord("a") + r) + out
    return out


def _context(dossier: Dossier) -> _Context:
    return dossier.derived("citation-context", _build_context)


# --- the styles ----------------------------------------------------------------------------------


def _apa(item: dict[str, Any], suffix: str, in_text: bool, locator: str | None) -> _Out:
    out = _Out()
    names = item.get("author") or []
    title = smart_quotes(item.get("title", ""))
    container = title_case(smart_quotes(item.get("container-title", "")))
    p = _parts(item)
    if in_text:
        year = f"{p[0]}{suffix}" if p else f"n.d.{'-' + suffix if suffix else ''}"
        out.add("(")
        if names:
            out.add(_short_names(names, 3, "&")).add(", ")
        elif title:
            out.quoted(title_case(title)).punct(", ")
        out.add(year)
        if locator:
            out.add(f", {locator}")
        return out.add(")")
    if names:
        out.add(_apa_authors(names)).punct(". ")
        out.add(_apa_date(item, suffix)).add(". ")
        if title:
            out.add(title).punct(". ")
    else:
        if title:
            out.add(title).punct(". ")
        out.add(_apa_date(item, suffix)).add(". ")
    if container:
        out.italic(container).punct(". ")
    url = item.get("URL")
    if url:
        if not p:
            out.add("Retrieved ")
        out.add(url, "url")
    if out.runs and out.runs[-1][0] == " ":
        out.runs.pop()
    return _strip_end(out)


def _strip_end(out: _Out) -> _Out:
    while out.runs and out.runs[-1][0].endswith(" "):
        out.runs[-1][0] = out.runs[-1][0].rstrip(" ")
        if not out.runs[-1][0]:
            out.runs.pop()
    return out


def _mla(item: dict[str, Any], add_title: bool, in_text: bool, locator: str | None) -> _Out:
    out = _Out()
    names = item.get("author") or []
    title = title_case(smart_quotes(item.get("title", "")))
    container = title_case(smart_quotes(item.get("container-title", "")))
    if in_text:
        parts = _Out()
        if names:
            parts.add(_short_names(names, 3, "and"))
            if add_title and title:
                parts.add(", ").quoted(title)
        elif title:
            parts.quoted(title)
        if locator:
            if parts.runs:
                parts.punct(", ")
            parts.add(locator)
        if parts.runs:
            out.add("(")
            out.runs.extend(parts.runs)
            out.add(")")
        return out
    if names:
        if len(names) == 1:
            out.add(_inverted(names[0]))
        elif len(names) == 2:
            out.add(f"{_inverted(names[0])}, and {_display(names[1])}")
        else:
            out.add(f"{_inverted(names[0])}, et al.")
        out.punct(". ")
    if title:
        out.quoted(title).punct(". ")
    elements: list[tuple[str, str]] = []
    if container:
        elements.append((container, "italic"))
    if _parts(item):
        elements.append((_mla_date(item), "text"))
    if item.get("URL"):
        elements.append((item["URL"], "url"))
    for i, (text, kind) in enumerate(elements):
        if i:
            out.punct(", ")
        out.add(text, kind)
    return _strip_end(out.punct("."))


def _chicago_note(item: dict[str, Any], locator: str | None) -> _Out:
    out = _Out()
    names = item.get("author") or []
    title = title_case(smart_quotes(item.get("title", "")))
    container = title_case(smart_quotes(item.get("container-title", "")))
    if names:
        shown = [_display(n) for n in names]
        out.add(f"{shown[0]} et al." if len(shown) >= 4 else _serial(shown))
    if title:
        if out.runs:
            out.punct(", ")
        out.quoted(title)
    for text, kind in (
        (container, "italic"),
        (_chicago_date(item), "text"),
        (locator or "", "text"),
        (item.get("URL", ""), "url"),
    ):
        if text:
            if out.runs:
                out.punct(", ")
            out.add(text, kind)
    return out.punct(".").capitalize_first()


def _chicago_short(item: dict[str, Any], locator: str | None) -> _Out:
    out = _Out()
    names = item.get("author") or []
    title = title_case(smart_quotes(item.get("title", "")))
    container = title_case(smart_quotes(item.get("container-title", "")))
    if names:
        out.add(_short_names(names, 4, "and"))
        if title:
            out.punct(", ").quoted(title)
    else:  # CSL Chicago: the newspaper stands in for the author, the title then in italics
        if container:
            out.italic(container)
        if title:
            if out.runs:
                out.punct(", ")
            out.italic(title) if container else out.quoted(title)
    if locator:
        if out.runs:
            out.punct(", ")
        out.add(locator)
    return out.punct(".").capitalize_first()


def _chicago_bib(item: dict[str, Any]) -> _Out:
    out = _Out()
    names = item.get("author") or []
    title = title_case(smart_quotes(item.get("title", "")))
    container = title_case(smart_quotes(item.get("container-title", "")))
    date = _chicago_date(item)
    if names:
        if len(names) >= 11:
            names = names[:7]
            shown = [_inverted(names[0], True)] + [_display(n) for n in names[1:]]
            out.add(", ".join(shown) + ", et al.")
        else:
            shown = [_inverted(names[0], True)] + [_display(n) for n in names[1:]]
            out.add(f"{shown[0]}, and {shown[1]}" if len(shown) == 2 else _serial(shown))
        out.punct(". ")
        if title:
            out.quoted(title).punct(". ")
        if container:
            out.italic(container).punct(", ")
        out.add(date)
    else:  # the newspaper stands in for the author; the title then in italics
        if container:
            out.italic(container).punct(". ")
        if title:
            (out.italic(title) if container else out.quoted(title)).punct(". ")
        out.add(date)
    out.punct(". ")
    if item.get("URL"):
        out.add(item["URL"], "url").punct(".")
    return _strip_end(out)


# --- plain and Markdown -------------------------------------------------------------------------


def _has_source(item: dict[str, Any]) -> bool:
    """An author or an outlet is known: "as reported by" has someone to name."""
    return bool(item.get("author") or item.get("container-title"))


def _source_phrase(item: dict[str, Any], markdown: bool = False) -> _Out:
    """ "AFP in The Moscow Times, March 5, 2025": who reported it, where, when."""
    out = _Out()
    names = item.get("author") or []
    container = item.get("container-title", "")
    if names:
        out.add(_serial([_display(n) for n in names]))
    if container and not (len(names) == 1 and _display(names[0]) == container):
        out.add(" in " if out.runs else "")
        out.italic(container) if markdown else out.add(container)
    date = _long_date(item)
    if date:
        out.add(", " if out.runs else "").add(date)
    return out


def _plain(item: dict[str, Any], in_text: bool) -> _Out:
    out = _source_phrase(item)
    if in_text:
        return out
    title = smart_quotes(item.get("title", ""))
    if title:
        head = _Out().quoted(title)
        if out.runs:
            head.punct(", ")
        out.runs[:0] = head.runs
    if item.get("URL"):
        if out.runs:
            out.punct(", ")
        out.add(item["URL"], "url")
    return out


def _markdown(item: dict[str, Any], in_text: bool) -> _Out:
    """Markdown source: the source phrase, then the title linked to the article."""
    phrase = _source_phrase(item, markdown=True).citation().markdown
    out = _Out().add(phrase, "md")
    if in_text:
        return out
    title = smart_quotes(item.get("title", ""))
    url = item.get("URL", "")
    link_text = f"“{md_escape(title)}”" if title else ("link" if phrase else md_escape(url))
    head = (
        f"[{link_text}]({url})" if url and re.fullmatch(r"[^\s<>()]+", url) else (link_text if title else "")
    )
    if title and not _has_source(item):  # only a date known: the title leads, "“Title”, May 5"
        return _Out().add(head + (f", {phrase}" if phrase else ""), "md")
    if head:
        out.add(": " if phrase else "", "md").add(head, "md")
    return out


# --- public API ----------------------------------------------------------------------------------


def _check_style(style: str) -> None:
    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r}; choose one of {', '.join(STYLES)}")


def _render(ctx: _Context, article_id: str, style: str, in_text: bool, locator: str | None) -> _Out:
    item = ctx.items[article_id]
    if style == "apa":
        return _apa(item, ctx.year_suffix.get(article_id, ""), in_text, locator)
    if style == "mla":
        loc = locator.replace("para.", "par.") if locator else None
        return _mla(item, article_id in ctx.mla_add_title, in_text, loc)
    if style == "chicago-note":
        return _chicago_short(item, locator) if in_text else _chicago_note(item, locator)
    if style == "chicago-short" or (style == "chicago-bib" and in_text):
        return _chicago_short(item, locator)
    if style == "chicago-bib":
        return _chicago_bib(item)
    if style == "markdown":
        return _markdown(item, in_text)
    return _plain(item, in_text)


def _citable(item: dict[str, Any]) -> bool:
    """Whether the item names any source at all; a bare date is not a citation."""
    return any(k in item for k in ("author", "container-title", "title", "URL"))


def _fallback(article: Article) -> _Out:
    """An article with no metadata at all: name the file rather than invent a source."""
    name = clean_for_display(article.path, keep_newlines=False).replace("\\", "/").rsplit("/", 1)[-1]
    return _Out().add(f"source unknown ({name})")


def cite_article(
    dossier: Dossier,
    article: Article,
    style: str = "plain",
    *,
    in_text: bool = False,
    locator: str | None = None,
) -> Citation:
    """The article's citation in ``style``; ``in_text`` gives the parenthetical (APA, MLA) or the
    short note (Chicago). ``locator`` ("para. 4") is added where the style places one."""
    _check_style(style)
    ctx = _context(dossier)
    out = _render(ctx, article.id, style, in_text, locator)
    if not _citable(ctx.items[article.id]):
        out = _fallback(article)
    return out.citation()


CORE_PARTS = ("title", "issued")
"""What a reader needs to find the source again; an unsigned article has no author, so that one
missing is no gap."""


def missing_parts(dossier: Dossier, article: Article) -> tuple[str, ...]:
    """The parts a citation of ``article`` leaves out because they are unknown ("title", "date"):
    worth telling the user, who can give them in a manifest, before the citation goes into print."""
    item = _context(dossier).items[article.id]
    return tuple("date" if part == "issued" else part for part in CORE_PARTS if not item.get(part))


def gap_note(missing: tuple[str, ...]) -> str:
    """One phrase for :func:`missing_parts`' answer ("" when nothing is missing)."""
    if not missing:
        return ""
    return f"no {' or '.join(missing)} known for this article (a dossier.toml can give them)"


def bibliography(dossier: Dossier, style: str = "apa") -> list[Citation]:
    """Every article's reference entry in the style's order; MLA and Chicago replace a repeated
    author with ``———`` as their CSL styles do in a list."""
    _check_style(style)
    ctx = _context(dossier)
    entries: list[Citation] = []
    last_author: str | None = None
    order = ctx.order
    if style != "apa":  # MLA and Chicago sort by author, then title; APA by author, then date
        order = tuple(sorted(order, key=lambda k: (_sort_key(ctx.items[k])[0], _sort_key(ctx.items[k])[2])))
    for key in order:
        cit = cite_article(dossier, dossier.article(key), style)
        item = ctx.items[key]
        if style in ("mla", "chicago-bib") and item.get("author"):
            author = cit.text.split(". ", 1)[0]
            if author == last_author:
                cut = len(author)
                shift = len(SUBSTITUTE) - cut
                italic = tuple((a + shift, b + shift) for a, b in cit.italic)
                md_cut = len(md_escape(author))
                cit = Citation(SUBSTITUTE + cit.text[cut:], italic, SUBSTITUTE + cit.markdown[md_cut:])
            last_author = author
        else:
            last_author = None
        entries.append(cit)
    return entries


def paragraph_number(dossier: Dossier, quote: Quote) -> int | None:
    """The quote's paragraph as a reader counts it (:attr:`Article.para_numbers`)."""
    return dossier.article(quote.article).para_numbers.get(quote.paragraph)


def quote_locator(dossier: Dossier, quote: Quote) -> str | None:
    n = paragraph_number(dossier, quote)
    return None if n is None else f"para. {n}"


_KEEP_PERIOD = re.compile(r"(\.\.|…|(?<![\w'’])\w\.)$")
"""A final period that is part of an ellipsis or an abbreviation ("the U.S.") stays; "can't." is
no abbreviation."""
_INNER_CLOSE = re.compile(r"(?<=[.,;:?!])[’'”\"]+$")
"""Closing marks of a quote inside the quote, after its final punctuation (``a lesson.'``)."""


def _ending_for(text: str, mark: str) -> str:
    """The quote's words with their final mark fitted to what follows them, as style guides allow:
    a comma, colon or semicolon belonged to the reporter's sentence, and a sentence's period gives
    way to the citation's punctuation (``mark``: "," before "X said", "" before a parenthetical or
    at the end). A question or exclamation mark is the speaker's and stays."""
    core = text.rstrip()
    if inner := _INNER_CLOSE.search(core):  # the punctuation is fitted inside the inner quote's marks
        return _ending_for(core[: inner.start()], mark) + inner.group()
    while core[-1:] in (",", ";", ":"):
        core = core[:-1].rstrip()
    if core.endswith(".") and not _KEEP_PERIOD.search(core):
        core = core[:-1]
    if core[-1:] in ("?", "!") or _KEEP_PERIOD.search(core):
        return core
    return core + mark


_REOPENING = re.compile(r"(\n[ \t]*)(?:\"|''|``)")


def _quoted_text(quote: Quote, mark: str = "") -> str:
    """The quote in curly marks. A quote over several paragraphs holds the source's reopening marks;
    straight ones (a double mark, or two apostrophes or backticks in typewriter style) become curly
    like the outer marks, and so do the straight marks inside (``'No boots on the ground,'``, an
    apostrophe): one citation in one style of marks. The quote itself keeps its characters."""
    text = _REOPENING.sub("\\1“", _ending_for(quote.text, mark))
    return f"“{_curly_inside(text)}”"


def _curly_inside(text: str) -> str:
    """Straight marks inside a quote as typographic ones: typewriter doubles (``''``) as double
    marks first, then :func:`smart_quotes`."""
    if "'" not in text and '"' not in text:
        return text
    return smart_quotes(text.replace("''", '"'))


_VIA_OWNED = re.compile(r"(?:its|his|her|their|our|my|your)\b", re.I)
_CUT_AT_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Prof|Rev))$")
_WORDS = re.compile(r"[^\W\d_]{3,}")
VIA_MAX_CHARS = 60
"""A longer "according to …" is a clause of the story, not a source's name."""


def _via(dossier: Dossier, quote: Quote) -> str:
    """ " according to the Belta state-owned news agency," when the article says whose report it
    relays: "Lukashenko said, according to Belta, as reported by ABC News" is another provenance
    than "Lukashenko said, as reported by ABC News"."""
    if quote.via is None or quote.speaker is None:
        return ""
    text = dossier.article(quote.article).text
    name = " ".join(clean_for_display(text[quote.via[0] : quote.via[1]]).split())
    if not name or len(name) > VIA_MAX_CHARS or _VIA_OWNED.match(name):
        return ""  # "according to its analysis": whose, the line cannot say
    if text[quote.via[1] : quote.via[1] + 1] == "." and _CUT_AT_ABBREVIATION.search(name):
        return ""  # "according to Mr" of "Mr. Rhodes": cut at an abbreviation's period
    said_by = set(_WORDS.findall(dossier.speaker_name(quote).casefold()))
    if quote.mention is not None:
        said_by |= set(_WORDS.findall(text[quote.mention[0] : quote.mention[1]].casefold()))
    if said_by & set(_WORDS.findall(name.casefold())):
        return ""  # "Reuters said, according to Reuters": the relay is the speaker itself
    return f" according to {name},"


def cite_quote(
    dossier: Dossier, quote: Quote, style: str = "plain", *, locator: bool = True, in_text: bool = False
) -> str:
    """What ``y`` copies: the quote's words as printed (only the final mark fitted to the citation,
    :func:`_ending_for`), then its citation, as plain text with control characters stripped. APA and
    MLA put the parenthetical after the quote and the reference entry below; Chicago gives the note;
    ``plain`` is the journalist's line. ``in_text``: what goes into the running text only (APA, MLA:
    no reference entry; Chicago: the short note); plain and Markdown have no other form."""
    _check_style(style)
    article = dossier.article(quote.article)
    loc = quote_locator(dossier, quote) if locator else None
    speaker = dossier.speaker_name(quote)
    quoted = _quoted_text(quote)
    if speaker:
        speaker = _DESCRIPTION_START.sub(lambda m: m.group(1).lower(), speaker)
    item = csl_item(article)
    via = _via(dossier, quote)
    if style == "plain":
        source = cite_article(dossier, article, "plain", in_text=True).text
        url = item.get("URL")
        said = f" {speaker} said,{via}" if speaker else ""
        # Neither author nor outlet known: the article's title says where ("as reported in “…”").
        title = f"“{smart_quotes(item['title'])}”" if item.get("title") and not _has_source(item) else None
        if _has_source(item) or title or url:  # a date alone says nobody reported it
            by = "by" if _has_source(item) else "in"
            line = f"{_quoted_text(quote, ',')}{said} as reported {by} {', '.join(x for x in (title, source, url) if x)}"
        elif speaker:
            line = f"{_quoted_text(quote, ',')} {speaker} said{(',' + via).rstrip(',')}."
        else:
            line = _quoted_text(quote, ".")
        return clean_for_display(line)
    if style == "markdown":
        # Cleaned before escaping: a backslash put into an escape sequence would hide it from cleaning.
        # A fragment is a few of the speaker's words, not a sentence: in its marks, no period added.
        words = _quoted_text(quote) if quote.kind == "fragment" else _ending_for(quote.text, ".")
        text = clean_for_display(words)
        body = "\n".join(f"> {md_escape(line)}" if line else ">" for line in text.split("\n"))
        source = cite_article(dossier, article, "markdown").markdown
        by = "by" if _has_source(item) else "in"
        who = f"{md_escape(clean_for_display(speaker))},{md_escape(via)} as reported {by} " if speaker else ""
        if not source:
            source = md_escape(cite_article(dossier, article, "plain").text)
        return clean_for_display(f"{body}\n>\n> — {who}{source}")
    if style in ("apa", "mla"):
        paren = cite_article(dossier, article, style, in_text=True, locator=loc).text
        ref = cite_article(dossier, article, style).text
        if paren == ref or not paren:  # no parenthetical: the quote ends as a sentence
            sentence = _quoted_text(quote, ".")
        else:  # APA and MLA: the sentence's period follows the parenthetical, a ? or ! stays inside.
            sentence = f"{quoted} {paren}."
        return clean_for_display(sentence if in_text else f"{sentence}\n\n{ref}")
    note = cite_article(
        dossier, article, style, in_text=in_text, locator=None if style == "chicago-bib" else loc
    ).text
    return clean_for_display(f"{_quoted_text(quote, '.')}\n\n{note}")


def family_text(dossier: Dossier, family: Any, style: str = "plain") -> str:
    """Every outlet's wording of one utterance, each with its citation, for the clipboard."""
    return "\n\n".join(cite_quote(dossier, dossier.quote(q), style) for q in family.members)
